// A checked program kept on disk, so that a fresh process given the same rules does not parse
// and check them again: on the shipped rules (700 rules in 13 files) that is about 170 ms of a
// 0.7 s `fuselog eval` of examples/minios; reading the entry back takes about 20 ms.
//
// An entry is keyed by the program file's path and text, the include folders, the macros and a
// hash of the engine's own code. It lists every file the preprocessor read, with a hash of its
// text, and the file each #include named; it is used only while all of them are still so (a
// file edited, or an include that would now find another file, is a miss). An entry that
// cannot be read or written is a miss too: the cache only ever saves time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TypeDecl } from './ast.js';
import { Clause, RelationSchema } from './ir.js';
import { Preprocessed, resolveInclude } from './preprocess.js';

/** What a Program is made of, as plain data (strata name their clauses by index). */
export interface SavedProgram {
  relations: RelationSchema[];
  clauses: Clause[];
  strata: Array<{ index: number; relations: number[]; clauses: number[]; recursive: boolean }>;
  rules: Array<{ text: string; file: string; line: number }>;
  /** formatted, as Program.warnings */
  warnings: string[];
  types: TypeDecl[];
}

interface Entry {
  key: string;
  /** every file read: its path, the hash of its text */
  files: Array<[string, string]>;
  includes: Preprocessed['includes'];
  program: SavedProgram;
}

const sha = (text: string | Buffer): string => crypto.createHash('sha256').update(text).digest('hex');

let engineCode: string | undefined;

/** A hash of the engine's modules (this folder): an entry written by other code is never read. */
function engineHash(): string {
  if (engineCode === undefined) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const h = crypto.createHash('sha256');
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
    engineCode = h.digest('hex');
  }
  return engineCode;
}

export interface KeyInput {
  file: string;
  text: string;
  includeDirs?: string[];
  defines?: Record<string, string>;
}

/**
 * The entry's name: a hash of the program file's path, then of everything else (an entry
 * replaces the older ones of the same program file: edited rules do not pile up).
 */
export function cacheKey(k: KeyInput): string {
  // the name as given too: messages carry it, and with the resolved path it fixes the folder it is relative to
  const whole = sha(JSON.stringify([engineHash(), k.file, path.resolve(k.file), k.text, (k.includeDirs ?? []).map((d) => path.resolve(d)), k.defines ?? {}]));
  return `${programOf(k.file)}-${whole.slice(0, 32)}`;
}

const programOf = (file: string): string => sha(path.resolve(file)).slice(0, 16);
const entryFile = (dir: string, key: string): string => path.join(dir, `${key}.json`);

/** The saved program of the key, if there is one and every file it was read from is unchanged. */
export function readEntry(dir: string, key: string, includeDirs: readonly string[] = []): SavedProgram | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(fs.readFileSync(entryFile(dir, key), 'utf8')) as Entry;
    if (entry.key !== key) return undefined;
    for (const [file, hash] of entry.files) if (sha(fs.readFileSync(file)) !== hash) return undefined;
  } catch {
    return undefined;
  }
  for (const inc of entry.includes) if (resolveInclude(inc.name, inc.from, includeDirs) !== inc.file) return undefined;
  return entry.program;
}

/** Keep the program for the next run (through a temporary file: a reader never sees half an entry). */
export function writeEntry(dir: string, key: string, pre: Preprocessed, program: SavedProgram): void {
  const entry: Entry = {
    key,
    files: [...pre.sources].map(([file, text]) => [path.resolve(file), sha(Buffer.from(text, 'utf8'))]),
    includes: pre.includes,
    program,
  };
  const file = entryFile(dir, key);
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const mine = key.slice(0, key.indexOf('-') + 1);
    for (const f of fs.readdirSync(dir)) if (f.startsWith(mine) && f.endsWith('.json')) fs.rmSync(path.join(dir, f), { force: true });
    fs.writeFileSync(tmp, JSON.stringify(entry));
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true }); // a folder we cannot write: no cache, nothing else changes
  }
}
