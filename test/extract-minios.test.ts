// The "done when" on examples/minios: all three IR flavours extract without errors,
// into facts that agree with the C source (read through expected.json and include/minios.h).
// Skipped with a message while the example is not in the tree.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { testIf } from './helpers/skip.js';
import { loadSystem } from '../extract/index.js';
import type { SystemDescription } from '../extract/index.js';
import { systemFacts, Facts } from './extract-fixtures.js';
import { MemorySink, componentFacts, configFacts } from '../extract/index.js';

const EX = path.join(packageRoot, 'examples', 'minios');
const present = fs.existsSync(path.join(EX, 'system.json'));
const descriptions = present ? fs.readdirSync(EX).filter((f) => /^system.*\.json$/.test(f)).sort() : [];

function extract(file: string): { facts: Facts; warnings: string[]; sys: SystemDescription } {
  const sys = loadSystem(path.join(EX, file));
  const warnings: string[] = [];
  const sink = new MemorySink();
  configFacts(sys, sink);
  for (const c of sys.components) componentFacts(sys, c.name, sink, { onWarning: (e) => warnings.push(e.format()) });
  return { facts: new Facts(sink), warnings, sys };
}

function defines(): Map<string, number> {
  const out = new Map<string, number>();
  const text = fs.readFileSync(path.join(EX, 'include', 'minios.h'), 'utf8');
  for (const m of text.matchAll(/^#define\s+(\w+)\s+\(?\s*(0x[0-9a-fA-F]+|\d+)\s*\)?/gm)) out.set(m[1]!, Number(m[2]));
  return out;
}

if (!present) test.skip('examples/minios [skipped: examples/minios is not in this tree]', () => {});

for (const file of descriptions) {
  test(`minios ${file}: extracts with zero errors and warnings`, (t) => {
    const { facts, warnings, sys } = extract(file);
    t.deepEqual(warnings, []);
    for (const c of sys.components) t.true(facts.rows('function_defined').some((r) => String(r[0]).startsWith(`${c.name}:`)), c.name);
    t.deepEqual(facts.rows('config_mtype_offset'), [[sys.ipc.mtypeOffset]]);
    for (const p of sys.ipc.ignore) t.true(facts.has('config_ignore', p));
  });

  test(`minios ${file}: call_vec slots follow the m_type numbers of the header`, (t) => {
    const { facts } = extract(file);
    const expected = JSON.parse(fs.readFileSync(path.join(EX, 'expected.json'), 'utf8')) as { dispatch: Record<string, Record<string, { value: number; handler: string }>> };
    const base = defines().get('PM_BASE')!;
    const slots = new Map(facts.where('global_init', 'pm:call_vec').map((r) => [r[1] as number, r[2] as string]));
    t.true(slots.size > 3);
    // the PM_BASE range goes through call_vec (COMMON_* calls are tested before it)
    for (const { value, handler } of Object.values(expected.dispatch.pm!).filter((d) => d.value >= base && d.value < base + 0x100)) {
      t.is(slots.get((value - base) * 4), `pm:${handler}`, `slot of ${handler}`);
    }
  });

  test(`minios ${file}: _taskcall stores its call number into m_type (offset ${4}) in every server`, (t) => {
    const { facts, sys } = extract(file);
    const servers = sys.components.filter((c) => c.libraries.length > 0).map((c) => c.name);
    t.true(servers.length >= 5);
    for (const c of servers) {
      const fn = `${c}:_taskcall`;
      if (!facts.has('function_defined', fn)) continue; // dead library code may be absent at -O2
      const nr = facts.where('function_param', fn, 1)[0]![2] as string;
      // the value stored is the parameter or its -O0 reload from the spill slot
      const copies = new Set([nr]);
      for (const st of facts.where('store', undefined, nr)) for (const ld of facts.where('load', undefined, undefined, st[2])) copies.add(ld[1] as string);
      const hits = facts.rows('store').filter((r) => String(r[0]).startsWith(`${fn}:i`) && copies.has(r[1] as string))
        .map((r) => facts.gepOffsetOf(r[2] as string)).filter((g) => g !== undefined);
      t.is(hits.length, 1, fn);
      t.is(hits[0]!.offset, sys.ipc.mtypeOffset, fn);
    }
  });
}

for (const file of descriptions) {
  test(`minios ${file}: no function is varargs; indirect calls pass as many arguments as the handlers take`, (t) => {
    const { facts } = extract(file);
    // the example's C has no ... anywhere (clang's declarations of libc functions included)
    t.deepEqual(facts.rows('function_varargs'), []);
    // call_vec handlers are int (*)(void): the call through the table passes no argument,
    // and every handler it holds has no parameter (what the points-to arity filter relies on)
    const handlers = facts.where('global_init', 'pm:call_vec').map((r) => r[2] as string);
    t.true(handlers.length > 3);
    for (const h of handlers) t.deepEqual(facts.where('function_param', h), [], h);
    const indirect = facts.rows('call').filter((r) => String(r[0]).startsWith('pm:') && !facts.has('direct_call', r[0]) && r[1] !== 'asm');
    t.true(indirect.length >= 1);
    t.true(indirect.some((r) => facts.where('call_arg', r[0]).length === 0));
  });
}

testIf(present ? undefined : 'examples/minios is not in this tree')('minios: facts are identical across two runs', (t) => {
  const sys = loadSystem(path.join(EX, 'system.json'));
  const a = systemFacts(sys);
  const b = systemFacts(sys);
  for (const [rel, rows] of a.sink.tables) t.deepEqual(b.rows(rel), rows, rel);
});

// Indirect calls reach only functions of the type they are called through (rules/pointsto.dl,
// [Calls]); the types are written with every pointer alike, so typed-pointer IR (LLVM 14) and
// opaque-pointer IR (LLVM 19) give the same text.
if (present) test('minios: function and call signatures, the same with typed and opaque pointers', (t) => {
  const typed = extract('system-llvm14.json').facts;
  const opaque = extract('system.json').facts;
  const sigs = (f: Facts, rel: string) => new Map(f.rows(rel).map((r) => [String(r[0]), String(r[1])]));
  const f14 = sigs(typed, 'function_signature');
  const f19 = sigs(opaque, 'function_signature');
  t.is(f19.get('pm:do_fork'), 'i32 ()');
  t.is(f19.get('pm:_taskcall'), 'i32 (i32, i32, ptr)');
  t.is(f19.get('vfs:mthread_create'), 'i32 (ptr, ptr, ptr)', 'pointers to a struct, to a function and to void alike');
  t.is(f19.get('vfs:mthread_block'), 'void (ptr, ptr)');
  let compared = 0;
  for (const [f, s] of f19) {
    if (!f14.has(f)) continue;
    t.is(f14.get(f), s, f);
    compared++;
  }
  t.true(compared > 100, `functions in both flavours: ${compared}`);
  // every indirect call has one, the same text in both flavours for the same kind of call
  for (const facts of [typed, opaque]) {
    const calls = sigs(facts, 'call_signature');
    const indirect = facts.rows('call').map((r) => String(r[0])).filter((i) => !facts.rows('direct_call').some((d) => String(d[0]) === i));
    t.true(indirect.length > 10);
    for (const i of indirect) t.true(calls.has(i), `${i} has a signature`);
    const texts = new Set(calls.values());
    t.true(texts.has('i32 (i32, ptr, ptr)'), 'the kernel trap through a pointer');
    t.true(texts.has('void (ptr)'), "mthread's continuation");
    t.false([...texts].some((s) => s.includes('*') || s.includes('%')), 'no typed pointer or struct name in a signature');
  }
});
