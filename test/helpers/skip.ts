// Tests that need a tool this machine may lack (Chromium, LLVM tools, a C compiler):
// `testIf(reason)(title, fn)` is ava's `test` when reason is undefined, else `test.skip` with
// the reason in the title, so that ava reports the test as skipped, never as passed.
import test from 'ava';

export function testIf(missing: string | undefined): typeof test {
  if (missing === undefined) return test;
  const skip = (title: string, ...rest: unknown[]): void => (test.skip as (t: string, ...r: unknown[]) => void)(`${title} [skipped: ${missing}]`, ...rest);
  return skip as unknown as typeof test;
}
