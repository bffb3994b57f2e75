// Tuple storage: rows of int32 in one flat Int32Array, deduplicated by a hash table of row
// numbers, with hash indexes on column subsets. Typed arrays only (no Set/Map per tuple): V8
// caps those at 2^24 entries, and relations here reach millions of rows.
//
// Every hash table here (the relation's own, keyed by all columns, and each index's, keyed by
// some) is a RowTable: one int32 per slot holding a row number and a few bits of the key's
// hash, so that a probe passing another key rarely reads that key's row, and a table costs
// 4 bytes a slot instead of a copy of its keys. A table grows by indexing the rows again.
//
// Rows are only ever appended, never changed, and every array grows by copying. So code that
// captured an array and a row count keeps a valid view of those rows while new rows are
// inserted — the evaluator relies on this to insert into a relation while it reads it.
//
// A relation with subsumptive rules also deletes: a deleted row stays where it is, marked in
// `dead` (readers skip it), and its tuple counts as absent, so deriving it again appends a new
// row. compact() drops dead rows between iterations and at the end of the stratum.
import type { BestPerKey } from './best.js';
import { EqRel } from './eqrel.js';
import { DatalogError } from './errors.js';
import { offerScratch } from './scratch.js';

/** Allocate a typed array, turning V8's RangeError into a message a rule author can act on. */
function allocate(n: number, rel: string, rows: number): Int32Array {
  try {
    return new Int32Array(n);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new DatalogError(`relation ${rel} is too large to grow (${rows} tuples): does a recursive rule keep deriving new values (e.g. x + 1 through a cycle)?`);
  }
}

const MAX_LOAD = 0.7;

/**
 * Whether an array of `length` holding `used` is worth cutting to size: a quarter of it free.
 * (The copy and the old array live together until the collector frees the old one: cutting a
 * nearly full array only raises the peak.)
 */
const slack = (length: number, used: number): boolean => length - used > length / 4;

