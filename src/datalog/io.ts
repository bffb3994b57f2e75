// Facts in (tab-separated, no quoting: a field is everything between two delimiters) and
// relations out (`<name>.csv`, tab-separated, no header, one line per tuple, sorted), as
// Soufflé reads and writes them. Errors name the file and line.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { Kind } from './ast.js';
import { DatalogError } from './errors.js';
import { RelationSchema } from './ir.js';
import { Relation } from './relation.js';
import { SymbolTable } from './runtime.js';
import { floatToBits, formatNumeric, toApiNumber } from './values.js';

export type Value = string | number;

const INT = /^[+-]?\d+$/;
const UINT = /^(?:\d+|0x[0-9a-fA-F]+|0b[01]+)$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

/** Parse one field of a facts file into its stored value; null if it is not of the kind. */
export function parseField(text: string, kind: Kind, symbols: SymbolTable): number | null {
  switch (kind) {
    case 'symbol':
      return symbols.intern(text);
    case 'number': {
      if (!INT.test(text)) return null;
      const v = Number(text);
      return v >= -2147483648 && v <= 2147483647 ? v : null;
    }
    case 'unsigned': {
      if (!UINT.test(text)) return null;
      const v = text.startsWith('0b') ? parseInt(text.slice(2), 2) : Number(text);
      return v >= 0 && v <= 4294967295 ? v | 0 : null;
    }
    case 'float': {
      if (!FLOAT.test(text)) return null;
      const t = text.toLowerCase().replace(/^([+-]?)inf(inity)?$/, '$1Infinity').replace(/^[+-]?nan$/, 'NaN');
      return floatToBits(Number(t));
    }
  }
}

/**
 * Load a facts file into a relation. Splits on the delimiter only (no quotes), accepts CRLF,
 * ignores the newline at the end of the file, and skips a header line if asked.
 */
export function loadFactsFile(file: string, rel: Relation, schema: RelationSchema, symbols: SymbolTable, opts: { delimiter?: string; headers?: boolean } = {}): number {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new DatalogError(`cannot open fact file ${file} (for input relation ${schema.name})`, { file });
  }
  let lines = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
  rel.reserve(rel.count + lines);
  // ASCII (most facts) decodes as latin1, a plain copy, where UTF-8 decoding checks every byte
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  return loadFactsText(text, file, rel, schema, symbols, opts);
}

export function loadFactsText(text: string, file: string, rel: Relation, schema: RelationSchema, symbols: SymbolTable, opts: { delimiter?: string; headers?: boolean } = {}): number {
  const delim = opts.delimiter ?? '\t';
  if (delim === '') throw new DatalogError(`empty delimiter for input relation ${schema.name}`, { file });
  const arity = schema.columns.length;
  const kinds = schema.columns.map((c) => c.kind);
  const tuple = rel.tmp;
  const n = text.length;
  let pos = 0;
  let line = 0;
  let added = 0;
  // The next delimiter at or after the field being read, wherever it is (n if none is left):
  // searching again only once it is passed keeps the searches linear in the text, also when a
  // file has no delimiter at all (one column).
  let nextDelim = -1;
  if (text.charCodeAt(0) === 0xfeff) pos = 1; // a UTF-8 byte order mark
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    line++;
    const lineStart = pos;
    pos = eol + 1;
    if (line === 1 && opts.headers) continue;
    if (arity === 0) {
      if (rel.insert(tuple)) added++;
      continue;
    }
    let col = 0;
    let fieldStart = lineStart;
    for (;;) {
      if (nextDelim < fieldStart) {
        nextDelim = text.indexOf(delim, fieldStart);
        if (nextDelim < 0) nextDelim = n;
      }
      let fieldEnd = nextDelim;
      const last = fieldEnd >= end;
      if (last) fieldEnd = end;
      if (col >= arity) {
        throw new DatalogError(`${schema.name}: expected ${arity} column${arity === 1 ? '' : 's'}, found more`, { file, line });
      }
      const kind = kinds[col];
      // symbols and plain decimal numbers are read in place: no string per field
      let v = kind === 'symbol' ? symbols.internRange(text, fieldStart, fieldEnd) : kind === 'number' ? decimalAt(text, fieldStart, fieldEnd) : null;
      const field = v === null ? text.slice(fieldStart, fieldEnd) : '';
      if (v === null) v = parseField(field, kind, symbols);
      if (v === null) {
        throw new DatalogError(`${schema.name}: column ${col + 1} (${schema.columns[col].name}: ${schema.columns[col].type}): '${field}' is not ${kinds[col] === 'unsigned' ? 'an unsigned number' : kinds[col] === 'float' ? 'a float' : 'a number'}`, { file, line });
      }
      tuple[col++] = v;
      if (last) break;
      fieldStart = fieldEnd + delim.length;
    }
    if (col < arity) {
      throw new DatalogError(`${schema.name}: expected ${arity} columns, found ${col}`, { file, line });
    }
    if (rel.insert(tuple)) added++;
  }
  return added;
}

