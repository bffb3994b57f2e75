// Facts of the IR fixtures (test/fixtures/ir: a pm-like server, a vm-like server, a libsys
// linked into both and a libc), checked against the C source in all four IR flavours.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { FLAVOURS, FIXTURES, fixtureFacts, fixtureSystem, systemFacts, Facts } from './extract-fixtures.js';

const O0 = FLAVOURS.filter((f) => f !== 'llvm19-O2');

/** Values that a function's parameter `index` flows into without computation (the -O0 spill and reload). */
function paramCopies(f: Facts, fn: string, index: number): Set<string> {
  const param = f.where('function_param', fn, index)[0]?.[2] as string;
  const out = new Set([param]);
  for (const st of f.rows('store')) {
    if (st[1] !== param) continue;
    for (const ld of f.rows('load')) if (ld[2] === st[2] && String(ld[0]).startsWith(`${fn}:`)) out.add(ld[1] as string);
  }
  return out;
}

for (const fl of FLAVOURS) {
  test(`${fl}: _taskcall stores its syscallnr argument into m_type at byte offset 4`, (t) => {
    const f = fixtureFacts(fl);
    // vm never calls _taskcall, so its copy of libsys has none (extract-prune.test.ts)
    for (const c of ['pm']) {
      const fn = `${c}:_taskcall`;
      const nr = paramCopies(f, fn, 1);
      const stores = f.rows('store').filter((r) => String(r[0]).startsWith(`${fn}:i`) && nr.has(r[1] as string) && f.gepOffsetOf(r[2] as string));
      t.is(stores.length, 1, `${c}: one store of syscallnr`);
      const gep = f.gepOffsetOf(stores[0]![2] as string);
      t.truthy(gep, 'the store goes through a GEP');
      t.is(gep!.offset, 4);
      t.is(gep!.vars, 0);
    }
  });

  test(`${fl}: do_exit stores 42 into the m_type of a local message`, (t) => {
    const f = fixtureFacts(fl);
    const st = f.rows('store').filter((r) => String(r[0]).startsWith('pm:do_exit:i') && r[1] === 'int:42');
    t.is(st.length, 1);
    const gep = f.gepOffsetOf(st[0]![2] as string)!;
    t.is(gep.offset, 4);
    t.true(f.has('alloca', undefined, gep.base, '%struct.message', 24), 'the base is the 24-byte message on the stack');
    t.true(f.has('const_int', 'int:42', 42));
  });

  test(`${fl}: call_vec slots in global_init at offsets 0, 4, 8, 12`, (t) => {
    const f = fixtureFacts(fl);
    t.deepEqual(f.where('global_init', 'pm:call_vec'), [
      ['pm:call_vec', 0, 'pm:no_sys'], ['pm:call_vec', 4, 'pm:do_fork'],
      ['pm:call_vec', 8, 'pm:do_getpid'], ['pm:call_vec', 12, 'pm:do_exit'],
    ]);
    t.true(f.has('global_constant', 'pm:call_vec'));
    t.true(f.has('global_type', 'pm:call_vec', undefined, 16));
    t.true(f.has('global_defined', 'pm:call_vec', 'pm/pm.ll'));
  });

  test(`${fl}: call_vec[call_nr - PM_BASE] is a GEP with a variable index of stride 4`, (t) => {
    const f = fixtureFacts(fl);
    const geps = f.where('gep', undefined, undefined, 'pm:call_vec').filter((r) => String(r[0]).startsWith('pm:main:'));
    t.is(geps.length, 1);
    const i = geps[0]![0] as string;
    t.is(f.where('gep_var_index', i).length, 1);
    t.is(f.where('gep_var_index', i)[0]![2], 4);
    t.deepEqual(f.where('gep_const_offset', i), [[i, 0]]);
    // the loaded slot is called indirectly
    const slot = f.where('load', undefined, undefined, geps[0]![1])[0]![1];
    t.true(f.rows('call').some((r) => String(r[0]).startsWith('pm:main:') && r[1] === slot));
  });

  test(`${fl}: initialisers: struct pairs, packed struct, constant address, string`, (t) => {
    const f = fixtureFacts(fl);
    t.deepEqual(f.where('global_init', 'pm:pairs'), [
      ['pm:pairs', 0, 'int:1'], ['pm:pairs', 4, 'pm:who_e'], ['pm:pairs', 8, 'int:-2'], ['pm:pairs', 12, 'pm:mproc+76'],
    ]);
    t.true(f.has('const_gep', 'pm:mproc+76', 'pm:mproc', 76), '&mproc[3].mp_flags = 3*24 + 4');
    t.deepEqual(f.where('global_init', 'pm:prec'), [['pm:prec', 0, 'int:122'], ['pm:prec', 1, 'int:99']]);
    t.true(f.has('global_type', 'pm:prec', '%struct.packed_rec', 5));
    t.deepEqual(f.where('global_string', 'pm:banner'), [['pm:banner', 'pm\\tready\\n']]);
    t.deepEqual(f.where('global_init', 'pm:m_in'), [], 'zeroinitializer has no leaves');
    t.true(f.has('global_init', 'pm:next_pid', 0, 'int:7'));
  });

  test(`${fl}: libsys is instantiated once per component that links it`, (t) => {
    const f = fixtureFacts(fl);
    for (const c of ['pm', 'vm']) {
      // both receive and send: each has its own sef_receive_status and kernel_call_table
      t.true(f.has('function_defined', `${c}:sef_receive_status`, `${c}/libsys.ll`));
      t.true(f.has('function', `${c}:sef_receive_status`, c, 'sef_receive_status'));
      t.true(f.has('global', `${c}:kernel_call_table`, c, 'kernel_call_table', 'external'));
      t.true(f.has('library_instance', 'sys', c));
      t.true(f.has('module_library', `${c}/libsys.ll`, 'sys'));
    }
    // only pm calls _taskcall: vm's copy of it, and of the static it alone uses, is not extracted
    t.true(f.has('function_defined', 'pm:_taskcall', 'pm/libsys.ll'));
    t.true(f.has('global_defined', 'pm:sys_calls_made', 'pm/libsys.ll'));
    t.false(f.has('function', 'vm:_taskcall'));
    t.false(f.has('global', 'vm:sys_calls_made'));
    t.false(f.has('library_instance', 'sys', 'user'));
    // pm declares _taskcall (pm.ll) and libsys defines it: one function row, one definition
    t.is(f.where('function', 'pm:_taskcall').length, 1);
    t.is(f.where('function_defined', 'pm:_taskcall').length, 1);
    t.true(f.has('direct_call', undefined, 'pm:_taskcall'));
    t.true(f.has('function_linkage', 'pm:_taskcall', 'external'));
  });

  test(`${fl}: memcpy and memset intrinsics of asynsend3`, (t) => {
    const f = fixtureFacts(fl);
    const mc = f.rows('memcpy').filter((r) => String(r[0]).startsWith('pm:asynsend3:'));
    t.is(mc.length, 1);
    t.is(mc[0]![3], 24);
    const ms = f.rows('memset').filter((r) => String(r[0]).startsWith('pm:asynsend3:'));
    if (fl === 'llvm19-O2') {
      t.is(ms.length, 0, 'the unused buffer is optimised away');
    } else {
      t.is(ms.length, 1);
      t.is(ms[0]![2], 32);
    }
  });

  test(`${fl}: out-of-scope primitive ipc_send is called with the receive buffer`, (t) => {
    const f = fixtureFacts(fl);
    t.true(f.has('config_ignore', 'ipc_send'));
    const calls = f.where('direct_call', undefined, 'pm:ipc_send').filter((r) => String(r[0]).startsWith('pm:main:'));
    t.is(calls.length, 1);
    t.true(f.has('call_arg', calls[0]![0], 1, 'pm:m_in'));
    // the receive call: sef_receive_status(ANY, &m_in, &status)
    const recv = f.where('direct_call', undefined, 'pm:sef_receive_status')[0]![0];
    t.true(f.has('call_arg', recv, 0, 'int:31744'));
    t.true(f.has('call_arg', recv, 1, 'pm:m_in'));
  });

  test(`${fl}: switch on call_nr with cases 0 and 7 in pm, VM_FORK in vm`, (t) => {
    const f = fixtureFacts(fl);
    const pmCases = f.rows('switch_case').filter((r) => String(r[0]).startsWith('pm:main:')).map((r) => r[1]);
    t.deepEqual(pmCases.sort(), [0, 7]);
    // vm's one-case switch becomes a comparison at -O2
    if (fl === 'llvm19-O2') t.true(f.rows('icmp').some((r) => String(r[0]).startsWith('vm:main:') && r[2] === 'eq' && r[4] === 'int:769'));
    else t.true(f.rows('switch_case').some((r) => String(r[0]).startsWith('vm:main:') && r[1] === 0x301));
  });

  test(`${fl}: every block has its cfg edges and every function one entry`, (t) => {
    const f = fixtureFacts(fl);
    const defined = f.rows('function_defined').map((r) => r[0]);
    for (const fn of defined) t.is(f.where('block_entry', fn).length, 1, `${fn} has one entry block`);
    const blocks = new Set(f.rows('block').map((r) => r[0]));
    for (const [src, dst] of f.rows('cfg_edge')) {
      t.true(blocks.has(src as string) && blocks.has(dst as string), `${src} -> ${dst}`);
    }
    // every instruction id is unique and indexes are dense per function
    const ids = f.rows('instruction').map((r) => r[0]);
    t.is(new Set(ids).size, ids.length);
  });
}

