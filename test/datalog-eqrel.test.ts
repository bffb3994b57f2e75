// Equivalence relations (`eqrel`) must mean what they mean in Soufflé 2.5: the relation closed
// under reflexivity, symmetry and transitivity (src/datalog/eqrel.ts). Compared with Soufflé on
// 300 random programs (test/helpers/eqrel-programs.ts; answers recorded in
// test/datalog/eqrel-random.json, Soufflé itself run too where it is installed).
import test from 'ava';
import { compileText, Database, DatalogError } from '../src/datalog/index.js';
import { registerDifferential } from './helpers/differential.js';

registerDifferential(test, 'eqrel', 1000);

test('an eqrel holds the closure of its pairs, from facts, rules and files alike', (t) => {
  const db = new Database(compileText(`
    .decl same(x: symbol, y: symbol) eqrel
    .decl link(x: symbol, y: symbol)
    same("a", "b").
    same(x, y) :- link(x, y).
    .decl other(x: symbol)
    other(y) :- same("a", y), y != "a".
  `, 'eq.dl'));
  db.addFacts('link', [['b', 'c'], ['d', 'e']]);
  db.run();
  t.is(db.size('same'), 3 * 3 + 2 * 2);
  t.deepEqual(db.rows('other'), [['b'], ['c']]);
});

test("eqrel errors are Soufflé's", (t) => {
  t.throws(() => compileText('.decl eq(x: number, y: number, z: number) eqrel\n', 'e.dl'), { instanceOf: DatalogError, message: /equivalence relation eq is not binary/ });
  t.throws(() => compileText('.decl eq(x: number, y: symbol) eqrel\n', 'e.dl'), { instanceOf: DatalogError, message: /domains of equivalence relation eq are different/ });
  t.throws(() => compileText('.decl eq(x: number, y: number) eqrel\neq(1, 2).\neq(x, a) <= eq(x, b) :- b < a.\n', 'e.dl'), { instanceOf: DatalogError, message: /subsumptive rules but is an equivalence relation/ });
});
