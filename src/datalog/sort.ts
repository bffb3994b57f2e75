// The order in which relations are written (Soufflé's): tuples sorted column by column, numbers
// and unsigned numbers numerically, floats by value, symbols by code point. A radix sort over
// each column's keys for large relations, a comparison sort for small ones; a relation's symbols
// are ranked among themselves when it holds few of the database's symbols.
import { Kind } from './ast.js';
import { RelationSchema } from './ir.js';
import { Relation } from './relation.js';
import { SymbolTable } from './runtime.js';
import { takeScratch } from './scratch.js';

/** How a column's values map to unsigned 32-bit keys in output order, and back (encode, decode). */
const NUMBER = 0;
const UNSIGNED = 1;
const FLOAT = 2;
const SYMBOL = 3;

/**
 * A column's order: how its values become keys, and for symbols the rank of each symbol id and
 * the id of each rank (empty for the other kinds). A number rather than a function per kind, so
 * that the loops over millions of values call nothing.
 */
interface ColumnOrder { how: number; rank: Int32Array; byRank: Int32Array }

const NO_TABLE = new Int32Array(0);

/** A value's key: signed numbers offset, floats in IEEE order (negative ones reversed below the positive ones), symbols by rank. */
function encode(v: number, how: number, rank: Int32Array): number {
  if (how === NUMBER) return (v ^ 0x80000000) >>> 0;
  if (how === UNSIGNED) return v >>> 0;
  if (how === SYMBOL) return rank[v];
  return v < 0 ? ~v >>> 0 : (v | 0x80000000) >>> 0;
}

/** The stored value of a key (encode's inverse). */
function decode(k: number, how: number, byRank: Int32Array): number {
  if (how === NUMBER) return (k ^ 0x80000000) | 0;
  if (how === UNSIGNED) return k | 0;
  if (how === SYMBOL) return byRank[k];
  return k >= 0x80000000 ? k & 0x7fffffff : ~k | 0;
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
    case 'number': return { how: NUMBER, rank: NO_TABLE, byRank: NO_TABLE };
    case 'unsigned': return { how: UNSIGNED, rank: NO_TABLE, byRank: NO_TABLE };
    case 'float': return { how: FLOAT, rank: NO_TABLE, byRank: NO_TABLE };
    case 'symbol': return { how: SYMBOL, rank: symbols!.rank, byRank: symbols!.byRank };
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
  const { least, bits } = keyRanges(data, arity, n, orders);
  if (bits.reduce((a, b) => a + b, 0) <= 32) return packedSorted(data, arity, n, orders, least, bits);
  const bufA = scratchWords(n * arity);
  let keys = Array.from({ length: arity }, (_, c) => bufA.subarray(c * n, (c + 1) * n));
  for (let c = 0; c < arity; c++) columnKeys(data, arity, c, n, orders[c], least[c], keys[c]);
  const bufB = scratchWords(n * arity);
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
  const out = new Int32Array(keys[0].buffer === bufA.buffer ? bufB.buffer : bufA.buffer, 0, n * arity);
  for (let c = 0; c < arity; c++) {
    const { how, byRank } = orders[c];
    const k = keys[c];
    const lo = least[c];
    for (let i = 0; i < n; i++) out[i * arity + c] = decode((k[i] + lo) >>> 0, how, byRank);
  }
  return out;
}

/**
 * The least key of each column, and how many bits its keys less that take: one pass over the
 * rows for all columns (a relation of millions of rows is read once, not once per column).
 */
function keyRanges(data: Int32Array, arity: number, n: number, orders: ColumnOrder[]): { least: Uint32Array; bits: number[] } {
  const lo = new Uint32Array(arity).fill(0xffffffff);
  const hi = new Uint32Array(arity);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < arity; c++) {
      const k = encode(data[i * arity + c], orders[c].how, orders[c].rank);
      if (k < lo[c]) lo[c] = k;
      if (k > hi[c]) hi[c] = k;
    }
  }
  const bits: number[] = [];
  for (let c = 0; c < arity; c++) bits.push(32 - Math.clz32(hi[c] - lo[c]));
  return { least: lo, bits };
}