/** murmur3-style mixing of a sequence of int32 values. */
export function mixStep(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function mixFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const SEED = 0x3c6ef372;

function hash1(a: number): number {
  return mixFinish(mixStep(SEED, a));
}
function hash2(a: number, b: number): number {
  return mixFinish(mixStep(mixStep(SEED, a), b));
}
/** The hash of n values of t from `base` (0: a tuple given on its own). */
function hashN(t: ArrayLike<number>, n: number, base = 0): number {
  let h = SEED;
  for (let i = 0; i < n; i++) h = mixStep(h, t[base + i]);
  return mixFinish(h);
}

/**
 * Tuples a rule derives wait in a batch of this many before they are inserted (stage2() ...
 * flushStaged()): the batch first reads the table slot of every tuple, loads that do not
 * depend on each other and that the processor overlaps, so that the inserts then find their
 * slots in the cache instead of waiting for memory once per tuple.
 */
const STAGE = 256;

/**
 * Bits for row numbers + 1: room for four times `rows` (a relation grows by doubling, and its
 * tables must be built again when its row numbers outgrow them), at least 16.
 */
function rowBitsFor(rows: number): number {
  let bits = 16;
  while (bits < 31 && 2 ** bits - 1 < 4 * rows + 1) bits++;
  return bits;
}

/**
 * An open-addressing hash table (linear probing) of rows keyed by some columns of a relation.
 * A slot is 0 when empty, else the key's hash with its low `rowBits` bits replaced by row + 1:
 * the hash bits left (the tag) tell most other keys apart without reading their rows.
 */
export class RowTable {
  tab: Int32Array = new Int32Array(16);
  mask = 15;
  /** Low bits of a slot: row + 1. */
  rowMask = 0xffff;
  /** High bits of a slot: the tag. */
  tagMask = ~0xffff;
  /** Keys held. */
  size = 0;
  private readonly key: Int32Array;

  constructor(private readonly rel: Relation, readonly cols: Int32Array) {
    this.key = new Int32Array(Math.max(1, cols.length));
  }

  /** Empty the table, sized for `keys` keys and for row numbers up to `rows`. */
  reset(keys: number, rows: number): void {
    let cap = 16;
    while (cap * MAX_LOAD < keys) cap *= 2;
    this.tab = allocate(cap, this.rel.name, rows);
    this.mask = cap - 1;
    const bits = rowBitsFor(rows);
    this.rowMask = bits >= 31 ? 0x7fffffff : (1 << bits) - 1;
    this.tagMask = ~this.rowMask;
    this.size = 0;
  }

  /** Whether the table must be rebuilt before it holds one more key, or row number `row`. */
  full(row: number): boolean {
    return this.size + 1 > (this.mask + 1) * MAX_LOAD || row + 1 > this.rowMask;
  }

  /** The hash of row `row`'s key. */
  hashOfRow(row: number): number {
    const data = this.rel.data;
    const base = row * this.rel.arity;
    const cols = this.cols;
    let h = SEED;
    for (let i = 0; i < cols.length; i++) h = mixStep(h, data[base + cols[i]]);
    return mixFinish(h);
  }

  /** The hash of a key given in column order. */
  hashOfKey(key: ArrayLike<number>): number {
    return hashN(key, this.cols.length);
  }

  /** The slot of the key (given in column order, with its hash), or the empty slot where it would go. */
  find(key: ArrayLike<number>, h: number): number {
    const tab = this.tab;
    const mask = this.mask;
    const rowMask = this.rowMask;
    const tagMask = this.tagMask;
    const data = this.rel.data;
    const arity = this.rel.arity;
    const cols = this.cols;
    const nc = cols.length;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) return s;
      if (((e ^ h) & tagMask) !== 0) continue;
      const b = ((e & rowMask) - 1) * arity;
      let i = 0;
      while (i < nc && data[b + cols[i]] === key[i]) i++;
      if (i === nc) return s;
    }
  }

  /** find() for the key of row `row` (read from the relation). */
  findRow(row: number, h: number): number {
    const data = this.rel.data;
    const base = row * this.rel.arity;
    const cols = this.cols;
    for (let i = 0; i < cols.length; i++) this.key[i] = data[base + cols[i]];
    return this.find(this.key, h);
  }

  /** The row in slot s, or -1 if it is empty. */
  rowAt(s: number): number {
    return (this.tab[s] & this.rowMask) - 1;
  }

  /** Put row `row` (its key hashing to h) in slot s: an empty one, or its key's. */
  put(s: number, row: number, h: number): void {
    if (this.tab[s] === 0) this.size++;
    this.tab[s] = (h & this.tagMask) | (row + 1);
  }
}

/** A hash index over some columns: rows with equal values there form one chain, newest first. */
export class Index {
  readonly cols: Int32Array;
  readonly ncols: number;
  readonly table: RowTable;
  /** Per row: the next (older) row of its group + 1 (0 = end of chain). */
  next: Int32Array = new Int32Array(16);
  /**
   * Whether the index holds the relation's rows. An index a plan may need (e.g. the variant
   * that starts from a small relation) is built on its first lookup, not before.
   */
  built = false;

  constructor(private readonly rel: Relation, cols: number[]) {
    this.cols = Int32Array.from(cols);
    this.ncols = cols.length;
    this.table = new RowTable(rel, this.cols);
  }

  get name(): string {
    return Array.from(this.cols).join(',');
  }

  /** Distinct keys. */
  get groups(): number {
    return this.table.size;
  }

  /** Index the relation's rows (again: after compact() or growth, or for the first time). */
  rebuild(keys = this.table.size): void {
    this.built = true;
    this.indexRange(0, this.rel.count, keys);
  }

  /** Rows [from, to) indexed by the last buildRange() (a delta index), or -1. */
  private range: [number, number] = [-1, -1];

  /**
   * Make this an index of rows [from, to) only (a delta index: not kept up to date as rows
   * come, built again for each delta that needs it).
   */
  buildRange(from: number, to: number): void {
    if (this.range[0] === from && this.range[1] === to) return;
    this.range = [from, to];
    this.built = true;
    this.indexRange(from, to, Math.min(to - from, this.table.size));
  }

