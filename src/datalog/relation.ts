// Tuple storage: rows of int32 in one flat Int32Array, deduplicated by an open-addressing hash
// set, with hash indexes on column subsets. Typed arrays only (no Set/Map per tuple): V8 caps
// those at 2^24 entries, and relations here reach millions of rows.
//
// Rows are only ever appended, never changed or removed, and every array grows by copying. So
// code that captured an array and a row count keeps a valid view of those rows while new rows
// are inserted — the evaluator relies on this to insert into a relation while it reads it.

const EMPTY = 0;

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

function capacityFor(n: number): number {
  let cap = 16;
  while (cap * 0.7 < n) cap *= 2;
  return cap;
}

/** A hash index over some columns: rows with equal values there form one chain. */
export class Index {
  readonly cols: Int32Array;
  /** Per hash slot: first row of the group + 1 (0 = empty). */
  slots: Int32Array;
  slotHash: Int32Array;
  /** Per row: the next row of its group + 1 (0 = end of chain). */
  next: Int32Array;
  private mask: number;
  groups = 0;

  constructor(private readonly rel: Relation, cols: number[]) {
    this.cols = Int32Array.from(cols);
    const cap = capacityFor(Math.max(16, rel.count));
    this.slots = new Int32Array(cap);
    this.slotHash = new Int32Array(cap);
    this.mask = cap - 1;
    this.next = new Int32Array(Math.max(16, rel.data.length / Math.max(1, rel.arity)));
    for (let r = 0; r < rel.count; r++) this.add(r);
  }

  get key(): string {
    return Array.from(this.cols).join(',');
  }

  private rowHash(data: Int32Array, base: number): number {
    const cols = this.cols;
    let h = 0x3c6ef372;
    for (let i = 0; i < cols.length; i++) h = mixStep(h, data[base + cols[i]]);
    return mixFinish(h);
  }

  /** Called by the relation for every new row. */
  add(row: number): void {
    const rel = this.rel;
    const data = rel.data;
    const arity = rel.arity;
    if (row >= this.next.length) {
      const grown = new Int32Array(Math.max(this.next.length * 2, row + 1));
      grown.set(this.next);
      this.next = grown;
    }
    const base = row * arity;
    const h = this.rowHash(data, base);
    const cols = this.cols;
    const nc = cols.length;
    let s = h & this.mask;
    for (;;) {
      const head = this.slots[s];
      if (head === EMPTY) break;
      if (this.slotHash[s] === h) {
        const hb = (head - 1) * arity;
        let same = true;
        for (let i = 0; i < nc; i++) {
          if (data[hb + cols[i]] !== data[base + cols[i]]) { same = false; break; }
        }
        if (same) {
          this.next[row] = head;
          this.slots[s] = row + 1;
          return;
        }
      }
      s = (s + 1) & this.mask;
    }
    this.slots[s] = row + 1;
    this.slotHash[s] = h;
    this.next[row] = EMPTY;
    this.groups++;
    if (this.groups > this.slots.length * 0.7) this.rehash();
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHash = this.slotHash;
    const cap = oldSlots.length * 2;
    this.slots = new Int32Array(cap);
    this.slotHash = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const head = oldSlots[i];
      if (head === EMPTY) continue;
      const h = oldHash[i];
      let s = h & this.mask;
      while (this.slots[s] !== EMPTY) s = (s + 1) & this.mask;
      this.slots[s] = head;
      this.slotHash[s] = h;
    }
  }

  /** First row whose indexed columns equal key (in column order), or -1. */
  first(key: ArrayLike<number>): number {
    const cols = this.cols;
    const nc = cols.length;
    let h = 0x3c6ef372;
    for (let i = 0; i < nc; i++) h = mixStep(h, key[i]);
    h = mixFinish(h);
    const data = this.rel.data;
    const arity = this.rel.arity;
    let s = h & this.mask;
    for (;;) {
      const head = this.slots[s];
      if (head === EMPTY) return -1;
      if (this.slotHash[s] === h) {
        const hb = (head - 1) * arity;
        let same = true;
        for (let i = 0; i < nc; i++) {
          if (data[hb + cols[i]] !== key[i]) { same = false; break; }
        }
        if (same) return head - 1;
      }
      s = (s + 1) & this.mask;
    }
  }

  /** first() for a one-column index, without a key buffer. */
  first1(v: number): number {
    const h = mixFinish(mixStep(0x3c6ef372, v));
    const data = this.rel.data;
    const arity = this.rel.arity;
    const c = this.cols[0];
    let s = h & this.mask;
    for (;;) {
      const head = this.slots[s];
      if (head === EMPTY) return -1;
      if (this.slotHash[s] === h && data[(head - 1) * arity + c] === v) return head - 1;
      s = (s + 1) & this.mask;
    }
  }
}

