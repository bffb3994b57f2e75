// The two tiers of a clause version (src/datalog/interp.ts, eval.ts): its plan interpreted until
// it has read `interpretRows` rows, then compiled, a call that runs out of rows run again by the
// compiled function. Whatever the budget, every relation and every rule's count of new tuples
// must be the same: compiled at once (0), a call stopped after its first row (1), a few rows
// (50), the default, interpreted to the end (Infinity).
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractSystem, loadSystem } from '../extract/index.js';
import { compileFile, compileText, Database, Program } from '../src/datalog/index.js';
import { interpretable } from '../src/datalog/interp.js';
import { planClause, UNKNOWN_SIZES } from '../src/datalog/plan.js';
import { packageRoot, rulesDir } from '../src/paths.js';

const BUDGETS = [0, 1, 50, undefined, Infinity];

interface Outcome { relations: Record<string, string>; tuplesByRule: number[] }

function evaluate(program: Program, load: (db: Database) => void, interpretRows: number | undefined): Outcome {
  const db = new Database(program);
  load(db);
  const r = db.run({ interpretRows });
  const relations: Record<string, string> = {};
  for (const info of db.relationInfos()) relations[info.name] = db.rows(info.name).map((row) => row.join('\t')).join('\n');
  return { relations, tuplesByRule: r.profile.map((p) => p.tuples) };
}

function sameAtEveryBudget(t: import('ava').ExecutionContext, program: Program, load: (db: Database) => void): Outcome {
  const base = evaluate(program, load, 0);
  for (const b of BUDGETS.slice(1)) {
    const got = evaluate(program, load, b);
    for (const [name, rows] of Object.entries(base.relations)) {
      if (got.relations[name] !== rows) t.fail(`interpretRows ${b}: relation ${name} differs from the compiled run`);
    }
    t.deepEqual(got.tuplesByRule, base.tuplesByRule, `interpretRows ${b}: new tuples per rule`);
  }
  return base;
}

test('the shipped rules on examples/minios: the same results and counts at every budget', (t) => {
  const facts = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-tiers-'));
  try {
    extractSystem(loadSystem(path.join(packageRoot, 'examples', 'minios', 'system.json')), facts);
    const program = compileFile(path.join(rulesDir, 'main.dl'), { includeDirs: [rulesDir, facts] });
    const base = sameAtEveryBudget(t, program, (db) => db.loadInputs(facts));
    // the run derives the analysis, not nothing
    t.true(base.relations.entry_class.split('\n').length > 10);
    t.true(base.tuplesByRule.filter((n) => n > 0).length > 200);
  } finally {
    fs.rmSync(facts, { recursive: true, force: true });
  }
});

// every kind of step the interpreter runs: scans with constants and repeated variables, lookups,
// membership tests in and out of a recursive stratum, negation, comparisons of each kind,
// match/contains, integer arithmetic, wildcards (a row is enough), an eqrel head
const FEATURES = `
.decl edge(x: number, y: number)
.decl label(x: number, s: symbol)
.decl weight(x: number, u: unsigned, f: float)
edge(1, 2). edge(2, 3). edge(3, 1). edge(3, 4). edge(4, 4). edge(5, 6). edge(6, 7). edge(7, 5). edge(8, 9).
label(1, "alpha"). label(2, "beta"). label(3, "gamma"). label(4, "alphabet"). label(9, "zeta").
weight(1, 4000000000, 1.5). weight(2, 3, -2.25). weight(3, 10, 0.0). weight(4, 4000000001, 3.0).
.decl path(x: number, y: number)
path(x, y) :- edge(x, y).
path(x, z) :- path(x, y), edge(y, z).
path(x, z) :- path(x, y), path(y, z), x != z.
.decl loop(x: number)
loop(x) :- path(x, x).
.decl selfedge(x: number)
selfedge(x) :- edge(x, x).
.decl from3(y: number)
from3(y) :- edge(3, y).
.decl haspath(x: number)
haspath(x) :- path(x, _).
.decl noloop(x: number)
noloop(x) :- edge(x, _), !loop(x).
.decl unlabelled(x: number, y: number)
unlabelled(x, y) :- path(x, y), !label(y, _), !edge(y, x).
.decl before(a: symbol, b: symbol)
before(a, b) :- label(_, a), label(_, b), a < b.
.decl bigger(x: number, y: number)
bigger(x, y) :- weight(x, u, _), weight(y, v, _), u > v.
.decl heavier(x: number, y: number)
heavier(x, y) :- weight(x, _, f), weight(y, _, g), f >= g, x != y.
.decl matched(x: number)
matched(x) :- label(x, s), match("alpha.*", s).
.decl holds(x: number)
holds(x) :- label(x, s), contains("et", s).
.decl nocontain(x: number)
nocontain(x) :- label(x, s), !contains("a", s).
.decl shifted(x: number, y: number)
shifted(x + 10, y * 2 - x) :- path(x, y), x < y.
.decl reach(x: number, y: number)
reach(x, y) :- edge(x, y).
reach(x, y) :- reach(x, z), reach(z, y), edge(y, _).
.decl known(x: number, y: number)
known(x, y) :- reach(x, y), path(x, y).
.decl same(x: number, y: number) eqrel
same(x, y) :- edge(x, y), x < 8.
.output path, loop, selfedge, from3, haspath, noloop, unlabelled, before, bigger, heavier, matched, holds, nocontain, shifted, reach, known, same
`;

test('every kind of step: the same results and counts at every budget', (t) => {
  const base = sameAtEveryBudget(t, compileText(FEATURES, 'features.dl'), () => {});
  t.is(base.relations.loop, ['1', '2', '3', '4', '5', '6', '7'].join('\n'));
  t.is(base.relations.matched, '1\n4');
  t.is(base.relations.bigger.split('\n').length, 6);
  t.is(base.relations.shifted.split('\n')[0], '11\t3');
});

test('what the interpreter leaves to the compiler', (t) => {
  const program = compileText(`
    .decl e(x: number, y: number)
    .decl f(x: float)
    .decl n(x: number)
    .decl s(x: number, d: number)
    .decl plain(x: number)
    plain(x) :- e(x, y), !n(y), x < y.
    .decl counted(x: number, c: number)
    counted(x, c) :- n(x), c = count : { e(x, _) }.
    .decl halved(x: number)
    halved(x / 2) :- n(x).
    .decl floats(x: float)
    floats(x + 1.0) :- f(x).
    s(x, d) <= s(x, d2) :- d2 < d.
    .output plain, counted, halved, floats, s
  `, 'leaves.dl');
  const plans = program.strata.flatMap((s) => s.clauses).map((c) => ({ text: c.text, ok: interpretable(planClause(c, -1, UNKNOWN_SIZES), false) }));
  const ok = (prefix: string) => plans.find((p) => p.text.startsWith(prefix))!.ok;
  t.true(ok('plain'));
  t.false(ok('counted'), 'an aggregate');
  t.false(ok('halved'), 'a division (its error names the rule: compiled)');
  t.false(ok('floats'), 'float arithmetic');
  t.false(ok('s(x, d) <='), 'a subsumptive rule');
});
