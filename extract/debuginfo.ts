// Source locations from debug metadata. The parser reads the metadata nodes that locations
// are made of (!DILocation, its scopes, !DIFile) into flat tables, a few numbers per node, as
// it meets them. They follow the functions in the file, which is read as a stream: the
// `!dbg !N` attachments of instructions are kept as numbers and resolved at the module's end.

import { Tok } from './lexer.js';
import type { Lexer } from './lexer.js';

export interface SourceLoc {
  file: string;
  line: number;
  col: number;
}

const enum Kind { None, Location, Subprogram, File, Scope }

/** The node kinds a location's file is found through (its scopes, up to a DIFile). */
const KINDS = new Map<string, Kind>([
  ['DILocation', Kind.Location], ['DISubprogram', Kind.Subprogram], ['DIFile', Kind.File],
  ['DILexicalBlock', Kind.Scope], ['DILexicalBlockFile', Kind.Scope], ['DINamespace', Kind.Scope],
  ['DIModule', Kind.Scope], ['DICommonBlock', Kind.Scope], ['DICompositeType', Kind.Scope],
  ['DICompileUnit', Kind.Scope],
]);

/** A field that is absent (or not a number of at most 9 digits). */
const NONE = -2147483648;
/** Nodes numbered past this are kept in a map, so that a stray huge number costs no table. */
const DENSE_MAX = 1 << 24;

interface Node {
  kind: Kind;
  line: number;
  col: number;
  scope: number;
  file: number;
}

export class DebugInfo {
  private kinds = new Uint8Array(0);
  private lines = new Int32Array(0);
  private cols = new Int32Array(0);
  private scopes = new Int32Array(0);
  private fileRefs = new Int32Array(0);
  private readonly sparse = new Map<number, Node>();
  /** DIFile node -> filename */
  private readonly filenames = new Map<number, string>();
  /** scope node -> its file (null: none), filled as locations are resolved */
  private readonly fileOfScope = new Map<number, string | null>();

  /** Record node n (fields NONE where absent). */
  add(n: number, kind: Kind, line: number, col: number, scope: number, file: number, filename?: string): void {
    if (filename !== undefined) this.filenames.set(n, filename);
    if (n >= DENSE_MAX) {
      this.sparse.set(n, { kind, line, col, scope, file });
      return;
    }
    if (n >= this.kinds.length) this.grow(n + 1);
    this.kinds[n] = kind;
    this.lines[n] = line;
    this.cols[n] = col;
    this.scopes[n] = scope;
    this.fileRefs[n] = file;
  }

  private grow(min: number): void {
    let size = Math.max(1024, this.kinds.length);
    while (size < min) size *= 2;
    size = Math.min(size, DENSE_MAX);
    const k = new Uint8Array(size);
    k.set(this.kinds);
    this.kinds = k;
    this.lines = growInt(this.lines, size);
    this.cols = growInt(this.cols, size);
    this.scopes = growInt(this.scopes, size);
    this.fileRefs = growInt(this.fileRefs, size);
  }

  private node(n: number): Node | undefined {
    if (n < 0) return undefined;
    if (n >= DENSE_MAX) return this.sparse.get(n);
    if (n >= this.kinds.length || this.kinds[n] === Kind.None) return undefined;
    return { kind: this.kinds[n]!, line: this.lines[n]!, col: this.cols[n]!, scope: this.scopes[n]!, file: this.fileRefs[n]! };
  }

  /** The location of an instruction's `!dbg !n`. */
  location(n: number): SourceLoc | undefined {
    const node = this.node(n);
    if (!node || node.kind !== Kind.Location || node.line === NONE) return undefined;
    const file = this.scopeFile(node.scope, 0);
    if (file === undefined) return undefined;
    return { file, line: node.line, col: node.col === NONE ? 0 : node.col };
  }

  /** A function's `!dbg !n`: its DISubprogram's file and line. */
  subprogram(n: number): { file: string; line: number } | undefined {
    const node = this.node(n);
    if (!node || node.kind !== Kind.Subprogram || node.line === NONE) return undefined;
    const file = this.fileOf(n, node, 0);
    return file === undefined ? undefined : { file, line: node.line };
  }

  private scopeFile(n: number, depth: number): string | undefined {
    if (n === NONE || depth > 64) return undefined;
    const cached = this.fileOfScope.get(n);
    if (cached !== undefined) return cached ?? undefined;
    const node = this.node(n);
    const f = node ? this.fileOf(n, node, depth) : undefined;
    this.fileOfScope.set(n, f ?? null);
    return f;
  }

  /** A DIFile's name; else the DIFile of the node's `file:`; else its scope's file. */
  private fileOf(n: number, node: Node, depth: number): string | undefined {
    if (node.kind === Kind.File) return this.filenames.get(n);
    if (node.file !== NONE && this.node(node.file)?.kind === Kind.File) return this.filenames.get(node.file);
    return this.scopeFile(node.scope, depth + 1);
  }
}

function growInt(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size).fill(NONE);
  b.set(a);
  return b;
}

/**
 * At a line `!N = [distinct] !DIKind(field: value, ...)`: record the node if its kind is one
 * that locations are resolved through. Other metadata (tuples, types, variables) is skipped.
 */
export function readDebugNode(lx: Lexer, debug: DebugInfo): void {
  if (lx.next() !== Tok.MetaVar) return;
  const id = lx.text();
  if (!/^\d{1,11}$/.test(id)) return;
  if (lx.next() !== Tok.Equal) return;
  lx.next();
  if (lx.is('distinct')) lx.next();
  if (lx.k() !== Tok.MetaVar) return;
  const kind = KINDS.get(lx.text());
  if (kind === undefined || lx.next() !== Tok.LParen) return;
  let line = NONE, col = NONE, scope = NONE, file = NONE;
  let filename: string | undefined;
  let depth = 1;
  let field: string | undefined;
  for (let guard = 0; guard < 10000; guard++) {
    const k = lx.next();
    if (k === Tok.EOF) break;
    if (k === Tok.LParen) depth++;
    else if (k === Tok.RParen) {
      if (--depth === 0) break;
    } else if (depth === 1 && k === Tok.Label) {
      field = lx.text();
    } else if (depth === 1 && field !== undefined) {
      // each field's first token: a number, a !N reference or a string
      switch (field) {
        case 'line': line = k === Tok.Int ? num(lx.text()) : NONE; break;
        case 'column': col = k === Tok.Int ? num(lx.text()) : NONE; break;
        case 'scope': scope = k === Tok.MetaVar ? ref(lx.text()) : NONE; break;
        case 'file': file = k === Tok.MetaVar ? ref(lx.text()) : NONE; break;
        case 'filename': if (k === Tok.String) filename = lx.value(); break;
        default: break;
      }
      field = undefined;
    }
  }
  const n = Number(id);
  debug.add(n, kind, line, col, scope, file, kind === Kind.File ? filename : undefined);
}

function num(s: string): number {
  return /^-?\d{1,9}$/.test(s) ? Number(s) : NONE;
}

function ref(s: string): number {
  if (!/^\d{1,10}$/.test(s)) return NONE;
  const n = Number(s);
  return n <= 2147483647 ? n : NONE;
}
