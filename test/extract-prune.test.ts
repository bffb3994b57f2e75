// A component gets only the library code its own modules reach, as a static linker would link
// it (extract/prune.ts). Fixtures: test/fixtures/prune (a library with a dead chain, a table of
// function pointers, an address taken, a constructor, llvm.used/llvm.compiler.used, a weak
// default, an alias and a static that collides with each server's; a second library that
// defines one of its symbols again; two servers that reach different parts), and
// examples/minios, whose servers each link libsys. All IR is clang's.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { componentFacts, configFacts, extractModuleFile, loadSystem, MemorySink, ExtractError } from '../extract/index.js';
import type { SystemDescription, FactRow } from '../extract/index.js';
import { scanModule } from '../extract/scan.js';
import { FileSource } from '../extract/source.js';
import { ComponentWriter } from '../extract/facts.js';
import { Facts } from './extract-fixtures.js';

const PRUNE = path.join(packageRoot, 'test', 'fixtures', 'prune');
const MINIOS = path.join(packageRoot, 'examples', 'minios');

function facts(sys: SystemDescription, whole = false): Facts {
  const sink = new MemorySink();
  configFacts(sys, sink);
  for (const c of sys.components) componentFacts(sys, c.name, sink, { wholeLibraries: whole || undefined, onWarning: (e) => { throw e; } });
  return new Facts(sink);
}

const fixture = loadSystem(path.join(PRUNE, 'system.json'));
const pruned = facts(fixture);
const whole = facts(fixture, true);

const defined = (f: Facts): Set<string> => new Set(f.rows('function_defined').map((r) => r[0] as string));
const entities = (f: Facts): Set<string> => new Set([...f.rows('function'), ...f.rows('global')].map((r) => r[0] as string));

test('a library function referenced only by library code the component does not reach is dropped', (t) => {
  for (const c of ['a', 'b']) {
    // dead_mid calls dead_leaf, which reads dead_global; no server calls dead_mid
    for (const x of ['dead_mid', 'dead_leaf', 'dead_global', 'ext_dead_decl', 'lib2_unused']) {
      t.true(entities(whole).has(`${c}:${x}`), `${c}:${x} is there without pruning`);
      t.false(entities(pruned).has(`${c}:${x}`), `${c}:${x} is dropped`);
    }
  }
  // b calls no library function at all: of libutil it keeps only what the runtime calls
  t.false(defined(pruned).has('b:lib_dispatch'));
  t.false(entities(pruned).has('b:op_table'));
});

test('what live code reaches is kept: through a table in an initialiser, an address taken, an alias, a declaration', (t) => {
  const d = defined(pruned);
  // lib_dispatch calls through op_table, whose initialiser holds op_open and op_close
  for (const f of ['a:lib_dispatch', 'a:op_open', 'a:op_close']) t.true(d.has(f), f);
  t.true(pruned.has('global_init', 'a:op_table', 0, 'a:op_open'));
  t.true(pruned.has('global_init', 'a:op_table', 8, 'a:op_close'));
  // lib_set_default stores the address of default_handler into current_handler
  t.true(d.has('a:default_handler'));
  t.true(pruned.has('global', 'a:current_handler', 'a', 'current_handler', 'external'));
  // main calls lib_alias, which libutil defines as an alias of lib_real: lib_real is kept
  t.true(pruned.has('direct_call', undefined, 'a:lib_alias'));
  t.true(d.has('a:lib_real'));
  // lib_count calls ext_live_decl, defined nowhere: kept as a declaration
  t.true(pruned.has('function', 'a:ext_live_decl', 'a', 'ext_live_decl'));
  t.false(pruned.has('function_defined', 'a:ext_live_decl'));
  t.true(pruned.has('global_defined', 'a:lib_counter', 'a/libutil.ll'));
});

test('llvm.global_ctors, llvm.used and llvm.compiler.used keep what they name in every component', (t) => {
  for (const c of ['a', 'b']) {
    const d = defined(pruned);
    // lib_init is a constructor; it calls init_value and writes init_done
    for (const f of ['lib_init', 'init_value', 'kept_by_used', 'kept_by_retain']) t.true(d.has(`${c}:${f}`), `${c}:${f}`);
    t.true(pruned.has('global', `${c}:init_done`, c, 'init_done', 'internal'));
    for (const g of ['llvm.global_ctors', 'llvm.used', 'llvm.compiler.used']) t.true(entities(pruned).has(`${c}:${g}`), `${c}:${g}`);
  }
});

