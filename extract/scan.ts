// A quick pass over a module, line by line and streaming (source.ts), for what the parse
// needs before it meets it: the symbols of every module of a component with several (so
// internal names that collide across its modules are renamed before any id is written);
// for a component that links libraries, what each definition refers to (so that library
// code the component never reaches is not extracted: prune.ts); and, only when the parse asks
// (a type used before its definition, no datalayout yet: rare outside hand-written IR),
// every named type and the datalayout.

import fs from 'node:fs';
import { Tok } from './lexer.js';
import type { Lexer } from './lexer.js';
import { Parser } from './parser.js';
import type { TextSource } from './source.js';
import type { NamedType } from './types.js';

export interface SymbolScan {
  /** private or internal linkage */
  local: boolean;
  kind: 'function' | 'global';
}

/** A definition (function body, global with an initialiser, alias, ifunc) and what it names. */
export interface DefinitionScan {
  /** every other symbol its body or initialiser names with `@` (IR names, each once) */
  refs: string[];
  /** appending linkage (llvm.used, llvm.global_ctors, ...): the linker concatenates every module's */
  appending: boolean;
}

export interface ModuleScan {
  datalayout?: string;
  symbols: Map<string, SymbolScan>;
  /** the module's named types, bodies read (when asked for) */
  types: Map<string, NamedType>;
  /** the definitions by IR name, with their references (when asked for) */
  defs: Map<string, DefinitionScan>;
  /**
   * false when the scan could not read every reference (malformed lines, a construct it does
   * not know): what the module refers to is then unknown, and pruning must not rely on it
   */
  refsComplete: boolean;
}

const LOCAL_LINKAGE = new Set(['private', 'internal']);
/** The linkage words, as the parser knows them (the last one of a global is its linkage). */
const LINKAGES = new Set([
  'private', 'internal', 'available_externally', 'linkonce', 'weak', 'common', 'appending',
  'extern_weak', 'linkonce_odr', 'weak_odr', 'external',
]);

export interface ScanOptions {
  /** read the named types and the datalayout */
  types?: boolean;
  /** record every definition's references (defs) */
  refs?: boolean;
}

export function scanModule(source: TextSource | string, file: string, opts: ScanOptions = {}): ModuleScan {
  const parser = new Parser(source, file);
  const lx = parser.lx;
  const out: ModuleScan = { symbols: new Map(), types: parser.types, defs: new Map(), refsComplete: !!opts.refs };
  const refs = opts.refs ? new RefScan(lx, out) : undefined;
  for (;;) {
    lx.markPos(); // earlier lines are done with
    if (refs?.inBody) {
      // a body line: only one with `@`, `{` or `}` can name a symbol or end the body
      if (lx.lineMayRef()) refs.bodyLine();
      else if (lx.peekRaw() < 0) break;
      continue;
    }
    const c = lx.skipIndented();
    if (c < 0) break;
    // @ d(efine/eclare), and % t(arget) for types: the lines that can hold what the scan looks for
    if (c !== 64 && c !== 100 && !(opts.types && (c === 37 || c === 116))) {
      lx.skipLine();
      continue;
    }
    // The line is read from its start; whatever its tokens, the scan goes on at the next
    // line (a type definition, or a definition whose references were read, may span lines:
    // the scan goes on after it).
    const lineStart = lx.save();
    let after = false;
    try {
      if (c === 64) after = scanGlobal(lx, out, refs); // @g = ...
      else if (c === 100) after = scanFunction(lx, out, refs); // define / declare
      else if (c === 37) after = scanTypeDef(lx, parser); // %T = type
      else scanTarget(lx, out); // target datalayout
    } catch {
      // the parser reports malformed lines; the references read may miss some
      if (refs) refs.unsure = true;
    }
    if (after) {
      lx.unread();
      continue;
    }
    lx.restore(lineStart);
    lx.skipLine();
  }
  if (refs && (refs.unsure || refs.inBody)) out.refsComplete = false;
  return out;
}

/** How many scans of library files stay cached (each is a few entries per symbol, not per instruction). */
const CACHED_SCANS = 32;
const scanCache = new Map<string, { stamp: string; scan: ModuleScan }>();

