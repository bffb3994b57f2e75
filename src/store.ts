// The evaluated database on disk: every relation (facts and derived), with its declaration, in
// one binary file that later commands read instead of re-running the rules.
//
// Layout: a magic line, a JSON header (declarations, row counts, where each relation lies), then
// the symbol table (byte offsets, then the UTF-8 text of all symbols) and each relation's rows
// as the engine stores them: one 32-bit integer per value, row after row (symbol ids, numbers,
// unsigned numbers as their bits, floats as the bits of a 32-bit float, the engine's float),
// each section aligned to 8 bytes. The engine's rows and its symbol table are written as they
// are, nothing copied or re-numbered. A reader opens the header only, then reads the sections
// of the relations it is asked for: a query on two relations reads two relations.
//
// A relation whose rows are exactly those of a fact file beside the snapshot (an input the
// rules add nothing to) is stored as a reference to that file: the facts are not copied.
import fs from 'node:fs';
import path from 'node:path';
import type { Row, Value } from './backend.js';
import type { ColumnKind, RelationDecl, ResultSource } from './outputs.js';

const MAGIC = 'fuselog-snapshot 2\n';

/**
 * A relation's rows as values (floats kept as 32-bit floats, the engine's); or as the engine stores them (Database.storedRows: `count` rows
 * of the declared arity in `data`, symbols as ids into `symbols`, in no order), which cost no
 * array per row; or the fact file that holds them (tab-separated, a path relative to the
 * snapshot's folder).
 */
export type StoredRelation =
  | { decl: RelationDecl; rows: Row[] }
  | { decl: RelationDecl; count: number; data: Int32Array; symbols: readonly string[] }
  | { decl: RelationDecl; file: string; count: number };

interface Section { offset: number; bytes: number }
interface RelationEntry { decl: RelationDecl; count: number; rows?: Section; file?: string }
interface Header {
  relations: RelationEntry[];
  symbols: { count: number; offsets: number; text: number; textBytes: number; ascii: boolean };
}

/** Thrown when a file is not a snapshot this version reads (the caller re-runs the rules). */
export class SnapshotError extends Error {}

const align8 = (n: number): number => (n + 7) & ~7;
/** symbols whose text is written at once */
const TEXT_CHUNK = 1 << 16;

