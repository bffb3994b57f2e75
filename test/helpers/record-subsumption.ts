// Records Soufflé's answers for the random subsumption programs into
// test/datalog/subsumption-random.json, which test/datalog-subsumption.test.ts checks the engine
// against (so the check holds where Soufflé is not installed). Programs on which Soufflé does
// not finish in 10 s (subsumption can delete and re-derive a tuple for ever) are left out.
//
//   npx tsc -p . && node dist/test/helpers/record-subsumption.js [count]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { findSouffle, runSouffle } from './souffle.js';
import { randomSubsumptionProgram } from './subsumption-programs.js';

export const FIXTURE = path.join(packageRoot, 'test', 'datalog', 'subsumption-random.json');

export interface Recorded {
  seed: number;
  /** sha256 of the program text (so a changed generator is noticed). */
  sha256: string;
  /** Per derived relation (without the program's prefix), Soufflé's rows sorted as text. */
  outputs: Record<string, string[]>;
}

export function programHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function main(): void {
  const souffle = findSouffle();
  if (!souffle) throw new Error('Soufflé is not installed in ../shared/tools/souffle');
  const count = Number(process.argv[2] ?? 300);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-subsumption-'));
  const recorded: Recorded[] = [];
  let skipped = 0;
  for (let seed = 1; recorded.length < count; seed++) {
    const prefix = 'p_';
    const prog = randomSubsumptionProgram(seed, prefix);
    const file = path.join(tmp, `p${seed}.dl`);
    fs.writeFileSync(file, prog.text);
    const out = runSouffle(souffle, file, path.join(tmp, `out${seed}`), 10_000);
    if (!out) {
      skipped++;
      continue;
    }
    const outputs: Record<string, string[]> = {};
    for (const name of prog.outputs) outputs[name.slice(prefix.length)] = out.get(name) ?? [];
    recorded.push({ seed, sha256: programHash(prog.text), outputs });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(FIXTURE, JSON.stringify({ generator: 'test/helpers/subsumption-programs.ts', souffle: '2.5', programs: recorded }) + '\n');
  console.log(`recorded ${recorded.length} programs (${skipped} left out: Soufflé did not finish) in ${path.relative(packageRoot, FIXTURE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
