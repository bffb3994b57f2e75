// Source locations from debug metadata, read lazily: a `!dbg !N` attachment is resolved by
// parsing only the nodes it needs (!DILocation -> scope -> !DIFile), from the offsets that
// the module scan recorded, so a large metadata section costs nothing until it is used.

import { Lexer, Tok } from './lexer.js';
import type { Where } from './scan.js';

export interface SourceLoc {
  file: string;
  line: number;
  col: number;
}

interface MDNode {
  kind: string;
  fields: Map<string, string>;
}

export class DebugInfo {
  private readonly src: string;
  private readonly file: string;
  private readonly defs: Map<number, Where>;
  private readonly nodes = new Map<number, MDNode | null>();
  private readonly files = new Map<number, string | null>();

  constructor(src: string, file: string, defs: Map<number, Where>) {
    this.src = src;
    this.file = file;
    this.defs = defs;
  }

  /** The location of an instruction's `!dbg !n`. */
  location(n: number): SourceLoc | undefined {
    const node = this.node(n);
    if (!node || node.kind !== 'DILocation') return undefined;
    const line = num(node.fields.get('line'));
    const col = num(node.fields.get('column'));
    const file = this.scopeFile(ref(node.fields.get('scope')), 0);
    if (file === undefined || line === undefined) return undefined;
    return { file, line, col: col ?? 0 };
  }

  /** A function's `!dbg !n`: its DISubprogram's file and line. */
  subprogram(n: number): { file: string; line: number } | undefined {
    const node = this.node(n);
    if (!node || node.kind !== 'DISubprogram') return undefined;
    const file = this.fileOf(node, 0);
    const line = num(node.fields.get('line'));
    if (file === undefined || line === undefined) return undefined;
    return { file, line };
  }

  private scopeFile(n: number | undefined, depth: number): string | undefined {
    if (n === undefined || depth > 64) return undefined;
    const cached = this.files.get(n);
    if (cached !== undefined) return cached ?? undefined;
    const node = this.node(n);
    let f: string | undefined;
    if (node) f = this.fileOf(node, depth);
    this.files.set(n, f ?? null);
    return f;
  }

  private fileOf(node: MDNode, depth: number): string | undefined {
    if (node.kind === 'DIFile') return node.fields.get('filename');
    const fileRef = ref(node.fields.get('file'));
    if (fileRef !== undefined) {
      const fnode = this.node(fileRef);
      if (fnode && fnode.kind === 'DIFile') return fnode.fields.get('filename');
    }
    return this.scopeFile(ref(node.fields.get('scope')), depth + 1);
  }

  /** Parse `!N = [distinct] !DIKind(field: value, ...)`, keeping each field's first token. */
  private node(n: number): MDNode | undefined {
    const cached = this.nodes.get(n);
    if (cached !== undefined) return cached ?? undefined;
    let node: MDNode | null = null;
    const at = this.defs.get(n);
    if (at) {
      try {
        node = this.parseNode(at);
      } catch {
        node = null; // malformed metadata only loses the location
      }
    }
    this.nodes.set(n, node);
    return node ?? undefined;
  }

  private parseNode(at: Where): MDNode | null {
    const lx = new Lexer(this.src, this.file, at.pos, at.line, at.pos);
    if (lx.next() !== Tok.MetaVar || lx.next() !== Tok.Equal) return null;
    lx.next();
    if (lx.is('distinct')) lx.next();
    if (lx.k() !== Tok.MetaVar) return null;
    const kind = lx.text();
    if (lx.next() !== Tok.LParen) return null;
    const fields = new Map<string, string>();
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
        if (k === Tok.MetaVar) fields.set(field, `!${lx.text()}`);
        else if (k === Tok.String) fields.set(field, lx.value());
        else fields.set(field, lx.text());
        field = undefined;
      }
    }
    return { kind, fields };
  }
}

function num(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

function ref(s: string | undefined): number | undefined {
  if (s === undefined || !/^!\d{1,11}$/.test(s)) return undefined;
  return Number(s.slice(1));
}