/** A column's keys less `lo`. */
function columnKeys(data: Int32Array, arity: number, c: number, n: number, o: ColumnOrder, lo: number, k: Uint32Array): void {
  const { how, rank } = o;
  for (let i = 0; i < n; i++) k[i] = encode(data[i * arity + c], how, rank) - lo;
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
  const buf = scratchWords(n * Math.max(2, arity));
  let packed = buf.subarray(0, n);
  let spare = buf.subarray(n, 2 * n);
  if (arity === 2) {
    const [h0, h1, r0, r1] = [orders[0].how, orders[1].how, orders[0].rank, orders[1].rank];
    const [l0, l1, s0, s1] = [least[0], least[1], at[0], at[1]];
    // a column of one value takes no bits: its key less the least is 0 and shifts nothing in
    for (let i = 0; i < n; i++) {
      packed[i] = (((encode(data[2 * i], h0, r0) - l0) << s0) | ((encode(data[2 * i + 1], h1, r1) - l1) << s1)) >>> 0;
    }
  } else {
    for (let c = 0; c < arity; c++) {
      if (bits[c] === 0) continue;
      const { how, rank } = orders[c];
      const lo = least[c];
      const shift = at[c];
      for (let i = 0; i < n; i++) packed[i] = (packed[i] | ((encode(data[i * arity + c], how, rank) - lo) << shift)) >>> 0;
    }
  }
  if (total > 0) {
    const passes = Math.ceil(total / MAX_DIGIT_BITS);
    const width = Math.ceil(total / passes);
    const mask = (1 << width) - 1;
    // every pass's counts from one read of the keys
    const counts = new Uint32Array(passes * (mask + 2));
    const stride = mask + 2;
    for (let i = 0; i < n; i++) {
      const p = packed[i];
      for (let d = 0, base = 1, shift = 0; d < passes; d++, base += stride, shift += width) counts[base + ((p >>> shift) & mask)]++;
    }
    for (let d = 0, shift = 0; d < passes; d++, shift += width) {
      const count = counts.subarray(d * stride, (d + 1) * stride);
      for (let k = 1; k < stride; k++) count[k] += count[k - 1];
      for (let i = 0; i < n; i++) spare[count[(packed[i] >>> shift) & mask]++] = packed[i];
      [packed, spare] = [spare, packed];
    }
  }
  const masks = bits.map((b) => (b === 32 ? 0xffffffff : (1 << b) - 1));
  if (arity === 2) {
    // in place: from the upper half upwards, or from the lower half downwards, every key is
    // read before its place is written
    const out = new Int32Array(buf.buffer, 0, 2 * n);
    const [h0, h1] = [orders[0].how, orders[1].how];
    const [t0, t1] = [orders[0].byRank, orders[1].byRank];
    const [s0, s1, m0, m1, l0, l1] = [at[0], at[1], masks[0], masks[1], least[0], least[1]];
    if (packed.byteOffset / 4 === n) {
      for (let i = 0; i < n; i++) {
        const p = buf[n + i];
        out[2 * i] = decode((((p >>> s0) & m0) + l0) >>> 0, h0, t0);
        out[2 * i + 1] = decode((((p >>> s1) & m1) + l1) >>> 0, h1, t1);
      }
    } else {
      for (let i = n - 1; i >= 0; i--) {
        const p = buf[i];
        out[2 * i + 1] = decode((((p >>> s1) & m1) + l1) >>> 0, h1, t1);
        out[2 * i] = decode((((p >>> s0) & m0) + l0) >>> 0, h0, t0);
      }
    }
    return out;
  }
  const out = new Int32Array(n * arity);
  for (let c = 0; c < arity; c++) {
    const { how, byRank } = orders[c];
    const [sh, m, lo] = [at[c], masks[c], least[c]];
    for (let i = 0; i < n; i++) out[i * arity + c] = decode((((packed[i] >>> sh) & m) + lo) >>> 0, how, byRank);
  }
  return out;
}

/** Zeroed 32-bit words: memory another step has finished with (scratch.ts) when there is enough. */
function scratchWords(n: number): Uint32Array {
  const buf = takeScratch(4 * n);
  return buf ? new Uint32Array(buf, 0, n) : new Uint32Array(n);
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
  for (let i = 0; i < n; i++) for (let c = 0; c < arity; c++) keys[i * arity + c] = encode(data[i * arity + c], orders[c].how, orders[c].rank);
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
