// The per-component fact cache. A component's key hashes everything its facts depend on: its
// IR files' contents, the description's config (everything but the component list) and its own
// entry in it, and the extractor's code. An entry is the component's fact directory, as
// `fuselog extract` writes one, under the cache dir.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface KeyInputs {
  component: string;
  irFiles: string[];      // absolute paths, in the order the extractor reads them
  config: unknown;        // the system description without its components
  entry: unknown;         // the component's own entry in the description
  extractorVersion: string;
}

export function componentKey(k: KeyInputs): string {
  const h = crypto.createHash('sha256');
  h.update(`fuselog-cache-2\0${k.extractorVersion}\0${k.component}\0${stableJson(k.config)}\0${stableJson(k.entry)}\0`);
  for (const f of k.irFiles) {
    h.update(path.basename(f) + '\0');
    h.update(crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') + '\0');
  }
  return h.digest('hex').slice(0, 32);
}

/** JSON with object keys sorted, so that key order in system.json does not change a hash. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

let version: string | undefined;
/** A hash of the extractor's compiled code: any change to it invalidates every cache entry. */
export function extractorVersion(): string {
  if (version) return version;
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'extract');
  const h = crypto.createHash('sha256');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : [];
  for (const f of files) h.update(f + '\0').update(fs.readFileSync(path.join(dir, f)));
  return (version = h.digest('hex').slice(0, 16));
}

const entryPath = (cacheDir: string, component: string, key: string): string =>
  path.join(cacheDir, `${component.replace(/[^A-Za-z0-9_.-]/g, '_')}-${key}`);

/** Written last into an entry: its row count, and the mark that the entry is complete. */
const DONE = 'counts.json';

export interface CachedFacts {
  /** the component's fact directory (one `.facts` file per relation) */
  dir: string;
  /** its rows, all relations together */
  facts: number;
}

/** The component's cached fact directory for this key, if a complete one is there. */
export function cachedFacts(cacheDir: string, component: string, key: string): CachedFacts | undefined {
  const dir = entryPath(cacheDir, component, key);
  try {
    const counts = JSON.parse(fs.readFileSync(path.join(dir, DONE), 'utf8')) as Record<string, number>;
    return { dir, facts: Object.values(counts).reduce((a, b) => a + b, 0) };
  } catch {
    return undefined; // absent, or damaged: a miss
  }
}

/**
 * Fill a new cache entry (`fill` writes the fact directory it is given and returns the row
 * counts) and keep it as the component's one entry: older ones are dropped. The directory is
 * filled under a temporary name and renamed when complete, so an interrupted run leaves no
 * entry that a later one would take as whole.
 */
export function cacheFacts(cacheDir: string, component: string, key: string, fill: (dir: string) => Record<string, number>): CachedFacts {
  fs.mkdirSync(cacheDir, { recursive: true });
  const prefix = `${component.replace(/[^A-Za-z0-9_.-]/g, '_')}-`;
  for (const f of fs.readdirSync(cacheDir)) {
    const rest = f.startsWith(prefix) ? f.slice(prefix.length) : '';
    // entries of this component: <key>, <key>.tmp-<pid> left by a killed run, <key>.json of old versions
    if (/^[0-9a-f]{32}(\.tmp-\d+|\.json)?$/.test(rest)) fs.rmSync(path.join(cacheDir, f), { recursive: true, force: true });
  }
  const dir = entryPath(cacheDir, component, key);
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    const counts = fill(tmp);
    fs.writeFileSync(path.join(tmp, DONE), JSON.stringify(counts));
    fs.renameSync(tmp, dir);
    return { dir, facts: Object.values(counts).reduce((a, b) => a + b, 0) };
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
