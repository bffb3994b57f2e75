// Tokenizer for textual LLVM IR, after LLVM's own LLLexer. It works over a one-byte string
// (the file read as latin1, so every byte is one char) with charCodeAt, keeps only the
// current token in fields (no token objects), and materialises text only when asked.
// The string is a window of whole lines (source.ts): at its end the lexer asks for more,
// dropping the text before its mark, so positions are window-relative and move on a refill
// (save() and restore() use offsets in the input, which do not).

import { ExtractError } from './errors.js';
import { StringSource } from './source.js';
import type { TextSource } from './source.js';

export const enum Tok {
  EOF,
  LocalVar, // %x, %12, %"a b"
  GlobalVar, // @x, @12, @"a b"
  MetaVar, // !dbg, !12, !DILocation, !llvm.module.flags
  AttrGrp, // #0
  DbgRecord, // #dbg_declare (LLVM 19 debug records)
  Comdat, // $name
  Summary, // ^0
  Label, // entry:  2:  "a b":
  Word, // keywords, types (i32, ptr), bare identifiers
  Int, // 42, -7, u0x1F, s0x1F
  Float, // 1.5e+00, 0x3FF0000000000000, 0xK...
  String, // "..."
  CString, // c"..."
  Equal,
  Comma,
  Star,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Less,
  Greater,
  Exclaim,
  Ellipsis,
  Bar,
  Colon,
}

const TOK_NAMES = [
  'end of file', 'local name', 'global name', 'metadata name', 'attribute group', 'debug record',
  'comdat name', 'summary id', 'label', 'keyword', 'integer', 'number', 'string', 'string constant',
  "'='", "','", "'*'", "'['", "']'", "'{'", "'}'", "'('", "')'", "'<'", "'>'", "'!'", "'...'", "'|'", "':'",
];

export function tokName(t: Tok): string {
  return TOK_NAMES[t] ?? 'token';
}

// Character classes as a table: identifier chars of LLVM names are [-a-zA-Z$._0-9].
const ID_CHAR = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (/[-a-zA-Z$._0-9]/.test(ch)) ID_CHAR[c] = 1;
}
const INTERN_MAX = 40;
const INTERN_MASK = (1 << 12) - 1;
/** Shared by every Lexer (a module's parse and its scans). */
const INTERN_TAB: Array<string | undefined> = new Array<string | undefined>(INTERN_MASK + 1).fill(undefined);
/** Cache slot of a text hash (the same for intern and pinKeywords). */
const slot = (h: number): number => (h ^ (h >>> 13)) & INTERN_MASK;

/** Slots holding a keyword given to pinKeywords: never replaced by a colliding name. */
const PINNED = new Uint8Array(INTERN_MASK + 1);

/**
 * Seed the token cache with keyword literals. Literals are internalized strings, so the
 * parser's `switch (word)` and Set lookups on them compare pointers and reuse cached hashes.
 */
