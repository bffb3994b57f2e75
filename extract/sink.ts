// Where fact rows go: a file sink that streams each relation to `<relation>.facts` with
// buffered writes (tab-separated, no header: what `souffle -F dir` reads), and a memory
// sink for tests and for the CLI's per-component cache.

import fs from 'node:fs';
import path from 'node:path';
import { RELATIONS, RELATION_BY_NAME } from './schema.js';

export type FactRow = Array<string | number>;

export interface FactSink {
  emit(relation: string, row: FactRow): void;
  /** A writer of rows value by value, if the sink has a faster one than RowBuilder. */
  rowWriter?(): RowWriter;
}

/**
 * A row written value by value: the rows of function bodies, whose values are mostly ids
 * local to the function (`pm:do_fork:%5`, `pm:do_fork:i42`). A sink that writes bytes
 * copies the function's prefix instead of a string being built and flattened for every id.
 */
export interface RowWriter {
  /** The function whose local ids follow (its id, `pm:do_fork`). */
  setFunction(fid: string): void;
  begin(relation: string): void;
  sym(s: string): void;
  num(n: number): void;
  /** The local value or block `<fid>:%<name>`. */
  local(name: string): void;
  /** The k-th instruction `<fid>:i<k>`. */
  instr(k: number): void;
  /** The function itself, `<fid>`. */
  fn(): void;
  end(): void;
}

/** Builds each row as an array for a sink's emit (the rows every sink can take). */
export class RowBuilder implements RowWriter {
  private readonly sink: FactSink;
  private fid = '';
  private fp = '';
  private relation = '';
  private row: FactRow = [];

  constructor(sink: FactSink) {
    this.sink = sink;
  }

  setFunction(fid: string): void {
    this.fid = fid;
    this.fp = `${fid}:`;
  }

  begin(relation: string): void {
    this.relation = relation;
    this.row = [];
  }

  sym(s: string): void {
    this.row.push(s);
  }

  num(n: number): void {
    this.row.push(n);
  }

  local(name: string): void {
    this.row.push(`${this.fp}%${name}`);
  }

  instr(k: number): void {
    this.row.push(`${this.fp}i${k}`);
  }

  fn(): void {
    this.row.push(this.fid);
  }

  end(): void {
    this.sink.emit(this.relation, this.row);
  }
}

/** Keeps every row in memory, per relation, in emission order. */
export class MemorySink implements FactSink {
  readonly tables = new Map<string, FactRow[]>();

  emit(relation: string, row: FactRow): void {
    checkRow(relation, row);
    let t = this.tables.get(relation);
    if (!t) {
      t = [];
      this.tables.set(relation, t);
    }
    t.push(row);
  }

  /** Rows of one relation (empty if none). */
  rows(relation: string): FactRow[] {
    return this.tables.get(relation) ?? [];
  }
}

/**
 * Bytes of pending output per relation: a relation's buffer starts small (about 60 relations,
 * most of them small) and grows once it has been written out a few times (fewer syscalls for
 * the big ones). A value longer than the small size goes to the file directly.
 */
const BUF_BYTES = 1 << 14;
const BIG_BUF_BYTES = 1 << 16;

/** Buffer#utf8Write exists on every Buffer (write(s, off, 'utf8') calls it) but @types/node omits it. */
type Utf8Writable = Buffer & { utf8Write(s: string, offset: number): number };

interface OpenTable {
  fd: number;
  arity: number;
  /** pending bytes, written out when the next row might not fit; allocated at the first row */
  buf?: Buffer;
  used: number;
  count: number;
  flushes: number;
}

/**
 * Streams rows to `<dir>/<relation>.facts`. Every relation of the schema gets a file, even
 * an empty one (Soufflé fails on a missing input file). Call close() to flush.
 * A row's values are concatenated (a rope) and encoded straight into a fixed Buffer per
 * relation by one native call, which flattens the rope as it encodes. Measured with
 * callgrind on SQLite: Array#join costs some 2000 instructions a row (its builtin and its
 * own flattening), the rope and the encode some 700; a char loop in JS was slower still.
 * Holding more text than a buffer's worth grows the heap.
 */
