// Every program test/datalog/<name>.dl runs on the facts in test/datalog/<name>/ and must
// write exactly the files of test/datalog/<name>.expected/ (hand-derived answers), byte for byte.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileFile, Database } from '../src/datalog/index.js';
import { packageRoot } from '../src/paths.js';

const dir = path.join(packageRoot, 'test', 'datalog');
const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.dl')).sort();

test('the suite has its programs', (t) => {
  for (const name of ['tc', 'same_generation', 'negation', 'aggregates', 'mutual', 'strings', 'arith', 'types', 'preprocess', 'disjunction']) {
    t.true(programs.includes(`${name}.dl`), name);
  }
});

// each clause version interpreted first (the default), compiled at once (0), or stopped after
// its first row and run again compiled (1): see src/datalog/interp.ts
for (const file of programs) for (const interpretRows of [undefined, 0, 1]) {
  const name = file.replace(/\.dl$/, '');
  const how = interpretRows === undefined ? '' : ` (interpretRows ${interpretRows})`;
  test(`program ${name} gives the expected outputs${how}`, (t) => {
    const expectedDir = path.join(dir, `${name}.expected`);
    t.true(fs.existsSync(expectedDir), `${name}.expected/ exists`);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `fuselog-dl-${name}-`));
    try {
      const db = new Database(compileFile(path.join(dir, file)));
      const factDir = path.join(dir, name);
      db.loadInputs(fs.existsSync(factDir) ? factDir : dir);
      db.run({ interpretRows });
      const written = db.writeOutputs(out).map((f) => path.relative(out, f)).sort();
      const expected = fs.readdirSync(expectedDir).sort();
      t.deepEqual(written, expected, 'the set of output files');
      for (const e of expected) {
        const want = fs.readFileSync(path.join(expectedDir, e), 'utf8');
        const got = fs.readFileSync(path.join(out, e), 'utf8');
        t.is(got, want, `${name}: ${e}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}
