// The engine's public API: facts in, evaluation, reading relations, ad-hoc queries,
// profiles, plans, outputs and the `fuselog eval` command.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evalCommand } from '../src/commands/eval.js';
import { compileFile, compileText, Database, DatalogError } from '../src/datalog/index.js';
import { SymbolTable } from '../src/datalog/runtime.js';
import { Relation } from '../src/datalog/relation.js';

const GRAPH = `
.decl edge(x: symbol, y: symbol)
.input edge
.decl reach(x: symbol, y: symbol)
.output reach
reach(x, y) :- edge(x, y).
reach(x, z) :- reach(x, y), edge(y, z).
.decl component(f: symbol, c: symbol)
.input component
.decl weight(x: symbol, w: number)
.printsize weight
weight(x, strlen(x)) :- edge(x, _).
`;

function graphDb(): Database {
  const db = new Database(compileText(GRAPH, 'g.dl'));
  db.addFacts('edge', [['pm:do_fork', 'vm:fork'], ['vm:fork', 'vm:alloc'], ['vm:alloc', 'ds:put'], ['pm:exit', 'vm:exit']]);
  db.addFacts('component', [['vm:fork', 'vm'], ['vm:alloc', 'vm'], ['ds:put', 'ds'], ['vm:exit', 'vm']]);
  return db;
}

test('relations() describes declarations', (t) => {
  const p = compileText(GRAPH, 'g.dl');
  const edge = p.relations().find((r) => r.name === 'edge')!;
  t.deepEqual(edge, {
    name: 'edge',
    columns: [{ name: 'x', type: 'symbol', kind: 'symbol' }, { name: 'y', type: 'symbol', kind: 'symbol' }],
    input: true, output: false, printsize: false, file: 'g.dl', line: 2,
  });
  const w = p.relations().find((r) => r.name === 'weight')!;
  t.true(w.printsize);
  t.is(w.columns[1].kind, 'number');
});

test('run, size and sorted rows', (t) => {
  const db = graphDb();
  const res = db.run();
  t.true(res.seconds >= 0);
  t.is(db.size('reach'), 7);
  t.deepEqual(db.rows('reach').slice(0, 3), [
    ['pm:do_fork', 'ds:put'], ['pm:do_fork', 'vm:alloc'], ['pm:do_fork', 'vm:fork'],
  ]);
  t.deepEqual(db.rows('weight'), [['pm:do_fork', 10], ['pm:exit', 7], ['vm:alloc', 8], ['vm:fork', 7]]);
});

test('storedRows: the stored values of every kind, the rows of rows() in another order', (t) => {
  const db = new Database(compileText(`
.decl k(s: symbol, n: number, u: unsigned, f: float)
k("b", -3, 4000000000, 1.5). k("a", 7, 1, -0.25). k("b", -3, 4000000000, 2.5).
`, 'k.dl'));
  const c = db.storedRows('k');
  t.is(c.count, 3);
  t.is(c.data.length, 12);
  const f32 = new Float32Array(1);
  const i32 = new Int32Array(f32.buffer);
  const float = (bits: number): number => { i32[0] = bits; return f32[0]!; };
  const rows = Array.from({ length: c.count }, (_, i) => [c.symbols[c.data[4 * i]!], c.data[4 * i + 1], c.data[4 * i + 2]! >>> 0, float(c.data[4 * i + 3]!)]);
  const text = (r: Array<string | number | undefined>) => JSON.stringify(r);
  t.deepEqual(rows.map(text).sort(), db.rows('k').map(text).sort());
  t.deepEqual(db.rows('k'), [['a', 7, 1, -0.25], ['b', -3, 4000000000, 1.5], ['b', -3, 4000000000, 2.5]]);
  t.throws(() => db.storedRows('nope'), { instanceOf: DatalogError });
});

