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
  end(): void;
}

/** Builds each row as an array for a sink's emit (the rows every sink can take). */
export class RowBuilder implements RowWriter {
  private readonly sink: FactSink;
  private fp = '';
  private relation = '';
  private row: FactRow = [];

  constructor(sink: FactSink) {
    this.sink = sink;
  }

  setFunction(fid: string): void {
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

/** Writes body rows straight into the FileSink's buffers, a function's id prefix as cached bytes. */
class FileRowWriter implements RowWriter {
  private readonly open: Map<string, OpenTable>;
  private fid = '';
  /** `<fid>:` UTF-8 encoded */
  private prefix = new Uint8Array(0);
  private t?: OpenTable;
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
    const t = this.open.get(relation);
    if (!t) throw new Error(`internal: no relation ${relation} in the schema`);
    this.t = t;
    this.first = true;
  }

  /** The tab before every value but the first; room for `need` more bytes after it. */
  private next(need: number): OpenTable {
    const t = this.t!;
    const b = room(t, need + 1);
    if (this.first) this.first = false;
    else b[t.used++] = 9;
    return t;
  }

  sym(s: string): void {
    const len = s.length;
    if (3 * len + 2 > BUF_BYTES) { // longer than a buffer: straight to the file
      const t = this.next(0);
      flush(t);
      fs.writeSync(t.fd, s, null, 'utf8');
      return;
    }
    putAscii(this.next(3 * len), s);
  }

  num(n: number): void {
    if (!Number.isInteger(n) || Math.abs(n) > 2147483648) {
      this.sym(String(n));
      return;
    }
    putInt(this.next(12), n);
  }

  local(name: string): void {
    const p = this.prefix;
    if (p.length + 3 * name.length + 3 > BUF_BYTES) {
      this.sym(`${this.fid}:%${name}`);
      return;
    }
    const t = this.next(p.length + 1 + 3 * name.length);
    t.buf!.set(p, t.used);
    t.used += p.length;
    t.buf![t.used++] = 37; // %
    putAscii(t, name);
  }

  instr(k: number): void {
    const p = this.prefix;
    const t = this.next(p.length + 1 + 11);
    t.buf!.set(p, t.used);
    t.used += p.length;
    t.buf![t.used++] = 105; // i
    putInt(t, k);
  }

  end(): void {
    const t = this.t!;
    room(t, 1)[t.used++] = 10;
    t.count++;
  }
}

/** Short flat strings char by char; from the first non-ASCII char on, Buffer's UTF-8 encoder. The room is there. */
function putAscii(t: OpenTable, s: string): void {
  const b = t.buf!;
  let used = t.used;
  const len = s.length;
  let i = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    b[used++] = c;
  }
  if (i < len) used += (b as Utf8Writable).utf8Write(i === 0 ? s : s.slice(i), used);
  t.used = used;
}

/** A 32-bit integer's decimal digits; the room is there. */
function putInt(t: OpenTable, v: number): void {
  const b = t.buf!;
  let used = t.used;
  if (v < 0) {
    b[used++] = 45; // -
    v = -v;
  }
  if (v < 10) b[used++] = 48 + v;
  else {
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    for (let q = used + digits - 1; q >= used; q--) {
      b[q] = 48 + (v % 10);
      v = Math.floor(v / 10);
    }
    used += digits;
  }
  t.used = used;
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
