// Tuple storage: rows of int32 in one flat Int32Array, deduplicated by an open-addressing hash
// table, with hash indexes on column subsets. Typed arrays only (no Set/Map per tuple): V8 caps
// those at 2^24 entries, and relations here reach millions of rows.
//
// The hash tables keep small tuples (and small index keys) inline next to the row number, so
// a probe — most inserts during evaluation are duplicates — touches one cache line instead of
// jumping to the row data.
//
// Rows are only ever appended, never changed, and every array grows by copying. So code that
// captured an array and a row count keeps a valid view of those rows while new rows are
// inserted — the evaluator relies on this to insert into a relation while it reads it.
//
// A relation with subsumptive rules also deletes: a deleted row stays where it is, marked in
// `dead` (readers skip it), and its tuple counts as absent, so deriving it again appends a new
// row. compact() drops dead rows between iterations and at the end of the stratum.
import type { BestPerKey } from './best.js';
import { DatalogError } from './errors.js';

const EMPTY = 0;

/** Allocate a typed array, turning V8's RangeError into a message a rule author can act on. */
function allocate(n: number, rel: string, rows: number): Int32Array {
  try {
    return new Int32Array(n);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new DatalogError(`relation ${rel} is too large to grow (${rows} tuples): does a recursive rule keep deriving new values (e.g. x + 1 through a cycle)?`);
  }
}
/** Tuples (and index keys) up to this many columns live inline in their hash table. */
const MAX_INLINE = 3;
const MAX_LOAD = 0.6;

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
function hash3(a: number, b: number, c: number): number {
  return mixFinish(mixStep(mixStep(mixStep(SEED, a), b), c));
}
function hashN(t: ArrayLike<number>, n: number): number {
  let h = SEED;
  for (let i = 0; i < n; i++) h = mixStep(h, t[i]);
  return mixFinish(h);
}

function capacityFor(n: number): number {
  let cap = 16;
  while (cap * MAX_LOAD < n) cap *= 2;
  return cap;
}

/**
 * A hash index over some columns: rows with equal values there form one chain. Table entries
 * are [first row + 1, key...] for keys of up to 3 columns, else [first row + 1, hash].
 */
export class Index {
  readonly cols: Int32Array;
  readonly ncols: number;
  private readonly inline: boolean;
  private readonly stride: number;
  tab: Int32Array;
  private mask: number;
  /** Per row: the next row of its group + 1 (0 = end of chain). */
  next: Int32Array;
  groups = 0;
  private readonly key: Int32Array;
  /**
   * Whether the index holds the relation's rows. An index a plan may need (e.g. the variant
   * that starts from a small relation) is built on its first lookup, not before.
   */
  built = false;

  constructor(private readonly rel: Relation, cols: number[]) {
    this.cols = Int32Array.from(cols);
    this.ncols = cols.length;
    this.inline = cols.length <= MAX_INLINE;
    this.stride = this.inline ? 1 + cols.length : 2;
    this.key = new Int32Array(Math.max(1, cols.length));
    this.tab = new Int32Array(16 * this.stride);
    this.mask = 15;
    this.next = new Int32Array(16);
  }

  get name(): string {
    return Array.from(this.cols).join(',');
  }

  /** Index the relation's rows (again: after compact(), or for the first time). */
  rebuild(): void {
    this.built = true;
    const cap = capacityFor(Math.max(16, this.rel.count));
    this.tab = new Int32Array(cap * this.stride);
    this.mask = cap - 1;
    this.next = new Int32Array(Math.max(16, this.rel.count));
    this.groups = 0;
    for (let r = 0; r < this.rel.count; r++) this.add(r);
  }

  /** The table slot of key (in this.key), or of the empty slot where it would go. */
  private find(h: number): number {
    const tab = this.tab;
    const stride = this.stride;
    const nc = this.ncols;
    const key = this.key;
    let s = h & this.mask;
    if (this.inline) {
      for (;;) {
        const p = s * stride;
        if (tab[p] === EMPTY) return p;
        let i = 0;
        while (i < nc && tab[p + 1 + i] === key[i]) i++;
        if (i === nc) return p;
        s = (s + 1) & this.mask;
      }
    }
    const data = this.rel.data;
    const arity = this.rel.arity;
    const cols = this.cols;
    for (;;) {
      const p = s * stride;
      const head = tab[p];
      if (head === EMPTY) return p;
      if (tab[p + 1] === h) {
        const hb = (head - 1) * arity;
        let i = 0;
        while (i < nc && data[hb + cols[i]] === key[i]) i++;
        if (i === nc) return p;
      }
      s = (s + 1) & this.mask;
    }
  }

