// The streamed path (bodies written block by block) and the --keep-going path (a function is
// held whole so a broken one can be dropped) must give the same facts on well-formed IR.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { componentFacts, loadSystem, MemorySink, FileSink } from '../extract/index.js';
import { FileSource } from '../extract/source.js';
import { ComponentWriter } from '../extract/facts.js';
import { FIXTURES } from './extract-fixtures.js';
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

// The reader's window (source.ts) is refilled at its end and drops the text before the
// lexer's mark. Tiny chunks take every refill path: a line longer than the window, a token
// ending where the window ends, a function body or a metadata node across many refills.
function facts(file: string, source: string): MemorySink {
  const sink = new MemorySink();
  const cw = new ComponentWriter('c', sink);
  cw.addModule({ id: 'c/m.ll', display: file, base: 'm' }, source, new Set());
  cw.finish();
  return sink;
}

const windowed = [
  path.join(FIXTURES, 'syntax.ll'),
  path.join(FIXTURES, 'llvm19-g', 'pm.ll'),
  path.join(example, 'ir', 'llvm14', 'pm.ll'),
  path.join(example, 'ir', 'llvm19-O2', 'libsys.ll'),
];
for (const file of windowed) {
  test(`${path.relative(packageRoot, file)}: read in chunks of any size, the facts of the whole text`, (t) => {
    const whole = facts(file, fs.readFileSync(file, 'latin1'));
    t.true(whole.rows('instruction').length > 10);
    for (const chunk of [1, 2, 7, 61, 4096]) {
      // a look ahead (forward types in syntax.ll) reads its own source of the same chunk size
      const sink = new MemorySink();
      const src = new FileSource(file, file, chunk);
      const cw = new ComponentWriter('c', sink);
      cw.addModule({ id: 'c/m.ll', display: file, base: 'm' }, src, new Set(), { reopen: () => new FileSource(file, file, chunk) });
      cw.finish();
      src.close();
      for (const [rel, rows] of whole.tables) t.deepEqual(sink.rows(rel), rows, `chunk ${chunk}: ${rel}`);
      t.is(sink.tables.size, whole.tables.size, `chunk ${chunk}: relations`);
    }
  });
}

test('a window never holds much more than the entity being read', (t) => {
  // a module of 2000 small functions read in 4 KB chunks: the window stays near the chunk size
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-win-'));
  const file = path.join(dir, 'many.ll');
  const fn = (i: number): string => `define i32 @f${i}(i32 %a) {\nentry:\n  %b = add i32 %a, ${i}\n  ret i32 %b\n}\n\n`;
  fs.writeFileSync(file, Array.from({ length: 2000 }, (_, i) => fn(i)).join(''));
  const src = new FileSource(file, file, 4096);
  let widest = 0;
  const probe = { emit: () => { widest = Math.max(widest, src.text.length); } };
  const cw = new ComponentWriter('c', probe);
  cw.addModule({ id: 'c/many.ll', display: file, base: 'many' }, src, new Set());
  src.close();
  t.true(fs.statSync(file).size > 100_000);
  t.true(widest > 0 && widest <= 2 * 4096, `widest window ${widest} bytes`);
});

test('FileSink: values longer than its buffers, and non-ASCII text, are written whole', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-sink-'));
  const long = `f${'x'.repeat(70_000)}`;
  const sink = new FileSink(dir);
  const rows = sink.rowWriter();
  rows.setFunction(`c:${long}`);
  rows.begin('instruction'); rows.instr(7); rows.sym(`c:${long}`); rows.local('entry'); rows.sym('ret'); rows.num(-2147483648); rows.end();
  rows.begin('block'); rows.local('entry'); rows.fn(); rows.end();
  rows.setFunction('c:grüße');
  rows.begin('load'); rows.instr(0); rows.local('wert€'); rows.sym('c:ö'); rows.end();
  rows.begin('block'); rows.local('b'); rows.fn(); rows.end();
  sink.emit('global_string', ['c:s', 'ü'.repeat(40_000)]);
  sink.close();
  const lines = (rel: string): string[][] => fs.readFileSync(path.join(dir, `${rel}.facts`), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  t.deepEqual(lines('instruction'), [[`c:${long}:i7`, `c:${long}`, `c:${long}:%entry`, 'ret', '-2147483648']]);
  t.deepEqual(lines('block'), [[`c:${long}:%entry`, `c:${long}`], ['c:grüße:%b', 'c:grüße']]);
  t.deepEqual(lines('load'), [['c:grüße:i0', 'c:grüße:%wert€', 'c:ö']]);
  t.deepEqual(lines('global_string'), [['c:s', 'ü'.repeat(40_000)]]);
});

test('a line of megabytes, and a block of megabytes, read through a tiny window', (t) => {
  // one line of 200 000 initialiser elements (2 MB), then a function whose one block has
  // 100 000 instructions (3 MB): the text of a block stays in the window until its end, so a
  // window that grew by one chunk a refill, decoding all it holds each time, would take hours
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-long-'));
  const file = path.join(dir, 'long.ll');
  const n = 200_000;
  const m = 100_000;
  const elems = Array.from({ length: n }, (_, i) => `i32 ${i + 1}`).join(', ');
  const adds = Array.from({ length: m }, (_, i) => `  %x${i} = add i32 %a, ${i}\n`).join('');
  fs.writeFileSync(file, `@big = global [${n} x i32] [${elems}], align 16\n\ndefine i32 @f(i32 %a) {\nentry:\n${adds}  ret i32 0\n}\n`);
  const sink = new MemorySink();
  const src = new FileSource(file, file, 64);
  const cw = new ComponentWriter('c', sink);
  cw.addModule({ id: 'c/long.ll', display: file, base: 'long' }, src, new Set(), { reopen: () => new FileSource(file, file, 64) });
  cw.finish();
  src.close();
  const init = sink.rows('global_init');
  t.is(init.length, n);
  t.deepEqual(init[n - 1], ['c:big', 4 * (n - 1), `int:${n}`]);
  t.is(sink.rows('binop').length, m);
  t.deepEqual(sink.rows('binop')[m - 1], [`c:f:i${m - 1}`, `c:f:%x${m - 1}`, 'add', 'c:f:%a', `int:${m - 1}`]);
  fs.rmSync(dir, { recursive: true, force: true });
});
