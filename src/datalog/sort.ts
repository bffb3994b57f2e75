// The order in which relations are written (Soufflé's): tuples sorted column by column, numbers
// and unsigned numbers numerically, floats by value, symbols by code point. A radix sort over
// each column's keys for large relations, a comparison sort for small ones; a relation's symbols
// are ranked among themselves when it holds few of the database's symbols.
import { Kind } from './ast.js';
import { RelationSchema } from './ir.js';
import { Relation } from './relation.js';
import { SymbolTable } from './runtime.js';

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