for (const fl of O0) {
  test(`${fl}: _ipc_sendrec copies: .N suffixes, basename, and the libsys copy renamed`, (t) => {
    const f = fixtureFacts(fl);
    const copies = f.where('function_basename', undefined, '_ipc_sendrec').map((r) => r[0] as string).filter((x) => x.startsWith('pm:')).sort();
    t.is(copies.length, 3);
    t.true(copies.includes('pm:_ipc_sendrec'));
    t.true(copies.includes('pm:_ipc_sendrec@libsys'), 'the internal copy of libsys collides with pm.ll\'s and is renamed');
    t.true(copies.some((x) => /^pm:_ipc_sendrec\.\d+$/.test(x)), 'llvm-link renamed the second copy in pm.ll');
    for (const c of copies) t.true(f.has('function_linkage', c, 'internal'));
    // _taskcall (libsys) calls libsys's own copy
    const tc = f.rows('direct_call').filter((r) => String(r[0]).startsWith('pm:_taskcall:')).map((r) => r[1]);
    t.true(tc.includes('pm:_ipc_sendrec@libsys'));
    t.true(tc.includes('pm:helper@libsys'), 'static helper of libsys collides with pm\'s static helper');
    t.true(f.has('function_defined', 'pm:_ipc_sendrec@libsys', 'pm/libsys.ll'));
    // locals of a renamed function carry its id
    t.true(f.has('function_param', 'pm:_ipc_sendrec@libsys', 1, 'pm:_ipc_sendrec@libsys:%m'));
    // vm: its own static helper keeps the plain id; libsys's is renamed
    t.true(f.has('function_defined', 'vm:helper', 'vm/vm.ll'));
    t.false(f.has('function', 'vm:helper@libsys'), 'only _taskcall calls it, which vm does not reach');
    // a static global without a collision keeps its name
    t.true(f.has('global', 'pm:sys_calls_made', 'pm', 'sys_calls_made', 'internal'));
  });
}

