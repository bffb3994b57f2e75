// The per-component fact cache. A component's key hashes everything its facts depend on: its
// IR files' contents, the description's config (everything but the component list) and its own
// entry in it, and the extractor's code. Entries are JSON files of rows under the cache dir.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row, Tables } from './backend.js';

export interface KeyInputs {
  component: string;
  irFiles: string[];      // absolute paths, in the order the extractor reads them
  config: unknown;        // the system description without its components
  entry: unknown;         // the component's own entry in the description
  extractorVersion: string;
}

export function componentKey(k: KeyInputs): string {
  const h = crypto.createHash('sha256');
  h.update(`fuselog-cache-1\0${k.extractorVersion}\0${k.component}\0${stableJson(k.config)}\0${stableJson(k.entry)}\0`);
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
  path.join(cacheDir, `${component.replace(/[^A-Za-z0-9_.-]/g, '_')}-${key}.json`);

export function readCached(cacheDir: string, component: string, key: string): Tables | undefined {
  const p = entryPath(cacheDir, component, key);
  if (!fs.existsSync(p)) return undefined;
  try {
    const data = JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, Row[]>;
    return new Map(Object.entries(data));
  } catch {
    return undefined; // a damaged entry is just a miss
  }
}

export function writeCached(cacheDir: string, component: string, key: string, tables: Tables): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  // drop older entries of this component: the cache holds one version per component
  const prefix = `${component.replace(/[^A-Za-z0-9_.-]/g, '_')}-`;
  for (const f of fs.readdirSync(cacheDir)) {
    if (f.startsWith(prefix) && /^[0-9a-f]{32}\.json$/.test(f.slice(prefix.length))) fs.rmSync(path.join(cacheDir, f));
  }
  const p = entryPath(cacheDir, component, key);
  fs.writeFileSync(p + '.tmp', JSON.stringify(Object.fromEntries(tables)));
  fs.renameSync(p + '.tmp', p);
}

/** Union of tables, rows deduplicated per relation. */
export function mergeTables(parts: Tables[]): Tables {
  const out: Tables = new Map();
  const seen = new Map<string, Set<string>>();
  for (const t of parts) {
    for (const [rel, rows] of t) {
      let list = out.get(rel), keys = seen.get(rel);
      if (!list || !keys) { out.set(rel, (list = [])); seen.set(rel, (keys = new Set())); }
      for (const r of rows) {
        const k = JSON.stringify(r);
        if (!keys.has(k)) { keys.add(k); list.push(r); }
      }
    }
  }
  return out;
}
