// Soufflé 2.5, the reference for the Datalog dialect: where it lives (../shared/tools/souffle
// beside the repository, on developers' machines and on CI) and how tests run it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';

/** The souffle binary, or null when it is not installed beside the repository. */
export function findSouffle(): string | null {
  const bin = path.join(packageRoot, '..', 'shared', 'tools', 'souffle', 'bin', 'souffle');
  return fs.existsSync(bin) ? bin : null;
}

/**
 * Run `souffle -j1 -w [extraArgs] -D outDir program` (its interpreter, warnings off). Returns the output
 * relations' rows as sorted lines per relation name, or null if it did not finish in time.
 */
export function runSouffle(bin: string, program: string, outDir: string, timeoutMs = 60_000, extraArgs: string[] = []): Map<string, string[]> | null {
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(bin, ['-j1', '-w', ...extraArgs, '-D', outDir, program], { encoding: 'utf8', timeout: timeoutMs });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return null;
  if (r.status !== 0) throw new Error(`souffle failed on ${program}: ${r.stderr}`);
  const out = new Map<string, string[]>();
  for (const f of fs.readdirSync(outDir)) {
    if (!f.endsWith('.csv')) continue;
    const text = fs.readFileSync(path.join(outDir, f), 'utf8');
    out.set(f.slice(0, -4), text.split('\n').filter((l) => l !== '').sort());
  }
  return out;
}