export class Relation {
  readonly arity: number;
  data: Int32Array;
  count = 0;
  /** Scratch tuple for callers assembling a row to insert or look up. */
  readonly tmp: Int32Array;
  private slots: Int32Array;
  private slotHash: Int32Array;
  private mask: number;
  readonly indexes: Index[] = [];

  constructor(readonly name: string, arity: number, expectedRows = 0) {
    this.arity = arity;
    const rows = Math.max(16, expectedRows);
    this.data = new Int32Array(rows * arity);
    this.tmp = new Int32Array(arity);
    const cap = capacityFor(rows);
    this.slots = new Int32Array(cap);
    this.slotHash = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  private static hashOf(t: ArrayLike<number>, off: number, arity: number): number {
    let h = 0x9747b28c;
    for (let i = 0; i < arity; i++) h = mixStep(h, t[off + i]);
    return mixFinish(h);
  }

  /** Insert a tuple (the first `arity` values of t); true if it was new. */
  insert(t: ArrayLike<number>): boolean {
    const arity = this.arity;
    const h = Relation.hashOf(t, 0, arity);
    const data = this.data;
    let s = h & this.mask;
    for (;;) {
      const r = this.slots[s];
      if (r === EMPTY) break;
      if (this.slotHash[s] === h) {
        const b = (r - 1) * arity;
        let i = 0;
        while (i < arity && data[b + i] === t[i]) i++;
        if (i === arity) return false;
      }
      s = (s + 1) & this.mask;
    }
    const row = this.count;
    if ((row + 1) * arity > data.length) this.growData();
    const d = this.data;
    const base = row * arity;
    for (let i = 0; i < arity; i++) d[base + i] = t[i];
    this.count = row + 1;
    this.slots[s] = row + 1;
    this.slotHash[s] = h;
    if (this.count > this.slots.length * 0.7) this.rehash();
    const idx = this.indexes;
    for (let i = 0; i < idx.length; i++) idx[i].add(row);
    return true;
  }

  /** Whether the tuple (first `arity` values of t) is present. */
  contains(t: ArrayLike<number>): boolean {
    const arity = this.arity;
    const h = Relation.hashOf(t, 0, arity);
    const data = this.data;
    let s = h & this.mask;
    for (;;) {
      const r = this.slots[s];
      if (r === EMPTY) return false;
      if (this.slotHash[s] === h) {
        const b = (r - 1) * arity;
        let i = 0;
        while (i < arity && data[b + i] === t[i]) i++;
        if (i === arity) return true;
      }
      s = (s + 1) & this.mask;
    }
  }

  private growData(): void {
    const grown = new Int32Array(Math.max(this.data.length * 2, this.arity * 16));
    grown.set(this.data);
    this.data = grown;
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHash = this.slotHash;
    const cap = oldSlots.length * 2;
    this.slots = new Int32Array(cap);
    this.slotHash = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const r = oldSlots[i];
      if (r === EMPTY) continue;
      const h = oldHash[i];
      let s = h & this.mask;
      while (this.slots[s] !== EMPTY) s = (s + 1) & this.mask;
      this.slots[s] = r;
      this.slotHash[s] = h;
    }
  }

  /** The index on exactly these columns (in this order), built on first request. */
  index(cols: number[]): Index {
    const key = cols.join(',');
    for (const ix of this.indexes) if (ix.key === key) return ix;
    const ix = new Index(this, cols);
    this.indexes.push(ix);
    return ix;
  }

  /** One row as an array of stored values. */
  row(r: number): number[] {
    const out = new Array<number>(this.arity);
    for (let i = 0; i < this.arity; i++) out[i] = this.data[r * this.arity + i];
    return out;
  }

  /** Bytes held by the arrays of this relation and its indexes (for profiles). */
  bytes(): number {
    let b = this.data.byteLength + this.slots.byteLength + this.slotHash.byteLength;
    for (const ix of this.indexes) b += ix.slots.byteLength + ix.slotHash.byteLength + ix.next.byteLength;
    return b;
  }
}