export class FileSink implements FactSink {
  private readonly open = new Map<string, OpenTable>();
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
    for (const r of RELATIONS) {
      const fd = fs.openSync(path.join(dir, `${r.name}.facts`), 'w');
      this.open.set(r.name, { fd, arity: r.columns.length, used: 0, count: 0, flushes: 0 });
    }
  }

  emit(relation: string, row: FactRow): void {
    const t = this.open.get(relation);
    if (!t) throw new Error(`internal: no relation ${relation} in the schema`);
    const n = row.length;
    if (n !== t.arity) throw new Error(`internal: ${relation} has ${t.arity} columns, row has ${n}`);
    let line = `${row[0]!}`;
    for (let k = 1; k < n; k++) line = line + '\t' + row[k]!;
    putLine(t, line);
    t.count++;
  }

  /**
   * Append the rows of a fact file of the same relation, byte for byte (read in chunks, so
   * memory does not grow with it); a missing file adds nothing.
   */
  appendFile(relation: string, file: string): void {
    const t = this.open.get(relation);
    if (!t) throw new Error(`internal: no relation ${relation} in the schema`);
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    try {
      flush(t);
      const chunk = Buffer.allocUnsafe(1 << 20);
      let last = 10;
      for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) {
        const got = chunk.subarray(0, n);
        for (let i = got.indexOf(10); i >= 0; i = got.indexOf(10, i + 1)) t.count++;
        let off = 0;
        while (off < n) off += fs.writeSync(t.fd, got, off, n - off);
        last = got[n - 1]!;
      }
      if (last !== 10) throw new Error(`internal: ${file} does not end with a newline`);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Flush and close every file; returns the row count per relation. */
  close(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [name, t] of this.open) {
      flush(t);
      fs.closeSync(t.fd);
      counts[name] = t.count;
    }
    this.open.clear();
    return counts;
  }

  rowWriter(): RowWriter {
    return new FileRowWriter(this.open);
  }
}

/** Room made at the start of each body row: values that fit in what is left need no check of their own. */
const ROW_ROOM = 2048;

/**
 * Writes body rows straight into the FileSink's buffers, a function's id prefix as cached
 * bytes. Each row starts with room made for it; a value that does not fit (a huge name)
 * takes the slow path, which writes it to the file directly.
 */
class FileRowWriter implements RowWriter {
  private readonly open: Map<string, OpenTable>;
  private fid = '';
  /** `<fid>:` UTF-8 encoded (the function's id is all of it but the colon) */
  private prefix = new Uint8Array(0);
  private relation = '';
  private t!: OpenTable;
  // the row being written: its table's buffer, the next byte, the room left (less the newline)
  private b!: Buffer;
  private used = 0;
  private left = 0;
  private first = true;

  constructor(open: Map<string, OpenTable>) {
    this.open = open;
  }

  setFunction(fid: string): void {
    if (fid === this.fid) return;
    this.fid = fid;
    this.prefix = new Uint8Array(Buffer.from(`${fid}:`, 'utf8'));
  }

  begin(relation: string): void {
    if (relation !== this.relation) {
      const t = this.open.get(relation);
      if (!t) throw new Error(`internal: no relation ${relation} in the schema`);
      this.t = t;
      this.relation = relation;
    }
    const t = this.t;
    this.b = room(t, ROW_ROOM);
    this.used = t.used;
    this.left = ROW_ROOM - 1;
    this.first = true;
  }

  /** The tab before every value but the first. */
  private sep(): void {
    if (this.first) this.first = false;
    else this.b[this.used++] = 9;
  }

  sym(s: string): void {
    const need = 3 * s.length + 1;
    if (need > this.left) {
      this.direct(s);
      return;
    }
    this.left -= need;
    this.sep();
    this.used = putAscii(this.b, this.used, s);
  }

  num(n: number): void {
    if (!Number.isInteger(n) || Math.abs(n) > 2147483648) {
      this.sym(String(n));
      return;
    }
    if (this.left < 13) {
      this.direct(String(n));
      return;
    }
    this.left -= 13;
    this.sep();
    this.used = putInt(this.b, this.used, n);
  }

  local(name: string): void {
    const p = this.prefix;
    const need = p.length + 2 + 3 * name.length;
    if (need > this.left) {
      this.direct(`${this.fid}:%${name}`);
      return;
    }
    this.left -= need;
    this.sep();
    const b = this.b;
    b.set(p, this.used);
    let used = this.used + p.length;
    b[used++] = 37; // %
    this.used = putAscii(b, used, name);
  }

  instr(k: number): void {
    const p = this.prefix;
    if (p.length + 14 > this.left) {
      this.direct(`${this.fid}:i${k}`);
      return;
    }
    this.left -= p.length + 14;
    this.sep();
    const b = this.b;
    b.set(p, this.used);
    let used = this.used + p.length;
    b[used++] = 105; // i
    this.used = putInt(b, used, k);
  }