/**
 * text[start, end) as a 32-bit number when it is plain decimal digits with an optional sign
 * and fits; null otherwise (parseField then decides, with its message for a bad field).
 */
function decimalAt(text: string, start: number, end: number): number | null {
  let i = start;
  let neg = false;
  const c0 = text.charCodeAt(i);
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i++;
  }
  if (i >= end || end - i > 10) return null;
  let v = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    v = v * 10 + d;
  }
  if (neg) v = -v;
  return v >= -2147483648 && v <= 2147483647 ? v : null;
}

/** A column's values mapped to unsigned 32-bit keys in output order, and back. */
interface ColumnOrder {
  kind: Kind;
  key(v: number): number;
  value(k: number): number;
  /** for symbols: the rank of each symbol id (key(v) = ranks[v]) */
  ranks?: Int32Array;
}

/** Symbol ids -> positions in code-point order, and back: of all symbols, or of some. */
interface SymbolOrder { rank: Int32Array; byRank: Int32Array }

/**
 * The order of the symbols a relation holds. Most output relations hold few of the symbols
 * (on the 21 HelenOS servers, at most a few percent of their 1.2 million): those are sorted, where the order of
 * all symbols would cost a sort of them all; a relation that holds many uses that one
 * (computed once, SymbolTable.ranks).
 */
function symbolOrder(rel: Relation, schema: RelationSchema, symbols: SymbolTable): SymbolOrder {
  const cols = schema.columns.map((c, i) => (c.kind === 'symbol' ? i : -1)).filter((i) => i >= 0);
  const total = symbols.size;
  const global = (): SymbolOrder => ({ rank: symbols.ranks(), byRank: symbols.byRank() });
  if (cols.length === 0 || symbols.ranked()) return global();
  if (seen.length < total) seen = new Uint8Array(Math.max(total, 2 * seen.length));
  const data = rel.data;
  const arity = rel.arity;
  const ids: number[] = [];
  for (let i = 0; i < rel.count; i++) {
    for (const c of cols) {
      const v = data[i * arity + c];
      if (seen[v] === 0) {
        seen[v] = 1;
        ids.push(v);
      }
    }
  }
  for (const v of ids) seen[v] = 0;
  if (ids.length > total / 4) return global();
  const byRank = Int32Array.from(symbols.sortIds(ids));
  if (localRank.length < total) localRank = new Int32Array(Math.max(total, 2 * localRank.length));
  for (let r = 0; r < byRank.length; r++) localRank[byRank[r]] = r;
  return { rank: localRank, byRank };
}
let seen = new Uint8Array(0);
let localRank = new Int32Array(0);

function columnOrder(kind: Kind, symbols: SymbolOrder | undefined): ColumnOrder {
  switch (kind) {
    case 'number': return { kind, key: (v) => (v ^ 0x80000000) >>> 0, value: (k) => (k ^ 0x80000000) | 0 };
    case 'unsigned': return { kind, key: (v) => v >>> 0, value: (k) => k | 0 };
    case 'float': // IEEE order: negative numbers reversed below the positive ones
      return { kind, key: (v) => (v < 0 ? ~v >>> 0 : (v | 0x80000000) >>> 0), value: (k) => (k >= 0x80000000 ? k & 0x7fffffff : ~k | 0) };
    case 'symbol': {
      const { rank, byRank } = symbols!;
      return { kind, key: (v) => rank[v], value: (k) => byRank[k], ranks: rank };
    }
  }
}

/**
 * The tuples of a relation in output order (column by column, numbers numerically, symbols by
 * code point), as a flat array of stored values. Each column's values become unsigned 32-bit
 * keys in that order, less the column's least key, sorted by a least-significant-digit radix
 * sort, last column first, in linear time. A column takes as many bits as its largest key
 * needs, in passes of at most 11 bits: 2,048 counters and as many places being written stay in
 * the cache, where 16-bit digits scattered each pass over 65,536 places in memory. The keys of
 * every column move together, so that every pass reads in order; when a tuple's keys fit in 32
 * bits together they are packed into one (packedSorted). Small relations are sorted by
 * comparison.
 */