test('query: named variables in order of first appearance', (t) => {
  const db = graphDb();
  db.run();
  const q = db.query('reach("pm:do_fork", F), component(F, "vm")');
  t.deepEqual(q.columns, ['F']);
  t.deepEqual(q.rows, [['vm:alloc'], ['vm:fork']]);
  const q2 = db.query('reach(A, B), component(B, C), C != "vm", !edge(A, B)');
  t.deepEqual(q2.columns, ['A', 'B', 'C']);
  t.deepEqual(q2.rows, [['pm:do_fork', 'ds:put', 'ds'], ['vm:fork', 'ds:put', 'ds']]);
  const q3 = db.query('weight(x, w), w > 7, n = w * 2');
  t.deepEqual(q3, { columns: ['x', 'w', 'n'], rows: [['pm:do_fork', 10, 20], ['vm:alloc', 8, 16]] });
  t.deepEqual(db.query('edge("pm:exit", _)'), { columns: [], rows: [[]] });
  t.deepEqual(db.query('edge("nobody", _)'), { columns: [], rows: [] });
});

test('query runs the database first if needed', (t) => {
  const db = graphDb();
  t.is(db.query('reach("pm:exit", y)').rows.length, 1);
});

test('query errors: unknown relation with a suggestion, arity, ungrounded, syntax', (t) => {
  const db = graphDb();
  db.run();
  const e1 = t.throws(() => db.query('reach(x, y), compnent(y, "vm")'), { instanceOf: DatalogError })!;
  t.is(e1.format(), "<query>:1:14: error: undefined relation compnent (did you mean 'component'?)");
  const e2 = t.throws(() => db.query('reach(x)'), { instanceOf: DatalogError })!;
  t.regex(e2.format(), /^<query>:1:1: error: mismatching arity of relation reach/);
  const e3 = t.throws(() => db.query('reach(x, y), z > 1'), { instanceOf: DatalogError })!;
  t.regex(e3.format(), /^<query>:1:14: error: ungrounded variable z/);
  const e4 = t.throws(() => db.query('reach(x, y'), { instanceOf: DatalogError })!;
  t.regex(e4.format(), /^<query>:1:11: error: syntax error/);
});

test('addFacts checks arity and kinds', (t) => {
  const db = new Database(compileText(GRAPH, 'g.dl'));
  t.throws(() => db.addFacts('edge', [['a']]), { instanceOf: DatalogError, message: /row 0 has 1 values/ });
  t.throws(() => db.addFacts('weight', [['a', 'x']]), { instanceOf: DatalogError, message: /"x" is not a number/ });
  t.throws(() => db.addFacts('weight', [['a', 1.5]]), { instanceOf: DatalogError, message: /1\.5 is not a number/ });
  t.throws(() => db.addFacts('edgy', []), { instanceOf: DatalogError, message: /did you mean 'edge'/ });
  db.run();
  t.throws(() => db.addFacts('edge', [['a', 'b']]), { instanceOf: DatalogError, message: /already evaluated/ });
});

test('profile: per-rule time and tuples', (t) => {
  const db = graphDb();
  const res = db.run({ profile: true });
  const rec = res.profile.find((p) => p.rule === 'reach(x, z) :- reach(x, y), edge(y, z).')!;
  t.truthy(rec);
  t.is(rec.file, 'g.dl');
  t.is(rec.line, 7);
  t.is(rec.tuples, 3); // reach has 7 tuples, 4 come from the base rule
  t.true(rec.seconds >= 0);
  t.is(res.profile.reduce((s, p) => s + p.tuples, 0), 7 + 4);
});

test('explain: join order and index per atom, per delta version', (t) => {
  const p = compileText(GRAPH, 'g.dl');
  const plan = p.explain();
  t.regex(plan, /stratum \d+ \(recursive\): reach/);
  t.regex(plan, /reach\(x, y\)  \[delta scan\]\n\s+edge\(y, z\)  \[index on \(x\)\]/);
  const db = graphDb();
  db.run();
  t.regex(db.explain(), /reach \[7\]/);
  t.regex(db.explain(), /recursive, \d+ iterations/);
});

