// Records Soufflé's answers for the random programs of a kind (subsumption, eqrel) into
// test/datalog/<kind>-random.json, which test/datalog-<kind>.test.ts checks the engine against
// (so the check holds where Soufflé is not installed). Programs on which Soufflé does not
// finish in 10 s (subsumption can delete and re-derive a tuple for ever) are left out.
//
//   npx tsc -p . && node dist/test/helpers/record-random.js subsumption|eqrel [count]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { randomEqrelProgram } from './eqrel-programs.js';
import { findSouffle, runSouffle } from './souffle.js';
import { randomSubsumptionProgram, type RandomProgram } from './subsumption-programs.js';

export const GENERATORS: Record<string, (seed: number, prefix: string) => RandomProgram> = {
  subsumption: randomSubsumptionProgram,
  eqrel: randomEqrelProgram,
};

export function fixtureFile(kind: string): string {
  return path.join(packageRoot, 'test', 'datalog', `${kind}-random.json`);
}

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

export function readFixture(kind: string): Recorded[] {
  return (JSON.parse(fs.readFileSync(fixtureFile(kind), 'utf8')) as { programs: Recorded[] }).programs;
}

function main(): void {
  const souffle = findSouffle();
  if (!souffle) throw new Error('Soufflé is not installed in ../shared/tools/souffle');
  const kind = process.argv[2] ?? '';
  const generate = GENERATORS[kind];
  if (!generate) throw new Error(`usage: record-random.js ${Object.keys(GENERATORS).join('|')} [count]`);
  const count = Number(process.argv[3] ?? 300);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `fuselog-${kind}-`));
  const recorded: Recorded[] = [];
  let skipped = 0;
  for (let seed = 1; recorded.length < count; seed++) {
    const prefix = 'p_';
    const prog = generate(seed, prefix);
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
  fs.writeFileSync(fixtureFile(kind), JSON.stringify({ generator: `test/helpers/${kind}-programs.ts`, souffle: '2.5', programs: recorded }) + '\n');
  console.log(`recorded ${recorded.length} programs (${skipped} left out: Soufflé did not finish) in ${path.relative(packageRoot, fixtureFile(kind))}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