test('renamed statics are kept or dropped per component; a symbol defined twice follows its first definition', (t) => {
  const d = defined(pruned);
  // each server's own static helper keeps the plain id; libutil's is helper@libutil in both
  t.true(d.has('a:helper') && d.has('b:helper'));
  t.true(d.has('a:helper@libutil'), 'op_close, reached through op_table, calls it');
  t.false(entities(pruned).has('b:helper@libutil'), 'b does not reach op_close');
  t.true(entities(whole).has('b:helper@libutil'));
  t.true(pruned.has('direct_call', undefined, 'a:helper@libutil'));
  // dup_fn: libutil's definition counts (it comes first), so first_callee is kept, libtwo's
  // second_callee (called only by libtwo's dup_fn) is not
  t.true(pruned.has('function_defined', 'a:dup_fn', 'a/libutil.ll'));
  t.true(d.has('a:first_callee'));
  t.false(entities(pruned).has('a:second_callee'));
  // b defines lib_hook itself: libutil's weak lib_hook and what it alone calls are not b's
  t.true(pruned.has('function_defined', 'b:lib_hook', 'b/srv_b.ll'));
  t.false(entities(pruned).has('b:weak_only_callee'));
  t.true(pruned.has('function_defined', 'a:lib_hook', 'a/libutil.ll'));
  t.true(d.has('a:weak_only_callee'));
});

