// Run the shipped analysis (rules/main.dl) on a system description, through the public APIs of
// the extractor and the engine, for tests that check derived results against expected.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractSystem, loadSystem } from '../../extract/index.js';
import { compileFile, Database } from '../../src/datalog/index.js';
import { rulesDir } from '../../src/paths.js';

export type Row = Array<string | number>;
/** A row keyed by the column names of the relation's .decl. */
export type Named = Record<string, string | number>;

export interface Analysis {
  db: Database;
  rows(relation: string): Row[];
  /** the rows with their columns named as the rules declare them */
  table(relation: string): Named[];
}

export function runAnalysis(systemFile: string): Analysis {
  const factDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-facts-'));
  try {
    extractSystem(loadSystem(systemFile), factDir);
    const db = new Database(compileFile(path.join(rulesDir, 'main.dl')));
    db.loadInputs(factDir);
    db.run();
    const columns = new Map(db.relationInfos().map((i) => [i.name, i.columns.map((c) => c.name)]));
    const table = (r: string): Named[] => {
      const names = columns.get(r);
      if (!names) throw new Error(`the rules declare no relation ${r}`);
      return db.rows(r).map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]!])));
    };
    return { db, rows: (r) => db.rows(r), table };
  } finally {
    fs.rmSync(factDir, { recursive: true, force: true });
  }
}

/** `pm:do_fork` -> `do_fork`; `pm:_ipc_sendrec@libsys` -> `_ipc_sendrec`; `vfs:main:%m` -> `m`. */
export function plainName(id: string): string {
  const local = id.lastIndexOf(':%');
  if (local >= 0) return id.slice(local + 2);
  const name = id.slice(id.indexOf(':') + 1);
  return name.replace(/@.*$/, '').replace(/\.\d+$/, '');
}

export function componentOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** Group rows by a key. */
export function groupBy<K extends string | number, T>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Keys made unique by numbering repeats, so a multiset compares as a set. */
export function numbered(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k} #${n}`;
  });
}
