// What generated rule code calls at run time: the symbol table, and the functors whose
// semantics are Soufflé's (C++ on a 32-bit domain): integer division truncates and fails on
// zero, shifts mask their count to 5 bits, to_number parses like std::stoi, strlen and substr
// count UTF-8 bytes like std::string, match is a full std::regex_match.
import { DatalogError, Loc } from './errors.js';
import { bitsToFloat, compareStrings, floatToBits } from './values.js';

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Symbols interned to int32 ids: an open-addressing hash table over typed arrays (V8 caps a
 * Map at 2^24 entries, and a Map lookup needs a string: internRange looks a field up where it
 * lies in a fact file's text, and makes a string only for a symbol it has not seen).
 */
export class SymbolTable {
  /** Symbol id -> text. Grows by push, so a captured reference stays current. */
  readonly strings: string[] = [];
  /** hash of strings[id] */
  private hashes = new Int32Array(1024);
  /** open addressing, linear probing: id + 1, or 0 for an empty slot */
  private slots = new Int32Array(2048);
  private mask = 2047;

  intern(s: string): number {
    const h = hashRange(s, 0, s.length);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = this.slots[i]! - 1;
      if (e < 0) return this.add(s, h, i);
      if (this.hashes[e] === h && this.strings[e] === s) return e;
    }
  }

  /** The id of text[start, end), interned if new (the text itself is not kept). */
  internRange(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = this.slots[i]! - 1;
      if (e < 0) return this.add(copyText(text.slice(start, end)), h, i);
      if (this.hashes[e] === h) {
        const c = this.strings[e]!;
        if (c.length === len && text.startsWith(c, start)) return e;
      }
    }
  }

  lookup(s: string): number | undefined {
    const h = hashRange(s, 0, s.length);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = this.slots[i]! - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] === h && this.strings[e] === s) return e;
    }
  }

  get size(): number {
    return this.strings.length;
  }

  private rankCache: Int32Array = new Int32Array(0);
  private byRankCache: Int32Array = new Int32Array(0);

  /**
   * For every symbol id, its position in code-point order of all symbols (computed again when
   * symbols were added since).
   */
  ranks(): Int32Array {
    const strings = this.strings;
    if (this.rankCache.length !== strings.length) {
      const ids = Int32Array.from({ length: strings.length }, (_, i) => i);
      // Without surrogates, code-point order is the order of UTF-16 code units: V8's own string
      // comparison, several times faster than compareStrings.
      const plain = !strings.some((x) => SURROGATE.test(x));
      const cmp = plain ? (a: number, b: number) => (strings[a] < strings[b] ? -1 : a === b ? 0 : 1) : (a: number, b: number) => compareStrings(strings[a], strings[b]);
      ids.sort(cmp);
      const rank = new Int32Array(strings.length);
      for (let r = 0; r < ids.length; r++) rank[ids[r]] = r;
      this.rankCache = rank;
      this.byRankCache = ids;
    }
    return this.rankCache;
  }

  /** Whether ranks() is computed for every symbol there is (no sort needed). */
  ranked(): boolean {
    return this.rankCache.length === this.strings.length;
  }

  /** Some symbol ids (distinct), in code-point order of their text. */
  sortIds(ids: number[]): number[] {
    const strings = this.strings;
    const plain = !ids.some((id) => SURROGATE.test(strings[id]!));
    return ids.sort(plain ? (a, b) => (strings[a]! < strings[b]! ? -1 : a === b ? 0 : 1) : (a, b) => compareStrings(strings[a]!, strings[b]!));
  }

  /** The inverse of ranks(): the symbol id at each position of code-point order. */
  byRank(): Int32Array {
    this.ranks();
    return this.byRankCache;
  }

  private add(s: string, h: number, slot: number): number {
    const id = this.strings.length;
    if (id === this.hashes.length) {
      const bigger = new Int32Array(2 * id);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.strings.push(s);
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    // at most half full: short probes
    if (2 * (id + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let i = this.hashes[id]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 units of text[start, end), mixed so that the low bits index well. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}

/** A copy of a slice that does not keep the text it was cut from alive (V8 slices share it). */
function copyText(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const ASCII = /^[\x00-\x7f]*$/;
const INT_MIN = -2147483648;

/** Where a functor is used, for run-time errors ("division by zero" at file:line:col). */
export interface Site {
  loc: Loc;
  rule: string;
}

export class Runtime {
  readonly S: string[];
  readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  private readonly regexCache = new Map<number, RegExp | null>();

  constructor(readonly symbols: SymbolTable, readonly sites: Site[]) {
    this.S = symbols.strings;
  }

  intern(s: string): number {
    return this.symbols.intern(s);
  }

  fail(site: number, message: string): never {
    const s = this.sites[site];
    throw new DatalogError(`${message} (in rule: ${s.rule})`, s.loc);
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  // ---- numbers (int32) ----
  div(a: number, b: number, site: number): number {
    if (b === 0) this.fail(site, 'division by zero');
    if (a === INT_MIN && b === -1) this.fail(site, 'integer overflow in division (-2147483648 / -1)');
    return (a / b) | 0;
  }
  mod(a: number, b: number, site: number): number {
    if (b === 0) this.fail(site, 'division by zero (in %)');
    if (a === INT_MIN && b === -1) this.fail(site, 'integer overflow in % (-2147483648 % -1)');
    return (a % b) | 0;
  }
  /** std::pow on ints, converted back to int32 as x86 does (out of range gives INT_MIN). */
  pow(a: number, b: number): number {
    const r = Math.pow(a, b);
    if (!Number.isFinite(r) || r >= 2147483648 || r < -2147483648) return INT_MIN;
    return Math.trunc(r) | 0;
  }
  // ---- unsigned (uint32 bit patterns in int32) ----
  divU(a: number, b: number, site: number): number {
    if (b === 0) this.fail(site, 'division by zero');
    return ((a >>> 0) / (b >>> 0)) >>> 0 | 0;
  }
  modU(a: number, b: number, site: number): number {
    if (b === 0) this.fail(site, 'division by zero (in %)');
    return ((a >>> 0) % (b >>> 0)) | 0;
  }
  powU(a: number, b: number): number {
    return this.f64ToU32(Math.pow(a >>> 0, b >>> 0));
  }
  private f64ToU32(r: number): number {
    if (!Number.isFinite(r) || Math.abs(r) >= 9223372036854775808) return 0;
    return Number(BigInt.asUintN(32, BigInt(Math.trunc(r)))) | 0;
  }
  // ---- floats (float32 bit patterns) ----
  bf(b: number): number {
    return bitsToFloat(b);
  }
  fb(x: number): number {
    return floatToBits(x);
  }
  f2i(b: number): number {
    const x = bitsToFloat(b);
    if (!Number.isFinite(x) || x >= 2147483648 || x < -2147483648) return INT_MIN;
    return Math.trunc(x) | 0;
  }
  f2u(b: number): number {
    return this.f64ToU32(bitsToFloat(b));
  }
  // ---- symbols ----
  /** Ranks of the symbols there were when they were last computed (see cmpSym). */
  private rank: Int32Array = new Int32Array(0);
  private stringCompares = 0;

  /** Symbols in code-point order: by rank where both have one, else by their text. */
  cmpSym(a: number, b: number): number {
    if (a === b) return 0;
    const rank = this.rank;
    if (a < rank.length && b < rank.length) return rank[a] - rank[b];
    return this.compareText(a, b);
  }

  private compareText(a: number, b: number): number {
    // Ranking every symbol costs about n log n text comparisons: worth it once a program has
    // made a few times n of them.
    if (++this.stringCompares > 2 * this.S.length + 1000) {
      this.rank = this.symbols.ranks();
      this.stringCompares = 0;
      return this.rank[a] - this.rank[b];
    }
    return compareStrings(this.S[a], this.S[b]);
  }
  cat(parts: number[]): number {
    let s = '';
    for (const p of parts) s += this.S[p];
    return this.symbols.intern(s);
  }
  strlen(a: number): number {
    const s = this.S[a];
    return ASCII.test(s) ? s.length : Buffer.byteLength(s, 'utf8');
  }
  substr(a: number, i: number, n: number): number {
    const s = this.S[a];
    const ascii = ASCII.test(s);
    const len = ascii ? s.length : Buffer.byteLength(s, 'utf8');
    // std::string::substr(size_t, size_t): a negative index is huge (out of range: a warning
    // and ""), a negative length is huge (the rest of the string).
    if (i < 0 || i > len) {
      this.warn(`wrong index position provided by substr("${s}",${i},${n}) functor`);
      return this.symbols.intern('');
    }
    const end = n < 0 ? len : Math.min(len, i + n);
    const out = ascii ? s.slice(i, end) : Buffer.from(s, 'utf8').subarray(i, end).toString('utf8');
    return this.symbols.intern(out);
  }
  contains(needle: number, hay: number): boolean {
    return this.S[hay].includes(this.S[needle]);
  }
  match(pattern: number, text: number): boolean {
    let re = this.regexCache.get(pattern);
    if (re === undefined) {
      try {
        re = new RegExp(`^(?:${this.S[pattern]})$`);
      } catch {
        re = null;
      }
      if (this.regexCache.size > 10000) this.regexCache.clear();
      this.regexCache.set(pattern, re);
    }
    if (re === null) {
      this.warn(`wrong pattern provided for match("${this.S[pattern]}","${this.S[text]}")`);
      return false;
    }
    return re.test(this.S[text]);
  }
  /** to_number(symbol): std::stoi semantics (leading spaces, sign, 0x/0b prefixes, trailing text ignored). */
  toNumber(a: number, site: number): number {
    const v = parseIntegerPrefix(this.S[a]);
    if (v === null || v < -2147483648 || v > 2147483647) this.fail(site, `wrong string provided by to_number("${this.S[a]}") functor`);
    return v;
  }
  toUnsigned(a: number, site: number): number {
    const v = parseIntegerPrefix(this.S[a]);
    if (v === null || v < 0 || v > 4294967295) this.fail(site, `wrong string provided by to_unsigned("${this.S[a]}") functor`);
    return v | 0;
  }
  toFloat(a: number, site: number): number {
    const m = /^\s*([+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))/i.exec(this.S[a]);
    if (!m) this.fail(site, `wrong string provided by to_float("${this.S[a]}") functor`);
    const t = m![1].toLowerCase().replace(/^([+-]?)inf(inity)?$/, '$1Infinity').replace(/^[+-]?nan$/, 'NaN');
    return floatToBits(Number(t));
  }
  /** std::to_string(float) prints with %f. */
  floatToString(b: number): number {
    const x = bitsToFloat(b);
    const s = Number.isNaN(x) ? 'nan' : !Number.isFinite(x) ? (x < 0 ? '-inf' : 'inf') : x.toFixed(6);
    return this.symbols.intern(s);
  }
  numberToString(v: number): number {
    return this.symbols.intern(String(v));
  }
}

/** The integer std::stoi/stoul would read at the start of s (base from a 0x/0b prefix), or null. */
export function parseIntegerPrefix(s: string): number | null {
  let m = /^(-?)0x([0-9a-fA-F]+)/.exec(s);
  if (m) return (m[1] ? -1 : 1) * parseInt(m[2], 16);
  m = /^(-?)0b([01]+)/.exec(s);
  if (m) return (m[1] ? -1 : 1) * parseInt(m[2], 2);
  m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  if (!m) return null;
  return Number(m[1]);
}
