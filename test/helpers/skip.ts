// Tests that need a tool this machine may lack (Chromium, Soufflé, LLVM tools, a C compiler):
// `testIf(reason)(title, fn)` is ava's `test` when reason is undefined, else `test.skip` with
// the reason in the title, so that ava reports the test as skipped, never as passed.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { packageRoot } from '../../src/paths.js';

export function testIf(missing: string | undefined): typeof test {
  if (missing === undefined) return test;
  const skip = (title: string, ...rest: unknown[]): void => (test.skip as (t: string, ...r: unknown[]) => void)(`${title} [skipped: ${missing}]`, ...rest);
  return skip as unknown as typeof test;
}

/** An executable on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name);
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Soufflé: $SOUFFLE, the one in ../shared/tools/souffle beside the package, or souffle on PATH. */
export function souffle(): string | undefined {
  const shared = path.join(packageRoot, '..', 'shared', 'tools', 'souffle', 'bin', 'souffle');
  for (const p of [process.env.SOUFFLE, shared]) if (p && fs.existsSync(p)) return p;
  return onPath('souffle');
}
