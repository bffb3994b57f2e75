// The part of the C preprocessor that rule files use (Soufflé runs `mcpp` on its input):
// #include "file", object-like #define/#undef, #ifdef/#ifndef/#if/#elif/#else/#endif, #error.
// It works on the lexer's tokens, so every token keeps the file:line:col it came from.
import fs from 'node:fs';
import path from 'node:path';
import { DatalogError, Loc } from './errors.js';
import { Token, tokenize } from './lexer.js';

export interface PreprocessOptions {
  includeDirs?: string[];
  defines?: Record<string, string>;
}

export interface Preprocessed {
  tokens: Token[];
  /** The text of every file read, by the name its tokens carry (to quote rules). */
  sources: Map<string, string>;
  /** Every #include met: the name written, the file it is in, the file it named. */
  includes: Array<{ name: string; from: string; file: string }>;
}

/** The file `#include "name"` in file `from` names (the including file's folder first, then the include folders), if there is one. */
export function resolveInclude(name: string, from: string, includeDirs: readonly string[] = []): string | undefined {
  const candidates = path.isAbsolute(name) ? [name] : [path.join(path.dirname(from), name), ...includeDirs.map((d) => path.join(d, name))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

interface Cond {
  /** Whether the current branch is being kept. */
  active: boolean;
  /** Whether some branch of this #if chain has been taken already. */
  taken: boolean;
  /** Whether the enclosing region is active at all. */
  parentActive: boolean;
  seenElse: boolean;
  loc: Loc;
}

const MAX_INCLUDE_DEPTH = 64;

export function preprocess(text: string, file: string, opts: PreprocessOptions = {}): Preprocessed {
  const macros = new Map<string, Token[]>();
  for (const [name, value] of Object.entries(opts.defines ?? {})) {
    macros.set(name, tokenize(value, `<define ${name}>`).filter((t) => t.kind !== 'eof'));
  }
  const sources = new Map<string, string>();
  const includes: Preprocessed['includes'] = [];
  const out: Token[] = [];

  const expandInto = (tok: Token, sink: Token[], active: Set<string>) => {
    const body = tok.kind === 'ident' ? macros.get(tok.value) : undefined;
    if (body === undefined || active.has(tok.value)) {
      sink.push(tok);
      return;
    }
    active.add(tok.value);
    for (const b of body) {
      // Substituted tokens report the place of use, which is where a reader will look.
      expandInto({ ...b, loc: tok.loc, start: tok.start, end: tok.end }, sink, active);
    }
    active.delete(tok.value);
  };

  const run = (fileText: string, fileName: string, depth: number) => {
    sources.set(fileName, fileText);
    const tokens = tokenize(fileText, fileName);
    const conds: Cond[] = [];
    const isActive = () => conds.length === 0 || conds[conds.length - 1].active;
    for (const tok of tokens) {
      if (tok.kind === 'eof') break;
      if (tok.kind !== 'pp') {
        if (!isActive()) continue;
        // most tokens name no macro: no set of the macros being expanded made for them
        if (tok.kind === 'ident' && macros.has(tok.value)) expandInto(tok, out, new Set());
        else out.push(tok);
        continue;
      }
      const m = /^\s*([A-Za-z_]\w*|\d+)?\s*(.*)$/s.exec(tok.value)!;
      const word = m[1] ?? '';
      const rest = m[2].trim();
      const argLoc: Loc = { ...tok.loc, col: tok.loc.col + 1 + tok.value.indexOf(word) };
      switch (word) {
        case 'ifdef':
        case 'ifndef': {
          const name = macroName(rest, tok.loc, word);
          const parentActive = isActive();
          const truth = macros.has(name) === (word === 'ifdef');
          conds.push({ active: parentActive && truth, taken: truth, parentActive, seenElse: false, loc: tok.loc });
          break;
        }
        case 'if': {
          const parentActive = isActive();
          const truth = parentActive ? evalCondition(rest, macros, argLoc) !== 0 : false;
          conds.push({ active: parentActive && truth, taken: truth, parentActive, seenElse: false, loc: tok.loc });
          break;
        }
        case 'elif': {
          const c = conds[conds.length - 1];
          if (!c || c.seenElse) throw new DatalogError('#elif without #if', tok.loc);
          if (c.taken || !c.parentActive) {
            c.active = false;
          } else {
            const truth = evalCondition(rest, macros, argLoc) !== 0;
            c.active = truth;
            c.taken = truth;
          }
          break;
        }
        case 'else': {
          const c = conds[conds.length - 1];
          if (!c || c.seenElse) throw new DatalogError('#else without #if', tok.loc);
          c.seenElse = true;
          c.active = c.parentActive && !c.taken;
          c.taken = true;
          break;
        }
        case 'endif':
          if (!conds.pop()) throw new DatalogError('#endif without #if', tok.loc);
          break;
        default:
          if (!isActive()) break; // other directives in skipped regions are ignored, as cpp does
          switch (word) {
            case '':
              break; // the null directive
            case 'include': {
              const inc = /^"([^"]*)"$|^<([^>]*)>$/.exec(rest);
              if (!inc) throw new DatalogError('#include expects "file"', tok.loc);
              if (depth >= MAX_INCLUDE_DEPTH) throw new DatalogError('#include nested too deeply (a cycle of includes?)', tok.loc);
              const name = inc[1] ?? inc[2];
              const target = resolveInclude(name, fileName, opts.includeDirs);
              if (target === undefined) throw new DatalogError(`cannot find include file "${name}"`, tok.loc);
              includes.push({ name, from: fileName, file: target });
              run(fs.readFileSync(target, 'utf8'), target, depth + 1);
              break;
            }
            case 'define': {
              const d = /^([A-Za-z_]\w*)(\(?)\s*(.*)$/s.exec(rest);
              if (!d) throw new DatalogError('#define expects a macro name', tok.loc);
              if (d[2] === '(') throw new DatalogError(`function-like macro '${d[1]}' is not supported`, tok.loc);
              const valueTokens = tokenize(d[3], tok.loc.file).filter((t) => t.kind !== 'eof');
              macros.set(d[1], valueTokens);
              break;
            }
            case 'undef':
              macros.delete(macroName(rest, tok.loc, word));
              break;
            case 'error':
              throw new DatalogError(`#error ${rest}`, tok.loc);
            case 'warning':
            case 'pragma':
            case 'line':
            case 'ident':
              break;
            default:
              if (/^\d+$/.test(word)) break; // a line marker left by an earlier preprocessor pass
              throw new DatalogError(`unknown preprocessor directive #${word}`, tok.loc);
          }
      }
    }
    if (conds.length > 0) throw new DatalogError('unterminated #if/#ifdef (missing #endif)', conds[conds.length - 1].loc);
  };

  run(text, file, 0);
  const last = out.length ? out[out.length - 1].loc : { file, line: 1, col: 1 };
  out.push({ kind: 'eof', value: '', loc: last, start: 0, end: 0 });
  return { tokens: out, sources, includes };
}

function macroName(rest: string, loc: Loc, directive: string): string {
  const m = /^([A-Za-z_]\w*)\s*$/.exec(rest);
  if (!m) throw new DatalogError(`#${directive} expects a macro name`, loc);
  return m[1];
}

/** Evaluate a #if condition: integers, defined(X), macros, ! && || == != < <= > >= + - ( ). */
function evalCondition(text: string, macros: Map<string, Token[]>, loc: Loc): number {
  const toks = text.match(/defined|[A-Za-z_]\w*|0x[0-9a-fA-F]+|\d+|&&|\|\||==|!=|<=|>=|[!()<>+\-*/%]|\S/g) ?? [];
  let pos = 0;
  const fail = (msg: string): never => {
    throw new DatalogError(`in #if: ${msg}`, loc);
  };
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  const expect = (t: string) => {
    if (next() !== t) fail(`expected '${t}'`);
  };
  const valueOf = (name: string, seen: Set<string>): number => {
    const body = macros.get(name);
    if (!body || seen.has(name)) return 0;
    const src = body.map((t) => t.value).join(' ');
    seen.add(name);
    const v = src.trim() === '' ? 0 : /^[A-Za-z_]\w*$/.test(src.trim()) ? valueOf(src.trim(), seen) : Number(src);
    return Number.isFinite(v) ? v : fail(`macro ${name} is not a number`);
  };
  const primary = (): number => {
    const t = next();
    if (t === undefined) return fail('unexpected end of condition');
    if (t === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t === '!') return primary() ? 0 : 1;
    if (t === '-') return -primary();
    if (t === 'defined') {
      let name = next();
      if (name === '(') {
        name = next();
        expect(')');
      }
      if (!name || !/^[A-Za-z_]\w*$/.test(name)) fail('defined expects a macro name');
      return macros.has(name!) ? 1 : 0;
    }
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return valueOf(t, new Set());
    return fail(`unexpected '${t}'`);
  };
  const binary = (ops: string[], sub: () => number, apply: (op: string, a: number, b: number) => number) => (): number => {
    let v = sub();
    while (ops.includes(peek())) {
      const op = next();
      v = apply(op, v, sub());
    }
    return v;
  };
  const mul = binary(['*', '/', '%'], primary, (op, a, b) => (op === '*' ? a * b : b === 0 ? fail('division by zero') : op === '/' ? Math.trunc(a / b) : a % b));
  const add = binary(['+', '-'], mul, (op, a, b) => (op === '+' ? a + b : a - b));
  const rel = binary(['<', '<=', '>', '>='], add, (op, a, b) => Number(op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b));
  const eq = binary(['==', '!='], rel, (op, a, b) => Number(op === '==' ? a === b : a !== b));
  const and = binary(['&&'], eq, (_op, a, b) => Number(Boolean(a) && Boolean(b)));
  const or = binary(['||'], and, (_op, a, b) => Number(Boolean(a) || Boolean(b)));
  const v = or();
  if (pos < toks.length) fail(`unexpected '${toks[pos]}'`);
  return v;
}
