// The same rules in Soufflé 2.5: the shipped analysis (rules/main.dl) on the facts of every
// flavour of examples/minios gives, relation for relation, the outputs our engine gives; and
// every test program of test/datalog gives its hand-derived answers there too. Soufflé is the
// reference for the dialect, and users are promised that the rules and facts run in it as they
// are. It lies at ../shared/tools/souffle (bench/souffle.ts); without it these tests fail.
import test, { ExecutionContext } from 'ava';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractSystem, loadSystem } from '../extract/index.js';
import { compileFile, Database } from '../src/datalog/index.js';
import { packageRoot, rulesDir } from '../src/paths.js';
import { SOUFFLE, runSouffle, souffleInstalled } from '../bench/souffle.js';

const minios = path.join(packageRoot, 'examples', 'minios');
const SYSTEM_FILES = ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json'];
const programsDir = path.join(packageRoot, 'test', 'datalog');

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Fails the test (never skips it) when Soufflé is not where the project keeps it. */
function requireSouffle(t: ExecutionContext): boolean {
  if (souffleInstalled()) return true;
  t.fail(`Soufflé 2.5 is missing at ${SOUFFLE} (see ../shared/tools/souffle/README.md)`);
  return false;
}

/** The lines of a result file, sorted: Soufflé writes symbols in interning order. */
function sortedLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return (text === '' ? [] : text.replace(/\n$/, '').split('\n')).sort();
}

function csvFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
}

/** Every result file of `expected` equals the one in `actual` up to order; the same files in both. */
function sameResults(t: ExecutionContext, expected: string, actual: string, what: string): void {
  const files = csvFiles(expected);
  t.deepEqual(csvFiles(actual), files, `${what}: the output relations`);
  for (const f of files) t.deepEqual(sortedLines(path.join(actual, f)), sortedLines(path.join(expected, f)), `${what}: ${f}`);
}

test('Soufflé 2.5 is at ../shared/tools/souffle', async (t) => {
  if (!requireSouffle(t)) return;
  const { stdout } = await promisify(execFile)(SOUFFLE, ['--version'], { encoding: 'utf8' });
  t.regex(stdout, /Version: 2\.5/);
});

for (const file of SYSTEM_FILES) {
  test(`rules/main.dl on examples/minios/${file}: every output relation of Soufflé equals fuselog's`, async (t) => {
    if (!requireSouffle(t)) return;
    const facts = tmp('fuselog-souffle-facts-');
    const ours = tmp('fuselog-souffle-ours-');
    const theirs = tmp('fuselog-souffle-theirs-');
    try {
      extractSystem(loadSystem(path.join(minios, file)), facts);
      const program = compileFile(path.join(rulesDir, 'main.dl'));
      const db = new Database(program);
      db.loadInputs(facts);
      db.run();
      const written = db.writeOutputs(ours);
      t.true(written.length >= 20, `fuselog wrote ${written.length} output relations`);
      const run = await runSouffle(path.join(rulesDir, 'main.dl'), facts, theirs, 120);
      t.is(run.status, 0, `souffle failed (${run.timedOut ? 'timed out' : `exit ${run.status}`}): ${run.stderr}`);
      if (run.status !== 0) return;
      sameResults(t, ours, theirs, file);
      // the comparison is on real results, not on empty files
      t.true(sortedLines(path.join(theirs, 'dispatch.csv')).length > 10);
      t.true(sortedLines(path.join(theirs, 'request.csv')).length > 10);
    } finally {
      for (const d of [facts, ours, theirs]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
}

// The differential check of the engine's own test programs: Soufflé gives the answers that
// test/datalog.test.ts requires of our engine (test/datalog/<name>.expected).
for (const prog of fs.readdirSync(programsDir).filter((f) => f.endsWith('.dl')).sort()) {
  const name = prog.replace(/\.dl$/, '');
  test(`test/datalog/${prog} gives its expected outputs in Soufflé`, async (t) => {
    if (!requireSouffle(t)) return;
    const factDir = fs.existsSync(path.join(programsDir, name)) ? path.join(programsDir, name) : programsDir;
    const out = tmp(`fuselog-souffle-${name}-`);
    try {
      const run = await runSouffle(path.join(programsDir, prog), factDir, out, 60);
      t.is(run.status, 0, `souffle failed: ${run.stderr}`);
      if (run.status !== 0) return;
      sameResults(t, path.join(programsDir, `${name}.expected`), out, prog);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}
