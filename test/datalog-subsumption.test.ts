// Subsumption (`r(a) <= r(b) :- body.`) must mean what Soufflé 2.5 makes of it: the engine
// follows Soufflé's evaluation step by step (docs/datalog.md), and these tests compare the two
// on 300 random programs (test/helpers/subsumption-programs.ts). Soufflé's answers are recorded
// in test/datalog/subsumption-random.json, so the comparison holds without Soufflé; where
// Soufflé is installed (../shared/tools/souffle) it is also run, on the same programs and on
// the hand-written ones of test/datalog/subsumption_*.dl.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileFile, compileText, Database, DatalogError } from '../src/datalog/index.js';
import { packageRoot } from '../src/paths.js';
import { ourRows, registerDifferential } from './helpers/differential.js';
import { findSouffle, runSouffle } from './helpers/souffle.js';

registerDifferential(test, 'subsumption', 1000);

const souffle = findSouffle();

const handWritten = fs.readdirSync(path.join(packageRoot, 'test', 'datalog')).filter((f) => /^subsumption.*\.dl$/.test(f)).sort();

test('the hand-written subsumption programs are there', (t) => {
  t.true(handWritten.length >= 4, handWritten.join(' '));
});

for (const file of handWritten) {
  (souffle ? test : test.skip)(`Soufflé agrees on ${file}`, (t) => {
    const prog = path.join(packageRoot, 'test', 'datalog', file);
    const facts = prog.replace(/\.dl$/, '');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-subsumption-'));
    try {
      const out = runSouffle(souffle!, prog, path.join(dir, 'out'), 60_000, fs.existsSync(facts) ? ['-F', facts] : [])!;
      const db = new Database(compileFile(prog));
      if (fs.existsSync(facts)) db.loadInputs(facts);
      db.run();
      t.true(out.size > 0);
      for (const [rel, rows] of out) t.deepEqual(ourRows(db, rel), rows, rel);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('subsumption errors name what Soufflé would do', (t) => {
  const err = (text: string) => t.throws(() => compileText(text, 'e.dl'), { instanceOf: DatalogError });
  let e = err('.decl a(x: number)\n.decl b(x: number)\na(1). b(2).\na(x) <= b(y) :- x < y.\n');
  t.regex(e!.message, /same relation/);
  e = err('.decl r(x: number, l: number)\nr(1, 2).\nr(x, a) <= r(y, b) :- a > 2.\n');
  t.regex(e!.message, /variables y, b .*not connected/);
  e = err('.decl r(x: number, l: number)\n.decl s(x: number)\nr(1, 2). s(1).\nr(x, a) <= r(x, b) :- b < a, n = count : { s(_) }, n > a.\n');
  t.regex(e!.message, /aggregates in the body of a subsumptive rule/);
  e = err('.decl r(x: number, l: number)\n.decl w(l: number)\nr(1, 2).\nw(l) :- r(_, l).\nr(x, a) <= r(x, b) :- !w(a), b < a.\n');
  t.regex(e!.message, /unable to stratify/);
  e = err('.decl r(x: number)\nr(1).\nr(a) <= r(b).\n');
  t.regex(e!.message, /syntax error/);
});
