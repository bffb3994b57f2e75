// A quick pass over a module, line by line and streaming (source.ts), for what the parse
// needs before it meets it: the symbols of every module of a component with several (so
// internal names that collide across its modules are renamed before any id is written),
// and, only when the parse asks (a type used before its definition, no datalayout yet: rare
// outside hand-written IR), every named type and the datalayout.

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

export interface ModuleScan {
  datalayout?: string;
  symbols: Map<string, SymbolScan>;
  /** the module's named types, bodies read (when asked for) */
  types: Map<string, NamedType>;
}

const LOCAL_LINKAGE = new Set(['private', 'internal']);

export function scanModule(source: TextSource | string, file: string, opts: { types?: boolean } = {}): ModuleScan {
  const parser = new Parser(source, file);
  const lx = parser.lx;
  const out: ModuleScan = { symbols: new Map(), types: parser.types };
  for (;;) {
    lx.markPos(); // earlier lines are done with
    const c = lx.skipIndented();
    if (c < 0) break;
    // @ d(efine/eclare), and % t(arget) for types: the lines that can hold what the scan looks for
    if (c !== 64 && c !== 100 && !(opts.types && (c === 37 || c === 116))) {
      lx.skipLine();
      continue;
    }
    // The line is read from its start; whatever its tokens, the scan goes on at the next
    // line (a type definition may span lines: the scan goes on after it).
    const lineStart = lx.save();
    let after = false;
    try {
      if (c === 64) scanGlobal(lx, out); // @g = ...
      else if (c === 100) scanFunction(lx, out); // define / declare
      else if (c === 37) after = scanTypeDef(lx, parser); // %T = type
      else scanTarget(lx, out); // target datalayout
    } catch { /* the parser reports malformed lines */ }
    if (after) {
      lx.unread();
      continue;
    }
    lx.restore(lineStart);
    lx.skipLine();
  }
  return out;
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

function scanGlobal(lx: Lexer, out: ModuleScan): void {
  if (lx.next() !== Tok.GlobalVar) return;
  const name = lx.value();
  if (lx.next() !== Tok.Equal) return;
  let local = false;
  for (let i = 0; i < 16 && lx.next() === Tok.Word; i++) {
    const w = lx.text();
    if (LOCAL_LINKAGE.has(w)) local = true;
    if (w === 'global' || w === 'constant' || w === 'alias' || w === 'ifunc') {
      // an alias of a function is called like one; kind only matters for declarations
      if (!out.symbols.has(name)) out.symbols.set(name, { local, kind: 'global' });
      return;
    }
  }
}

function scanFunction(lx: Lexer, out: ModuleScan): void {
  const k0 = lx.next();
  if (k0 !== Tok.Word || !(lx.is('define') || lx.is('declare'))) return;
  let local = false;
  for (let i = 0; i < 64; i++) {
    const k = lx.next();
    if (k === Tok.EOF) return;
    if (k === Tok.Word && LOCAL_LINKAGE.has(lx.text())) local = true;
    if (k === Tok.GlobalVar) {
      const name = lx.value();
      const prev = out.symbols.get(name);
      if (!prev || prev.kind !== 'function') out.symbols.set(name, { local, kind: 'function' });
      return;
    }
  }
}
