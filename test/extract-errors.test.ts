// Malformed input: clear `file:line:col: message` errors, --keep-going, bitcode, and the
// mutation test (hundreds of damaged IR files: each must extract or throw ExtractError).
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { moduleTextFacts, extractModuleFile, ExtractError } from '../extract/index.js';
import { MemorySink } from '../extract/sink.js';
import { FileSource, llvmDisCandidates } from '../extract/source.js';
import { ComponentWriter } from '../extract/facts.js';
import { FIXTURES, FLAVOURS } from './extract-fixtures.js';
import { packageRoot } from '../src/paths.js';
import { rng } from './helpers/rng.js';
import { testIf } from './helpers/skip.js';

function parseError(text: string, file = 'bad.ll'): ExtractError {
  try {
    moduleTextFacts(text, file, 't', new MemorySink());
  } catch (e) {
    if (e instanceof ExtractError) return e;
    throw e;
  }
  throw new Error('no error');
}

const GOOD = `define i32 @ok(i32 %a) {
entry:
  %b = add i32 %a, 1
  ret i32 %b
}
`;

test('a malformed instruction: file:line:col and the offending token', (t) => {
  const e = parseError(`${GOOD}\ndefine void @f(ptr %p) {\n  store i32 , ptr %p\n  ret void\n}\n`, 'dir/bad.ll');
  t.is(e.format(), "dir/bad.ll:8:13: expected a value, found ','");
});

test('more malformed inputs name what was expected and what was found', (t) => {
  t.regex(parseError('define void @f() {\n  frobnicate i32 1\n}\n').format(), /^bad\.ll:2:3: unknown instruction 'frobnicate'$/);
  t.regex(parseError('@s = global [2 x i8] c"ab\n').format(), /^bad\.ll:1:22: unterminated string/);
  t.regex(parseError('define void @f() {\n  ret void\n').format(), /^bad\.ll:3:1: expected '\}' at the end of the function body/);
  t.regex(parseError('define void @f() {\nentry:\n  br label %x\nx:\n}\n').format(), /^bad\.ll:5:1: expected an instruction/);
  t.regex(parseError('@g = global i32 0 0\n').format(), /^bad\.ll:1:19: expected a top-level entity, found '0'/);
  t.regex(parseError('%T = type { i32, i32\n@g = global i32 0').format(), /^bad\.ll:2:1: expected ',' or '}', found '@g'/);
  t.regex(parseError('define void @f() {\n  %x = store i32 1, ptr null\n  ret void\n}').format(), /instructions returning void cannot have a name/);
  t.regex(parseError('@g = global i32 \x01').format(), /^bad\.ll:1:17: unexpected character '\\x01'/);
  t.regex(parseError('@g = global ' + '{ '.repeat(5000)).format(), /^bad\.ll:1:\d+: nesting too deep/);
  t.regex(parseError('@g = global i8 ' + '{ i8 '.repeat(5000)).format(), /^bad\.ll:1:\d+: nesting too deep/);
});

test('--keep-going skips a broken function, reports it and extracts the rest', (t) => {
  const text = `define void @broken() {\n  store i32 , ptr null\n  ret void\n}\n\n${GOOD}`;
  const warnings: string[] = [];
  const sink = new MemorySink();
  moduleTextFacts(text, 'kg.ll', 't', sink, { keepGoing: true, onWarning: (e) => warnings.push(e.format()) });
  t.deepEqual(warnings, ["kg.ll:2:13: expected a value, found ','"]);
  t.deepEqual(sink.rows('function_defined'), [['t:ok', 't/kg.ll']]);
  t.false(sink.rows('function').some((r) => r[0] === 't:broken'));
  t.throws(() => moduleTextFacts(text, 'kg.ll', 't', new MemorySink()), { instanceOf: ExtractError });
});

test('a missing IR file and a bad component name are ExtractErrors', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-x-'));
  const e = t.throws(() => extractModuleFile(path.join(out, 'nope.ll'), 'c', out), { instanceOf: ExtractError });
  t.regex(e!.format(), /nope\.ll: cannot read IR file: no such file/);
  t.throws(() => extractModuleFile(path.join(FIXTURES, 'syntax.ll'), 'a:b', out), { instanceOf: ExtractError, message: /bad component name/ });
});

const llvmBin = '/usr/lib/llvm-19/bin';
const haveLlvm19 = fs.existsSync(path.join(llvmBin, 'llvm-as')) && fs.existsSync(path.join(llvmBin, 'llvm-dis'));

test('bitcode: a clear error when llvm-dis is not on PATH', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bc-'));
  const bc = path.join(dir, 'libsys.bc');
  // the bitcode magic is all the check reads
  fs.writeFileSync(bc, Buffer.from([0x42, 0x43, 0xc0, 0xde, 0, 0, 0, 0]));
  const savedPath = process.env.PATH;
  try {
    process.env.PATH = dir; // no llvm-dis here
    const e = t.throws(() => extractModuleFile(bc, 'pm', path.join(dir, 'out0')), { instanceOf: ExtractError });
    t.regex(e!.format(), /libsys\.bc: this is LLVM bitcode; reading it needs the tool llvm-dis on PATH/);
  } finally {
    process.env.PATH = savedPath;
  }
});

