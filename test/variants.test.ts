// The pointer-analysis variant users can swap in (rules/variants/andersen, README "The pointer
// analysis, and its variant") runs on the bundled example through `fuselog analyze --rules`, and
// agrees with the default analysis: the same results, its call graph a superset (inclusion-based
// but field-insensitive in memory, it resolves one indirect call of vfs's worker loosely).
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { fuselog, tmpDir } from './cli-support.js';

const system = path.join(packageRoot, 'examples', 'minios', 'system.json');
const variant = path.join(packageRoot, 'rules', 'variants', 'andersen');

function analyze(tag: string, extra: string[]): string {
  const out = tmpDir(tag);
  const r = fuselog(['analyze', system, '-o', out, '-q', ...extra], { timeoutSeconds: 300 });
  if (r.code !== 0) throw new Error(`fuselog analyze ${extra.join(' ')} exited ${r.code}: ${r.stderr}`);
  return out;
}

const lines = (file: string): string[] => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);

test('the Andersen variant gives the default results on minios, with a call graph that contains the default one', (t) => {
  const base = analyze('variant-default', []);
  const andersen = analyze('variant-andersen', ['--rules', variant]);
  const csvs = fs.readdirSync(base).filter((f) => f.endsWith('.csv'));
  t.true(csvs.length >= 40, `${csvs.length} result relations`);
  t.deepEqual(fs.readdirSync(andersen).filter((f) => f.endsWith('.csv')).sort(), [...csvs].sort());
  for (const f of csvs) {
    if (f === 'call_edge.csv') continue;
    t.deepEqual(lines(path.join(andersen, f)), lines(path.join(base, f)), f);
  }
  const wider = new Set(lines(path.join(andersen, 'call_edge.csv')));
  const missing = lines(path.join(base, 'call_edge.csv')).filter((e) => !wider.has(e));
  t.deepEqual(missing, [], 'every call edge of the default analysis');
  t.true(lines(path.join(base, 'request_handler.csv')).length > 10);
});
