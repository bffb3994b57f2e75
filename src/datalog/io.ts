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
import { sortedRows } from './sort.js';
import { offerScratch } from './scratch.js';
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
    offerScratch(rows.buffer); // the next relation's sort may use it
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
  if (v < 0x80000000) {
    // int32 arithmetic (a division by 10 as an integer, no floor of a double)
    let digits = 2;
    for (let x = (v / 100) | 0; x > 0; x = (x / 10) | 0) digits++;
    for (let k = pos + digits - 1; k >= pos; k--) {
      const q = (v / 10) | 0;
      buf[k] = 48 + v - q * 10;
      v = q;
    }
    return pos + digits;
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
