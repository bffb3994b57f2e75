// A fast line scan of a module before it is parsed: its symbols (so internal names that
// collide across the modules of a component can be renamed before any id is written), the
// datalayout, and where named types and numbered metadata are defined (read lazily later).

import { Lexer, Tok } from './lexer.js';

export interface SymbolScan {
  /** private or internal linkage */
  local: boolean;
  kind: 'function' | 'global';
}

export interface Where {
  pos: number;
  line: number;
}

export interface ModuleScan {
  datalayout?: string;
  symbols: Map<string, SymbolScan>;
  typeDefs: Map<string, Where>;
  metaDefs: Map<number, Where>;
}

const LOCAL_LINKAGE = new Set(['private', 'internal']);

export function scanModule(src: string, file: string): ModuleScan {
  const out: ModuleScan = { symbols: new Map(), typeDefs: new Map(), metaDefs: new Map() };
  const n = src.length;
  let p = 0;
  let line = 1;
  while (p < n) {
    const c = src.charCodeAt(p);
    if (c === 33) { // !N = ...
      let q = p + 1;
      let num = 0;
      while (q < n) {
        const d = src.charCodeAt(q);
        if (d < 48 || d > 57) break;
        num = num * 10 + (d - 48);
        q++;
      }
      if (q > p + 1 && q - p < 12) out.metaDefs.set(num, { pos: p, line });
    } else if (c === 64) { // @g = ...
      scanGlobal(src, file, p, line, out);
    } else if (c === 100) { // define / declare
      if (src.startsWith('define', p) || src.startsWith('declare', p)) scanFunction(src, file, p, line, out);
    } else if (c === 37) { // %T = type
      try {
        const lx = new Lexer(src, file, p, line, p);
        if (lx.next() === Tok.LocalVar) {
          const name = lx.value();
          if (lx.next() === Tok.Equal && lx.next() === Tok.Word && lx.is('type')) out.typeDefs.set(name, { pos: p, line });
        }
      } catch { /* the parser reports malformed lines */ }
    } else if (c === 116 && src.startsWith('target datalayout', p)) {
      try {
        const lx = new Lexer(src, file, p, line, p);
        lx.next();
        lx.next();
        if (lx.next() === Tok.Equal && lx.next() === Tok.String) out.datalayout = lx.value();
      } catch { /* reported by the parser */ }
    }
    const nl = src.indexOf('\n', p);
    if (nl < 0) break;
    p = nl + 1;
    line++;
  }
  return out;
}

function scanGlobal(src: string, file: string, p: number, line: number, out: ModuleScan): void {
  try {
    const lx = new Lexer(src, file, p, line, p);
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
  } catch { /* reported by the parser */ }
}

function scanFunction(src: string, file: string, p: number, line: number, out: ModuleScan): void {
  try {
    const lx = new Lexer(src, file, p, line, p);
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
  } catch { /* reported by the parser */ }
}