testIf(haveLlvm19 ? undefined : `llvm-as and llvm-dis not in ${llvmBin} (Debian package llvm-19)`)('bitcode: read through llvm-dis from PATH, the facts of the .ll', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bc-'));
  const bc = path.join(dir, 'libsys.bc');
  const r = spawnSync(path.join(llvmBin, 'llvm-as'), [path.join(FIXTURES, 'llvm19', 'libsys.ll'), '-o', bc]);
  t.is(r.status, 0);
  const savedPath = process.env.PATH;
  try {
    process.env.PATH = `${llvmBin}:${savedPath}`;
    const fromBc = extractModuleFile(bc, 'pm', path.join(dir, 'out1'));
    const fromLl = extractModuleFile(path.join(FIXTURES, 'llvm19', 'libsys.ll'), 'pm', path.join(dir, 'out2'));
    t.is(fromBc.store, fromLl.store);
    t.is(fromBc.instruction, fromLl.instruction);
    t.true(fromBc.instruction > 0);
  } finally {
    process.env.PATH = savedPath;
  }
});

test('bitcode: the newest llvm-dis-N on PATH is tried first, then older ones, and FUSELOG_LLVM_DIS overrides', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-dis-'));
  const ll = path.join(FIXTURES, 'llvm19', 'libsys.ll');
  // stand-ins for LLVM's tools: an old default that rejects the file, a newer one that reads it
  const tool = (name: string, body: string): void => fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  tool('llvm-dis', 'echo "llvm-dis: error: Opaque pointers are only supported in -opaque-pointers mode" >&2; exit 1');
  tool('llvm-dis-9', 'echo "llvm-dis-9: error: Invalid record" >&2; exit 1');
  const cp = spawnSync('sh', ['-c', 'command -v cp'], { encoding: 'utf8' }).stdout.trim(); // PATH is only dir below
  tool('llvm-dis-19', `${cp} '${ll}' "$2"`); // called as: llvm-dis-19 -o OUT FILE
  fs.writeFileSync(path.join(dir, 'llvm-dis-x'), ''); // not a versioned name: ignored
  t.deepEqual(llvmDisCandidates({ PATH: `${dir}${path.delimiter}/nonexistent` }), ['llvm-dis-19', 'llvm-dis-9', 'llvm-dis']);
  t.deepEqual(llvmDisCandidates({ PATH: dir, FUSELOG_LLVM_DIS: '/opt/llvm/bin/llvm-dis' }), ['/opt/llvm/bin/llvm-dis']);
  const bc = path.join(dir, 'libsys.bc');
  fs.writeFileSync(bc, Buffer.from([0x42, 0x43, 0xc0, 0xde, 0, 0, 0, 0]));
  const saved = { PATH: process.env.PATH, FUSELOG_LLVM_DIS: process.env.FUSELOG_LLVM_DIS };
  try {
    process.env.PATH = dir;
    delete process.env.FUSELOG_LLVM_DIS;
    const fromBc = extractModuleFile(bc, 'pm', path.join(dir, 'out1'));
    t.deepEqual(fromBc, extractModuleFile(ll, 'pm', path.join(dir, 'out2')));
    // only tools that fail: the newest one's message, and which were tried
    fs.rmSync(path.join(dir, 'llvm-dis-19'));
    const e = t.throws(() => extractModuleFile(bc, 'pm', path.join(dir, 'out3')), { instanceOf: ExtractError });
    t.regex(e!.format(), /libsys\.bc: llvm-dis failed: llvm-dis-9: error: Invalid record \(tried llvm-dis-9, llvm-dis\)/);
    process.env.FUSELOG_LLVM_DIS = path.join(dir, 'llvm-dis');
    t.throws(() => extractModuleFile(bc, 'pm', path.join(dir, 'out4')), { message: /Opaque pointers .*\(tried .*llvm-dis\)$/ });
  } finally {
    process.env.PATH = saved.PATH;
    if (saved.FUSELOG_LLVM_DIS === undefined) delete process.env.FUSELOG_LLVM_DIS;
    else process.env.FUSELOG_LLVM_DIS = saved.FUSELOG_LLVM_DIS;
  }
});

// ---------------------------------------------------------------------- mutation test