export function pinKeywords(words: Iterable<string>): void {
  for (const w of words) {
    if (w.length > INTERN_MAX) continue;
    let h = w.length;
    for (let p = 0; p < w.length; p++) h = (Math.imul(h, 31) + w.charCodeAt(p)) | 0;
    const i = slot(h);
    if (PINNED[i] === 1) continue; // two keywords in one slot: the first keeps it
    INTERN_TAB[i] = w;
    PINNED[i] = 1;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export interface LexState {
  pos: number;
  line: number;
  lineStart: number;
  kind: Tok;
  start: number;
  end: number;
  tokLine: number;
  tokCol: number;
  quoted: boolean;
}

export class Lexer {
  /** the window of input text that positions index */
  src: string;
  /** the same window as bytes: char tests index a typed array, cheaper than charCodeAt */
  b: Uint8Array;
  readonly source: TextSource;
  readonly file: string;
  /** window position before which no text is needed again (see mark()) */
  private keep = 0;
  /** position of the next char to read */
  pos = 0;
  line = 1;
  lineStart = 0;
  // the current token
  kind: Tok = Tok.EOF;
  /** text span of the token's value: the name without sigil/quotes, the string without quotes */
  start = 0;
  end = 0;
  tokLine = 1;
  tokCol = 1;
  /** the name or string was quoted and may contain \XX escapes */
  quoted = false;

  constructor(src: string | TextSource, file: string) {
    this.source = typeof src === 'string' ? new StringSource(src) : src;
    this.src = this.source.text;
    this.b = this.source.bytes;
    this.file = file;
  }

  /** Offset in the input of the next char to read. */
  offset(): number {
    return this.source.base + this.pos;
  }

  /** Offset in the input where the current token begins. */
  tokenOffset(): number {
    return this.source.base + this.lineStart + this.tokCol - 1;
  }

  /** Input text between two offsets that are still in the window (after the mark). */
  slice(from: number, to: number): string {
    const b = this.source.base;
    return this.src.slice(from - b, to - b);
  }

  /** Nothing before the current token is needed again: a refill may drop it. */
  mark(): void {
    this.keep = this.lineStart + this.tokCol - 1;
  }

  /** Nothing before the next char to read is needed again. */
  markPos(): void {
    this.keep = this.pos;
  }

  /**
   * More input at the end of the window, dropping what lies before the mark; every position
   * moves by what was dropped. False at the end of input.
   */
  private fill(): boolean {
    const before = this.source.base;
    const grew = this.source.refill(this.keep);
    const d = this.source.base - before;
    if (d !== 0) {
      this.pos -= d;
      this.lineStart -= d;
      this.start -= d;
      this.end -= d;
      this.keep -= d;
    }
    this.src = this.source.text;
    this.b = this.source.bytes;
    return grew;
  }

  /** The char at the next position to read (-1 at the end of input), refilling if needed. */
  peekRaw(): number {
    if (this.pos >= this.src.length && !this.fill()) return -1;
    return this.b[this.pos]!;
  }

  save(): LexState {
    const b = this.source.base;
    return {
      pos: b + this.pos, line: this.line, lineStart: b + this.lineStart, kind: this.kind, start: b + this.start,
      end: b + this.end, tokLine: this.tokLine, tokCol: this.tokCol, quoted: this.quoted,
    };
  }

  /** Back to a saved state; its text must not have been dropped (it lies after the mark). */
  restore(s: LexState): void {
    const b = this.source.base;
    this.pos = s.pos - b; this.line = s.line; this.lineStart = s.lineStart - b; this.kind = s.kind;
    this.start = s.start - b; this.end = s.end - b; this.tokLine = s.tokLine; this.tokCol = s.tokCol; this.quoted = s.quoted;
  }

  /** Make the current token the next one to read again (the scan stops before an entity). */
  unread(): void {
    this.pos = this.lineStart + this.tokCol - 1;
    this.line = this.tokLine;
  }

  /** The current token's kind (a call, so that TypeScript does not narrow it across next()). */
  k(): Tok {
    return this.kind;
  }

  /** Raw token text (without sigils and quotes). */
  text(): string {
    return this.intern(this.start, this.end);
  }

  /** The token's name or string value, \XX escapes decoded and UTF-8 bytes made chars. */
  value(): string {
    if (!this.quoted) return this.intern(this.start, this.end);
    const raw = this.src.slice(this.start, this.end);
    return escapeControls(bytesToText(raw.indexOf('\\') >= 0 ? unescapeLL(raw) : raw));
  }

  /** The raw bytes of a quoted value (one char per byte), for c"..." constants. */
  bytes(): string {
    const raw = this.src.slice(this.start, this.end);
    return raw.indexOf('\\') >= 0 ? unescapeLL(raw) : raw;
  }

  /**
   * src[start, end) as a string, from a small direct-mapped cache: keywords, types and the
   * names of a function repeat on every line, and a fresh slice each time was a large share
   * of the allocations (and so of the GC). Bounded, so it never grows with the module.
   */
  private intern(start: number, end: number): string {
    const len = end - start;
    if (len > INTERN_MAX) return copyOf(this.src.slice(start, end));
    const s = this.src;
    const b = this.b;
    let h = len;
    for (let p = start; p < end; p++) h = (Math.imul(h, 31) + b[p]!) | 0;
    const i = slot(h);
    const hit = INTERN_TAB[i];
    if (hit !== undefined && hit.length === len) {
      let p = 0;
      while (p < len && hit.charCodeAt(p) === b[start + p]!) p++;
      if (p === len) return hit;
    }
    // a slice of 13 chars or more would keep the whole window alive from the cache
    const str = len < 13 ? s.slice(start, end) : copyOf(s.slice(start, end));
    if (PINNED[i] === 0) INTERN_TAB[i] = str;
    return str;
  }

  /** Is the current token the word w? */
  is(w: string): boolean {
    if (this.kind !== Tok.Word || this.end - this.start !== w.length) return false;
    return this.src.startsWith(w, this.start);
  }

  error(msg: string): ExtractError {
    return new ExtractError(msg, this.file, this.tokLine, this.tokCol);
  }

  /** A description of the current token for error messages. */
  describe(): string {
    if (this.kind === Tok.EOF) return 'end of file';
    let t = this.src.slice(this.start, Math.min(this.end, this.start + 40));
    if (this.end - this.start > 40) t += '...';
    switch (this.kind) {
      case Tok.LocalVar: return `'%${t}'`;
      case Tok.GlobalVar: return `'@${t}'`;
      case Tok.MetaVar: return `'!${t}'`;
      case Tok.String: return `"${t}"`;
      case Tok.CString: return `c"${t}"`;
      case Tok.Label: return `label '${t}:'`;
      default: return `'${printable(t)}'`;
    }
  }

  /** The next non-blank char code after the current token, without moving (-1 at the end). */
  peekChar(): number {
    let p = this.pos;
    for (;;) {
      const s = this.src;
      const b = this.b;
      while (p < s.length) {
        const c = b[p]!;
        if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return c;
        p++;
      }
      const before = this.pos;
      if (!this.fill()) return -1;
      p -= before - this.pos; // the window moved
    }
  }

  /** Skip to the start of the next line (error recovery); the current token becomes that line's first. */
  skipLine(): void {
    let nl = this.src.indexOf('\n', this.pos);
    while (nl < 0) {
      this.pos = this.src.length;
      if (!this.fill()) return;
      nl = this.src.indexOf('\n', this.pos);
    }
    this.pos = nl + 1;
    this.line++;
    this.lineStart = this.pos;
  }

  /**
   * At a line start: skip the lines that begin with a blank (instructions inside function
   * bodies: nothing the module scan looks for). Returns the first char of the line it stops
   * at, -1 at the end of input.
   */
  skipIndented(): number {
    for (;;) {
      const c = this.peekRaw();
      if (c !== 32 && c !== 9) return c;
      const nl = this.src.indexOf('\n', this.pos);
      if (nl < 0) {
        this.skipLine(); // the line goes on past the window
        continue;
      }
      this.pos = nl + 1;
      this.line++;
      this.lineStart = this.pos;
    }
  }

  /**
   * At a line start: can the line hold a reference to a symbol or change the brace depth (does
   * it have `@`, `{` or `}`)? If so the lexer stays at its start; if not it moves past it. A
   * raw byte test, so that the reference scan lexes only the lines that matter.
   */
  lineMayRef(): boolean {
    if (this.pos >= this.src.length && !this.fill()) return false;
    const b = this.b;
    const n = this.src.length;
    // the window holds whole lines (source.ts): the line ends inside it
    for (let p = this.pos; p < n; p++) {
      const c = b[p]!;
      if (c === 64 || c === 123 || c === 125) return true;
      if (c === 10) {
        this.pos = p + 1;
        this.line++;
        this.lineStart = this.pos;
        return false;
      }
    }
    this.pos = n; // the last line, without a newline
    return false;
  }

  /**
   * At a `{` token: skip raw text to just after its matching `}` (a function body nobody needs),
   * minding strings and comments; the text skipped may be dropped from the window as it goes.
   * Throws at the end of input.
   */
  skipBraces(): void {
    let depth = 1;
    let p = this.pos;
    for (;;) {
      if (p >= this.src.length) {
        this.pos = p;
        this.keep = p; // nothing skipped is read again
        if (!this.fill()) throw new ExtractError("expected '}' at the end of the function body", this.file, this.line, p - this.lineStart + 1);
        p = this.pos;
      }
      const s = this.src;
      const b = this.b;
      const n = s.length;
      while (p < n) {
        const c = b[p]!;
        if (c === 10) {
          this.line++;
          this.lineStart = p + 1;
        } else if (c === 34) { // a string: to its closing quote (none of LLVM's strings span lines)
          const q = s.indexOf('"', p + 1);
          const nl = s.indexOf('\n', p + 1);
          if (q < 0 || (nl >= 0 && nl < q)) throw new ExtractError('unterminated string (missing closing ")', this.file, this.line, p - this.lineStart + 1);
          p = q;
        } else if (c === 59) { // a comment: to the end of the line
          const nl = s.indexOf('\n', p);
          p = (nl < 0 ? n : nl) - 1;
        } else if (c === 123) depth++;
        else if (c === 125 && --depth === 0) {
          this.pos = p + 1;
          return;
        }
        p++;
      }
    }
  }

  /** Skip to the line after the next line that starts with `}` (the end of a function body). */
  skipPastBodyEnd(): void {
    for (;;) {
      this.skipLine();
      const c = this.peekRaw();
      if (c < 0) return;
      if (c === 125) { // '}'
        this.skipLine();
        return;
      }
    }
  }

  /**
   * Skip raw text up to the end of a balanced ({[( ... )]}) group that spans to the end of
   * a line: fast skipping of metadata and summary entries without tokenizing them.
   */
  skipBalancedLine(): void {
    let s = this.src;
    let b = this.b;
    let n = s.length;
    let p = this.pos;
    let depth = 0;
    for (;;) {
      if (p >= n) {
        this.pos = p;
        if (!this.fill()) return;
        p = this.pos;
        s = this.src;
        b = this.b;
        n = s.length;
        continue;
      }
      const c = b[p]!;
      if (c === 34) { // string
        const q = s.indexOf('"', p + 1);
        const nl = s.indexOf('\n', p + 1);
        if (q < 0 || (nl >= 0 && nl < q)) throw new ExtractError('unterminated string (missing closing ")', this.file, this.line, p - this.lineStart + 1);
        p = q + 1;
        continue;
      }
      if (c === 40 || c === 123 || c === 91) depth++;
      else if (c === 41 || c === 125 || c === 93) depth--;
      else if (c === 10) {
        this.line++;
        this.lineStart = p + 1;
        if (depth <= 0) {
          this.pos = p + 1;
          return;
        }
      } else if (c === 59 && depth <= 0) { // comment at the end of the line
        const nl = s.indexOf('\n', p);
        p = nl < 0 ? n : nl;
        continue;
      }
      p++;
    }
  }

  /** Advance to the next token. */
  next(): Tok {
    let s = this.src;
    let b = this.b;
    let n = s.length;
    let p = this.pos;
    // skip blanks, newlines and ; comments
    for (;;) {
      if (p >= n) {
        this.pos = p;
        const more = this.fill();
        p = this.pos; // the window may have moved, even at the end
        if (more) {
          s = this.src;
          b = this.b;
          n = s.length;
          continue;
        }
        this.kind = Tok.EOF;
        this.start = this.end = p;
        this.tokLine = this.line;
        this.tokCol = p - this.lineStart + 1;
        return Tok.EOF;
      }
      const c = b[p]!;
      if (c === 10) {
        p++;
        this.line++;
        this.lineStart = p;
      } else if (c === 32 || c === 9 || c === 13) {
        p++;
      } else if (c === 59) { // ;
        const nl = s.indexOf('\n', p);
        p = nl < 0 ? n : nl;
      } else break;
    }
    this.tokLine = this.line;
    this.tokCol = p - this.lineStart + 1;
    this.quoted = false;
    const c = b[p]!;
    switch (c) {
      case 37: return this.lexVar(p, Tok.LocalVar); // %
      case 64: return this.lexVar(p, Tok.GlobalVar); // @
      case 36: return this.lexVar(p, Tok.Comdat); // $
      case 33: { // !
        let q = p + 1;
        while (q < n && (ID_CHAR[b[q]!] === 1 || b[q]! === 92)) q++;
        if (q === p + 1) return this.punct(p, Tok.Exclaim);
        return this.tok(Tok.MetaVar, p + 1, q, q);
      }
      case 35: { // #
        let q = p + 1;
        if (isDigit(b[q]!)) {
          while (q < n && isDigit(b[q]!)) q++;
          return this.tok(Tok.AttrGrp, p + 1, q, q);
        }
        while (q < n && ID_CHAR[b[q]!] === 1) q++;
        if (q > p + 1) return this.tok(Tok.DbgRecord, p + 1, q, q);
        throw this.errAt(p, `unexpected character '#'`);
      }
      case 94: { // ^
        let q = p + 1;
        while (q < n && isDigit(b[q]!)) q++;
        if (q === p + 1) throw this.errAt(p, `unexpected character '^'`);
        return this.tok(Tok.Summary, p + 1, q, q);
      }
      case 34: { // "
        const e = this.stringEnd(p + 1);
        this.quoted = true;
        if (e + 1 < n && b[e + 1]! === 58) return this.tok(Tok.Label, p + 1, e, e + 2);
        return this.tok(Tok.String, p + 1, e, e + 1);
      }
      case 61: return this.punct(p, Tok.Equal);
      case 44: return this.punct(p, Tok.Comma);
      case 42: return this.punct(p, Tok.Star);
      case 91: return this.punct(p, Tok.LBracket);
      case 93: return this.punct(p, Tok.RBracket);
      case 123: return this.punct(p, Tok.LBrace);
      case 125: return this.punct(p, Tok.RBrace);
      case 40: return this.punct(p, Tok.LParen);
      case 41: return this.punct(p, Tok.RParen);
      case 60: return this.punct(p, Tok.Less);
      case 62: return this.punct(p, Tok.Greater);
      case 124: return this.punct(p, Tok.Bar);
      case 58: return this.punct(p, Tok.Colon);
      case 46: // .
        if (b[p + 1]! === 46 && b[p + 2]! === 46) return this.tok(Tok.Ellipsis, p, p + 3, p + 3);
        return this.lexIdent(p);
      default:
        if (isDigit(c) || c === 45 || c === 43) return this.lexNumber(p);
        if (ID_CHAR[c] === 1) return this.lexIdent(p);
        throw this.errAt(p, `unexpected character '${printable(s[p]!)}'`);
    }
  }

  private tok(k: Tok, start: number, end: number, next: number): Tok {
    this.kind = k;
    this.start = start;
    this.end = end;
    this.pos = next;
    return k;
  }

  private punct(p: number, k: Tok): Tok {
    return this.tok(k, p, p + 1, p + 1);
  }

  private errAt(p: number, msg: string): ExtractError {
    this.pos = Math.min(p + 1, this.src.length);
    return new ExtractError(msg, this.file, this.line, p - this.lineStart + 1);
  }

  /** Index of the closing quote of a string whose body starts at p (no newlines inside). */
  private stringEnd(p: number): number {
    const s = this.src;
    const q = s.indexOf('"', p);
    const nl = s.indexOf('\n', p);
    if (q < 0 || (nl >= 0 && nl < q)) {
      this.pos = nl < 0 ? s.length : nl;
      throw new ExtractError('unterminated string (missing closing ")', this.file, this.tokLine, this.tokCol);
    }
    return q;
  }

  private lexVar(p: number, k: Tok): Tok {
    const s = this.src;
    const b = this.b;
    const n = s.length;
    const c = b[p + 1]!;
    if (c === 34) { // %"quoted"
      const e = this.stringEnd(p + 2);
      this.quoted = true;
      return this.tok(k, p + 2, e, e + 1);
    }
    let q = p + 1;
    while (q < n && ID_CHAR[b[q]!] === 1) q++;
    if (q === p + 1) throw this.errAt(p, `expected a name after '${s[p]}'`);
    return this.tok(k, p + 1, q, q);
  }

  private lexIdent(p: number): Tok {
    const s = this.src;
    const b = this.b;
    const n = s.length;
    // c"..." string constant
    if (b[p]! === 99 && b[p + 1]! === 34) {
      const e = this.stringEnd(p + 2);
      this.quoted = true;
      return this.tok(Tok.CString, p + 2, e, e + 1);
    }
    let q = p;
    while (q < n && ID_CHAR[b[q]!] === 1) q++;
    if (q < n && b[q]! === 58) return this.tok(Tok.Label, p, q, q + 1);
    return this.tok(Tok.Word, p, q, q);
  }

  private lexNumber(p: number): Tok {
    const s = this.src;
    const b = this.b;
    const n = s.length;
    let q = p;
    const c0 = b[q]!;
    if (c0 === 45 || c0 === 43) q++;
    // hex floats 0x..., 0xK..., and hex ints u0x / s0x are handled here and in lexIdent
    if (b[q]! === 48 && b[q + 1]! === 120) {
      let r = q + 2;
      const k = b[r]!;
      if (k === 75 || k === 76 || k === 77 || k === 72 || k === 82) r++; // K L M H R
      const hs = r;
      while (r < n && isHex(b[r]!)) r++;
      if (r === hs) throw this.errAt(p, 'malformed hexadecimal constant');
      return this.tok(Tok.Float, p, r, r);
    }
    const ds = q;
    while (q < n && isDigit(b[q]!)) q++;
    if (q === ds) {
      // '-' followed by a name char: LLVM allows labels like -foo: but nothing else
      throw this.errAt(p, `unexpected character '${printable(s[p]!)}'`);
    }
    const c = b[q]!;
    if (c === 46) { // fraction
      q++;
      while (q < n && isDigit(b[q]!)) q++;
      const e = b[q]!;
      if (e === 101 || e === 69) {
        let r = q + 1;
        const sg = b[r]!;
        if (sg === 43 || sg === 45) r++;
        if (isDigit(b[r]!)) {
          while (r < n && isDigit(b[r]!)) r++;
          q = r;
        }
      }
      return this.tok(Tok.Float, p, q, q);
    }
    if (c0 !== 45 && c0 !== 43 && (c === 58)) return this.tok(Tok.Label, p, q, q + 1); // 12:
    if (q < n && ID_CHAR[c] === 1 && c0 !== 45 && c0 !== 43) {
      // a name starting with digits, e.g. a label "2abc:"; otherwise a word
      let r = q;
      while (r < n && ID_CHAR[b[r]!] === 1) r++;
      if (b[r]! === 58) return this.tok(Tok.Label, p, r, r + 1);
      return this.tok(Tok.Word, p, r, r);
    }
    return this.tok(Tok.Int, p, q, q);
  }
}

/**
 * A string that shares no memory with s's parent. V8 makes a slice of 13 chars or more a view
 * of the string it was cut from (here a window of input), so a name kept in a table would
 * keep its whole window alive; a concatenation flattened by the second slice is a copy.
 */
export function copyOf(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Decode LLVM's \XX and \\ escapes (result as latin1 chars, one per byte). */
export function unescapeLL(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const b = raw.indexOf('\\', i);
    if (b < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, b);
    if (raw.charCodeAt(b + 1) === 92) {
      out += '\\';
      i = b + 2;
    } else if (isHex(raw.charCodeAt(b + 1)) && isHex(raw.charCodeAt(b + 2))) {
      out += String.fromCharCode(parseInt(raw.slice(b + 1, b + 3), 16));
      i = b + 3;
    } else {
      out += '\\';
      i = b + 1;
    }
  }
  return out;
}

/** A byte string (one char per byte) as text: UTF-8 decoded when it has bytes >= 0x80. */
export function bytesToText(b: string): string {
  for (let i = 0; i < b.length; i++) {
    if (b.charCodeAt(i) >= 0x80) return Buffer.from(b, 'latin1').toString('utf8');
  }
  return b;
}

/** Tabs, newlines and other control chars would break a TSV fact file: write them as \t, \n, \xNN. */
export function escapeControls(t: string): string {
  if (!/[\x00-\x1f\x7f]/.test(t)) return t;
  return t.replace(/[\x00-\x1f\x7f]/g, (c) => {
    if (c === '\t') return '\\t';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** A char for an error message: printable ASCII as is, anything else as \xNN. */
export function printable(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    out += c >= 32 && c < 127 ? t[i] : `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/**
 * Every kind of token once, lexed when this module loads. TurboFan compiles next() after a few
 * thousand tokens; a kind first met after that (a comment, a string, a `...`) has no type
 * feedback there and throws the compiled code away: six recompiles of next() on SQLite.
 */
const EVERY_TOKEN = '; comment\n%a %12 %"q r" @b @"c d" $e !f !12 !{} #0 #dbg_value ^0 "s\\22" c"x\\00" = , * [ ] { } ( ) < > ... | :\n' +
  'word i32 12 -3 +4 1.5e+00 -2.0 0x1F 0xK1 u0x1F entry: 7: "q":\n';
(function warmUp(): void {
  // three times: V8 gives a function its feedback vector only after a few calls
  const lx = new Lexer(EVERY_TOKEN.repeat(3), '(warm-up)');
  for (let i = 0; i < 400 && lx.next() !== Tok.EOF; i++) {
    if (lx.k() === Tok.LocalVar || lx.k() === Tok.GlobalVar || lx.k() === Tok.String || lx.k() === Tok.Word) lx.value();
  }
})();