// a 32-bit float and its bits, as the engine holds floats
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** A value in the form the engine stores it (a symbol's id from `intern`). */
function encode(kind: ColumnKind, v: Value, intern: (s: string) => number): number {
  if (kind === 'symbol') return intern(v as string);
  if (kind === 'float') {
    f32[0] = v as number;
    return i32[0]!;
  }
  return (v as number) | 0;
}

function decode(kind: ColumnKind, v: number, symbol: (id: number) => string): Value {
  if (kind === 'symbol') return symbol(v);
  if (kind === 'unsigned') return v >>> 0;
  if (kind === 'float') {
    i32[0] = v;
    return f32[0]!;
  }
  return v;
}

/** Rows whose symbol ids are those of another table, with ids from `intern` instead. */
function renumbered(data: Int32Array, decl: RelationDecl, table: readonly string[], intern: (s: string) => number): Int32Array {
  const arity = decl.columns.length;
  const out = data.slice();
  const map = new Int32Array(table.length).fill(-1);
  decl.columns.forEach((c, k) => {
    if (c.kind !== 'symbol') return;
    for (let i = k; i < out.length; i += arity) {
      const id = out[i]!;
      out[i] = map[id]! >= 0 ? map[id]! : (map[id] = intern(table[id]!));
    }
  });
  return out;
}

const copyDecl = (d: RelationDecl): RelationDecl => ({
  name: d.name, columns: d.columns.map((c) => ({ name: c.name, type: c.type, kind: c.kind })),
  input: d.input, output: d.output, file: d.file, line: d.line,
});

/** Write the relations to `file` (through a temporary file, so a reader never sees half of one). */
export function writeSnapshot(file: string, relations: Iterable<StoredRelation>): number {
  // The symbol table is that of the first relation given as the engine stores it (all of them,
  // from one database); text values and the ids of any other table are added to it.
  let symbols: string[] | undefined;
  let base: readonly string[] | undefined;
  let ids: Map<string, number> | undefined;
  const intern = (s: string): number => {
    if (symbols === undefined) symbols = [];
    else if (symbols === base) symbols = [...base]; // the engine's table is not ours to extend
    if (!ids) ids = new Map(symbols.map((x, i) => [x, i]));
    let id = ids.get(s);
    if (id === undefined) {
      id = symbols.length;
      ids.set(s, id);
      symbols.push(s);
    }
    return id;
  };
  const sections: Int32Array[] = [];
  const entries: Array<{ decl: RelationDecl; count: number; section?: number; file?: string }> = [];
  for (const rel of relations) {
    const decl = rel.decl;
    const arity = decl.columns.length;
    if ('file' in rel) {
      entries.push({ decl: copyDecl(decl), count: rel.count, file: rel.file });
      continue;
    }
    let data: Int32Array;
    if ('data' in rel) {
      data = rel.data.subarray(0, rel.count * arity);
      if (base === undefined && symbols === undefined) {
        base = rel.symbols;
        symbols = rel.symbols as string[]; // copied by intern() before anything is added
      }
      if (rel.symbols !== base) data = renumbered(data, decl, rel.symbols, intern);
    } else {
      data = new Int32Array(rel.rows.length * arity);
      rel.rows.forEach((row, i) => decl.columns.forEach((c, k) => { data[i * arity + k] = encode(c.kind, row[k]!, intern); }));
    }
    entries.push({ decl: copyDecl(decl), count: 'data' in rel ? rel.count : rel.rows.length, section: sections.push(data) - 1 });
  }
  symbols ??= [];
  // The text of the symbols is written a chunk at a time (below): joined whole it was, with its
  // UTF-8 copy, a hundred megabytes more at the peak on the 21 HelenOS servers.
  const offsets = new Uint32Array(symbols.length + 1);
  let chars = 0;
  for (let i = 0, at = 0; i < symbols.length; i++) {
    const s = symbols[i]!;
    chars += s.length;
    at += Buffer.byteLength(s, 'utf8');
    offsets[i + 1] = at;
  }
  const textBytes = offsets[symbols.length]!;
  const ascii = textBytes === chars;

  // section offsets are relative to the end of the header (the header's length is not known yet)
  let at = 0;
  const place = (bytes: number): number => { const o = at; at = align8(at + bytes); return o; };
  const offsetsAt = place(offsets.byteLength);
  const textAt = place(textBytes);
  const placed = sections.map((a) => ({ offset: place(a.byteLength), bytes: a.byteLength }));
  const header: Header = {
    relations: entries.map((e) => ({ decl: e.decl, count: e.count, ...(e.section !== undefined ? { rows: placed[e.section]! } : {}), ...(e.file ? { file: e.file } : {}) })),
    symbols: { count: symbols.length, offsets: offsetsAt, text: textAt, textBytes, ascii },
  };
  const headJson = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(align8(MAGIC.length + 4 + headJson.length));
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(headJson.length, MAGIC.length);
  headJson.copy(lead, MAGIC.length + 4);

  const tmp = `${file}.tmp-${process.pid}`;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(tmp, 'w');
  try {
    let pos = 0;
    const put = (b: Uint8Array, offset: number): void => {
      const target = lead.length + offset;
      if (target > pos) { fs.writeSync(fd, Buffer.alloc(target - pos)); pos = target; }
      fs.writeSync(fd, b);
      pos += b.byteLength;
    };
    put(lead, -lead.length);
    put(new Uint8Array(offsets.buffer, offsets.byteOffset, offsets.byteLength), offsetsAt);
    for (let i = 0; i < symbols.length; i += TEXT_CHUNK) {
      put(Buffer.from(symbols.slice(i, i + TEXT_CHUNK).join(''), 'utf8'), i === 0 ? textAt : pos - lead.length);
    }
    sections.forEach((a, i) => put(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), placed[i]!.offset));
    if (lead.length + at > pos) fs.writeSync(fd, Buffer.alloc(lead.length + at - pos));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return lead.length + at;
}

/** A snapshot opened for reading: declarations at once, rows of a relation when first asked. */
export class Snapshot implements ResultSource {
  private readonly byName: Map<string, RelationEntry>;
  private readonly cache = new Map<string, Row[]>();
  private strings: Array<string | undefined> | undefined;
  private symbolText: { offsets: Uint32Array; text: Buffer; whole?: string } | undefined;

  private constructor(readonly file: string, private readonly header: Header, private readonly base: number) {
    this.byName = new Map(header.relations.map((r) => [r.decl.name, r]));
  }

  static open(file: string): Snapshot {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      throw new SnapshotError(`no stored results (${path.basename(file)})`);
    }
    try {
      const lead = Buffer.alloc(MAGIC.length + 4);
      if (fs.readSync(fd, lead, 0, lead.length, 0) !== lead.length || lead.toString('latin1', 0, MAGIC.length) !== MAGIC) {
        throw new SnapshotError(`${path.basename(file)} is not a snapshot of this version`);
      }
      const n = lead.readUInt32LE(MAGIC.length);
      const head = Buffer.alloc(n);
      if (fs.readSync(fd, head, 0, n, lead.length) !== n) throw new SnapshotError(`${path.basename(file)} is cut short`);
      let header: Header;
      try {
        header = JSON.parse(head.toString('utf8')) as Header;
      } catch {
        throw new SnapshotError(`${path.basename(file)} is damaged`);
      }
      return new Snapshot(file, header, align8(lead.length + n));
    } finally {
      fs.closeSync(fd);
    }
  }

  decls(): RelationDecl[] {
    return this.header.relations.map((r) => r.decl);
  }

  decl(relation: string): RelationDecl | undefined {
    return this.byName.get(relation)?.decl;
  }

  size(relation: string): number {
    return this.byName.get(relation)?.count ?? 0;
  }

  rows(relation: string): Row[] {
    const cached = this.cache.get(relation);
    if (cached) return cached;
    const e = this.byName.get(relation);
    if (!e) return [];
    if (e.file) {
      const rows = readFactFile(path.join(path.dirname(this.file), e.file), e.decl.columns.map((c) => c.kind));
      if (rows.length !== e.count) throw new SnapshotError(`${e.file} changed since it was stored (${rows.length} rows, not ${e.count})`);
      this.cache.set(relation, rows);
      return rows;
    }
    const kinds = e.decl.columns.map((c) => c.kind);
    const arity = kinds.length;
    const rows = new Array<Row>(e.count);
    const bytes = e.rows ? this.read(e.rows.offset, e.rows.bytes) : Buffer.alloc(0);
    const data = new Int32Array(bytes.buffer, bytes.byteOffset, e.count * arity);
    const symbol = (id: number): string => this.symbol(id);
    for (let i = 0; i < e.count; i++) {
      const row = new Array<Value>(arity);
      for (let k = 0; k < arity; k++) row[k] = decode(kinds[k]!, data[i * arity + k]!, symbol);
      rows[i] = row;
    }
    this.cache.set(relation, rows);
    return rows;
  }

  /** bytes of a section, in a fresh buffer (aligned for the typed array over it) */
  private read(offset: number, bytes: number): Buffer {
    const buf = Buffer.allocUnsafeSlow(bytes);
    if (bytes === 0) return buf;
    const fd = fs.openSync(this.file, 'r');
    try {
      if (fs.readSync(fd, buf, 0, bytes, this.base + offset) !== bytes) throw new SnapshotError(`${path.basename(this.file)} is cut short`);
    } finally {
      fs.closeSync(fd);
    }
    return buf;
  }

  private symbol(id: number): string {
    if (!this.symbolText) {
      const s = this.header.symbols;
      const ob = this.read(s.offsets, (s.count + 1) * 4);
      const text = this.read(s.text, s.textBytes);
      this.symbolText = { offsets: new Uint32Array(ob.buffer, ob.byteOffset, s.count + 1), text, whole: s.ascii ? text.toString('latin1') : undefined };
      this.strings = new Array<string | undefined>(s.count);
    }
    let str = this.strings![id];
    if (str === undefined) {
      const { offsets, text, whole } = this.symbolText;
      str = whole !== undefined ? whole.slice(offsets[id]!, offsets[id + 1]!) : text.toString('utf8', offsets[id]!, offsets[id + 1]!);
      this.strings![id] = str;
    }
    return str;
  }
}

/** The rows of a fact file as fuselog extract writes them: one tab-separated line per row, no quoting. */
function readFactFile(file: string, kinds: ColumnKind[]): Row[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new SnapshotError(`${path.basename(file)}, stored by reference, cannot be read`);
  }
  const rows: Row[] = [];
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const fields = text.slice(start, end).split('\t');
    start = end + 1;
    rows.push(kinds.map((k, i) => (k === 'symbol' ? fields[i]! : Number(fields[i]))));
  }
  return rows;
}
