// Output files are sorted as Soufflé sorts them (numbers and unsigned numerically, floats by
// value, symbols by code point, column by column), whichever way the writer sorts: by
// comparison below 1,024 tuples, by radix passes above, with the keys of a tuple packed into one
// 32-bit key when they fit, or column by column when they do not.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileText, Database } from '../src/datalog/index.js';
import { rng } from './helpers/rng.js';

type Kind = 'number' | 'unsigned' | 'float' | 'symbol';
type Gen = (rnd: () => number) => string;

const compare = (kind: Kind, a: string, b: string): number => {
  if (kind === 'symbol') {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  }
  return Number(a) - Number(b);
};

/** The relation written by the engine, against the distinct input tuples sorted by `compare`. */
function check(t: import('ava').ExecutionContext, kinds: Kind[], gens: Gen[], rows: number, seed: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-order-'));
  try {
    const cols = kinds.map((k, i) => `c${i}: ${k}`).join(', ');
    const rnd = rng(seed);
    const tuples = Array.from({ length: rows }, () => gens.map((g) => g(rnd)));
    fs.writeFileSync(path.join(dir, 'r.facts'), tuples.map((r) => r.join('\t')).join('\n') + '\n');
    const db = new Database(compileText(`.decl r(${cols})\n.input r\n.decl s(${cols})\n.output s\ns(${kinds.map((_, i) => `x${i}`).join(', ')}) :- r(${kinds.map((_, i) => `x${i}`).join(', ')}).\n`, 'order.dl'));
    db.loadInputs(dir);
    db.run();
    db.writeOutputs(dir);
    const got = fs.readFileSync(path.join(dir, 's.csv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
    // one canonical text per value, so that the set of tuples compares whatever the formatting
    const canon = (r: string[]): string => r.map((v, i) => (kinds[i] === 'symbol' ? v : String(Number(v)))).join('\t');
    const want = [...new Map(tuples.map((r) => [canon(r), r])).values()].sort((a, b) => {
      for (let i = 0; i < kinds.length; i++) {
        const d = compare(kinds[i]!, a[i]!, b[i]!);
        if (d !== 0) return d;
      }
      return 0;
    });
    t.is(got.length, want.length, 'distinct tuples written once each');
    t.deepEqual(got.map(canon), want.map(canon));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const int = (lo: number, hi: number): Gen => (rnd) => String(lo + Math.floor(rnd() * (hi - lo + 1)));
const sym = (n: number): Gen => (rnd) => `s${Math.floor(rnd() * n)}${rnd() < 0.1 ? 'é' : ''}`;
const unsigned: Gen = (rnd) => String(Math.floor(rnd() * 4294967296));
const float: Gen = (rnd) => String((Math.floor(rnd() * 2001) - 1000) / 4);

test('few tuples: sorted by comparison', (t) => {
  check(t, ['number', 'symbol'], [int(-50, 50), sym(40)], 300, 1);
});

test('two small number columns: one packed key, one radix pass', (t) => {
  check(t, ['number', 'number'], [int(0, 31), int(0, 63)], 5000, 2);
});

test('two number columns of 9 and 10 bits: packed, two passes', (t) => {
  check(t, ['number', 'number'], [int(-200, 300), int(0, 1000)], 20000, 3);
});

test('three columns packed into 32 bits', (t) => {
  check(t, ['number', 'symbol', 'number'], [int(0, 255), sym(500), int(-1000, 1000)], 20000, 4);
});

test('one column over the whole 32-bit range, negatives first', (t) => {
  check(t, ['number'], [int(-2147483648, 2147483647)], 10000, 5);
});

test('wider than 32 bits: column by column', (t) => {
  check(t, ['number', 'unsigned'], [int(-2147483648, 2147483647), unsigned], 10000, 6);
});

test('every kind in one relation, column by column', (t) => {
  check(t, ['symbol', 'float', 'unsigned', 'number'], [sym(3000), float, unsigned, int(-5, 5)], 12000, 7);
});

test('a column with one value takes no pass', (t) => {
  check(t, ['number', 'number', 'symbol'], [int(7, 7), int(0, 5000), sym(10)], 8000, 8);
});

test('a relation that holds few of many symbols: those sorted alone, in the same order', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-order-'));
  try {
    const rnd = rng(9);
    const names = Array.from({ length: 100000 }, (_, i) => `n${Math.floor(rnd() * 1e9)}${i % 7 === 0 ? 'ü' : ''}:${i}`);
    fs.writeFileSync(path.join(dir, 'r.facts'), names.map((s, i) => `${s}\t${i % 1000}`).join('\n') + '\n');
    const db = new Database(compileText('.decl r(s: symbol, n: number)\n.input r\n.decl few(s: symbol, t: symbol, n: number)\n.output few\nfew(s, t, n) :- r(s, n), n < 1, r(t, m), m = n + 1.\n', 'few.dl'));
    db.loadInputs(dir);
    db.run();
    db.writeOutputs(dir);
    const got = fs.readFileSync(path.join(dir, 'few.csv'), 'utf8').split('\n').filter(Boolean);
    const byN = (k: number): string[] => names.filter((_, i) => i % 1000 === k);
    const want: string[][] = [];
    for (let n = 0; n < 1; n++) for (const s of byN(n)) for (const u of byN(n + 1)) want.push([s, u, String(n)]);
    want.sort((a, b) => compare('symbol', a[0]!, b[0]!) || compare('symbol', a[1]!, b[1]!));
    t.true(got.length > 1024, 'sorted by radix passes');
    t.true(got.length * 2 < names.length / 4, 'few of the symbols: not the order of all of them');
    t.deepEqual(got, want.map((r) => r.join('\t')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('rows that repeat the value before them, long symbols and symbols longer than the write buffer', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-order-'));
  try {
    const long = 'L'.repeat(300_000);
    const huge = 'H'.repeat(500_000); // more than a third of the 1 MB buffer: written past it
    const rows: Array<[string, number]> = [];
    for (const s of ['a', 'bé', long, huge, 'z']) for (let n = 0; n < 5; n++) rows.push([s, n]);
    for (let n = 0; n < 3000; n++) rows.push([`k${n % 7}`, n]); // radix-sorted, the same first value in runs
    fs.writeFileSync(path.join(dir, 'r.facts'), rows.map((r) => r.join('\t')).join('\n') + '\n');
    const db = new Database(compileText('.decl r(s: symbol, n: number)\n.input r\n.output r\n', 'long.dl'));
    db.loadInputs(dir);
    db.run();
    db.writeOutputs(dir);
    const got = fs.readFileSync(path.join(dir, 'r.csv'), 'utf8').split('\n').filter(Boolean);
    const want = [...rows].sort((a, b) => compare('symbol', a[0], b[0]) || a[1] - b[1]).map((r) => r.join('\t'));
    t.is(got.length, want.length);
    t.true(got.every((line, i) => line === want[i]), 'every line as written');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The sort takes memory a relation has given back (src/datalog/scratch.ts: a sealed stratum's
// tables, the previous output's sort buffer) instead of new memory: whatever that memory held,
// each file must be the relation sorted. Three large outputs written one after another, the
// way `fuselog eval` writes them (run, releaseLookups, writeOutputs): packed keys of two and of
// three columns (the latter assembled by OR into the buffer) and keys wider than 32 bits.
test('outputs sorted in memory earlier steps gave back', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-scratch-'));
  try {
    const rnd = rng(11);
    const n = 30000;
    const e = Array.from({ length: n }, () => [Math.floor(rnd() * 3000), Math.floor(rnd() * 3000)]);
    fs.writeFileSync(path.join(dir, 'e.facts'), e.map((r) => r.join('\t')).join('\n') + '\n');
    const db = new Database(compileText(`
      .decl e(x: number, y: number)
      .input e
      .decl a(x: number, y: number)
      a(y, x) :- e(x, y).
      .decl b(x: number, y: number, z: number)
      b(x % 200, y % 200, (x + y) % 100) :- a(x, y).
      .decl c(x: number, y: number)
      c(x * 100000, -y) :- a(x, y).
      .output a, b, c
    `, 'scratch.dl'));
    db.loadInputs(dir);
    db.run();
    db.releaseLookups();
    db.writeOutputs(dir);
    const pairs = [...new Map(e.map(([x, y]) => [`${y},${x}`, [y, x]])).values()];
    const want = {
      a: pairs,
      b: [...new Map(pairs.map(([x, y]) => [x % 200, y % 200, (x + y) % 100]).map((r) => [r.join(','), r])).values()],
      c: pairs.map(([x, y]) => [x * 100000, -y]),
    };
    for (const [rel, rows] of Object.entries(want)) {
      const sorted = rows.sort((p, q) => p[0] - q[0] || p[1] - q[1] || (p[2] ?? 0) - (q[2] ?? 0)).map((r) => r.join('\t'));
      const got = fs.readFileSync(path.join(dir, `${rel}.csv`), 'utf8').split('\n').filter(Boolean);
      t.true(got.length > 1024, `${rel}: radix-sorted (${got.length} rows)`);
      t.deepEqual(got, sorted, rel);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