export function sortedRows(rel: Relation, schema: RelationSchema, symbols: SymbolTable): Int32Array {
  const n = rel.count;
  const arity = rel.arity;
  const data = rel.data;
  if (arity === 0) return new Int32Array(0);
  const order = schema.columns.some((c) => c.kind === 'symbol') ? symbolOrder(rel, schema, symbols) : undefined;
  const orders = schema.columns.map((c) => columnOrder(c.kind, order));
  if (n < RADIX_MIN) return comparisonSorted(data, n, arity, orders);
  const least = new Uint32Array(arity);
  const bits: number[] = [];
  for (let c = 0; c < arity; c++) {
    const [lo, hi] = keyRange(data, arity, c, n, orders[c]);
    least[c] = lo;
    bits.push(32 - Math.clz32(hi - lo));
  }
  if (bits.reduce((a, b) => a + b, 0) <= 32) return packedSorted(data, arity, n, orders, least, bits);
  const bufA = new Uint32Array(n * arity);
  let keys = Array.from({ length: arity }, (_, c) => bufA.subarray(c * n, (c + 1) * n));
  for (let c = 0; c < arity; c++) columnKeys(data, arity, c, n, orders[c], least[c], keys[c]);
  const bufB = new Uint32Array(n * arity);
  let spare = Array.from({ length: arity }, (_, c) => bufB.subarray(c * n, (c + 1) * n));
  const count = new Uint32Array((1 << MAX_DIGIT_BITS) + 1);
  for (let c = arity - 1; c >= 0; c--) {
    if (bits[c] === 0) continue; // one value in the whole column
    const passes = Math.ceil(bits[c] / MAX_DIGIT_BITS);
    const width = Math.ceil(bits[c] / passes);
    const mask = (1 << width) - 1;
    for (let shift = 0; shift < bits[c]; shift += width) {
      const src = keys[c];
      count.fill(0, 0, mask + 2);
      for (let i = 0; i < n; i++) count[((src[i] >>> shift) & mask) + 1]++;
      for (let d = 1; d <= mask + 1; d++) count[d] += count[d - 1];
      if (arity === 1) {
        const to = spare[0];
        for (let i = 0; i < n; i++) to[count[(src[i] >>> shift) & mask]++] = src[i];
      } else if (arity === 2) {
        const a = keys[0], b = keys[1], ta = spare[0], tb = spare[1];
        for (let i = 0; i < n; i++) {
          const d = count[(src[i] >>> shift) & mask]++;
          ta[d] = a[i];
          tb[d] = b[i];
        }
      } else {
        for (let i = 0; i < n; i++) {
          const d = count[(src[i] >>> shift) & mask]++;
          for (let k = 0; k < arity; k++) spare[k][d] = keys[k][i];
        }
      }
      [keys, spare] = [spare, keys];
    }
  }
  // the spare buffer becomes the result
  const out = new Int32Array(keys[0].buffer === bufA.buffer ? bufB.buffer : bufA.buffer);
  for (let c = 0; c < arity; c++) {
    const o = orders[c];
    const k = keys[c];
    const lo = least[c];
    for (let i = 0; i < n; i++) out[i * arity + c] = o.value((k[i] + lo) >>> 0);
  }
  return out;
}

