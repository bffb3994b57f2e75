// Where the IR text comes from. A module is read through a window of complete lines that the
// lexer refills at its end, so no module is ever in memory whole: the file is read in chunks,
// and the text before the lexer's mark (the start of the entity it is reading) is dropped.
// Lines never straddle a window, so no token does either (LLVM tokens never span a newline).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ExtractError } from './errors.js';

export interface TextSource {
  /** The window: whole lines of the input (up to the end of input once it is reached). */
  readonly text: string;
  /** The window's bytes: bytes[i] is text.charCodeAt(i). */
  readonly bytes: Uint8Array;
  /** Offset in the input of text[0]. */
  readonly base: number;
  /**
   * Drop text[0, keepFrom) and append the next lines of input. Returns false, and changes
   * nothing, when the input has no more text.
   */
  refill(keepFrom: number): boolean;
  close?(): void;
}

/** A text already in memory (tests, tools): one window, never refilled. */
export class StringSource implements TextSource {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly base = 0;

  /** `text`: one char per byte; a text with chars past U+00FF is taken as its UTF-8 bytes. */
  constructor(text: string) {
    const wide = /[^\x00-\xff]/.test(text);
    this.bytes = Buffer.from(text, wide ? 'utf8' : 'latin1');
    this.text = wide ? Buffer.from(this.bytes).toString('latin1') : text;
  }

  refill(): boolean {
    return false;
  }
}

/** Bytes read per refill: under V8's large-object size (128 KB), so a window string dies young. */
const CHUNK = 1 << 16;

/** A file read in chunks, one byte per char (latin1: names are UTF-8 bytes, decoded later). */
export class FileSource implements TextSource {
  text = '';
  bytes: Uint8Array = Buffer.alloc(0); // a Buffer like every window after it: one map for the lexer
  base = 0;
  private readonly fd: number;
  private readonly chunk: number;
  private buf: Buffer;
  /** bytes of buf holding input: the window's text, then the start of an unfinished line */
  private len = 0;
  /** bytes of buf that `text` covers */
  private textLen = 0;
  private eof = false;

  /** `chunk`: bytes per read (tests make it tiny, so that every refill path is taken). */
  constructor(file: string, display = file, chunk = CHUNK) {
    this.chunk = Math.max(1, chunk);
    this.buf = Buffer.allocUnsafeSlow(2 * this.chunk);
    this.fd = openIR(file, display);
  }

  refill(keepFrom: number): boolean {
    if (this.eof && this.textLen === this.len) return false;
    const drop = Math.max(0, Math.min(keepFrom, this.textLen));
    if (drop > 0) {
      this.buf.copyWithin(0, drop, this.len);
      this.len -= drop;
      this.textLen -= drop;
      this.base += drop;
    }
    const had = this.textLen;
    for (;;) {
      const from = this.len; // only the bytes read now can end a new line
      if (!this.eof) this.read();
      const nl = this.buf.subarray(from, this.len).lastIndexOf(10);
      const end = this.eof ? this.len : nl < 0 ? -1 : from + nl + 1;
      if (end > this.textLen) {
        this.textLen = end;
        break;
      }
      if (this.eof) break;
    }
    this.text = this.buf.toString('latin1', 0, this.textLen);
    this.bytes = this.buf.subarray(0, this.textLen);
    return this.textLen > had;
  }

  /**
   * Read a chunk after what the window holds. A window the lexer keeps growing (a huge line or
   * entity) reads as much again as it holds, so that its re-decoding on each refill stays
   * linear in its size overall.
   */
  private read(): void {
    const want = Math.max(this.chunk, this.len);
    if (this.len + want > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.len + want));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    const n = fs.readSync(this.fd, this.buf, this.len, want, null);
    if (n === 0) this.eof = true;
    else this.len += n;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** An IR file opened for reading; a clear error for a missing or unreadable one. */
function openIR(file: string, display: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExtractError(`cannot read IR file: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, display);
  }
}

/** Does the file start with LLVM bitcode's magic (raw, or in the wrapper header)? */
function isBitcode(file: string, display: string): boolean {
  const fd = openIR(file, display);
  const b = Buffer.alloc(4);
  try {
    fs.readSync(fd, b, 0, 4, 0);
  } catch (e) {
    throw new ExtractError(`cannot read IR file: ${(e as Error).message}`, display);
  } finally {
    fs.closeSync(fd);
  }
  return (b[0] === 0x42 && b[1] === 0x43 && b[2] === 0xc0 && b[3] === 0xde) ||
    (b[0] === 0xde && b[1] === 0xc0 && b[2] === 0x17 && b[3] === 0x0b);
}

/**
 * The IR files of one extraction as text files: a .ll as it is, bitcode disassembled once by
 * llvm-dis into a temporary file (each module is read twice: scan, then parse). dispose()
 * removes the temporary files.
 */
export class IRFiles {
  private tmp?: string;
  private readonly textOf = new Map<string, string>();

  /** The path of the textual IR of `file`. Throws ExtractError. */
  text(file: string, display = file): string {
    const known = this.textOf.get(file);
    if (known) return known;
    let out = file;
    if (isBitcode(file, display)) {
      this.tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-dis-'));
      out = path.join(this.tmp, `${this.textOf.size}.ll`);
      disassemble(file, out, display);
    }
    this.textOf.set(file, out);
    return out;
  }

  open(file: string, display = file): FileSource {
    return new FileSource(this.text(file, display), display);
  }

  dispose(): void {
    if (this.tmp) fs.rmSync(this.tmp, { recursive: true, force: true });
    this.tmp = undefined;
    this.textOf.clear();
  }
}

/**
 * The llvm-dis commands to try, newest first: `$FUSELOG_LLVM_DIS` alone when set, else every
 * `llvm-dis-N` on PATH by falling N, then plain `llvm-dis`. Bitcode is read by its own LLVM
 * version or a newer one, and a plain `llvm-dis` is often an older default (Debian's is 14,
 * which rejects the opaque pointers of LLVM 17 and later).
 */
export function llvmDisCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.FUSELOG_LLVM_DIS) return [env.FUSELOG_LLVM_DIS];
  const versions = new Set<number>();
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue; // a PATH entry that is not a readable directory
    }
    for (const n of names) {
      const m = /^llvm-dis-(\d+)$/.exec(n);
      if (m) versions.add(Number(m[1]));
    }
  }
  return [...[...versions].sort((a, b) => b - a).map((v) => `llvm-dis-${v}`), 'llvm-dis'];
}

/** Disassemble with the first llvm-dis that reads the file; the newest one's error if none does. */
function disassemble(file: string, out: string, display: string): void {
  const tried: string[] = [];
  let firstError: string | undefined;
  for (const tool of llvmDisCandidates()) {
    const r = spawnSync(tool, ['-o', out, file], { encoding: 'utf8' });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    tried.push(tool);
    if (!r.error && r.status === 0) return;
    firstError ??= r.error ? r.error.message : r.stderr.trim().split('\n')[0] || `exit ${r.status}`;
  }
  if (!tried.length) {
    throw new ExtractError('this is LLVM bitcode; reading it needs the tool llvm-dis on PATH, which was not found (install LLVM, set FUSELOG_LLVM_DIS, or give the .ll text)', display);
  }
  throw new ExtractError(`llvm-dis failed: ${firstError} (tried ${tried.join(', ')})`, display);
}
