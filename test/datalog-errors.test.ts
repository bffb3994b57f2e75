// Bad programs, bad facts and run-time faults give a DatalogError naming the place
// (file:line:col, or file:line for facts) and the problem — never a stack trace.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, evalCommand, runEval } from '../src/commands/eval.js';
import * as engine from '../src/datalog/index.js';
import { compileText, Database, DatalogError } from '../src/datalog/index.js';

function compileError(src: string): DatalogError {
  const e = (() => {
    try {
      compileText(src, 'p.dl');
    } catch (err) {
      return err;
    }
    return undefined;
  })();
  if (!(e instanceof DatalogError)) throw new Error(`expected a DatalogError for:\n${src}\ngot ${String(e)}`);
  return e;
}

const CASES: Array<[name: string, src: string, where: string, message: RegExp]> = [
  ['undefined relation in a head', '.decl edge(x: number, y: number)\npath(x, y) :- edge(x, y).', 'p.dl:2:1', /undefined relation path/],
  ['undefined relation with a suggestion', '.decl edge(x: number, y: number)\n.decl p(x: number)\np(x) :- egde(x, _).', 'p.dl:3:9', /undefined relation egde \(did you mean 'edge'\?\)/],
  ['wrong arity', '.decl edge(x: number, y: number)\n.decl p(x: number)\np(x) :- edge(x).', 'p.dl:3:9', /arity of relation edge: declared with 2, used with 1/],
  ['ungrounded head variable', '.decl e(x: number, y: number)\n.decl p(x: number)\np(z) :- e(x, _).', 'p.dl:3:3', /ungrounded variable z/],
  ['ungrounded variable in a negation', '.decl e(x: number)\n.decl p(x: number)\np(x) :- e(x), !e(y).', 'p.dl:3:18', /ungrounded variable y \(in a negation\)/],
  ['ungrounded variable in a constraint', '.decl e(x: number)\n.decl p(x: number)\np(x) :- e(x), y > 2.', 'p.dl:3:15', /ungrounded variable y/],
  ['aggregate variable bound nowhere', '.decl e(x: number, y: number)\n.decl p(x: number, n: number)\np(x, n) :- n = count : { e(x, _) }.', 'p.dl:3:3', /ungrounded variable x/],
  ['kind clash between atoms', '.decl e(x: number)\n.decl s(x: symbol)\n.decl p(x: number)\np(x) :- e(x), s(x).', 'p.dl:4:17', /type mismatch: variable x is a number but column x of s needs a symbol/],
  ['kind clash of a constant', '.decl e(x: number)\ne("a").', 'p.dl:2:3', /type mismatch: "a" is a symbol/],
  ['kind clash in arithmetic', '.decl s(x: symbol)\n.decl n(x: number)\nn(y) :- s(x), y = x + 1.', 'p.dl:3:19', /type mismatch: operands of '\+' must have the same type/],
  ['subtype clash', '.type A <: symbol\n.type B <: symbol\n.decl a(x: A)\n.decl b(x: B)\nb(x) :- a(x).', 'p.dl:5:3', /type A, which is not a subtype of B/],
  ['negation through recursion names the cycle', '.decl a(x: number)\n.decl b(x: number)\na(1).\nb(x) :- a(x), !c(x).\n.decl c(x: number)\nc(x) :- b(x).', 'p.dl:4:16', /unable to stratify: b depends on c through negation, inside the cycle b -> c -> b/],
  ['aggregation through recursion', '.decl a(x: number)\na(1).\na(n) :- n = count : { a(_) }.', 'p.dl:3:23', /through an aggregate, inside the cycle a -> a/],
  ['syntax error', '.decl a(x: number)\na(1) :- .', 'p.dl:2:9', /syntax error, unexpected '\.'/],
  ['missing dot', '.decl a(x: number)\na(1)\na(2).', 'p.dl:3:1', /syntax error/],
  ['reserved word', '.decl count(x: number)', 'p.dl:1:7', /'count' is a reserved word/],
  ['undefined type', '.decl a(x: Foo)', 'p.dl:1:12', /undefined type Foo/],
  ['union of different kinds', '.type A <: symbol\n.type U = A | number', 'p.dl:2:7', /mixes types of different kinds/],
  ['underscore in a head', '.decl a(x: number)\na(_) :- a(1).', 'p.dl:2:3', /underscore in head/],
  ['redeclared relation', '.decl a(x: number)\n.decl a(x: number)', 'p.dl:2:7', /redefinition of relation a \(first declared at p\.dl:1:7\)/],
  ['unterminated string', '.decl a(x: symbol)\na("abc).', 'p.dl:2:3', /unterminated string/],
  ['unknown escape', '.decl a(x: symbol)\na("a\\qb").', 'p.dl:2:5', /unknown escape sequence \\q/],
  ['unterminated comment', '/* never closed\n.decl a(x: number)', 'p.dl:1:1', /unterminated comment/],
  ['number literal out of range', '.decl a(x: number)\na(2147483648).', 'p.dl:2:3', /out of range/],
  ['unsupported feature', '.decl a(x: number) choice-domain x', 'p.dl:1:20', /choice-domain is not supported/],
  ['missing include', '#include "nope.dl"', 'p.dl:1:1', /cannot find include file "nope\.dl"/],
  ['missing #endif', '#ifdef X\n.decl a(x: number)', 'p.dl:1:1', /missing #endif/],
  ['#error', '#ifndef FLAG\n#error FLAG is required\n#endif', 'p.dl:2:1', /#error FLAG is required/],
  ['disjunction in an aggregate', '.decl a(x: number)\n.decl n(c: number)\nn(c) :- c = count : { a(1) ; a(2) }.', 'p.dl:3:13', /disjunctions in aggregate bodies/],
  ['input relation missing', '.input nope', 'p.dl:1:8', /undefined relation nope/],
];

for (const [name, src, where, message] of CASES) {
  test(`error: ${name}`, (t) => {
    const e = compileError(src);
    const [file, line, col] = where.split(':');
    t.is(e.file, file);
    t.is(e.line, Number(line));
    t.is(e.col, Number(col));
    t.regex(e.message, message);
    t.true(e.format().startsWith(`${where}: error: `), e.format());
  });
}

test('warnings: a variable used once, a relation nothing fills', (t) => {
  const p = compileText('.decl e(x: number, y: number)\n.decl f(x: number)\n.decl p(x: number)\np(x) :- e(x, y), f(x).', 'w.dl');
  t.true(p.warnings.includes('w.dl:4:14: warning: variable y only occurs once'), p.warnings.join('\n'));
  t.true(p.warnings.some((w) => /no rules or facts defined for relation e/.test(w)));
});

function runError(src: string, setup?: (db: Database) => void): DatalogError {
  const db = new Database(compileText(src, 'r.dl'));
  try {
    setup?.(db);
    db.run();
  } catch (e) {
    if (e instanceof DatalogError) return e;
    throw e;
  }
  throw new Error('expected a run-time error');
}

test('division by zero is an evaluation error at the division', (t) => {
  const e = runError('.decl a(x: number)\na(0). a(2).\n.decl q(x: number)\nq(10 / x) :- a(x).');
  t.regex(e.message, /division by zero \(in rule: q\(10 \/ x\) :- a\(x\)\.\)/);
  t.is(e.format().slice(0, 'r.dl:4:6'.length), 'r.dl:4:6');
});

test('remainder by zero and INT_MIN / -1 are errors too', (t) => {
  t.regex(runError('.decl q(x: number)\nq(7 % 0).').message, /division by zero/);
  t.regex(runError('.decl q(x: number)\nq(-2147483648 / -1).').message, /integer overflow/);
});

test('to_number of a non-number is an error', (t) => {
  const e = runError('.decl q(x: number)\nq(to_number("abc")).');
  t.regex(e.message, /wrong string provided by to_number\("abc"\)/);
  t.is(e.line, 2);
});

function withFacts(files: Record<string, string>, f: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-facts-'));
  try {
    for (const [n, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), c);
    f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const EDGE = '.decl edge(x: symbol, n: number)\n.input edge\n';

test('facts: a missing file is an error naming it', (t) => {
  withFacts({}, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    const e = t.throws(() => db.loadInputs(dir), { instanceOf: DatalogError })!;
    t.regex(e.message, /cannot open fact file .*edge\.facts/);
  });
});

test('facts: too few columns, with file and line', (t) => {
  withFacts({ 'edge.facts': 'a\t1\nb\n' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    const e = t.throws(() => db.loadInputs(dir), { instanceOf: DatalogError })!;
    t.is(e.file, path.join(dir, 'edge.facts'));
    t.is(e.line, 2);
    t.regex(e.message, /expected 2 columns, found 1/);
    t.is(e.format(), `${path.join(dir, 'edge.facts')}:2: error: edge: expected 2 columns, found 1`);
  });
});

test('facts: too many columns', (t) => {
  withFacts({ 'edge.facts': 'a\t1\t2\n' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    const e = t.throws(() => db.loadInputs(dir), { instanceOf: DatalogError })!;
    t.is(e.line, 1);
    t.regex(e.message, /expected 2 columns, found more/);
  });
});

test('facts: a non-number in a number column', (t) => {
  withFacts({ 'edge.facts': 'a\t1\nb\t1x\n' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    const e = t.throws(() => db.loadInputs(dir), { instanceOf: DatalogError })!;
    t.is(e.line, 2);
    t.regex(e.message, /column 2 \(n: number\): '1x' is not a number/);
  });
});

test('facts: a number out of the 32-bit range', (t) => {
  withFacts({ 'edge.facts': 'a\t2147483648\n' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    t.throws(() => db.loadInputs(dir), { instanceOf: DatalogError, message: /'2147483648' is not a number/ });
  });
});

test('facts: an empty file is an empty relation; symbols keep quotes, commas and spaces', (t) => {
  withFacts({ 'edge.facts': '' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    db.loadInputs(dir);
    t.is(db.size('edge'), 0);
  });
  withFacts({ 'edge.facts': 'say "hi", ok\t3\r\n' }, (dir) => {
    const db = new Database(compileText(EDGE, 'f.dl'));
    db.loadInputs(dir);
    t.deepEqual(db.rows('edge'), [['say "hi", ok', 3]]);
  });
});

test('evalCommand reports bad input as file:line:col on stderr with exit code 2', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-eval-'));
  const prog = path.join(dir, 'bad.dl');
  fs.writeFileSync(prog, '.decl a(x: number)\na(x) :- b(x).\n');
  const writes: string[] = [];
  let code: number;
  try {
    code = await evalCommand({ program: prog, factDir: dir, outputDir: dir }, { stdout: () => t.fail('no output'), stderr: (s) => writes.push(s) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  t.is(code, EXIT_BAD_INPUT);
  t.is(writes.join(''), `${prog}:2:9: error: undefined relation b\n`);
});

test('an internal error of the engine exits 70 with one line, no stack trace', (t) => {
  const broken = { ...engine, compileFile: () => { throw new TypeError('x is not a function\n    at somewhere (engine.js:1:1)'); } } as unknown as typeof engine;
  const writes: string[] = [];
  const code = runEval(broken, { program: 'p.dl' }, { stdout: () => t.fail('no output'), stderr: (s) => writes.push(s) });
  t.is(code, EXIT_INTERNAL);
  t.is(writes.join(''), 'fuselog eval: internal error: x is not a function\n');
});
