// The command line's V8 settings for extraction (src/v8tuning.ts): never over a flag the user
// gave node, and the facts are the same with and without them.
import test from 'ava';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { EXTRACTION_TUNING, userSetFlag, withExtractionTuning } from '../src/v8tuning.js';
import { MemorySink, componentFacts, loadSystem } from '../extract/index.js';

test('a V8 flag the user gave node, on its command line or in NODE_OPTIONS, is seen as theirs', (t) => {
  const flag = 'semi-space-growth-factor';
  t.true(userSetFlag(flag, ['--semi-space-growth-factor=3'], ''));
  t.true(userSetFlag(flag, ['--semi_space_growth_factor=3'], ''));
  t.true(userSetFlag(flag, ['--semi-space-growth-factor', '3'], ''));
  t.true(userSetFlag(flag, [], '--max-old-space-size=4096  --semi-space-growth-factor=4'));
  t.false(userSetFlag(flag, ['--semi-space-growth-factor-x=3', '--max-semi-space-size=8'], '--inspect'));
  t.false(userSetFlag(flag, [], ''));
  // every tuned flag is a real V8 flag name with its default kept for the restore
  for (const f of EXTRACTION_TUNING) t.true(f.standard > 0 && /^[a-z-]+$/.test(f.flag), f.flag);
});

test('withExtractionTuning returns the value, passes errors on, and nests', (t) => {
  t.is(withExtractionTuning(() => withExtractionTuning(() => 42)), 42);
  t.throws(() => withExtractionTuning(() => { throw new Error('boom'); }), { message: 'boom' });
  t.is(withExtractionTuning(() => 'again'), 'again');
});

test('the facts of a component are the same with the tuning as without', (t) => {
  const sys = loadSystem(path.join(packageRoot, 'examples', 'minios', 'system.json'));
  const facts = (): string => {
    const sink = new MemorySink();
    componentFacts(sys, 'pm', sink);
    return JSON.stringify([...sink.tables].sort(([a], [b]) => a.localeCompare(b)));
  };
  const plain = facts();
  t.true(plain.length > 10_000);
  t.is(withExtractionTuning(facts), plain);
});