  fn(): void {
    const p = this.prefix;
    if (p.length + 1 > this.left) {
      this.direct(this.fid);
      return;
    }
    this.left -= p.length + 1;
    this.sep();
    this.b.set(p, this.used); // the colon after it is overwritten by what follows
    this.used += p.length - 1;
  }

  end(): void {
    this.b[this.used++] = 10;
    this.t.used = this.used;
    this.t.count++;
  }

  /** A value longer than the room left: the row so far is flushed and the value written to the file. */
  private direct(s: string): void {
    const t = this.t;
    this.sep();
    t.used = this.used;
    flush(t);
    fs.writeSync(t.fd, s, null, 'utf8');
    this.b = t.buf!;
    this.used = 0;
    this.left = Math.min(ROW_ROOM, this.b.length) - 1;
  }
}

/** A short string char by char at b[used]; from its first non-ASCII char on, Buffer's UTF-8 encoder. Returns the end. */
function putAscii(b: Buffer, used: number, s: string): number {
  const len = s.length;
  let i = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    b[used++] = c;
  }
  if (i < len) used += (b as Utf8Writable).utf8Write(i === 0 ? s : s.slice(i), used);
  return used;
}

/** A 32-bit integer's decimal digits at b[used]; returns the end. */
function putInt(b: Buffer, used: number, v: number): number {
  if (v < 0) {
    b[used++] = 45; // -
    v = -v;
  }
  if (v < 10) {
    b[used++] = 48 + v;
    return used;
  }
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let q = used + digits - 1; q >= used; q--) {
    b[q] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  return used + digits;
}

/** Append one row's text and a newline, UTF-8 encoded by one native call. */
function putLine(t: OpenTable, line: string): void {
  const len = line.length;
  // worst case of UTF-8: 3 bytes per UTF-16 unit, and the newline
  if (3 * len + 1 > BUF_BYTES) {
    flush(t);
    fs.writeSync(t.fd, line + '\n', null, 'utf8');
    return;
  }
  const b = room(t, 3 * len + 1);
  // utf8Write: Buffer#write without its argument juggling, which cost more than the encoding
  t.used += (b as Utf8Writable).utf8Write(line, t.used);
  b[t.used++] = 10;
}

/** The table's buffer with room for `need` more bytes: flushed (and grown) if needed. */
function room(t: OpenTable, need: number): Buffer {
  let b = t.buf;
  if (b === undefined) b = t.buf = Buffer.allocUnsafeSlow(BUF_BYTES);
  if (t.used + need > b.length) {
    flush(t);
    // grown for a big relation, or for a value longer than the buffer (a huge function name)
    if (need > b.length || (b.length < BIG_BUF_BYTES && ++t.flushes >= 4)) b = t.buf = Buffer.allocUnsafeSlow(Math.max(need, BIG_BUF_BYTES));
  }
  return b;
}

function flush(t: OpenTable): void {
  let off = 0;
  while (off < t.used) off += fs.writeSync(t.fd, t.buf!, off, t.used - off);
  t.used = 0;
}

function checkRow(relation: string, row: FactRow): void {
  const spec = RELATION_BY_NAME.get(relation);
  if (!spec) throw new Error(`internal: no relation ${relation} in the schema`);
  if (row.length !== spec.columns.length) throw new Error(`internal: ${relation} has ${spec.columns.length} columns, row has ${row.length}`);
}

/** Write tables (e.g. a MemorySink's) as a fact directory; every schema relation gets a file. */
export function writeFactDir(dir: string, tables: Map<string, FactRow[]>): Record<string, number> {
  const sink = new FileSink(dir);
  for (const [rel, rows] of tables) {
    for (const row of rows) sink.emit(rel, row);
  }
  return sink.close();
}

/** Passes rows on, dropping repeats of rows of the given relations (constants shared by components). */
export class DedupSink implements FactSink {
  private readonly inner: FactSink;
  private readonly seen = new Map<string, Set<string>>();

  constructor(inner: FactSink, relations: string[]) {
    this.inner = inner;
    for (const r of relations) this.seen.set(r, new Set());
  }

  emit(relation: string, row: FactRow): void {
    const s = this.seen.get(relation);
    if (s) {
      const key = row.join('\t');
      if (s.has(key)) return;
      s.add(key);
    }
    this.inner.emit(relation, row);
  }

  /** Rows written value by value are body rows, never among the deduplicated relations. */
  rowWriter(): RowWriter {
    return this.inner.rowWriter?.() ?? new RowBuilder(this.inner);
  }
}