  /** Called by the relation for every new row. */
  add(row: number): void {
    const data = this.rel.data;
    const base = row * this.rel.arity;
    const nc = this.ncols;
    for (let i = 0; i < nc; i++) this.key[i] = data[base + this.cols[i]];
    if (row >= this.next.length) {
      const grown = allocate(Math.max(this.next.length * 2, row + 1), this.rel.name, row);
      grown.set(this.next);
      this.next = grown;
    }
    const h = hashN(this.key, nc);
    const p = this.find(h);
    const head = this.tab[p];
    this.next[row] = head; // 0 when the group is new
    this.tab[p] = row + 1;
    if (head !== EMPTY) return;
    if (this.inline) for (let i = 0; i < nc; i++) this.tab[p + 1 + i] = this.key[i];
    else this.tab[p + 1] = h;
    if (++this.groups > (this.mask + 1) * MAX_LOAD) this.rehash();
  }

  private rehash(): void {
    const old = this.tab;
    const stride = this.stride;
    const cap = (this.mask + 1) * 2;
    this.tab = allocate(cap * stride, this.rel.name, this.rel.count);
    this.mask = cap - 1;
    const tab = this.tab;
    for (let p = 0; p < old.length; p += stride) {
      if (old[p] === EMPTY) continue;
      let h: number;
      if (this.inline) {
        h = SEED;
        for (let i = 1; i < stride; i++) h = mixStep(h, old[p + i]);
        h = mixFinish(h);
      } else h = old[p + 1];
      let s = h & this.mask;
      while (tab[s * stride] !== EMPTY) s = (s + 1) & this.mask;
      const q = s * stride;
      for (let i = 0; i < stride; i++) tab[q + i] = old[p + i];
    }
  }

  /** First row whose indexed columns equal key (in column order), or -1. */
  first(key: ArrayLike<number>): number {
    if (!this.built) this.rebuild();
    const nc = this.ncols;
    for (let i = 0; i < nc; i++) this.key[i] = key[i];
    return this.tab[this.find(hashN(this.key, nc))] - 1;
  }

