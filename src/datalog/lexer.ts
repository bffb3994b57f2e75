// Tokens of the Soufflé dialect. Preprocessor lines (`#include`, `#define`, ...) come out as one
// token each so that the preprocessor can work on whole lines while every other token keeps the
// exact file:line:col it was read from (the lexer runs per file, so included files report their
// own locations).
import { DatalogError, Loc } from './errors.js';

export type TokenKind =
  | 'ident' // names, also keywords such as count, cat, band (the parser decides by position)
  | 'number' // 12, 0x1f, 0b101
  | 'unsigned' // 12u
  | 'float' // 1.5
  | 'string' // "..." with escapes resolved
  | 'punct' // operators and punctuation
  | 'directive' // .decl .type .input .output .printsize ...
  | 'pp' // a whole preprocessor line, value is the text after '#'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly value: string;
  readonly loc: Loc;
  /** Character offsets in the file's text (for quoting the source of a rule). */
  readonly start: number;
  readonly end: number;
}

const DIRECTIVES = new Set([
  'decl', 'type', 'input', 'output', 'printsize', 'limitsize', 'functor', 'comp', 'init',
  'number_type', 'symbol_type', 'override', 'pragma', 'plan', 'include', 'once', 'lattice',
]);

// Longest first, so that ':-' wins over ':'.
const PUNCT = [':-', '<:', '<=', '>=', '!=', '->', '::', '(', ')', ',', '.', ':', ';', '=', '!', '<', '>',
  '+', '-', '*', '/', '%', '^', '{', '}', '[', ']', '|', '@', '$'];

const ESCAPES: Record<string, string> = {
  '"': '"', "'": "'", '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '?';
}
function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Split one file's text into tokens. Throws DatalogError with file:line:col on bad input. */
export function tokenize(text: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true; // only whitespace so far on this line: a '#' starts a preprocessor line
  const n = text.length;
  const loc = (at: number): Loc => ({ file, line, col: at - lineStart + 1 });
  const fail = (at: number, msg: string): never => {
    throw new DatalogError(msg, loc(at));
  };
  const push = (kind: TokenKind, value: string, start: number, end: number, where: Loc) => {
    tokens.push({ kind, value, loc: where, start, end });
  };

  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\v' || c === '\f') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const at = loc(i);
      i += 2;
      for (;;) {
        if (i >= n) throw new DatalogError('unterminated comment block', at);
        if (text[i] === '*' && text[i + 1] === '/') { i += 2; break; }
        if (text[i] === '\n') { line++; lineStart = i + 1; }
        i++;
      }
      continue;
    }
    if (c === '#' && atLineStart) {
      // A preprocessor line, with backslash-newline continuations.
      const start = i;
      const where = loc(i);
      let body = '';
      i++;
      while (i < n && text[i] !== '\n') {
        if (text[i] === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
          i += text[i + 1] === '\r' ? 3 : 2;
          line++;
          lineStart = i;
          body += ' ';
          continue;
        }
        body += text[i++];
      }
      push('pp', body.replace(/\r$/, ''), start, i, where);
      continue;
    }
    atLineStart = false;
    const start = i;
    const where = loc(i);

    if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) fail(start, 'unterminated string');
        const d = text[i];
        if (d === '"') { i++; break; }
        if (d === '\\' && i + 1 < n) {
          const e = ESCAPES[text[i + 1]];
          if (e === undefined) fail(i, `unknown escape sequence \\${text[i + 1]}`);
          value += e;
          i += 2;
          continue;
        }
        if (d === '\n') { line++; lineStart = i + 1; }
        value += d;
        i++;
      }
      push('string', value, start, i, where);
      continue;
    }

    if (isDigit(c)) {
      if (c === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
        i += 2;
        while (i < n && /[0-9a-fA-F]/.test(text[i])) i++;
      } else if (c === '0' && text[i + 1] === 'b' && /[01]/.test(text[i + 2] ?? '')) {
        i += 2;
        while (i < n && (text[i] === '0' || text[i] === '1')) i++;
      } else {
        while (i < n && isDigit(text[i])) i++;
        if (text[i] === '.' && isDigit(text[i + 1] ?? '')) {
          i++;
          while (i < n && isDigit(text[i])) i++;
          // Soufflé's scanner has no exponent syntax ([0-9]+"."[0-9]+), so neither do we.
          push('float', text.slice(start, i), start, i, where);
          continue;
        }
      }
      if (text[i] === 'u' && !isIdentPart(text[i + 1] ?? '')) {
        i++;
        push('unsigned', text.slice(start, i - 1), start, i, where);
        continue;
      }
      if (isIdentPart(text[i] ?? '')) fail(i, `unexpected character '${text[i]}' in number`);
      push('number', text.slice(start, i), start, i, where);
      continue;
    }

    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(text[i])) i++;
      const word = text.slice(start, i);
      if (word === '_') push('punct', '_', start, i, where);
      else push('ident', word, start, i, where);
      continue;
    }

    if (c === '.' && isIdentStart(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < n && isIdentPart(text[j])) j++;
      const word = text.slice(i + 1, j);
      if (DIRECTIVES.has(word)) {
        i = j;
        push('directive', word, start, i, where);
        continue;
      }
    }

    const p = PUNCT.find((q) => text.startsWith(q, i));
    if (p === undefined) fail(i, `unexpected character '${c}'`);
    i += p!.length;
    push('punct', p!, start, i, where);
  }
  tokens.push({ kind: 'eof', value: '', loc: loc(i), start: i, end: i });
  return tokens;
}