  /** The rows moved (compact()): the next buildRange() builds again. */
  forgetRange(): void {
    this.range = [-1, -1];
  }

  /** The chains array cut to the relation's rows (Relation.seal). */
  fit(): void {
    const n = Math.max(16, this.rel.count);
    if (slack(this.next.length, n)) this.next = this.next.slice(0, n);
  }

  /** Give back the arrays of a delta index no rule will read again; a later buildRange() builds anew. */
  release(): void {
    this.range = [-1, -1];
    this.built = false;
    this.next = new Int32Array(16);
    this.table.reset(16, 16);
  }

  private indexRange(from: number, to: number, keys: number): void {
    if (this.next.length < to) this.next = allocate(Math.max(16, this.rel.rowCapacity()), this.rel.name, to);
    // The number of keys is known only once they are counted: start again, twice as large,
    // if the rows have more.
    for (let cap = Math.max(keys, 16); ; cap *= 2) {
      this.table.reset(cap, this.rel.rowCapacity());
      let r = from;
      while (r < to && !this.table.full(r)) this.link(r++);
      if (r === to) return;
    }
  }

  /** Called by the relation for every new row. */
  add(row: number): void {
    if (row >= this.next.length) {
      const grown = allocate(Math.max(this.next.length * 2, row + 1), this.rel.name, row);
      grown.set(this.next);
      this.next = grown;
    }
    if (this.table.full(row)) {
      this.rebuild(this.table.size * 2);
      return; // rebuild() linked every row up to count, this one included
    }
    this.link(row);
  }

  private link(row: number): void {
    const t = this.table;
    const h = t.hashOfRow(row);
    const s = t.findRow(row, h);
    this.next[row] = t.rowAt(s) + 1; // 0 when the group is new
    t.put(s, row, h);
  }

  /** First row whose indexed columns equal key (in column order), or -1. */
  first(key: ArrayLike<number>): number {
    if (!this.built) this.rebuild();
    const t = this.table;
    return t.rowAt(t.find(key, t.hashOfKey(key)));
  }

  /** first() for a one-column index, without a key buffer. */
  first1(v: number): number {
    if (!this.built) this.rebuild();
    const t = this.table;
    const tab = t.tab;
    const mask = t.mask;
    const rowMask = t.rowMask;
    const tagMask = t.tagMask;
    const data = this.rel.data;
    const arity = this.rel.arity;
    const c = this.cols[0];
    const h = hash1(v);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) return -1;
      if (((e ^ h) & tagMask) === 0) {
        const r = (e & rowMask) - 1;
        if (data[r * arity + c] === v) return r;
      }
    }
  }

  /** first() for a two-column index. */
  first2(a: number, b: number): number {
    if (!this.built) this.rebuild();
    const t = this.table;
    const tab = t.tab;
    const mask = t.mask;
    const rowMask = t.rowMask;
    const tagMask = t.tagMask;
    const data = this.rel.data;
    const arity = this.rel.arity;
    const c0 = this.cols[0];
    const c1 = this.cols[1];
    const h = hash2(a, b);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) return -1;
      if (((e ^ h) & tagMask) === 0) {
        const base = ((e & rowMask) - 1) * arity;
        if (data[base + c0] === a && data[base + c1] === b) return (e & rowMask) - 1;
      }
    }
  }
}

/** A set of tuples: rows, and a RowTable over all columns that finds a tuple's row. */
export class Relation {
  readonly arity: number;
  data: Int32Array;
  count = 0;
  /** Scratch tuple for callers assembling a row to insert or look up. */
  readonly tmp: Int32Array;
  private readonly set: RowTable;
  readonly indexes: Index[] = [];
  /** Per row: 1 once deleted. null for a relation that never deletes (the common case). */
  dead: Uint8Array | null = null;
  deadCount = 0;
  /** Set while a stratum keeps only the best tuple per key (best.ts): rules insert through it. */
  best: BestPerKey | null = null;
  /** For an equivalence relation: inserts go through its union-find (eqrel.ts). */
  private eq: EqRel | null = null;
  /** Tuples staged for insertion (STAGE of them at most), their hashes, how many. */
  private readonly stageBuf: Int32Array;
  private readonly stageHashes = new Int32Array(STAGE);
  private staged = 0;
  /** what the batch's slot reads add up to: kept, so that the reads are not optimised away */
  touched = 0;