/** The component-qualified entity ids a fact value names (pm:f, pm:f:%x, pm:g+4, ce:ptrtoint:pm:f, ...). */
function namedEntities(v: string, components: string[]): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?:^|[:,])((?:${components.map((c) => c.replace(/[.]/g, '\\.')).join('|')}):[^:,+%\\t]+)`, 'g');
  for (const m of v.matchAll(re)) out.push(m[1]!);
  return out;
}

/** Every row of the pruned facts is a row of the whole facts, and none names a dropped entity. */
function checkNoDangling(t: import('ava').ExecutionContext, p: Facts, w: Facts, components: string[], what: string): number {
  const kept = entities(p);
  const dropped = new Set([...entities(w)].filter((x) => !kept.has(x)));
  t.true(dropped.size > 0, `${what}: something is dropped`);
  let checked = 0;
  for (const [rel, rows] of p.sink.tables) {
    const all = new Set(w.rows(rel).map((r) => r.join('\t')));
    for (const row of rows) {
      if (!all.has(row.join('\t'))) t.fail(`${what}: ${rel} row ${row.join(' ')} is not in the whole facts`);
      for (const v of row) {
        if (typeof v !== 'string') continue;
        for (const e of namedEntities(v, components)) {
          checked++;
          if (dropped.has(e)) t.fail(`${what}: ${rel}(${row.join(', ')}) names ${e}, which is dropped`);
        }
      }
    }
  }
  // and nothing is left of a dropped entity's own rows
  for (const [rel, rows] of p.sink.tables) {
    for (const row of rows as FactRow[]) if (dropped.has(String(row[0]))) t.fail(`${what}: ${rel} has a row of dropped ${row[0]}`);
  }
  return checked;
}

test('no row of any relation names a dropped entity (fixture, with debug info)', (t) => {
  const n = checkNoDangling(t, pruned, whole, ['a', 'b'], 'fixture');
  t.true(n > 100);
  // source locations: of the kept library code, none of the dropped
  const src = fs.readFileSync(path.join(PRUNE, 'libutil.c'), 'utf8').split('\n');
  t.true(pruned.has('function_source', 'a:op_open', 'libutil.c', src.findIndex((l) => l.includes('int op_open(')) + 1));
  t.true(whole.has('function_source', 'a:dead_leaf'));
  t.false(pruned.has('function_source', 'a:dead_leaf'));
  t.true(pruned.rows('instruction_source').some((r) => String(r[0]).startsWith('a:op_open:i')));
  t.false(pruned.rows('instruction_source').some((r) => /^[ab]:dead_/.test(String(r[0]))));
});

for (const file of ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json']) {
  test(`minios ${file}: pruned facts are whole facts less dead libsys code, no row names it`, (t) => {
    const sys = loadSystem(path.join(MINIOS, file));
    const p = facts(sys);
    const w = facts(sys, true);
    t.true(checkNoDangling(t, p, w, sys.components.map((c) => c.name), file) > 1000);
    t.true(p.rows('instruction').length < w.rows('instruction').length);
    // the servers' own code is all there; of libsys, what each calls
    for (const c of sys.components.filter((x) => x.libraries.length)) {
      const own = w.rows('function_defined').filter((r) => r[1] === `${c.name}/${path.basename(c.ir[0]!)}`);
      t.true(own.length > 0);
      for (const r of own) t.true(p.has('function_defined', r[0], r[1]), String(r[0]));
      t.true(p.has('function_defined', `${c.name}:sef_receive_status`), `${c.name} receives`);
    }
    // the user component has no library: nothing of it is dropped
    t.is(p.where('function_defined', undefined, 'user/libc.ll').length, w.where('function_defined', undefined, 'user/libc.ll').length);
    t.true(p.where('function_defined', undefined, 'user/libc.ll').length > 5);
  });
}

test('a library extracted alone (--ir) and a description with libraries_whole are not pruned', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-prune-'));
  try {
    extractModuleFile(path.join(PRUNE, 'libutil.ll'), 'util', out);
    const fns = fs.readFileSync(path.join(out, 'function_defined.facts'), 'utf8');
    t.regex(fns, /^util:dead_leaf\t/m);
    // the fixture's description, with its paths made absolute, written elsewhere
    const desc = JSON.parse(fs.readFileSync(path.join(PRUNE, 'system.json'), 'utf8'));
    desc.libraries = Object.fromEntries(Object.entries(desc.libraries as Record<string, string[]>).map(([k, v]) => [k, v.map((f) => path.join(PRUNE, f))]));
    for (const c of Object.values(desc.components as Record<string, { ir: string[] }>)) c.ir = c.ir.map((f) => path.join(PRUNE, f));
    const file = path.join(out, 'whole.json');
    fs.writeFileSync(file, JSON.stringify({ ...desc, libraries_whole: true }));
    const sys = loadSystem(file);
    t.true(sys.librariesWhole);
    t.true(defined(facts(sys)).has('b:dead_leaf'));
    fs.writeFileSync(file, JSON.stringify({ ...desc, libraries_whole: 'yes' }));
    const e = t.throws(() => loadSystem(file), { instanceOf: ExtractError });
    t.regex(e!.message, /libraries_whole: expected true or false, found "yes"/);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('the reference scan: the names each definition uses, by tokens', (t) => {
  const text = fs.readFileSync(path.join(PRUNE, 'libutil.ll'), 'latin1');
  const s = scanModule(text, 'libutil.ll', { refs: true });
  t.true(s.refsComplete);
  const refs = (n: string): string[] => [...(s.defs.get(n)?.refs ?? [])].sort();
  t.deepEqual(refs('op_table'), ['op_close', 'op_open']);
  t.deepEqual(refs('lib_dispatch'), ['op_table']);
  t.deepEqual(refs('lib_set_default'), ['current_handler', 'default_handler']);
  t.deepEqual(refs('dead_mid'), ['dead_leaf', 'ext_dead_decl']);
  t.deepEqual(refs('lib_alias'), ['lib_real']);
  t.true(s.defs.get('llvm.global_ctors')!.appending);
  t.false(s.defs.has('ext_live_decl'), 'a declaration is no definition');
  // read in chunks of any size, the same references
  for (const chunk of [1, 7, 61]) {
    const src = new FileSource(path.join(PRUNE, 'libutil.ll'), 'libutil.ll', chunk);
    const c = scanModule(src, 'libutil.ll', { refs: true });
    src.close();
    t.deepEqual([...c.defs.entries()], [...s.defs.entries()], `chunk ${chunk}`);
  }
});

test('the reference scan reads tokens: names in strings and comments are none; bodies on one line, initialisers over several', (t) => {
  const ir = [
    '@msg = constant [6 x i8] c"@dead\\00" ; @dead2',
    '@tab = global [2 x ptr] [',
    '  ptr @f1,',
    '  ptr @f2]',
    'define i32 @one() { ret i32 1 }',
    'define i32 @two({ i32, i32 } %p) {',
    '  %x = call i32 @one() ; calls @dead3',
    '  %y = extractvalue { i32, i32 } %p, 0',
    '  ret i32 %x',
    '}',
    'declare i32 @f1()',
    '@tl = internal thread_local(initialexec) global ptr @f3',
  ].join('\n') + '\n';
  const s = scanModule(ir, 'hand.ll', { refs: true });
  t.true(s.refsComplete);
  t.deepEqual(s.defs.get('msg')!.refs, []);
  t.deepEqual(s.defs.get('tab')!.refs.sort(), ['f1', 'f2']);
  t.deepEqual(s.defs.get('one')!.refs, []);
  t.deepEqual(s.defs.get('two')!.refs, ['one']);
  t.deepEqual(s.defs.get('tl')!.refs, ['f3']);
  t.deepEqual(s.symbols.get('tl'), { local: true, kind: 'global' });
  // a body the scan cannot tell from its header: nothing may be pruned on its word
  t.false(scanModule('define i32 @p() prefix { i32 } { i32 1 } {\n  ret i32 1\n}\n', 'p.ll', { refs: true }).refsComplete);
  t.false(scanModule('define i32 @q() {\n  ret i32 1\n', 'q.ll', { refs: true }).refsComplete, 'a body that does not end');
});

test('the parse skips what is not kept, read in chunks of any size', (t) => {
  const file = path.join(PRUNE, 'libutil.ll');
  const keep = (n: string): boolean => !n.startsWith('dead_') && n !== 'op_table';
  const run = (source: () => FileSource | string): MemorySink => {
    const sink = new MemorySink();
    const cw = new ComponentWriter('c', sink);
    const src = source();
    cw.addModule({ id: 'c/libutil.ll', display: file, base: 'libutil' }, src, new Set(), { keep, reopen: source });
    cw.finish();
    if (typeof src !== 'string') src.close?.();
    return sink;
  };
  const ref = run(() => fs.readFileSync(file, 'latin1'));
  const fns = ref.rows('function_defined').map((r) => r[0]);
  t.true(fns.includes('c:op_open'));
  t.false(fns.includes('c:dead_leaf'));
  t.false(ref.rows('global').some((r) => r[0] === 'c:op_table' || r[0] === 'c:dead_global'));
  t.false(ref.rows('instruction').some((r) => String(r[1]).startsWith('c:dead_')));
  for (const chunk of [1, 7, 61, 4096]) {
    const sink = run(() => new FileSource(file, file, chunk));
    for (const [rel, rows] of ref.tables) t.deepEqual(sink.rows(rel), rows, `chunk ${chunk}: ${rel}`);
  }
});

test('a library scanned for one component is scanned again once its file changes', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-prune-'));
  try {
    const lib = path.join(dir, 'lib.ll');
    fs.copyFileSync(path.join(PRUNE, 'libutil.ll'), lib);
    fs.copyFileSync(path.join(PRUNE, 'srv_a.ll'), path.join(dir, 'srv_a.ll'));
    fs.writeFileSync(path.join(dir, 'system.json'), JSON.stringify({
      name: 'cached', components: { a: { ir: ['srv_a.ll'], libraries: ['l'] } }, libraries: { l: ['lib.ll'] },
      ipc: { send: [], message: { mtype_offset: 0 } },
    }));
    const sys = loadSystem(path.join(dir, 'system.json'));
    t.true(defined(facts(sys)).has('a:first_callee'));
    t.true(defined(facts(sys)).has('a:first_callee'), 'from the cached scan');
    // now the library is libtwo: its dup_fn calls second_callee
    fs.copyFileSync(path.join(PRUNE, 'libtwo.ll'), lib);
    const d = defined(facts(sys));
    t.true(d.has('a:second_callee'));
    t.false(d.has('a:first_callee'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an entry function of the description is a root: the code it reaches is kept', (t) => {
  // dead_mid (and what it calls) is reached by no server; named as an entry function, it stays
  const raw = JSON.parse(fs.readFileSync(path.join(PRUNE, 'system.json'), 'utf8'));
  raw.entry_functions = ['dead_mid'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-prune-entry-'));
  try {
    for (const f of fs.readdirSync(PRUNE)) if (f.endsWith('.ll')) fs.copyFileSync(path.join(PRUNE, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'system.json'), JSON.stringify(raw));
    const f = facts(loadSystem(path.join(dir, 'system.json')));
    for (const c of ['a', 'b']) {
      for (const x of ['dead_mid', 'dead_leaf']) t.true(defined(f).has(`${c}:${x}`), `${c}:${x} kept`);
      t.true(entities(f).has(`${c}:dead_global`));
      t.false(entities(f).has(`${c}:lib2_unused`), 'what the entry does not reach is still dropped');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
