// The IR grammar: a hand-written module (test/fixtures/ir/syntax.ll, accepted by llvm-as-19)
// with the constructs clang rarely prints, implicit numbering, and the datalayout arithmetic.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { moduleTextFacts } from '../extract/index.js';
import { MemorySink } from '../extract/sink.js';
import { Layout, parseDataLayout } from '../extract/layout.js';
import { Parser } from '../extract/parser.js';
import { baseName, ComponentWriter } from '../extract/facts.js';
import { FileSource } from '../extract/source.js';
import { FIXTURES, Facts } from './extract-fixtures.js';
import { testIf } from './helpers/skip.js';

function factsOf(text: string, name = 'mod.ll', component = 't'): Facts {
  const sink = new MemorySink();
  moduleTextFacts(text, name, component, sink);
  return new Facts(sink);
}

const syntaxText = fs.readFileSync(path.join(FIXTURES, 'syntax.ll'), 'latin1');
const syn = factsOf(syntaxText, 'syntax.ll');

const llvmAs19 = '/usr/lib/llvm-19/bin/llvm-as';
testIf(fs.existsSync(llvmAs19) ? undefined : `${llvmAs19} not installed (Debian package llvm-19)`)('syntax.ll is valid IR for llvm-as-19', (t) => {
  const tool = llvmAs19;
  const r = spawnSync(tool, [path.join(FIXTURES, 'syntax.ll'), '-o', '/dev/null'], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
});

test('GEP byte offsets from the x86_64 datalayout: struct fields, arrays, packed, negative', (t) => {
  t.deepEqual(syn.gepOffsetOf('t:f:%f1'), { offset: 20, base: 't:f:%s', vars: 0 }); // S.[2][2]: 16 + 2*2
  t.deepEqual(syn.gepOffsetOf('t:f:%f2'), { offset: 0, base: 't:f:%x', vars: 1 });
  t.true(syn.has('gep_var_index', 't:f:i4', 't:f:%n', 4));
  t.deepEqual(syn.gepOffsetOf('t:f:%f3'), { offset: -8, base: 't:f:%s', vars: 0 });
  t.deepEqual(syn.gepOffsetOf('t:f:%f4'), { offset: 6, base: 't:f:%z', vars: 0 }); // packed <{i8,i32}>[1].1
});

test('allocas: constant and variable counts', (t) => {
  t.true(syn.has('alloca', 't:f:i0', 't:f:%x', '[4 x i32]', 16));
  t.true(syn.has('alloca', 't:f:i1', 't:f:%y', 'i32', -1));
  t.true(syn.has('alloca', 't:f:i2', 't:f:%z', '%struct.P', 15));
});

test('atomics are stores; extractvalue/insertvalue get byte offsets', (t) => {
  t.true(syn.has('store', undefined, 'int:5', 't:f:%y'), 'atomicrmw add');
  t.true(syn.has('load', undefined, 't:f:%old', 't:f:%y'), 'atomicrmw reads too');
  t.true(syn.has('store', undefined, 'int:9', 't:f:%y'), 'cmpxchg new value');
  t.true(syn.has('extractvalue', undefined, 't:f:%ok', 't:f:%pair', 4));
  t.true(syn.has('insertvalue', undefined, 't:f:%ins', 'undef', 't:f:%n', 8));
});

test('calls: intrinsic and plain memcpy/memset, varargs, inline asm, indirect, invoke', (t) => {
  t.true(syn.has('memcpy', undefined, 't:f:%x', 't:g', 16));
  t.true(syn.has('memcpy', undefined, 't:f:%x', 't:f:%s', 8), 'a plain memcpy call');
  t.true(syn.has('memset', undefined, 't:f:%x', -1), 'length not constant');
  const printf = syn.where('direct_call', undefined, 't:printf')[0]![0];
  t.deepEqual(syn.where('call_arg', printf), [[printf, 0, 't:str'], [printf, 1, 't:f:%el']]);
  t.true(syn.has('function_varargs', 't:printf'), 'declared with ...');
  t.true(syn.has('function_param', 't:printf', 0), 'its fixed parameter');
  t.false(syn.has('function_param', 't:printf', 1));
  t.true(syn.has('function_varargs', 't:__gxx_personality_v0'), 'only ...');
  t.false(syn.has('function_varargs', 't:f'));
  t.true(syn.has('call', undefined, 'asm'));
  const ind = syn.where('call', undefined, 't:f:%ptr');
  t.is(ind.length, 1);
  t.false(syn.has('direct_call', ind[0]![0]));
  t.true(syn.has('call_result', ind[0]![0], 't:f:%ic'));
  t.true(syn.has('cfg_edge', 't:f:%one', 't:f:%lp'), 'invoke unwinds to the landing pad');
  t.true(syn.has('cfg_edge', 't:f:%one', 't:f:%two'));
  t.true(syn.has('instruction', undefined, 't:f', 't:f:%one', 'invoke'));
});

test('integer constants: const_int only within 32 bits', (t) => {
  t.true(syn.has('call_arg', undefined, 0, 'int:4294967295'));
  t.false(syn.has('const_int', 'int:4294967295'));
  t.true(syn.has('global_init', 't:big', 0, 'int:4294967296'));
  t.true(syn.has('const_int', 'int:100000', 100000));
  t.true(syn.has('const_int', 'int:-7', -7));
  t.true(syn.has('switch_case', undefined, -2, 't:f:%two'));
});

test('global initialisers: nested structs and arrays, constant expressions, vectors', (t) => {
  t.deepEqual(syn.where('global_init', 't:g'), [
    ['t:g', 0, 'int:1'], ['t:g', 8, 'int:2'], ['t:g', 16, 'int:3'], ['t:g', 20, 'int:5'], ['t:g', 24, 't:g'],
  ]);
  t.deepEqual(syn.where('global_init', 't:arr'), [['t:arr', 0, 'int:1'], ['t:arr', 4, 'int:2']]);
  t.deepEqual(syn.where('global_init', 't:tbl'), [['t:tbl', 0, 't:f'], ['t:tbl', 8, 't:g+18']]);
  t.true(syn.has('const_gep', 't:g+18', 't:g', 18));
  t.true(syn.has('const_expr', 'ce:ptrtoint:t:g', 'ptrtoint', 't:g'));
  t.deepEqual(syn.where('global_init', 't:vec'), [['t:vec', 0, 'int:1'], ['t:vec', 12, 'int:4']]);
  t.deepEqual(syn.where('global_string', 't:str'), [['t:str', 'a\\tb"']]);
  t.true(syn.has('global', 't:quoted name', 't', 'quoted name', 'external'));
  t.true(syn.has('global', 't:weak', 't', 'weak', 'extern_weak'));
  t.false(syn.has('global_defined', 't:ext'));
  t.true(syn.has('global_type', 't:fwd', '%struct.fwd', 16), 'a type used before its definition');
  t.true(syn.has('global_constant', 't:arr'));
  t.true(syn.has('global', 't:p', 't', 'p', 'internal'));
});

test('implicit numbering of unnamed parameters, blocks and instructions', (t) => {
  t.true(syn.has('block_entry', 't:numbered', 't:numbered:%2'));
  t.true(syn.has('binop', undefined, 't:numbered:%3', 'add', 't:numbered:%0', 'int:1'));
  t.true(syn.has('cfg_edge', 't:numbered:%4', 't:numbered:%4'));
  // define i32 @implicit(i32) { add ...; br; next: call ...; ret }: %0 param, %1 entry, %2 add, %3 call
  t.true(syn.has('block_entry', 't:implicit', 't:implicit:%1'));
  t.true(syn.has('binop', undefined, 't:implicit:%2', 'add', 't:implicit:%0', 'int:1'));
  t.true(syn.has('call_result', undefined, 't:implicit:%3'));
  t.true(syn.has('ret', undefined, 't:implicit:%3'));
  t.true(syn.has('block', 't:f:%odd label', 't:f'), 'quoted labels');
  t.true(syn.has('instruction', 't:typed_callee:i2', 't:typed_callee', 't:typed_callee:%0', 'ret', 2), 'fence ordering ends before ret');
});

test('implicit numbering of a function as old printers wrote it (labels as comments)', (t) => {
  const f = factsOf(`
define i32 @g(i32 %a) {
  %1 = icmp eq i32 %a, 0
  br i1 %1, label %2, label %3
; <label>:2:
  ret i32 1
; <label>:3:
  %4 = add i32 %a, 1
  ret i32 %4
}`);
  t.true(f.has('block_entry', 't:g', 't:g:%0'));
  t.true(f.has('block', 't:g:%2', 't:g'));
  t.true(f.has('block', 't:g:%3', 't:g'));
  t.true(f.has('cfg_edge', 't:g:%0', 't:g:%3'));
  t.true(f.has('ret', undefined, 't:g:%4'));
});

test('function basenames strip .N copy suffixes only', (t) => {
  t.is(baseName('_ipc_sendrec.183'), '_ipc_sendrec');
  t.is(baseName('f.copy.1'), 'f.copy');
  t.is(baseName('llvm.memcpy.p0.p0.i32'), 'llvm.memcpy.p0.p0.i32');
  t.is(baseName('x.1.2'), 'x');
  t.true(syn.has('function_basename', 't:f.copy.1', 'f.copy'));
});

test('datalayout: i386 and x86_64 sizes and alignments', (t) => {
  const i386 = new Layout(parseDataLayout('e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128'));
  const x64 = new Layout(parseDataLayout('e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128'));
  const ty = (s: string) => {
    const q = new Parser(s, 'x');
    q.lx.next();
    return q.parseType();
  };
  const s = ty('{ i8, i64, double, ptr, x86_fp80 }');
  t.is(i386.allocSize(s), 1 + 3 + 8 + 8 + 4 + 12, 'i64 and double align to 4 on i386, x86_fp80 is 12 bytes');
  t.is(i386.fieldOffset(s, 1), 4);
  t.is(x64.fieldOffset(s, 1), 8);
  t.is(x64.allocSize(s), 48);
  t.is(i386.allocSize(ty('<{ i8, i32 }>')), 5);
  t.is(i386.allocSize(ty('[3 x { i16, i8 }]')), 12);
  t.is(i386.allocSize(ty('i32*')), 4);
  t.is(x64.allocSize(ty('ptr')), 8);
  t.is(i386.allocSize(ty('i128')), 16);
  t.is(i386.allocSize(ty('i1')), 1);
  t.is(i386.allocSize(ty('<4 x i32>')), 16);
});

test('typed pointers and function types parse', (t) => {
  const f = factsOf(`
target datalayout = "e-p:32:32"
%struct.m = type { i32, i32 }
@tab = global [2 x i32 (i32, %struct.m*)*] [i32 (i32, %struct.m*)* @h, i32 (i32, %struct.m*)* bitcast (void ()* @v to i32 (i32, %struct.m*)*)]
declare void @v()
define i32 @h(i32 %x, %struct.m* %p) {
entry:
  %f = getelementptr inbounds %struct.m, %struct.m* %p, i32 0, i32 1
  store i32 %x, i32* %f, align 4
  %c = call i32 bitcast (void ()* @v to i32 (i32)*)(i32 3)
  %r = call i32 (i32, ...) bitcast (void ()* @v to i32 (i32, ...)*)(i32 1, i32 2)
  ret i32 %c
}`);
  t.deepEqual(f.where('global_init', 't:tab'), [['t:tab', 0, 't:h'], ['t:tab', 4, 't:v']]);
  t.deepEqual(f.gepOffsetOf('t:h:%f'), { offset: 4, base: 't:h:%p', vars: 0 });
  t.is(f.where('direct_call', undefined, 't:v').length, 2, 'calls through a bitcast of a function are direct');
});

test('typed pointers: a function that returns a function pointer (ret void ()* %f), as clang-14 prints SQLite', (t) => {
  const f = factsOf(`
declare void @cb()
define void ()* @pick(void ()* (i8*)* %get, i8* %a) {
entry:
  %f = call void ()* %get(i8* %a)
  %g = call void ()* @pick(void ()* (i8*)* %get, i8* %a)
  ret void ()* %f
}
define void @none() {
entry:
  ret void
}`);
  t.true(f.has('ret', 't:pick:i2', 't:pick:%f'));
  t.true(f.has('call_result', 't:pick:i0', 't:pick:%f'));
  t.true(f.has('direct_call', 't:pick:i1', 't:pick'));
  t.deepEqual(f.where('ret', 't:none:i0'), [], 'ret void has no value');
  t.deepEqual(f.instrs('t:none'), f.instrs('t:none', 'ret'));
  t.is(f.instrs('t:none').length, 1);
});

// The parse is one pass; what it needs before the text says it (a type used before its
// definition) comes from a scan ahead, read from a file through the same small window as the
// parse itself. AHEAD is valid IR for llvm-as-19.
const AHEAD = `target datalayout = "e-i64:64"
@g = global %struct.late zeroinitializer

%struct.late = type { i32, i64 }

define i64 @f(ptr %p) {
entry:
  %x = getelementptr %struct.late, ptr %p, i32 0, i32 1
  %s = alloca %struct.late, align 4
  %v = load i64, ptr %x, align 4
  ret i64 %v
}
`;

test('a type used before its definition: its size from a scan ahead', (t) => {
  const check = (f: Facts, how: string): void => {
    // i64:64 puts the i64 at 8, 16 bytes (LLVM's default layout, i64:32: at 4, 12 bytes)
    t.true(f.has('global_type', 't:g', '%struct.late', 16), `${how}: global size`);
    t.true(f.has('gep_const_offset', 't:f:i0', 8), `${how}: field offset`);
    t.true(f.has('alloca', 't:f:i1', 't:f:%s', '%struct.late', 16), `${how}: alloca size`);
  };
  check(factsOf(AHEAD, 'ahead.ll'), 'text');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-ahead-'));
  const file = path.join(dir, 'ahead.ll');
  fs.writeFileSync(file, AHEAD);
  for (const chunk of [5, 64]) {
    const sink = new MemorySink();
    const cw = new ComponentWriter('t', sink);
    const src = new FileSource(file, file, chunk);
    cw.addModule({ id: 't/ahead.ll', display: file, base: 'ahead' }, src, new Set(), { reopen: () => new FileSource(file, file, chunk) });
    cw.finish();
    src.close();
    check(new Facts(sink), `file in chunks of ${chunk}`);
  }
  const tool = '/usr/lib/llvm-19/bin/llvm-as';
  if (fs.existsSync(tool)) t.is(spawnSync(tool, [file, '-o', '/dev/null'], { encoding: 'utf8' }).status, 0, 'valid IR');
  // llvm-as wants the datalayout first; read leniently, a later one still applies from the start
  const late = factsOf(`${AHEAD.replace(/^target datalayout.*\n/, '')}target datalayout = "e-i64:64"\n`, 'late.ll');
  check(late, 'datalayout at the end');
});