  constructor(readonly name: string, arity: number, expectedRows = 0) {
    this.arity = arity;
    const rows = Math.max(16, expectedRows);
    this.data = new Int32Array(rows * arity);
    this.tmp = new Int32Array(Math.max(1, arity));
    this.stageBuf = new Int32Array(STAGE * Math.max(1, arity));
    this.set = new RowTable(this, Int32Array.from({ length: arity }, (_, i) => i));
    this.set.reset(rows, rows);
  }

  get size(): number {
    return this.count;
  }

  /** Rows the data array holds without growing. */
  rowCapacity(): number {
    return this.arity === 0 ? Math.max(16, this.count + 1) : this.data.length / this.arity;
  }

  private isDead(row: number): boolean {
    return this.dead !== null && this.dead[row] !== 0;
  }

  /**
   * Append the tuple as a new row at table slot s: an empty slot, or the slot of the same
   * tuple's dead row (which the new row replaces there).
   */
  private append(t: ArrayLike<number>, s: number, h: number): void {
    const arity = this.arity;
    const row = this.count;
    if ((row + 1) * arity > this.data.length) this.growData();
    if (this.dead !== null && row >= this.dead.length) this.growDead(row + 1);
    const d = this.data;
    const base = row * arity;
    for (let i = 0; i < arity; i++) d[base + i] = t[i];
    this.count = row + 1;
    if (this.set.full(row)) this.rebuildSet(this.set.size * (this.set.size >= 1 << 19 ? 4 : 2));
    else this.set.put(s, row, h);
    const idx = this.indexes;
    for (let i = 0; i < idx.length; i++) if (idx[i].built) idx[i].add(row);
  }

  /** Index every row again in the relation's own table (the last row of a tuple wins). */
  private rebuildSet(keys: number): void {
    const t = this.set;
    t.reset(keys, this.rowCapacity());
    if (this.dead !== null) {
      for (let r = 0; r < this.count; r++) {
        const h = t.hashOfRow(r);
        t.put(t.findRow(r, h), r, h);
      }
      return;
    }
    // Without deletions every row is a distinct tuple: each goes to the first empty slot.
    const tab = t.tab;
    const mask = t.mask;
    const tagMask = t.tagMask;
    for (let r = 0; r < this.count; r++) {
      const h = t.hashOfRow(r);
      let s = h & mask;
      while (tab[s] !== 0) s = (s + 1) & mask;
      tab[s] = (h & tagMask) | (r + 1);
    }
    t.size = this.count;
  }

  /** From now on every insert also inserts the pairs that make the relation an equivalence. */
  makeEquivalence(): void {
    if (this.arity !== 2) throw new Error(`makeEquivalence() on ${this.name} of arity ${this.arity}`);
    this.eq = new EqRel(this, (a, b) => this.insertOne2(a, b));
  }

  /** Insert a tuple (the first `arity` values of t); true if it was new. */
  insert(t: ArrayLike<number>): boolean {
    if (this.setDropped) this.restoreSet();
    if (this.eq !== null) return this.eq.insert(t[0], t[1]);
    return this.insertHashed(t, this.set.hashOfKey(t));
  }

  /** Insert the tuple whose hash is h; true if it was new. */
  private insertHashed(t: ArrayLike<number>, h: number): boolean {
    const s = this.set.find(t, h);
    const r = this.set.rowAt(s);
    if (r >= 0 && !this.isDead(r)) return false;
    this.append(t, s, h);
    return true;
  }