/** The least and the greatest key of a column. */
function keyRange(data: Int32Array, arity: number, c: number, n: number, o: ColumnOrder): [number, number] {
  let lo = 0xffffffff;
  let hi = 0;
  const rank = o.ranks;
  for (let i = 0; i < n; i++) {
    const v = data[i * arity + c];
    const k = o.kind === 'number' ? (v ^ 0x80000000) >>> 0 : rank ? rank[v] : o.key(v);
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  return [lo, hi];
}

/** A column's keys less `lo` (numbers and symbols without a call each). */
function columnKeys(data: Int32Array, arity: number, c: number, n: number, o: ColumnOrder, lo: number, k: Uint32Array): void {
  if (o.kind === 'number') for (let i = 0; i < n; i++) k[i] = ((data[i * arity + c] ^ 0x80000000) >>> 0) - lo;
  else if (o.ranks) {
    const rank = o.ranks;
    for (let i = 0; i < n; i++) k[i] = rank[data[i * arity + c]] - lo;
  } else for (let i = 0; i < n; i++) k[i] = o.key(data[i * arity + c]) - lo;
}

/**
 * The radix sort when the keys of a tuple, less each column's least, fit in 32 bits together
 * (a closure over nodes numbered up to 65,535; pairs of symbols while there are few): one
 * array of packed keys sorted, and, for one or two columns, the tuples unpacked in place.
 */
function packedSorted(data: Int32Array, arity: number, n: number, orders: ColumnOrder[], least: Uint32Array, bits: number[]): Int32Array {
  const at: number[] = []; // each column's lowest bit in the packed key
  let total = 0;
  for (let c = arity - 1; c >= 0; c--) {
    at[c] = total;
    total += bits[c];
  }
  // the packed keys and the spare array of the passes share the buffer of the result when it is
  // as large (arity 2); the passes end in one half or the other
  const buf = new Uint32Array(n * Math.max(2, arity));
  let packed = buf.subarray(0, n);
  let spare = buf.subarray(n, 2 * n);
  for (let c = 0; c < arity; c++) {
    if (bits[c] === 0) continue;
    const o = orders[c];
    const lo = least[c];
    const shift = at[c];
    const rank = o.ranks;
    for (let i = 0; i < n; i++) {
      const v = data[i * arity + c];
      const key = (o.kind === 'number' ? (v ^ 0x80000000) >>> 0 : rank ? rank[v] : o.key(v)) - lo;
      packed[i] = (packed[i] | (key << shift)) >>> 0;
    }
  }
  if (total > 0) {
    const passes = Math.ceil(total / MAX_DIGIT_BITS);
    const width = Math.ceil(total / passes);
    const mask = (1 << width) - 1;
    const count = new Uint32Array(mask + 2);
    for (let shift = 0; shift < total; shift += width) {
      count.fill(0);
      for (let i = 0; i < n; i++) count[((packed[i] >>> shift) & mask) + 1]++;
      for (let d = 1; d <= mask + 1; d++) count[d] += count[d - 1];
      for (let i = 0; i < n; i++) spare[count[(packed[i] >>> shift) & mask]++] = packed[i];
      [packed, spare] = [spare, packed];
    }
  }
  const masks = bits.map((b) => (b === 32 ? 0xffffffff : (1 << b) - 1));
  const unpack = (p: number, c: number): number => orders[c].value((((p >>> at[c]) & masks[c]) + least[c]) >>> 0);
  if (arity === 2) {
    // in place: from the upper half upwards, or from the lower half downwards, every key is
    // read before its place is written
    const out = new Int32Array(buf.buffer);
    const base = packed.byteOffset / 4;
    if (base === n) {
      for (let i = 0; i < n; i++) {
        const p = buf[n + i];
        out[2 * i] = unpack(p, 0);
        out[2 * i + 1] = unpack(p, 1);
      }
    } else {
      for (let i = n - 1; i >= 0; i--) {
        const p = buf[i];
        out[2 * i + 1] = unpack(p, 1);
        out[2 * i] = unpack(p, 0);
      }
    }
    return out;
  }
  const out = new Int32Array(n * arity);
  for (let i = 0; i < n; i++) for (let c = 0; c < arity; c++) out[i * arity + c] = unpack(packed[i], c);
  return out;
}

/** The widest digit a radix pass sorts by. */
const MAX_DIGIT_BITS = 11;

/**
 * Below this many tuples a comparison sort is faster: a radix pass walks its 2,048 counters
 * whatever the tuple count, and most output relations are small.
 */
const RADIX_MIN = 1024;

/** The same order by comparing the tuples' keys column by column: for small relations. */
function comparisonSorted(data: Int32Array, n: number, arity: number, orders: ColumnOrder[]): Int32Array {
  const keys = new Uint32Array(n * arity);
  for (let i = 0; i < n; i++) for (let c = 0; c < arity; c++) keys[i * arity + c] = orders[c].key(data[i * arity + c]);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    for (let c = 0; c < arity; c++) {
      const d = keys[a * arity + c] - keys[b * arity + c];
      if (d !== 0) return d;
    }
    return 0;
  });
  const out = new Int32Array(n * arity);
  for (let i = 0; i < n; i++) for (let c = 0; c < arity; c++) out[i * arity + c] = data[order[i] * arity + c];
  return out;
}

export function formatValue(kind: Kind, v: number, symbols: SymbolTable): string {
  return kind === 'symbol' ? symbols.strings[v] : formatNumeric(kind, v);
}

export function apiValue(kind: Kind, v: number, symbols: SymbolTable): Value {
  return kind === 'symbol' ? symbols.strings[v] : toApiNumber(kind, v);
}

/** The lines of a relation as Soufflé writes them (no trailing newline handling). */
export function formatRows(rel: Relation, schema: RelationSchema, symbols: SymbolTable, delimiter: string): string[] {
  const rows = sortedRows(rel, schema, symbols);
  const arity = rel.arity;
  const kinds = schema.columns.map((c) => c.kind);
  const lines = new Array<string>(rel.count);
  for (let i = 0; i < rel.count; i++) {
    const b = i * arity;
    if (arity === 0) {
      lines[i] = '()';
      continue;
    }
    let s = formatValue(kinds[0], rows[b], symbols);
    for (let c = 1; c < arity; c++) s += delimiter + formatValue(kinds[c], rows[b + c], symbols);
    lines[i] = s;
  }
  return lines;
}