test('outputs: Soufflé file naming and format, stdout with -', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-out-'));
  try {
    const db = graphDb();
    db.run();
    const files = db.writeOutputs(dir);
    t.deepEqual(files, [path.join(dir, 'reach.csv')]);
    const text = fs.readFileSync(files[0], 'utf8');
    t.is(text.split('\n')[0], 'pm:do_fork\tds:put');
    t.is(text.split('\n').length, 8);
    const chunks: string[] = [];
    t.deepEqual(db.writeOutputs('-', (s) => chunks.push(s)), []);
    t.throws(() => db.writeOutputs('-'), { instanceOf: DatalogError, message: /written to stdout/ });
    t.regex(chunks.join(''), /^---------------\nreach\n===============\npm:do_fork\tds:put\n[\s\S]*\n===============\n$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('compileFile: missing program, include dirs, defines', (t) => {
  t.throws(() => compileFile('/nonexistent/x.dl'), { instanceOf: DatalogError, message: /cannot open program file/ });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-inc-'));
  try {
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.writeFileSync(path.join(dir, 'lib', 'decls.dl'), '.decl n(x: number)\n');
    fs.writeFileSync(path.join(dir, 'main.dl'), '#include "decls.dl"\n#ifdef BIG\nn(100).\n#else\nn(1).\n#endif\nn(VALUE).\n');
    const p = compileFile(path.join(dir, 'main.dl'), { includeDirs: [path.join(dir, 'lib')], defines: { BIG: '1', VALUE: '7' } });
    const db = new Database(p);
    db.run();
    t.deepEqual(db.rows('n'), [[7], [100]]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('evalCommand: -F facts, -D outputs, printsize on stdout, exit 0', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-evalcmd-'));
  try {
    fs.writeFileSync(path.join(dir, 'g.dl'), GRAPH);
    fs.mkdirSync(path.join(dir, 'facts'));
    fs.writeFileSync(path.join(dir, 'facts', 'edge.facts'), 'a\tb\nb\tc\n');
    fs.writeFileSync(path.join(dir, 'facts', 'component.facts'), '');
    const out: string[] = [];
    const err: string[] = [];
    const code = await evalCommand({ program: path.join(dir, 'g.dl'), factDir: path.join(dir, 'facts'), outputDir: path.join(dir, 'out') }, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
    t.is(code, 0);
    t.is(out.join(''), 'weight\t2\n');
    t.is(fs.readFileSync(path.join(dir, 'out', 'reach.csv'), 'utf8'), 'a\tb\na\tc\nb\tc\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('nullary relations and facts with computed constants', (t) => {
  const db = new Database(compileText(`
    .decl flag()
    .decl has_flag(x: number)
    .decl n(x: number)
    n(1 + 2). n(strlen("abcd")).
    flag() :- n(3).
    has_flag(x) :- n(x), flag().
  `, 'n.dl'));
  db.run();
  t.is(db.size('flag'), 1);
  t.deepEqual(db.rows('flag'), [[]]);
  t.deepEqual(db.rows('has_flag'), [[3], [4]]);
});

test('a delta version may start from a small fixed relation and reach the delta by index', (t) => {
  // r grows along a 300-node chain; gate holds 3 nodes. After the first iterations the delta
  // of r is larger than gate, so the version starting from gate is the one that runs.
  const db = new Database(compileText(`
    .decl edge(x: number, y: number)
    .decl gate(x: number)
    .decl r(x: number, y: number)
    .decl through(x: number, y: number)
    r(x, y) :- edge(x, y).
    r(x, z) :- r(x, y), edge(y, z).
    through(x, z) :- through(x, y), r(y, z), gate(y).
    through(x, y) :- edge(x, y), gate(y).
  `, 'alt.dl'));
  const edges: number[][] = [];
  for (let i = 0; i < 300; i++) edges.push([i, i + 1]);
  db.addFacts('edge', edges);
  db.addFacts('gate', [[10], [150], [290]]);
  db.run();
  t.regex(db.explain(), /starting from gate when it is smaller than the delta/);
  // naive answer: through(x, z) iff x -> g is an edge with g a gate, then a path from g to z,
  // possibly continuing through further gates (which adds nothing new on a chain)
  const want: string[] = [];
  for (const g of [10, 150, 290]) for (let z = g + 1; z <= 300; z++) want.push(`${g - 1},${z}`);
  for (const g of [10, 150, 290]) want.push(`${g - 1},${g}`);
  const got = db.rows('through').map((r) => r.join(','));
  t.deepEqual(got.sort(), want.sort());
});

test('symbol table: ids stable through growth, a field looked up in place is the same symbol', (t) => {
  const st = new SymbolTable();
  const words = Array.from({ length: 50_000 }, (_, i) => `pm:f${i % 977}:%v${i}`);
  const ids = words.map((w) => st.intern(w));
  t.is(st.size, words.length);
  t.deepEqual(ids, words.map((_, i) => i));
  const text = `x\t${words.join('\t')}\tnew:one\t`;
  let start = 2;
  for (let i = 0; i < words.length; i++) {
    t.is(st.internRange(text, start, start + words[i]!.length), i);
    start += words[i]!.length + 1;
  }
  const fresh = st.internRange(text, start, start + 'new:one'.length);
  t.is(fresh, words.length);
  t.is(st.strings[fresh], 'new:one');
  t.is(st.lookup('new:one'), fresh);
  t.is(st.lookup('pm:f3:%v3'), 3);
  t.is(st.lookup('absent'), undefined);
  t.is(st.intern(''), words.length + 1);
  t.is(st.internRange('ab', 1, 1), words.length + 1, 'the empty field');
});

test('facts are read in place: signs, 32-bit bounds, non-ASCII symbols, one id per symbol across files', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-facts-'));
  fs.writeFileSync(path.join(dir, 'n.facts'), 'ü:é\t+5\nplain\t-0\nmax\t2147483647\nmin\t-2147483648\n');
  fs.writeFileSync(path.join(dir, 'm.facts'), 'ü:é\nplain\n');
  const db = new Database(compileText(`
.decl n(s: symbol, v: number)
.input n
.decl m(s: symbol)
.input m
.decl j(s: symbol, v: number)
.output j
j(s, v) :- m(s), n(s, v).
`, 'f.dl'));
  db.loadInputs(dir);
  db.run();
  t.deepEqual(db.rows('n'), [['max', 2147483647], ['min', -2147483648], ['plain', 0], ['ü:é', 5]]);
  t.deepEqual(db.rows('j'), [['plain', 0], ['ü:é', 5]]);
  fs.writeFileSync(path.join(dir, 'n.facts'), 'x\t2147483648\n');
  t.throws(() => new Database(db.program).loadInputs(dir), { message: /2147483648' is not a number/ });
  fs.writeFileSync(path.join(dir, 'n.facts'), 'x\t12345678901\n');
  t.throws(() => new Database(db.program).loadInputs(dir), { message: /12345678901' is not a number/ });
});

test('a relation reserved for the rows to come keeps them all, deduplicated, and grows past the reservation', (t) => {
  const rel = new Relation('r', 2);
  rel.reserve(1000);
  const rows = Array.from({ length: 1500 }, (_, i) => [i % 1200, i % 7]);
  for (const r of rows) rel.insert(r);
  t.is(rel.size, new Set(rows.map((r) => r.join())).size);
  t.true(rows.every((r) => rel.contains(r)));
  t.false(rel.contains([5, 6]));
  const wide = new Relation('w', 5);
  wide.insert([1, 2, 3, 4, 5]);
  wide.reserve(10_000);
  for (let i = 0; i < 10_000; i++) wide.insert([i, i, i, i, i % 3]);
  t.is(wide.size, 10_001);
  t.false(wide.insert([1, 2, 3, 4, 5]), 'a row from before the reservation is still found');
});