  insert1(a: number): boolean {
    if (this.setDropped) this.restoreSet();
    const h = hash1(a);
    const dead = this.dead;
    const t = this.set;
    const tab = t.tab;
    const mask = t.mask;
    const rowMask = t.rowMask;
    const tagMask = t.tagMask;
    const data = this.data;
    let s = h & mask;
    for (;; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) break;
      if (((e ^ h) & tagMask) === 0 && data[(e & rowMask) - 1] === a) {
        if (dead === null || dead[(e & rowMask) - 1] === 0) return false;
        break;
      }
    }
    this.tmp[0] = a;
    this.append(this.tmp, s, h);
    return true;
  }

  insert2(a: number, b: number): boolean {
    if (this.setDropped) this.restoreSet();
    return this.eq === null ? this.insertOne2(a, b) : this.eq.insert(a, b);
  }

  /**
   * insert1/2/3() later: the tuple waits in a batch (STAGE). Returns how many new tuples were
   * inserted now (when the batch was full), 0 most times: a rule adds up what these and its
   * final flushStaged() return. Rows appear only when the batch is inserted, which a rule's
   * captured row ranges allow.
   */
  stage1(a: number): number {
    this.stageBuf[this.staged] = a;
    return ++this.staged === STAGE ? this.flushStaged() : 0;
  }

  stage2(a: number, b: number): number {
    if (this.eq !== null) return this.eq.insert(a, b) ? 1 : 0;
    const k = 2 * this.staged;
    this.stageBuf[k] = a;
    this.stageBuf[k + 1] = b;
    return ++this.staged === STAGE ? this.flushStaged() : 0;
  }

  /** stage a tuple of any arity (the first `arity` values of t) */
  stage(t: ArrayLike<number>): number {
    if (this.eq !== null) return this.eq.insert(t[0], t[1]) ? 1 : 0;
    const arity = this.arity;
    const k = arity * this.staged;
    for (let i = 0; i < arity; i++) this.stageBuf[k + i] = t[i];
    return ++this.staged === STAGE ? this.flushStaged() : 0;
  }

  /** Insert the staged tuples; returns how many were new. */
  flushStaged(): number {
    const m = this.staged;
    if (m === 0) return 0;
    if (this.setDropped) this.restoreSet();
    this.staged = 0;
    const arity = this.arity;
    const buf = this.stageBuf;
    const hs = this.stageHashes;
    const tab = this.set.tab;
    const mask = this.set.mask;
    let touch = 0;
    if (arity === 2) for (let i = 0; i < m; i++) touch ^= tab[(hs[i] = hash2(buf[2 * i], buf[2 * i + 1])) & mask];
    else for (let i = 0; i < m; i++) touch ^= tab[(hs[i] = hashN(buf, arity, i * arity)) & mask];
    // then the row of the first tuple in each probe whose hash bits match: most often the same
    // tuple derived again, which the insert compares
    const rowMask = this.set.rowMask;
    const tagMask = this.set.tagMask;
    const data = this.data;
    for (let i = 0; i < m; i++) {
      const h = hs[i];
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const e = tab[s];
        if (e === 0) break;
        if (((e ^ h) & tagMask) === 0) {
          touch ^= data[((e & rowMask) - 1) * arity];
          break;
        }
      }
    }
    this.touched ^= touch;
    let added = 0;
    if (arity === 2) {
      for (let i = 0; i < m; i++) if (this.insertOne2(buf[2 * i], buf[2 * i + 1], hs[i])) added++;
      return added;
    }
    const t = this.tmp;
    for (let i = 0; i < m; i++) {
      for (let c = 0; c < arity; c++) t[c] = buf[i * arity + c];
      if (this.insertHashed(t, hs[i])) added++;
    }
    return added;
  }

  /** insert2() of exactly this tuple (for an equivalence relation: not its consequences). */
  private insertOne2(a: number, b: number, h = hash2(a, b)): boolean {
    const dead = this.dead;
    const t = this.set;
    const tab = t.tab;
    const mask = t.mask;
    const rowMask = t.rowMask;
    const tagMask = t.tagMask;
    const data = this.data;
    let s = h & mask;
    for (;; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) break;
      if (((e ^ h) & tagMask) === 0) {
        const r = (e & rowMask) - 1;
        if (data[2 * r] === a && data[2 * r + 1] === b) {
          if (dead === null || dead[r] === 0) return false;
          break;
        }
      }
    }
    this.tmp[0] = a;
    this.tmp[1] = b;
    this.append(this.tmp, s, h);
    return true;
  }

  insert3(a: number, b: number, c: number): boolean {
    const t = this.tmp;
    t[0] = a;
    t[1] = b;
    t[2] = c;
    return this.insert(t);
  }

  /** Whether the tuple (first `arity` values of t) is present. */
  contains(t: ArrayLike<number>): boolean {
    return this.rowOf(t) >= 0;
  }

  /** The row holding the tuple, or -1. */
  rowOf(t: ArrayLike<number>): number {
    if (this.setDropped) this.restoreSet();
    const r = this.set.rowAt(this.set.find(t, this.set.hashOfKey(t)));
    return r >= 0 && this.isDead(r) ? -1 : r;
  }

  contains2(a: number, b: number): boolean {
    if (this.setDropped) this.restoreSet();
    const h = hash2(a, b);
    const t = this.set;
    const tab = t.tab;
    const mask = t.mask;
    const rowMask = t.rowMask;
    const tagMask = t.tagMask;
    const data = this.data;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = tab[s];
      if (e === 0) return false;
      if (((e ^ h) & tagMask) === 0) {
        const r = (e & rowMask) - 1;
        if (data[2 * r] === a && data[2 * r + 1] === b) return !this.isDead(r);
      }
    }
  }

  /** Make room for `rows` tuples in all (a known number about to be inserted: no regrowth on the way). */
  reserve(rows: number): void {
    if (this.setDropped) this.restoreSet();
    if (rows * this.arity > this.data.length) {
      const grown = allocate(rows * this.arity, this.name, this.count);
      grown.set(this.data);
      this.data = grown;
    }
    if (rows > (this.set.mask + 1) * MAX_LOAD || rows + 1 > this.set.rowMask) this.rebuildSet(rows);
  }

  /** From now on rows can be deleted (the relation has subsumptive rules in this stratum). */
  enableDeletion(): void {
    if (this.dead === null) this.dead = new Uint8Array(Math.max(16, this.rowCapacity()));
  }

  /** Rows are no longer deleted: readers need not check (call after compact()). */
  disableDeletion(): void {
    if (this.deadCount > 0) throw new Error(`disableDeletion() on ${this.name} with dead rows`);
    this.dead = null;
  }

  /** Delete a row: readers skip it and its tuple counts as absent. */
  kill(row: number): void {
    const dead = this.dead!;
    if (dead[row] !== 0) return;
    dead[row] = 1;
    this.deadCount++;
  }

  /** Whether some row in [from, count) is alive. */
  hasLiveRowsFrom(from: number): boolean {
    if (this.dead === null) return this.count > from;
    for (let r = from; r < this.count; r++) if (this.dead[r] === 0) return true;
    return false;
  }

  /**
   * Drop the dead rows, keeping the others in order, and rebuild the table and the indexes in
   * place (compiled rules hold on to the Index objects). Returns, per old row boundary b in
   * [0, count], the number of live rows below b, so callers can move their row ranges.
   */
  compact(): Int32Array {
    const n = this.count;
    const below = new Int32Array(n + 1);
    const dead = this.dead!;
    const d = this.data;
    const arity = this.arity;
    let w = 0;
    for (let r = 0; r < n; r++) {
      below[r] = w;
      if (dead[r] !== 0) continue;
      if (w !== r) for (let i = 0; i < arity; i++) d[w * arity + i] = d[r * arity + i];
      w++;
    }
    below[n] = w;
    this.count = w;
    dead.fill(0, 0, n);
    this.deadCount = 0;
    // The tables keep their size: the relation is likely to grow back.
    this.rebuildSet(this.set.size);
    for (const ix of this.indexes) if (ix.built) ix.rebuild();
    for (const ix of this.deltaIndexes) ix.forgetRange();
    return below;
  }

  private growDead(rows: number): void {
    const grown = new Uint8Array(Math.max(rows, this.dead!.length * 2));
    grown.set(this.dead!);
    this.dead = grown;
  }

  /**
   * Twice as large, four times once it holds a million values: memory is touched (and costs a
   * page fault, ~14 us a page on the benchmark machine) only where values are written, so the
   * larger step costs nothing until used and saves the copies, and the pages of the arrays it
   * would have copied through: the 1.8M-row closure of the clustered graph 1.30 -> 1.20 s, the
   * chain 0.87 -> 0.79 s; HelenOS the same time and peak.
   */
  private growData(): void {
    const grown = allocate(Math.max(this.data.length * (this.data.length >= 1 << 20 ? 4 : 2), this.arity * 16), this.name, this.count);
    grown.set(this.data);
    this.data = grown;
  }

  private readonly deltaIndexes: Index[] = [];

  /** An index on these columns over a delta's rows only (see Index.buildRange). */
  deltaIndex(cols: number[]): Index {
    const key = cols.join(',');
    for (const ix of this.deltaIndexes) if (ix.name === key) return ix;
    const ix = new Index(this, cols);
    this.deltaIndexes.push(ix);
    return ix;
  }

  /** The index on exactly these columns (in this order), made on first request, built on first lookup. */
  index(cols: number[]): Index {
    const key = cols.join(',');
    for (const ix of this.indexes) if (ix.name === key) return ix;
    const ix = new Index(this, cols);
    this.indexes.push(ix);
    return ix;
  }

  /**
   * Free the hash tables (the relation's own and its indexes'), for a relation that will only
   * be read row by row from now on: lookups and inserts are wrong after this.
   */
  dropTables(): void {
    this.setDropped = false; // for good: only listing and writing from now on
    offerScratch(this.set.tab.buffer);
    this.set.reset(0, 0);
    for (const ix of this.indexes) offerScratch(ix.next.buffer);
    this.indexes.length = 0;
  }

  /**
   * The stratum that derives this relation is over: its arrays shrink to the rows there are
   * (they grew by doubling), and the indexes over its deltas go (only that stratum's rules read
   * them). Lookups and inserts stay valid. On the 21 HelenOS servers the arrays held a third
   * more than their rows.
   */
  seal(): void {
    const n = this.count * this.arity;
    if (slack(this.data.length, n)) {
      const old = this.data;
      this.data = old.slice(0, n);
      offerScratch(old.buffer);
    }
    for (const ix of this.indexes) ix.fit();
    for (const ix of this.deltaIndexes) ix.release();
    // The table that finds a tuple's row serves inserts and membership tests; later strata
    // only scan most relations, or look them up through indexes: it is built again for a
    // relation that a later rule tests or adds to (restoreSet), and given back otherwise.
    if (this.eq === null && this.dead === null && this.count > 0) {
      offerScratch(this.set.tab.buffer);
      this.set.reset(0, 0);
      this.setDropped = true;
    }
  }

  /** Whether seal() gave back the relation's own table (built again when first needed). */
  private setDropped = false;

  private restoreSet(): void {
    this.setDropped = false;
    this.rebuildSet(this.count);
  }

  /** One row as an array of stored values. */
  row(r: number): number[] {
    const out = new Array<number>(this.arity);
    for (let i = 0; i < this.arity; i++) out[i] = this.data[r * this.arity + i];
    return out;
  }

  /** Bytes held by the arrays of this relation and its indexes (for profiles). */
  bytes(): number {
    let b = this.data.byteLength + this.set.tab.byteLength;
    for (const ix of this.indexes) b += ix.table.tab.byteLength + ix.next.byteLength;
    return b;
  }
}