  /** first() for a one-column index, without a key buffer. */
  first1(v: number): number {
    if (!this.built) this.rebuild();
    const tab = this.tab;
    let s = hash1(v) & this.mask;
    for (;;) {
      const p = s << 1;
      const head = tab[p];
      if (head === EMPTY || tab[p + 1] === v) return head - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** first() for a two-column index. */
  first2(a: number, b: number): number {
    if (!this.built) this.rebuild();
    const tab = this.tab;
    let s = hash2(a, b) & this.mask;
    for (;;) {
      const p = s * 3;
      const head = tab[p];
      if (head === EMPTY || (tab[p + 1] === a && tab[p + 2] === b)) return head - 1;
      s = (s + 1) & this.mask;
    }
  }
}

/**
 * A set of tuples. Table entries are [row + 1, values...] for arity up to 3, else
 * [row + 1, hash] with the values compared in the row data.
 */
export class Relation {
  readonly arity: number;
  data: Int32Array;
  count = 0;
  /** Scratch tuple for callers assembling a row to insert or look up. */
  readonly tmp: Int32Array;
  private readonly inline: boolean;
  private readonly stride: number;
  private tab: Int32Array;
  private mask: number;
  readonly indexes: Index[] = [];
  /** Per row: 1 once deleted. null for a relation that never deletes (the common case). */
  dead: Uint8Array | null = null;
  deadCount = 0;
  /** Set while a stratum keeps only the best tuple per key (best.ts): rules insert through it. */
  best: BestPerKey | null = null;

  constructor(readonly name: string, arity: number, expectedRows = 0) {
    this.arity = arity;
    this.inline = arity <= MAX_INLINE;
    this.stride = this.inline ? 1 + arity : 2;
    const rows = Math.max(16, expectedRows);
    this.data = new Int32Array(rows * arity);
    this.tmp = new Int32Array(Math.max(1, arity));
    const cap = capacityFor(rows);
    this.tab = new Int32Array(cap * this.stride);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Slot offset of tuple t in the table, or of the empty slot where it would go. */
  private find(t: ArrayLike<number>, h: number): number {
    const tab = this.tab;
    const stride = this.stride;
    const arity = this.arity;
    let s = h & this.mask;
    if (this.inline) {
      for (;;) {
        const p = s * stride;
        if (tab[p] === EMPTY) return p;
        let i = 0;
        while (i < arity && tab[p + 1 + i] === t[i]) i++;
        if (i === arity) return p;
        s = (s + 1) & this.mask;
      }
    }
    const data = this.data;
    for (;;) {
      const p = s * stride;
      const r = tab[p];
      if (r === EMPTY) return p;
      if (tab[p + 1] === h) {
        const b = (r - 1) * arity;
        let i = 0;
        while (i < arity && data[b + i] === t[i]) i++;
        if (i === arity) return p;
      }
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Append the tuple as a new row at table slot p: an empty slot, or the slot of the same
   * tuple's dead row (which the new row replaces there).
   */
  private append(t: ArrayLike<number>, p: number, h: number): void {
    const arity = this.arity;
    const row = this.count;
    if ((row + 1) * arity > this.data.length) this.growData();
    if (this.dead !== null && row >= this.dead.length) this.growDead(row + 1);
    const d = this.data;
    const base = row * arity;
    for (let i = 0; i < arity; i++) d[base + i] = t[i];
    this.count = row + 1;
    const tab = this.tab;
    tab[p] = row + 1;
    if (this.inline) for (let i = 0; i < arity; i++) tab[p + 1 + i] = t[i];
    else tab[p + 1] = h;
    if (this.count > (this.mask + 1) * MAX_LOAD) this.rehash();
    const idx = this.indexes;
    for (let i = 0; i < idx.length; i++) if (idx[i].built) idx[i].add(row);
  }

  /** Insert a tuple (the first `arity` values of t); true if it was new. */
  insert(t: ArrayLike<number>): boolean {
    const h = hashN(t, this.arity);
    const p = this.find(t, h);
    if (this.tab[p] !== EMPTY && !this.isDead(this.tab[p] - 1)) return false;
    this.append(t, p, h);
    return true;
  }

  private isDead(row: number): boolean {
    return this.dead !== null && this.dead[row] !== 0;
  }

  insert1(a: number): boolean {
    const tab = this.tab;
    let s = hash1(a) & this.mask;
    for (;;) {
      const p = s << 1;
      if (tab[p] === EMPTY) break;
      if (tab[p + 1] === a) {
        if (!this.isDead(tab[p] - 1)) return false;
        break;
      }
      s = (s + 1) & this.mask;
    }
    this.tmp[0] = a;
    this.append(this.tmp, s << 1, 0);
    return true;
  }

  insert2(a: number, b: number): boolean {
    const tab = this.tab;
    let s = hash2(a, b) & this.mask;
    for (;;) {
      const p = s * 3;
      if (tab[p] === EMPTY) break;
      if (tab[p + 1] === a && tab[p + 2] === b) {
        if (!this.isDead(tab[p] - 1)) return false;
        break;
      }
      s = (s + 1) & this.mask;
    }
    this.tmp[0] = a;
    this.tmp[1] = b;
    this.append(this.tmp, s * 3, 0);
    return true;
  }

  insert3(a: number, b: number, c: number): boolean {
    const tab = this.tab;
    let s = hash3(a, b, c) & this.mask;
    for (;;) {
      const p = s << 2;
      if (tab[p] === EMPTY) break;
      if (tab[p + 1] === a && tab[p + 2] === b && tab[p + 3] === c) {
        if (!this.isDead(tab[p] - 1)) return false;
        break;
      }
      s = (s + 1) & this.mask;
    }
    this.tmp[0] = a;
    this.tmp[1] = b;
    this.tmp[2] = c;
    this.append(this.tmp, s << 2, 0);
    return true;
  }

  /** Whether the tuple (first `arity` values of t) is present. */
  contains(t: ArrayLike<number>): boolean {
    return this.rowOf(t) >= 0;
  }

  /** The row holding the tuple, or -1. */
  rowOf(t: ArrayLike<number>): number {
    const r = this.tab[this.find(t, hashN(t, this.arity))] - 1;
    return r >= 0 && this.isDead(r) ? -1 : r;
  }

  contains2(a: number, b: number): boolean {
    const tab = this.tab;
    let s = hash2(a, b) & this.mask;
    for (;;) {
      const p = s * 3;
      if (tab[p] === EMPTY) return false;
      if (tab[p + 1] === a && tab[p + 2] === b) return !this.isDead(tab[p] - 1);
      s = (s + 1) & this.mask;
    }
  }

  /** Make room for `rows` tuples in all (a known number about to be inserted: no regrowth on the way). */
  reserve(rows: number): void {
    if (rows * this.arity > this.data.length) {
      const grown = allocate(rows * this.arity, this.name, this.count);
      grown.set(this.data);
      this.data = grown;
    }
    while (rows > (this.mask + 1) * MAX_LOAD) this.rehash();
  }

  /** From now on rows can be deleted (the relation has subsumptive rules in this stratum). */
  enableDeletion(): void {
    if (this.dead === null) this.dead = new Uint8Array(Math.max(16, this.data.length / Math.max(1, this.arity)));
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
      if (w !== r) d.copyWithin(w * arity, r * arity, (r + 1) * arity);
      w++;
    }
    below[n] = w;
    this.count = w;
    dead.fill(0, 0, n);
    this.deadCount = 0;
    const cap = capacityFor(Math.max(16, w));
    this.tab = new Int32Array(cap * this.stride);
    this.mask = cap - 1;
    for (let r = 0; r < w; r++) {
      const base = r * arity;
      const h = hashN(d.subarray(base, base + arity), arity);
      const p = this.find(d.subarray(base, base + arity), h);
      this.tab[p] = r + 1;
      if (this.inline) for (let i = 0; i < arity; i++) this.tab[p + 1 + i] = d[base + i];
      else this.tab[p + 1] = h;
    }
    for (const ix of this.indexes) if (ix.built) ix.rebuild();
    return below;
  }

  private growDead(rows: number): void {
    const grown = new Uint8Array(Math.max(rows, this.dead!.length * 2));
    grown.set(this.dead!);
    this.dead = grown;
  }

  private growData(): void {
    const grown = allocate(Math.max(this.data.length * 2, this.arity * 16), this.name, this.count);
    grown.set(this.data);
    this.data = grown;
  }

  private rehash(): void {
    const old = this.tab;
    const stride = this.stride;
    const arity = this.arity;
    const cap = (this.mask + 1) * 2;
    const tab = allocate(cap * stride, this.name, this.count);
    this.mask = cap - 1;
    for (let p = 0; p < old.length; p += stride) {
      if (old[p] === EMPTY) continue;
      let h: number;
      if (this.inline) {
        h = SEED;
        for (let i = 1; i <= arity; i++) h = mixStep(h, old[p + i]);
        h = mixFinish(h);
      } else h = old[p + 1];
      let s = h & this.mask;
      while (tab[s * stride] !== EMPTY) s = (s + 1) & this.mask;
      const q = s * stride;
      for (let i = 0; i < stride; i++) tab[q + i] = old[p + i];
    }
    this.tab = tab;
  }

  /** The index on exactly these columns (in this order), made on first request, built on first lookup. */
  index(cols: number[]): Index {
    const key = cols.join(',');
    for (const ix of this.indexes) if (ix.name === key) return ix;
    const ix = new Index(this, cols);
    this.indexes.push(ix);
    return ix;
  }

  /** Forget every tuple (keeps the arrays' current capacity). */
  clear(): void {
    this.count = 0;
    this.tab.fill(0);
    if (this.indexes.length) throw new Error('clear() on an indexed relation');
  }

  /** One row as an array of stored values. */
  row(r: number): number[] {
    const out = new Array<number>(this.arity);
    for (let i = 0; i < this.arity; i++) out[i] = this.data[r * this.arity + i];
    return out;
  }

  /** Bytes held by the arrays of this relation and its indexes (for profiles). */
  bytes(): number {
    let b = this.data.byteLength + this.tab.byteLength;
    for (const ix of this.indexes) b += ix.tab.byteLength + ix.next.byteLength;
    return b;
  }
}
