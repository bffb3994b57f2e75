// Facts and results for other engines: a Soufflé directory, CSV with headers, JSON lines, SQLite.
import fs from 'node:fs';
import path from 'node:path';
import type { Row } from './backend.js';
import type { RelationDecl } from './outputs.js';
import type { Snapshot } from './store.js';
import { csvField } from './table.js';

export type ExportFormat = 'souffle' | 'csv' | 'json' | 'sqlite';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['souffle', 'csv', 'json', 'sqlite'];

export interface RelationData { info: RelationDecl; rows: Row[] }

/** Every stored relation with its rows, by name. */
export function relationData(store: Snapshot): RelationData[] {
  return store.decls().sort((a, b) => a.name.localeCompare(b.name)).map((info) => ({ info, rows: store.rows(info.name) }));
}

const fileName = (rel: string): string => rel.replace(/[^A-Za-z0-9_.-]/g, '_');

/** A directory that `souffle -F facts -D out rules/main.dl` runs as is: the facts (with the
 * schema that main.dl includes as ../facts/schema.dl) and the rule files. */
export function exportSouffle(analysisDir: string, dest: string): string[] {
  const written: string[] = [];
  for (const sub of ['facts', 'rules']) {
    const from = path.join(analysisDir, sub);
    const to = path.join(dest, sub);
    fs.mkdirSync(to, { recursive: true });
    for (const f of fs.readdirSync(from).sort()) {
      if (!/\.(facts|dl)$/.test(f)) continue;
      fs.copyFileSync(path.join(from, f), path.join(to, f));
      written.push(`${sub}/${f}`);
    }
  }
  fs.mkdirSync(path.join(dest, 'out'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'README.txt'),
    'Exported by `fuselog export --format souffle`. Run the same analysis with Souffle:\n\n' +
    '    souffle -F facts -D out rules/main.dl\n\nThe results land in out/<relation>.csv.\n');
  return written;
}

export function exportCsv(rels: RelationData[], dest: string): string[] {
  fs.mkdirSync(dest, { recursive: true });
  return rels.map(({ info, rows }) => {
    const f = `${fileName(info.name)}.csv`;
    const lines = [info.columns.map((c) => csvField(c.name)).join(','), ...rows.map((r) => r.map(csvField).join(','))];
    fs.writeFileSync(path.join(dest, f), lines.join('\n') + '\n');
    return f;
  });
}

export function exportJsonLines(rels: RelationData[], dest: string): string[] {
  fs.mkdirSync(dest, { recursive: true });
  return rels.map(({ info, rows }) => {
    const f = `${fileName(info.name)}.jsonl`;
    const names = info.columns.map((c) => c.name);
    const text = rows.map((r) => JSON.stringify(Object.fromEntries(names.map((n, i) => [n, r[i]])))).join('\n');
    fs.writeFileSync(path.join(dest, f), text + (rows.length ? '\n' : ''));
    return f;
  });
}

export function sqlType(kind: string): string {
  return kind === 'number' || kind === 'unsigned' ? 'INTEGER' : kind === 'float' ? 'REAL' : 'TEXT';
}
const qid = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One table per relation, typed columns, an index on the first column; plus a `relations` catalogue. */
export async function exportSqlite(rels: RelationData[], file: string): Promise<string[]> {
  const { default: Sqlite } = await import('better-sqlite3');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.rmSync(file, { force: true });
  const db = new Sqlite(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec('CREATE TABLE relations (name TEXT PRIMARY KEY, kind TEXT NOT NULL, arity INTEGER NOT NULL, size INTEGER NOT NULL)');
    const cat = db.prepare('INSERT INTO relations VALUES (?, ?, ?, ?)');
    const load = db.transaction((r: RelationData) => {
      const t = qid(r.info.name);
      const cols = r.info.columns.map((c) => `${qid(c.name)} ${sqlType(c.kind)}`).join(', ');
      db.exec(`CREATE TABLE ${t} (${cols})`);
      if (r.info.columns.length) {
        const ins = db.prepare(`INSERT INTO ${t} VALUES (${r.info.columns.map(() => '?').join(', ')})`);
        for (const row of r.rows) ins.run(...row);
        // indexes share the tables' namespace: a ':' keeps them apart from every relation name
        db.exec(`CREATE INDEX ${qid(`idx:${r.info.name}`)} ON ${t} (${qid(r.info.columns[0].name)})`);
      }
      cat.run(r.info.name, r.info.input ? 'input' : r.info.output ? 'output' : 'derived', r.info.columns.length, r.rows.length);
    });
    for (const r of rels) load(r);
  } finally {
    db.close();
  }
  return [file];
}