/** One buffer for every relation written: the writes are synchronous, and most relations are small. */
let writeBuffer: Buffer | undefined;

/**
 * Write one relation to a file, sorted (sortedRows), formatting straight into a byte buffer
 * that is written out whenever it fills: a relation may have millions of rows, and a string per
 * row would cost more than the evaluation that made them.
 */
export function writeRelationFile(file: string, rel: Relation, schema: RelationSchema, symbols: SymbolTable, opts: { delimiter?: string; headers?: boolean } = {}): void {
  const delim = opts.delimiter ?? '\t';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    if (opts.headers) fs.writeSync(fd, schema.columns.map((c) => c.name).join(delim) + '\n');
    const rows = sortedRows(rel, schema, symbols);
    const arity = rel.arity;
    const kinds = schema.columns.map((c) => c.kind);
    const delimBytes = Buffer.from(delim, 'utf8');
    const delimByte = delimBytes.length === 1 ? delimBytes[0] : -1;
    const buf = (writeBuffer ??= Buffer.allocUnsafe(1 << 20));
    let pos = 0;
    let flushes = 0;
    const flush = () => {
      let off = 0;
      while (off < pos) off += fs.writeSync(fd, buf, off, pos - off);
      pos = 0;
      flushes++;
    };
    const strings = symbols.strings;
    // Rows come sorted: a row often starts with the value the one before started with, whose
    // text is then copied from that line while it is still in the buffer, instead of being
    // formatted again. prevStart < 0: no such line.
    let prevStart = -1;
    let prevFirstEnd = -1;
    for (let i = 0; i < rel.count; i++) {
      if (pos > buf.length - 4096) {
        flush();
        prevStart = -1;
      }
      const flushed = flushes;
      if (arity === 0) {
        pos += buf.write('()', pos, 'latin1');
      }
      const b = i * arity;
      const start = pos;
      let firstEnd = -1;
      let c = 0;
      // (a short text only: the buffer keeps 4 KB free at the start of a row)
      if (prevStart >= 0 && arity > 0 && rows[b] === rows[b - arity] && prevFirstEnd - prevStart <= 1024) {
        for (let k = prevStart; k < prevFirstEnd; k++) buf[pos++] = buf[k];
        firstEnd = pos;
        c = 1;
      }
      for (; c < arity; c++) {
        if (c > 0) {
          // a one-byte delimiter (the tab) without a call into Buffer.copy per field
          if (delimByte >= 0) buf[pos++] = delimByte;
          else pos += delimBytes.copy(buf, pos);
        }
        const v = rows[b + c];
        const kind = kinds[c];
        if (kind === 'number') pos = writeInt(buf, pos, v);
        else if (kind === 'unsigned') pos = writeInt(buf, pos, v >>> 0);
        else {
          const text = kind === 'symbol' ? strings[v] : formatNumeric(kind, v);
          // a long symbol may not fit in what is left of the buffer
          if (text.length * 3 > buf.length - pos - 64) {
            flush();
            if (text.length * 3 > buf.length - 64) {
              fs.writeSync(fd, text);
              continue;
            }
          }
          pos += buf.write(text, pos, 'utf8');
        }
        if (c === 0) firstEnd = pos;
      }
      buf[pos++] = 10;
      // whole in the buffer: not flushed since it began, its first value not written past it
      prevStart = flushes === flushed && firstEnd >= 0 ? start : -1;
      prevFirstEnd = firstEnd;
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
}

/** The decimal digits of an integer (at most 2^32) written at pos; returns the new end. */
function writeInt(buf: Buffer, pos: number, v: number): number {
  if (v < 0) {
    buf[pos++] = 45;
    v = -v;
  }
  if (v < 10) {
    buf[pos] = 48 + v;
    return pos + 1;
  }
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let k = pos + digits - 1; k >= pos; k--) {
    buf[k] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  return pos + digits;
}

/** Soufflé's stdout format for an output relation. */
export function formatStdout(rel: Relation, schema: RelationSchema, symbols: SymbolTable, opts: { delimiter?: string; headers?: boolean } = {}): string {
  const delim = opts.delimiter ?? '\t';
  const out = ['---------------', schema.name];
  if (opts.headers) out.push(schema.columns.map((c) => c.name).join(delim));
  out.push('===============');
  out.push(...formatRows(rel, schema, symbols, delim));
  out.push('===============');
  return out.join('\n') + '\n';
}
