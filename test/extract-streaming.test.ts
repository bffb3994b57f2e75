// The streamed path (bodies written block by block) and the --keep-going path (a function is
// held whole so a broken one can be dropped) must give the same facts on well-formed IR.
import test from 'ava';
import path from 'node:path';
import { componentFacts, loadSystem, MemorySink } from '../extract/index.js';
import { packageRoot } from '../src/paths.js';

const example = path.join(packageRoot, 'examples', 'minios');

for (const flavour of ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json']) {
  test(`${flavour}: keep-going and streamed extraction give identical facts`, (t) => {
    const sys = loadSystem(path.join(example, flavour));
    for (const c of ['pm', 'vfs', 'user']) {
      const streamed = new MemorySink();
      const whole = new MemorySink();
      componentFacts(sys, c, streamed);
      componentFacts(sys, c, whole, { keepGoing: true });
      const rels = [...new Set([...streamed.tables.keys(), ...whole.tables.keys()])].sort();
      t.true(rels.length > 20, `${c}: relations written`);
      for (const r of rels) t.deepEqual(whole.tables.get(r) ?? [], streamed.tables.get(r) ?? [], `${c}: ${r}`);
    }
  });
}