test('llvm19-O2: implicit numbering of unnamed entry blocks after numbered parameters', (t) => {
  const f = fixtureFacts('llvm19-O2');
  t.true(f.has('block_entry', 'pm:vm_fork', 'pm:vm_fork:%2'), 'vm_fork(%0, %1): the entry block is %2');
  t.true(f.has('alloca', 'pm:vm_fork:i0', 'pm:vm_fork:%3'));
  t.true(f.has('block_entry', 'pm:main', 'pm:main:%0'));
  t.true(f.has('cfg_edge', 'pm:main:%0', 'pm:main:%2'));
  t.true(f.has('function_param', 'pm:vm_fork', 1, 'pm:vm_fork:%1'));
});

test('llvm19-g: source locations from debug info, file names as the compiler saw them', (t) => {
  const f = fixtureFacts('llvm19-g');
  const src = fs.readFileSync(path.join(FIXTURES, 'handlers.c'), 'utf8').split('\n');
  const lineOf = (s: string): number => src.findIndex((l) => l.includes(s)) + 1;
  t.deepEqual(f.where('function_source', 'pm:do_fork'), [['pm:do_fork', 'handlers.c', lineOf('int do_fork(void)')]]);
  const st = f.rows('store').find((r) => String(r[0]).startsWith('pm:do_exit:i') && r[1] === 'int:42')!;
  const loc = f.where('instruction_source', st[0])[0]!;
  t.is(loc[1], 'handlers.c');
  t.is(loc[2], lineOf('m.m_type = 42;'));
  t.is(loc[3], src[lineOf('m.m_type = 42;') - 1]!.indexOf('=') + 1, 'clang locates an assignment at its =');
  // the header's inline function is attributed to the header
  t.true(f.rows('function_source').some((r) => r[0] === 'pm:_ipc_sendrec' && r[1] === './minimsg.h'));
  // debug records (#dbg_declare) are not instructions: same count as without -g
  t.is(f.instrs('pm:do_fork').length, fixtureFacts('llvm19').instrs('pm:do_fork').length);
  t.is(fixtureFacts('llvm19').rows('instruction_source').length, 0);
});

test('llvm14 and llvm19 give the same facts up to pointer-type spellings', (t) => {
  const a = fixtureFacts('llvm14');
  const b = fixtureFacts('llvm19');
  // typed pointers add bitcast instructions, so instruction positions differ: compare without them
  for (const rel of ['function', 'function_param', 'global_init', 'switch_case', 'direct_call', 'cfg_edge', 'block', 'const_gep']) {
    const norm = (f: Facts): Set<string> => new Set(f.rows(rel).map((r) => r.join('\t').replace(/:i\d+\b/g, ':i*')).filter((s) => !s.includes('llvm.')));
    t.deepEqual(norm(a), norm(b), rel);
  }
});

test('two runs give identical facts', (t) => {
  const a = fixtureFacts('llvm19-g');
  const b = systemFacts(fixtureSystem('llvm19-g')); // an independent second run
  t.deepEqual([...b.sink.tables.keys()], [...a.sink.tables.keys()]);
  for (const [rel, rows] of a.sink.tables) t.deepEqual(b.rows(rel), rows, rel);
});
