// The differential tests of a kind of random program (subsumption, eqrel) against Soufflé:
// the engine must give Soufflé's recorded answers on every recorded program; where Soufflé is
// installed, it is also run on the first 40 programs and must still give those answers.
import type { TestFn } from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileText, Database } from '../../src/datalog/index.js';
import { GENERATORS, programHash, readFixture, type Recorded } from './record-random.js';
import { findSouffle, runSouffle } from './souffle.js';

/** Recorded programs as one file: program i's relations are named p<i>_... */
function combined(kind: string, programs: Recorded[]): { text: string; outputs: Array<{ seed: number; rel: string; name: string }> } {
  let text = '';
  const outputs: Array<{ seed: number; rel: string; name: string }> = [];
  for (const r of programs) {
    const prefix = `p${r.seed}_`;
    const p = GENERATORS[kind](r.seed, prefix);
    text += p.text;
    for (const name of p.outputs) outputs.push({ seed: r.seed, rel: name.slice(prefix.length), name });
  }
  return { text, outputs };
}

/** Rows as Soufflé writes them (tab-separated numbers), sorted as text. */
export function ourRows(db: Database, rel: string): string[] {
  return db.rows(rel).map((row) => row.join('\t')).sort();
}

export function registerDifferential(test: TestFn, kind: string, minTuples: number): void {
  const recorded = readFixture(kind);
  const generate = GENERATORS[kind];

  test(`the recorded ${kind} programs are the ones the generator makes`, (t) => {
    t.true(recorded.length >= 300);
    for (const r of recorded) {
      t.is(programHash(generate(r.seed, 'p_').text), r.sha256, `seed ${r.seed}: the generator changed; run node dist/test/helpers/record-random.js ${kind}`);
    }
  });

  test(`${recorded.length} random programs with ${kind} give Soufflé's recorded answers`, (t) => {
    const { text, outputs } = combined(kind, recorded);
    const db = new Database(compileText(text, `${kind}-random.dl`));
    db.run();
    const bySeed = new Map(recorded.map((r) => [r.seed, r]));
    let tuples = 0;
    for (const o of outputs) {
      const want = bySeed.get(o.seed)!.outputs[o.rel];
      const got = ourRows(db, o.name);
      if (got.join('|') !== want.join('|')) {
        t.fail(`seed ${o.seed}, relation ${o.rel}:\n${generate(o.seed, 'p_').text}\nSoufflé: ${want.join(' | ')}\nengine:  ${got.join(' | ')}`);
        return;
      }
      tuples += want.length;
    }
    t.true(tuples > minTuples, `the programs derive something (${tuples} tuples)`);
  });

  const souffle = findSouffle();
  if (!souffle) console.log(`Soufflé is not installed in ../shared/tools/souffle: the live ${kind} comparison is skipped (the recorded answers are still checked)`);
  // Soufflé takes about 50 ms of CPU per program here: the first 40 keep this test short.
  (souffle ? test : test.skip)(`Soufflé itself still gives the recorded ${kind} answers (first 40 programs)`, (t) => {
    const { text, outputs } = combined(kind, recorded.slice(0, 40));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fuselog-${kind}-`));
    try {
      fs.writeFileSync(path.join(dir, 'all.dl'), text);
      const out = runSouffle(souffle!, path.join(dir, 'all.dl'), path.join(dir, 'out'), 150_000);
      t.truthy(out, 'souffle finished');
      const bySeed = new Map(recorded.map((r) => [r.seed, r]));
      for (const o of outputs) t.deepEqual(out!.get(o.name) ?? [], bySeed.get(o.seed)!.outputs[o.rel], `seed ${o.seed} ${o.rel}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