function mutate(src: Buffer, r: () => number, kind: number): Buffer {
  const n = src.length;
  const at = Math.floor(r() * n);
  switch (kind) {
    case 0: return src.subarray(0, at); // truncate
    case 1: { // flip bytes
      const b = Buffer.from(src);
      const k = 1 + Math.floor(r() * 8);
      for (let i = 0; i < k; i++) b[Math.floor(r() * n)] = Math.floor(r() * 256);
      return b;
    }
    case 2: { // delete a span
      const len = Math.floor(r() * 200);
      return Buffer.concat([src.subarray(0, at), src.subarray(Math.min(n, at + len))]);
    }
    case 3: { // duplicate a span elsewhere
      const len = Math.floor(r() * 300);
      const to = Math.floor(r() * n);
      return Buffer.concat([src.subarray(0, to), src.subarray(at, Math.min(n, at + len)), src.subarray(to)]);
    }
    case 4: { // insert IR punctuation
      const bits = ['{', '}', '(', ')', '[', ']', '<', '>', ',', '=', '"', '%', '@', '!', '#', '\n', 'c"', '...', ':'];
      const ins = Array.from({ length: 1 + Math.floor(r() * 4) }, () => bits[Math.floor(r() * bits.length)]).join('');
      return Buffer.concat([src.subarray(0, at), Buffer.from(ins), src.subarray(at)]);
    }
    default: { // binary garbage, sometimes after a valid prefix
      const g = Buffer.alloc(1 + Math.floor(r() * 2000));
      for (let i = 0; i < g.length; i++) g[i] = Math.floor(r() * 256);
      return r() < 0.5 ? g : Buffer.concat([src.subarray(0, at), g]);
    }
  }
}

function mutationSources(): Array<{ name: string; data: Buffer }> {
  const out: Array<{ name: string; data: Buffer }> = [];
  for (const fl of FLAVOURS) {
    for (const m of ['pm', 'libsys']) out.push({ name: `${fl}/${m}.ll`, data: fs.readFileSync(path.join(FIXTURES, fl, `${m}.ll`)) });
  }
  out.push({ name: 'syntax.ll', data: fs.readFileSync(path.join(FIXTURES, 'syntax.ll')) });
  // the example system's IR once it is in the tree
  const ex = path.join(packageRoot, 'examples', 'minios', 'ir');
  if (fs.existsSync(ex)) {
    for (const fl of fs.readdirSync(ex)) {
      const f = path.join(ex, fl, 'libsys.ll');
      if (fs.existsSync(f)) out.push({ name: `minios/${fl}/libsys.ll`, data: fs.readFileSync(f) });
    }
  }
  return out;
}

test('mutation test: damaged IR either extracts or throws ExtractError, never anything else', (t) => {
  const sources = mutationSources();
  const r = rng(20240607);
  let extracted = 0;
  let rejected = 0;
  const total = 600;
  for (let k = 0; k < total; k++) {
    const src = sources[k % sources.length]!;
    const kind = k % 6;
    const data = mutate(src.data, r, kind);
    const keepGoing = k % 3 === 0;
    try {
      moduleTextFacts(data.toString('latin1'), `mut-${k}.ll`, 'm', new MemorySink(), { keepGoing, onWarning: () => {} });
      extracted++;
    } catch (e) {
      if (!(e instanceof ExtractError)) {
        t.fail(`mutation ${k} (kind ${kind} of ${src.name}) threw ${(e as Error).stack}`);
        return;
      }
      t.regex(e.format(), new RegExp(`^mut-${k}\\.ll:\\d+:\\d+: `), `mutation ${k}: located message`);
      rejected++;
    }
  }
  t.is(extracted + rejected, total);
  t.true(rejected > total / 4, `most mutations are errors (${rejected} rejected, ${extracted} extracted)`);
  t.log(`${total} mutations: ${rejected} rejected with a located ExtractError, ${extracted} extracted`);
});

/** Facts (or the error) of one module read from a file through a window of `chunk` bytes. */
function chunkedOutcome(file: string, display: string, chunk: number, keepGoing: boolean): { rows?: Map<string, unknown[]>; error?: string } {
  const sink = new MemorySink();
  try {
    const src = new FileSource(file, display, chunk);
    try {
      const cw = new ComponentWriter('m', sink, { keepGoing, onWarning: () => {} });
      cw.addModule({ id: `m/${display}`, display, base: 'mut' }, src, new Set(), { reopen: () => new FileSource(file, display, chunk) });
      cw.finish();
    } finally {
      src.close();
    }
  } catch (e) {
    if (!(e instanceof ExtractError)) throw e;
    return { error: e.format() };
  }
  return { rows: sink.tables };
}

test('mutation test, read in small chunks: the same facts or the same error as the whole text', (t) => {
  const sources = mutationSources();
  const r = rng(7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-mutc-'));
  const total = 150;
  for (let k = 0; k < total; k++) {
    const src = sources[k % sources.length]!;
    const data = mutate(src.data, r, k % 6);
    const keepGoing = k % 3 === 0;
    const display = `mutc-${k}.ll`;
    const file = path.join(dir, display);
    fs.writeFileSync(file, data);
    const whole = chunkedOutcome(file, display, 1 << 20, keepGoing);
    const chunked = chunkedOutcome(file, display, 1 + (k % 97), keepGoing);
    t.deepEqual(chunked, whole, `mutation ${k} (kind ${k % 6} of ${src.name})`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