/**
 * The scan of a file, from a cache of the most recent ones while the file is unchanged (size,
 * time and inode alike): every component that links a library scans it, and a libc linked by
 * twenty servers is one file read once. `open` gives its text when it must be read.
 */
export function scanModuleFile(file: string, open: () => TextSource, display: string, opts: ScanOptions = {}): ModuleScan {
  const stamp = fileStamp(file); // none: open() says what is wrong with the file
  const key = `${opts.refs ? 1 : 0}${opts.types ? 1 : 0}${file}`;
  const hit = scanCache.get(key);
  if (hit && stamp !== undefined && hit.stamp === stamp) {
    scanCache.delete(key); // most recently used last
    scanCache.set(key, hit);
    return hit.scan;
  }
  const src = open();
  let scan: ModuleScan;
  try {
    scan = scanModule(src, display, opts);
  } finally {
    src.close?.();
  }
  scanCache.delete(key);
  if (stamp === undefined) return scan;
  scanCache.set(key, { stamp, scan });
  if (scanCache.size > CACHED_SCANS) scanCache.delete(scanCache.keys().next().value!);
  return scan;
}

function fileStamp(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The references of definitions, by tokens: a global's are the `@` names after its `=` to the
 * end of its statement; a function's, those from its header to the `}` that closes its body,
 * read line by line (lines without `@`, `{` or `}` are skipped unlexed). Tokens, not text: a
 * name inside a string or a comment is no reference.
 */
class RefScan {
  /** inside a function body: the lines up to its closing brace belong to the current definition */
  inBody = false;
  /**
   * Something the scan cannot vouch for (a line it could not lex, a header it could not tell
   * from its body): the references may be incomplete, so nothing may be pruned on them.
   */
  unsure = false;
  /** brace depth inside the body */
  private depth = 0;
  private refs = new Set<string>();
  /** the definition the references go to (undefined for a second one of the same name) */
  private def: DefinitionScan | undefined;
  private readonly lx: Lexer;
  private readonly out: ModuleScan;

  constructor(lx: Lexer, out: ModuleScan) {
    this.lx = lx;
    this.out = out;
  }

  private begin(name: string, appending: boolean): void {
    this.def = undefined;
    if (!this.out.defs.has(name)) {
      this.def = { refs: [], appending };
      this.out.defs.set(name, this.def);
    }
    this.refs.clear();
  }

  private end(): void {
    if (this.def) this.def.refs = [...this.refs];
    this.def = undefined;
    this.refs.clear();
  }

  /**
   * A global's statement from the token after `global`/`constant`/`alias`/`ifunc` up to the
   * first token on a later line outside brackets (LLVM prints a global on one line; hand-
   * written IR may wrap an initialiser). The lexer is left at that token.
   */
  globalRest(name: string, appending: boolean, line: number): void {
    const lx = this.lx;
    this.begin(name, appending);
    let depth = 0;
    for (let k = lx.k(); k !== Tok.EOF; k = lx.next()) {
      if (depth <= 0 && lx.tokLine !== line) break;
      if (k === Tok.GlobalVar) this.refs.add(lx.value());
      else if (k === Tok.LBrace || k === Tok.LBracket || k === Tok.LParen || k === Tok.Less) depth++;
      else if (k === Tok.RBrace || k === Tok.RBracket || k === Tok.RParen || k === Tok.Greater) depth--;
    }
    this.end();
  }

  /**
   * A function's header after its name, to the end of the line where its body opens (all of a
   * function written on one line). The lexer is left at the first token after that line; the
   * lines of the body that follow go to bodyLine.
   */
  functionRest(name: string): void {
    const lx = this.lx;
    this.begin(name, false);
    let parens = 0; // braces inside the parameter list are struct types
    let braceLine = -1;
    this.depth = 0;
    for (let k = lx.next(); k !== Tok.EOF; k = lx.next()) {
      if (braceLine >= 0) {
        if (lx.tokLine !== braceLine) break;
        if (this.depth === 0) { // the body closed, and more follows on its line (a prefix constant?)
          this.unsure = true;
          break;
        }
      }
      if (k === Tok.GlobalVar) this.refs.add(lx.value());
      else if (k === Tok.LParen) parens++;
      else if (k === Tok.RParen) parens--;
      else if (k === Tok.LBrace && parens === 0) {
        if (this.depth++ === 0 && braceLine < 0) braceLine = lx.tokLine;
      } else if (k === Tok.RBrace && parens === 0) this.depth--;
    }
    this.inBody = this.depth > 0;
    if (!this.inBody) this.end();
  }

  /** A line of the body, from the lexer's position: its references, and whether it closes the body. */
  bodyLine(): void {
    const lx = this.lx;
    const lineStart = lx.save();
    const line = lx.line;
    try {
      for (let k = lx.next(); k !== Tok.EOF && lx.tokLine === line; k = lx.next()) {
        if (k === Tok.GlobalVar) this.refs.add(lx.value());
        else if (k === Tok.LBrace) this.depth++;
        else if (k === Tok.RBrace && --this.depth === 0) {
          this.inBody = false;
          this.end();
          break;
        }
      }
    } catch {
      this.unsure = true; // the parser reports the line
    }
    lx.restore(lineStart);
    lx.skipLine();
  }
}

/** `%T = type ...`: read whole into the parser's types; true when read (the lexer is past it). */
function scanTypeDef(lx: Lexer, parser: Parser): boolean {
  if (lx.next() !== Tok.LocalVar) return false;
  const st = lx.save();
  if (lx.next() !== Tok.Equal || lx.next() !== Tok.Word || !lx.is('type')) return false;
  lx.restore(st);
  parser.parseTypeDef();
  return true;
}

function scanTarget(lx: Lexer, out: ModuleScan): void {
  if (lx.next() !== Tok.Word || !lx.is('target')) return;
  if (lx.next() !== Tok.Word || !lx.is('datalayout')) return;
  if (lx.next() === Tok.Equal && lx.next() === Tok.String) out.datalayout = lx.value();
}

/** `@g = ...`; true when the references were read (the lexer is past the statement). */
function scanGlobal(lx: Lexer, out: ModuleScan, refs?: RefScan): boolean {
  if (lx.next() !== Tok.GlobalVar) return false;
  const name = lx.value();
  const line = lx.tokLine;
  if (lx.next() !== Tok.Equal) return false;
  let local = false;
  let linkage = '';
  for (let i = 0; i < 16 && lx.next() === Tok.Word; i++) {
    const w = lx.text();
    if (LOCAL_LINKAGE.has(w)) local = true;
    if (LINKAGES.has(w)) linkage = w;
    if (w === 'global' || w === 'constant' || w === 'alias' || w === 'ifunc') {
      // an alias of a function is called like one; kind only matters for declarations
      if (!out.symbols.has(name)) out.symbols.set(name, { local, kind: 'global' });
      // as the parser: a global of external linkage has no initialiser (a declaration)
      if (!refs || (w !== 'alias' && w !== 'ifunc' && (linkage === 'external' || linkage === 'extern_weak'))) return false;
      lx.next();
      refs.globalRest(name, linkage === 'appending', line);
      return true;
    }
    if (lx.peekChar() === 40) { // thread_local(...), addrspace(N): not a word
      lx.next();
      skipParens(lx);
    }
  }
  return false;
}

/** At a `(`: past its matching `)`. */
function skipParens(lx: Lexer): void {
  let depth = 0;
  for (let k = lx.k(); k !== Tok.EOF; k = lx.next()) {
    if (k === Tok.LParen) depth++;
    else if (k === Tok.RParen && --depth === 0) return;
  }
}

/** `define`/`declare`; true when a definition's header was read (the lexer is past its line). */
function scanFunction(lx: Lexer, out: ModuleScan, refs?: RefScan): boolean {
  const k0 = lx.next();
  if (k0 !== Tok.Word || !(lx.is('define') || lx.is('declare'))) return false;
  const define = lx.is('define');
  let local = false;
  for (let i = 0; i < 64; i++) {
    const k = lx.next();
    if (k === Tok.EOF) return false;
    if (k === Tok.Word && LOCAL_LINKAGE.has(lx.text())) local = true;
    if (k === Tok.GlobalVar) {
      const name = lx.value();
      const prev = out.symbols.get(name);
      if (!prev || prev.kind !== 'function') out.symbols.set(name, { local, kind: 'function' });
      if (!refs || !define) return false;
      refs.functionRest(name);
      return true;
    }
  }
  return false;
}
