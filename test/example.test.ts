// The example system examples/minios: its committed IR, its build, and the hand-written
// expected results (expected.json) checked against the C headers and the IR of every flavour.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { packageRoot } from '../src/paths.js';
import { testIf } from './helpers/skip.js';

const minios = path.join(packageRoot, 'examples', 'minios');
const SYSTEM_FILES = ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json'];
const FLAVOURS = ['llvm14', 'llvm19', 'llvm19-O2'] as const;
type Flavour = (typeof FLAVOURS)[number];
const LLVM_VERSION: Record<Flavour, string> = { llvm14: '14', llvm19: '19', 'llvm19-O2': '19' };
const SERVERS = ['pm', 'vfs', 'vm', 'ds', 'rs'];

// ---- system descriptions and expected results ------------------------------------------

interface SystemJson {
  name: string;
  components: Record<string, { endpoint: number; ir: string[]; libraries?: string[] }>;
  libraries: Record<string, string[]>;
  user: { ir: string[]; libraries?: string[] };
  ipc: {
    send: Array<{ function: string; endpoint: number; message: number; mode: string }>;
    receive: Array<{ function: string; message: number }>;
    ignore: string[];
    inlined_send?: Array<{ function: string; table: string; offset: number }>;
    message: { mtype_offset: number };
    any: number;
  };
}

interface Request {
  component: string; origin: string; site_function: string;
  /** dest "outside": a constant endpoint that is no component's (endpoint_name: its #define) */
  endpoint: number | 'runtime'; dest?: string; endpoint_name?: string; possible_dest?: string[] | 'any';
  mtype: string; mtype_value: number; handler: string;
}
interface Reply {
  component: string; origin: string; site_function: string; primitive: string;
  endpoint_from: 'm_source' | 'requester_slot' | 'memory'; to_requester: boolean;
}
type GlobalClass = 'request-local' | 'process-local' | 'global';
type Recovery = 'idempotent' | 'process-local' | 'global';
interface EntryPoint {
  component: string; handler: string; mtype: string; reaches: string[];
  modifies: Record<string, Record<string, GlobalClass>>; recovery: Recovery;
}
interface Expected {
  send_sites: Array<{ component: string; function: string; primitive: string; mode: string; library: string | null }>;
  requests: Request[];
  replies: Reply[];
  receive_loops: Array<{ component: string; function: string; buffer: string; buffer_kind: 'global' | 'local' }>;
  dispatch: Record<string, Record<string, { value: number; handler: string; via: string }>>;
  entry_points: EntryPoint[];
  syscalls: Array<{ name: string; component: string; mtype: string; handler: string; reaches: string[]; recovery: Recovery }>;
  stats: Record<string, number>;
  global_classes: Record<string, Record<string, GlobalClass>>;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(minios, file), 'utf8')) as T;
const expected = readJson<Expected>('expected.json');
const systems = SYSTEM_FILES.map((f) => ({ file: f, sys: readJson<SystemJson>(f) }));
const systemOf = (flavour: Flavour): SystemJson => {
  const found = systems.find(({ sys }) => sys.components.pm.ir[0].startsWith(`ir/${flavour}/`));
  if (!found) throw new Error(`no system description for flavour ${flavour}`);
  return found.sys;
};

// ---- #define values of include/minios.h -------------------------------------------------

/** Object-like #defines whose value is an integer expression of numbers and other such defines. */
function parseDefines(text: string): Map<string, number> {
  const raw = new Map<string, string>();
  for (const line of text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')) {
    const m = /^#define\s+([A-Za-z_]\w*)(?!\()\s+(.+?)\s*$/.exec(line);
    if (m) raw.set(m[1], m[2]);
  }
  const values = new Map<string, number>();
  const resolving = new Set<string>();
  const evaluate = (name: string): number | undefined => {
    if (values.has(name)) return values.get(name);
    const body = raw.get(name);
    if (body === undefined || resolving.has(name)) return undefined;
    resolving.add(name);
    let ok = true;
    const expr = body.replace(/\b0x[0-9a-fA-F]+\b|\b\d+\b|[A-Za-z_]\w*/g, (id) => {
      if (/^\d/.test(id)) return id; // a number literal
      const v = evaluate(id);
      if (v === undefined) ok = false;
      return String(v);
    });
    resolving.delete(name);
    // only integer arithmetic is evaluated; anything else (casts, strings) is not a number
    if (!ok || !/^[\s\dxa-fA-F()+\-*/|&<>~]+$/.test(expr)) return undefined;
    const v = Function(`"use strict"; return (${expr});`)() as number;
    values.set(name, v);
    return v;
  };
  for (const name of raw.keys()) evaluate(name);
  return values;
}
const defines = parseDefines(fs.readFileSync(path.join(minios, 'include', 'minios.h'), 'utf8'));

// ---- a superficial reader of textual LLVM IR ----------------------------------------------

interface IrFunction {
  name: string;
  lines: string[];
  /** direct callees, by IR name (with any .N suffix) */
  calls: Set<string>;
}
interface IrModule { text: string; functions: Map<string, IrFunction> }

const moduleCache = new Map<string, IrModule>();
function readModule(rel: string): IrModule {
  const cached = moduleCache.get(rel);
  if (cached) return cached;
  const text = fs.readFileSync(path.join(minios, rel), 'utf8');
  const functions = new Map<string, IrFunction>();
  let current: IrFunction | undefined;
  for (const line of text.split('\n')) {
    const def = /^define\b[^@]*@([-\w.$]+)\(/.exec(line);
    if (def) {
      current = { name: def[1], lines: [], calls: new Set() };
      functions.set(current.name, current);
      continue;
    }
    if (!current) continue;
    if (line === '}') { current = undefined; continue; }
    current.lines.push(line);
    const call = /\b(?:call|invoke)\b.*?([@%][-\w.$]+)\(/.exec(line);
    if (call && call[1].startsWith('@')) current.calls.add(call[1].slice(1));
  }
  const mod = { text, functions };
  moduleCache.set(rel, mod);
  return mod;
}

const baseName = (irName: string): string => irName.replace(/\.\d+$/, '');

/** Does f call `primitive` directly (or a renamed copy primitive.N)? */
const callsDirectly = (f: IrFunction, primitive: string): boolean =>
  [...f.calls].some((c) => baseName(c) === primitive);

/** Does f call through the entry of the trap table that an inlined `primitive` leaves behind? */
function callsInlinedTrap(f: IrFunction, sys: SystemJson, primitive: string): boolean {
  const trap = sys.ipc.inlined_send?.find((t) => t.function === primitive);
  if (!trap) return false;
  const slot = trap.offset / 4; // i386: 4-byte pointers
  const loads = new Set<string>();
  for (const line of f.lines) {
    const m = /^\s*(%[-\w.]+) = load .*@(\w+)(?:, i32 (\d+)\)|, i32 0, i32 (\d+)\))/.exec(line);
    if (m && m[2] === trap.table && (Number(m[3]) === trap.offset || Number(m[4]) === slot)) loads.add(m[1]);
  }
  return f.lines.some((line) => {
    const m = /\bcall\b.*?(%[-\w.]+)\(/.exec(line);
    return m !== null && loads.has(m[1]);
  });
}

/** The modules of a component in a flavour: its own code first, then its libraries. */
function componentModules(sys: SystemJson, component: string): { own: string[]; libs: string[] } {
  if (component === 'user') {
    return { own: sys.user.ir, libs: (sys.user.libraries ?? []).flatMap((l) => sys.libraries[l]) };
  }
  const c = sys.components[component];
  return { own: c.ir, libs: (c.libraries ?? []).flatMap((l) => sys.libraries[l]) };
}

/** Find a defined function of a component (own code first, like the linker's view). */
function findFunction(sys: SystemJson, component: string, name: string): { fn: IrFunction; library: boolean } | undefined {
  const { own, libs } = componentModules(sys, component);
  for (const m of own) {
    const fn = readModule(m).functions.get(name);
    if (fn) return { fn, library: false };
  }
  for (const m of libs) {
    const fn = readModule(m).functions.get(name);
    if (fn) return { fn, library: true };
  }
  return undefined;
}

/** Functions of a component reachable by direct calls from its own code (library code only if called). */
function liveFunctions(sys: SystemJson, component: string): Map<string, { fn: IrFunction; library: boolean }> {
  const { own } = componentModules(sys, component);
  const live = new Map<string, { fn: IrFunction; library: boolean }>();
  const work: string[] = own.flatMap((m) => [...readModule(m).functions.keys()]);
  while (work.length > 0) {
    const name = work.pop()!;
    if (live.has(name)) continue;
    const found = findFunction(sys, component, name);
    if (!found) continue; // declared only (kernel, intrinsics)
    live.set(name, found);
    work.push(...found.fn.calls);
  }
  return live;
}

/** Can `from` reach `to` by direct calls inside the component? */
function reachesByCalls(sys: SystemJson, component: string, from: string, to: string): boolean {
  const seen = new Set<string>();
  const work = [from];
  while (work.length > 0) {
    const name = work.pop()!;
    if (name === to) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    const found = findFunction(sys, component, name);
    if (found) work.push(...found.fn.calls);
  }
  return false;
}

/** Blocks of a function: label -> lines (the entry block is "entry"). */
function blocksOf(fn: IrFunction): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let label = 'entry';
  for (const line of fn.lines) {
    const m = /^([-\w.]+):/.exec(line);
    if (m) { label = m[1]; continue; }
    if (!blocks.has(label)) blocks.set(label, []);
    blocks.get(label)!.push(line);
  }
  return blocks;
}

/** The first function a block calls directly (not an intrinsic). */
const firstCallee = (lines: string[]): string | undefined => lines
  .map((l) => /\bcall\b.*?@([-\w.]+)\(/.exec(l)?.[1])
  .find((c) => c !== undefined && !c.startsWith('llvm.'));

/** m_type -> handler of every switch in fn whose cases call a function first thing. */
function switchInIr(fn: IrFunction): Map<number, string> {
  const result = new Map<number, string>();
  const blocks = blocksOf(fn);
  for (const sw of fn.lines.join('\n').matchAll(/switch i32 [^,]+, label %[-\w.]+ \[([\s\S]*?)\]/g)) {
    for (const m of sw[1].matchAll(/i32 (-?\d+), label %([-\w.]+)/g)) {
      const callee = firstCallee(blocks.get(m[2]) ?? []);
      if (callee) result.set(Number(m[1]), callee);
    }
  }
  return result;
}

/** The slots of a constant table of function pointers: (index, function). */
function constTableInIr(mod: IrModule, table: string): Map<number, string> {
  const result = new Map<number, string>();
  const init = new RegExp(`^@${table} = .*?constant \\[\\d+ x [^\\]]+\\] \\[(.*)\\]`, 'm').exec(mod.text);
  if (!init) return result;
  init[1].split(/,\s*(?=(?:ptr|i32 \([^)]*\)\*) )/).forEach((entry, i) => {
    const m = /@([-\w.]+)/.exec(entry);
    if (m) result.set(i, m[1]);
  });
  return result;
}

/**
 * The function-pointer stores that fill a table of records at run time, by record index:
 * -O2 stores at a constant byte offset of the table (record size `stride`); -O0 stores
 * through a GEP indexed by a local that was just set to a constant (CALLMAP's _cmi).
 */
function runtimeFillsInIr(fn: IrFunction, table: string, field: string, stride: number): Map<number, string> {
  const result = new Map<number, string>();
  let index: number | undefined;
  for (const line of fn.lines) {
    const set = /store i32 (-?\d+), (?:ptr|i32\*) %_cmi\d*,/.exec(line);
    if (set) index = Number(set[1]);
    const o0 = new RegExp(`store [^@]*@([-\\w.]+), .*%${field}\\d*,`).exec(line);
    if (o0 && index !== undefined) result.set(index, o0[1]);
    const o2 = new RegExp(`store ptr @([-\\w.]+), ptr (?:@${table}|getelementptr inbounds \\(i8, ptr @${table}, i32 (\\d+)\\)),`).exec(line);
    if (o2 && Number(o2[2] ?? 0) % stride === 0) result.set(Number(o2[2] ?? 0) / stride, o2[1]);
  }
  return result;
}

/** Does fn test for m_type `value` (a compare or a switch case) and call `handler`? */
const testsFor = (fn: IrFunction, value: number, handler: string): boolean =>
  fn.lines.some((l) => new RegExp(`icmp eq i32 %[-\\w.]+, ${value}\\b|^\\s+i32 ${value}, label %`).test(l)) && fn.calls.has(handler);

/** m_type -> handler, read off a server's dispatch in the IR, as EXPECTED.md describes it. */
function dispatchInIr(sys: SystemJson, component: string): Map<number, string> {
  const own = readModule(componentModules(sys, component).own[0]);
  const fn = (name: string): IrFunction => {
    const f = own.functions.get(name);
    if (!f) throw new Error(`${component}: no ${name}`);
    return f;
  };
  const result = new Map<number, string>();
  const add = (m: Map<number, string>, base = 0) => { for (const [k, v] of m) result.set(base + k, v); };
  const tested = (where: string, names: string[]) => {
    for (const name of names) {
      const { value, handler } = expected.dispatch[component][name];
      if (testsFor(fn(where), value, handler)) result.set(value, handler);
    }
  };
  switch (component) {
    case 'pm':
      add(constTableInIr(own, 'call_vec'), defines.get('PM_BASE')!);
      tested('main', ['COMMON_GETSTATUS']);
      break;
    case 'vfs':
      add(constTableInIr(own, 'call_vec'), defines.get('VFS_BASE')!);
      add(switchInIr(fn('service_pm')));
      tested('do_work', ['COMMON_GETSTATUS', 'COMMON_SHUTDOWN']);
      break;
    case 'vm':
      // vm_init is inlined into main at -O2
      add(runtimeFillsInIr(own.functions.get('vm_init') ?? fn('main'), 'vm_calls', 'vmc_func', 8), defines.get('VM_BASE')!);
      tested('main', ['COMMON_GETSTATUS', 'COMMON_SHUTDOWN']);
      break;
    case 'ds':
      add(switchInIr(fn('handle_request')));
      break;
    default:
      add(switchInIr(fn('main')));
  }
  return result;
}

// ---- tools -------------------------------------------------------------------------------

/** A versioned LLVM tool: on PATH as name-N, else in /usr/lib/llvm-N/bin. */
function llvmTool(name: string, version: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, `${name}-${version}`);
    if (fs.existsSync(p)) return p;
  }
  const p = `/usr/lib/llvm-${version}/bin/${name}`;
  return fs.existsSync(p) ? p : undefined;
}

function run(tool: string, args: string[]): { ok: boolean; output: string } {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    return { ok: true, output: '' };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { ok: false, output: e.stderr || e.message };
  }
}

const irFilesOf = (flavour: Flavour): string[] =>
  [...SERVERS, 'libsys', 'libmthread', 'libc'].map((c) => `ir/${flavour}/${c}.ll`);

// ---- (a) the IR files exist and look like IR ----------------------------------------------

test('every IR file a system description names exists and is textual LLVM IR', (t) => {
  for (const { file, sys } of systems) {
    const files = [
      ...Object.values(sys.components).flatMap((c) => c.ir),
      ...Object.values(sys.libraries).flat(),
      ...sys.user.ir,
    ];
    t.is(files.length, 8, `${file}: five servers, libsys, libmthread and libc`);
    for (const rel of files) {
      const p = path.join(minios, rel);
      t.true(fs.existsSync(p), `${file}: ${rel} exists`);
      const text = fs.readFileSync(p, 'utf8');
      t.true(text.startsWith('; ModuleID'), `${rel} starts with "; ModuleID"`);
      t.regex(text, /^target datalayout = "/m, `${rel} has a target datalayout`);
      t.regex(text, /^target triple = "i386-unknown-unknown-elf"/m, `${rel} is built for i386`);
    }
  }
});

test('the system descriptions agree with the header on endpoints and ANY', (t) => {
  for (const { file, sys } of systems) {
    t.deepEqual(Object.keys(sys.components), SERVERS, file);
    for (const [name, c] of Object.entries(sys.components)) {
      t.is(defines.get(`${name.toUpperCase()}_PROC_NR`), c.endpoint, `${file}: endpoint of ${name}`);
    }
    t.is(defines.get('ANY'), sys.ipc.any, `${file}: ANY`);
    t.is(sys.ipc.any, 31744);
  }
});

test('the flavours differ as documented: typed pointers, debug info, optimisation', (t) => {
  const pm = (f: Flavour) => readModule(`ir/${f}/pm.ll`).text;
  t.regex(pm('llvm14'), /%struct\.message\*/, 'llvm14 has typed pointers');
  t.notRegex(pm('llvm19'), /%struct\.message\*/, 'llvm19 has opaque pointers');
  t.regex(pm('llvm19'), /!DICompileUnit\(/, 'llvm19 has debug info');
  t.notRegex(pm('llvm14'), /!DICompileUnit\(/, 'llvm14 has none');
  t.notRegex(pm('llvm19-O2'), /!DICompileUnit\(/, 'llvm19-O2 has none');
  t.regex(pm('llvm19'), /%call_nr|%who_p|%rmp/, 'value names kept at -O0');
  t.regex(pm('llvm19-O2'), /getelementptr inbounds \(i8, ptr @mproc, i32 \d+\)/, '-O2 has byte-offset GEPs');
  for (const f of FLAVOURS) {
    for (const rel of irFilesOf(f)) {
      t.notRegex(readModule(rel).text, /\/(?:work|tmp|home|root|usr)\//, `${rel}: no build-machine paths`);
    }
  }
});

// ---- (b) the LLVM tools accept every module ----------------------------------------------

for (const flavour of FLAVOURS) {
  const v = LLVM_VERSION[flavour];
  const opt = llvmTool('opt', v);
  const as = llvmTool('llvm-as', v);
  testIf(opt && as ? undefined : `opt-${v} or llvm-as-${v} not installed (Debian package llvm-${v})`)(`${flavour}: llvm-as and opt -passes=verify accept every module`, (t) => {
    if (!opt || !as) throw new Error('unreachable: skipped without the tools');
    for (const rel of irFilesOf(flavour)) {
      const file = path.join(minios, rel);
      const assembled = run(as, [file, '-o', os.devNull]);
      t.true(assembled.ok, `llvm-as-${v} ${rel}: ${assembled.output}`);
      const verified = run(opt, ['-passes=verify', '-disable-output', file]);
      t.true(verified.ok, `opt-${v} -passes=verify ${rel}: ${verified.output}`);
    }
  });
}

// ---- (c) build.sh reproduces the committed IR --------------------------------------------

/** Why build.sh cannot be checked here: a tool missing, or a compiler other than the one that made the committed IR. */
function rebuildSkipReason(): string | undefined {
  const tools = ['14', '19'].flatMap((v) => [['clang', v], ['llvm-link', v]]);
  const missing = tools.filter(([n, v]) => !llvmTool(n!, v!)).map(([n, v]) => `${n}-${v}`);
  if (missing.length > 0) return `${missing.join(', ')} not installed (Debian packages clang-14 llvm-14 clang-19 llvm-19)`;
  // The committed IR names the compiler that made it; another build of clang may emit other bytes.
  for (const v of ['14', '19']) {
    const version = execFileSync(llvmTool('clang', v)!, ['--version'], { encoding: 'utf8' }).split('\n')[0];
    const flavour: Flavour = v === '14' ? 'llvm14' : 'llvm19';
    if (!readModule(`ir/${flavour}/pm.ll`).text.includes(`!"${version}"`)) return `installed "${version}" is not the compiler of the committed ${flavour} IR`;
  }
  return undefined;
}

testIf(rebuildSkipReason())('build.sh reproduces the committed IR byte for byte', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minios-ir-'));
  try {
    execFileSync('bash', [path.join(minios, 'build.sh'), out], { cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    for (const flavour of FLAVOURS) {
      const built = fs.readdirSync(path.join(out, flavour)).sort();
      t.deepEqual(built, fs.readdirSync(path.join(minios, 'ir', flavour)).sort(), `${flavour}: same files`);
      for (const name of built) {
        const same = fs.readFileSync(path.join(out, flavour, name)).equals(fs.readFileSync(path.join(minios, 'ir', flavour, name)));
        t.true(same, `ir/${flavour}/${name} is what build.sh produces`);
      }
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

// ---- (d) expected.json is consistent with the header and the IR ---------------------------

test('every m_type in expected.json has its value from the header', (t) => {
  const check = (name: string, value: number, where: string) => {
    t.true(defines.has(name), `${where}: ${name} is #defined in minios.h`);
    t.is(defines.get(name), value, `${where}: ${name}`);
  };
  for (const r of expected.requests) check(r.mtype, r.mtype_value, `request ${r.component}:${r.origin}`);
  for (const [c, map] of Object.entries(expected.dispatch)) {
    for (const [name, { value }] of Object.entries(map)) check(name, value, `dispatch ${c}`);
  }
  for (const e of [...expected.entry_points, ...expected.syscalls]) {
    t.true(defines.has(e.mtype), `${e.mtype} is #defined`);
  }
  // and some spot values the brief fixes
  t.is(defines.get('PM_FORK'), 257);
  t.is(defines.get('VM_FORK'), 769);
});

test('the expected results are consistent among themselves', (t) => {
  const dispatch = expected.dispatch;
  // one entry point per dispatch entry
  const entries = new Map(expected.entry_points.map((e) => [`${e.component}:${e.mtype}`, e]));
  t.is(entries.size, expected.entry_points.length, 'no entry point listed twice');
  for (const [c, map] of Object.entries(dispatch)) {
    for (const [mtype, { handler }] of Object.entries(map)) {
      t.is(entries.get(`${c}:${mtype}`)?.handler, handler, `entry point for ${c} ${mtype}`);
    }
  }
  t.is(expected.entry_points.length, Object.values(dispatch).reduce((n, m) => n + Object.keys(m).length, 0));

  const rank: Record<string, number> = { idempotent: 0, 'request-local': 0, 'process-local': 1, global: 2 };
  const recoveries: Recovery[] = ['idempotent', 'process-local', 'global'];
  for (const e of expected.entry_points) {
    const id = `${e.component}:${e.handler}`;
    t.true(e.reaches.includes(e.component), `${id} reaches its own component`);
    let worst = 0;
    for (const [c, globals] of Object.entries(e.modifies)) {
      t.true(e.reaches.includes(c), `${id} modifies ${c} only if it reaches it`);
      for (const [g, cls] of Object.entries(globals)) {
        t.is(cls, expected.global_classes[c]?.[g], `${id}: class of ${c}:${g} is the global's class`);
        worst = Math.max(worst, rank[cls]);
      }
    }
    t.is(e.recovery, recoveries[worst], `${id}: recovery follows from what it modifies`);
  }

  // requests name handlers that the destination dispatches to
  for (const r of expected.requests) {
    const id = `${r.component}:${r.origin} ${r.mtype}`;
    if (r.endpoint === 'runtime') {
      t.is(r.dest, undefined, `${id}: a runtime endpoint has no single dest`);
      const dests = r.possible_dest === 'any'
        ? Object.keys(dispatch).filter((c) => dispatch[c][r.mtype])
        : (r.possible_dest ?? []);
      t.true(dests.length > 0, `${id}: possible destinations`);
      for (const d of dests) t.is(dispatch[d][r.mtype]?.handler, r.handler, `${id}: handler in ${d}`);
    } else if (r.dest === 'outside') {
      // a constant that is no component's endpoint: the #define it names, and no handler
      t.is(defines.get(r.endpoint_name!), r.endpoint, `${id}: endpoint ${r.endpoint} is ${r.endpoint_name}`);
      t.false(Object.values(systems[0].sys.components).some((c) => c.endpoint === r.endpoint), `${id}: no component's endpoint`);
      t.not(r.endpoint, defines.get('ANY'));
      t.is(r.handler, 'none', `${id}: no handler outside the system`);
    } else {
      t.is(SERVERS.indexOf(r.dest!), r.endpoint, `${id}: endpoint ${r.endpoint} is ${r.dest}`);
      t.is(dispatch[r.dest!][r.mtype]?.handler ?? 'none', r.handler, `${id}: handler`);
    }
    t.true(expected.send_sites.some((s) => s.component === r.component && s.function === r.site_function),
      `${id}: ${r.site_function} is a send site`);
  }

  // replies: from a send site of their component, one per (component, origin, site)
  const replyKeys = new Set(expected.replies.map((r) => `${r.component}:${r.origin}:${r.site_function}`));
  t.is(replyKeys.size, expected.replies.length, 'no reply listed twice');
  for (const r of expected.replies) {
    const site = expected.send_sites.find((s) => s.component === r.component && s.function === r.site_function);
    t.is(site?.primitive, r.primitive, `reply ${r.component}:${r.origin}: sent with ${r.primitive} at ${r.site_function}`);
    t.is(r.to_requester, r.endpoint_from !== 'memory', `reply ${r.component}:${r.origin}: to the requester unless kept across requests`);
  }

  // the statistics follow from the lists
  const siteKey = (c: string, f: string) => `${c}:${f}`;
  const requestSites = new Set(expected.requests.map((r) => siteKey(r.component, r.site_function)));
  const insideSites = new Set(expected.requests.filter((r) => r.dest !== 'outside').map((r) => siteKey(r.component, r.site_function)));
  const oneDest = (r: Request) => (r.endpoint !== 'runtime' && r.dest !== 'outside')
    || (Array.isArray(r.possible_dest) && r.possible_dest.length === 1);
  const fromLists: Record<string, number> = {
    send_sites: expected.send_sites.length,
    send_sites_replies: expected.send_sites.filter((s) => !requestSites.has(siteKey(s.component, s.function))).length,
    send_sites_outside_system: [...requestSites].filter((k) => !insideSites.has(k)).length,
    requests: expected.requests.length,
    requests_const_endpoint: expected.requests.filter((r) => r.endpoint !== 'runtime').length,
    requests_one_dest: expected.requests.filter(oneDest).length,
    requests_with_handler: expected.requests.filter((r) => r.handler !== 'none').length,
    requests_exact_dest: expected.requests.filter((r) => oneDest(r) && r.handler !== 'none').length,
    requests_multi_dest: expected.requests.filter((r) => Array.isArray(r.possible_dest) && r.possible_dest.length > 1).length,
    requests_mtype_found: expected.requests.filter((r) => r.mtype_value !== undefined).length,
    requests_unresolved: expected.requests.filter((r) => r.possible_dest === 'any').length,
    requests_outside_system: expected.requests.filter((r) => r.dest === 'outside').length,
    replies: expected.replies.length,
    replies_to_requester: expected.replies.filter((r) => r.to_requester).length,
  };
  t.deepEqual(expected.stats, fromLists, 'the stats block of expected.json');

  // every syscall is a request of the user side, and inherits its entry point's results
  for (const s of expected.syscalls) {
    const req = expected.requests.find((r) => r.component === 'user' && r.origin === s.name);
    t.truthy(req, `${s.name} is a request of the user side`);
    t.is(req?.dest, s.component, `${s.name}: server`);
    t.is(req?.mtype, s.mtype, `${s.name}: m_type`);
    const entry = entries.get(`${s.component}:${s.mtype}`);
    t.is(entry?.handler, s.handler, `${s.name}: handler`);
    t.deepEqual([...s.reaches].sort(), [...(entry?.reaches ?? [])].sort(), `${s.name}: reaches`);
    t.is(entry?.recovery, s.recovery, `${s.name}: recovery`);
  }
  t.is(expected.syscalls.length, expected.requests.filter((r) => r.component === 'user').length);
});

for (const flavour of FLAVOURS) {
  test(`${flavour}: every function expected.json names is defined where it says`, (t) => {
    const sys = systemOf(flavour);
    const defined = (c: string, name: string) => findFunction(sys, c, name) !== undefined;
    for (const [c, map] of Object.entries(expected.dispatch)) {
      for (const { handler } of Object.values(map)) t.true(defined(c, handler), `${c}:${handler}`);
    }
    for (const e of expected.entry_points) t.true(defined(e.component, e.handler), `${e.component}:${e.handler}`);
    for (const r of [...expected.requests, ...expected.replies]) {
      t.true(defined(r.component, r.origin), `${r.component}:${r.origin}`);
      t.true(defined(r.component, r.site_function), `${r.component}:${r.site_function}`);
    }
    for (const s of expected.syscalls) t.true(defined('user', s.name), `user:${s.name}`);
    for (const l of expected.receive_loops) t.true(defined(l.component, l.function), `${l.component}:${l.function}`);
  });

  test(`${flavour}: the send sites are exactly the live calls of the send primitives`, (t) => {
    const sys = systemOf(flavour);
    const primitives = sys.ipc.send.map((s) => s.function);
    for (const component of [...SERVERS, 'user']) {
      const found: string[] = [];
      for (const [name, { fn, library }] of liveFunctions(sys, component)) {
        if (primitives.includes(baseName(name))) continue; // the primitive's own body
        for (const p of primitives) {
          const calls = callsDirectly(fn, p) || (flavour === 'llvm19-O2' && callsInlinedTrap(fn, sys, p));
          if (calls) found.push(`${name} ${p} ${library ? 'sys' : 'own'}`);
        }
      }
      const want = expected.send_sites
        .filter((s) => s.component === component)
        .map((s) => `${s.function} ${s.primitive} ${s.library ? 'sys' : 'own'}`);
      t.deepEqual(found.sort(), want.sort(), `${component}: send sites`);
    }
    for (const s of expected.send_sites) {
      t.is(sys.ipc.send.find((p) => p.function === s.primitive)?.mode, s.mode, `${s.function}: mode`);
    }
  });

  test(`${flavour}: each request's origin calls down to its send site`, (t) => {
    const sys = systemOf(flavour);
    for (const r of [...expected.requests, ...expected.replies]) {
      t.true(reachesByCalls(sys, r.component, r.origin, r.site_function),
        `${r.component}: ${r.origin} reaches ${r.site_function}`);
    }
    // the libc system calls are exactly the libc functions that call _syscall
    const libc = readModule(sys.user.ir[0]);
    const callers = [...libc.functions.values()].filter((f) => f.calls.has('_syscall')).map((f) => f.name);
    t.deepEqual(callers.sort(), expected.syscalls.map((s) => s.name).sort());
  });

  test(`${flavour}: receive loops and dispatch tables match the IR`, (t) => {
    const sys = systemOf(flavour);
    const receive = sys.ipc.receive[0].function;
    for (const component of SERVERS) {
      const loops = [...readModule(sys.components[component].ir[0]).functions.values()]
        .filter((f) => f.calls.has(receive)).map((f) => f.name);
      const want = expected.receive_loops.filter((l) => l.component === component).map((l) => l.function);
      t.deepEqual(loops, want, `${component}: receive loops`);
    }
    // the buffer: the message argument of the receive call (value names survive only at -O0)
    for (const l of expected.receive_loops) {
      const fn = readModule(sys.components[l.component].ir[0]).functions.get(l.function)!;
      const args = fn.lines
        .map((line) => new RegExp(`@${receive}\\([^,]+, [^,]*? ([@%][-\\w.]+)`).exec(line)?.[1])
        .filter((a) => a !== undefined);
      t.true(args.length > 0, `${l.component}: receive call found`);
      for (const a of args) {
        if (l.buffer_kind === 'global') t.is(a, `@${l.buffer}`, `${l.component}: receives into a global`);
        else if (flavour === 'llvm19-O2') t.true(a.startsWith('%'), `${l.component}: receives into a local`);
        else t.is(a, `%${l.buffer}`, `${l.component}: receives into local ${l.buffer}`);
      }
    }

    // the handlers as EXPECTED.md says each server finds them: constant tables, a table
    // filled at run time, switches in the loop or in a function it hands the message to,
    // and tests before a table
    for (const component of SERVERS) {
      const inIr = dispatchInIr(sys, component);
      const want = new Map(Object.values(expected.dispatch[component]).map((d) => [d.value, d.handler]));
      t.deepEqual([...inIr].sort((a, b) => a[0] - b[0]), [...want].sort((a, b) => a[0] - b[0]), `${component}: dispatch`);
    }
    // vm's table has no initialiser: only its run-time fills say what it holds
    t.regex(readModule(sys.components.vm.ir[0]).text, /^@vm_calls = (?:dso_local )?global \[6 x %struct\.vm_call\] zeroinitializer/m);
  });

  test(`${flavour}: every global expected.json classifies is a global of that component`, (t) => {
    const sys = systemOf(flavour);
    for (const [component, globals] of Object.entries(expected.global_classes)) {
      const { own } = componentModules(sys, component);
      const text = own.map((m) => readModule(m).text).join('\n');
      for (const g of Object.keys(globals)) {
        t.regex(text, new RegExp(`^@${g} = (?:dso_local )?(?:local_unnamed_addr )?global `, 'm'), `${component}:${g}`);
      }
    }
  });
}

// ---- (e) the worker threads switch context through function pointers -----------------------

for (const flavour of FLAVOURS) {
  test(`${flavour}: vfs's workers run on libmthread, which switches to a thread by calling its context`, (t) => {
    const sys = systemOf(flavour);
    const lib = readModule(sys.libraries.mthread[0]);
    const sched = lib.functions.get('context_switch') ?? lib.functions.get('mthread_yield_all')!;
    t.true(sched.lines.some((l) => /\bcall void %[-\w.]+\((?:ptr|i8\*)/.test(l)), 'an indirect call to the context\'s function');
    t.false(/@worker_main|@do_work|@service_pm/.test(lib.text), 'the library names no job of vfs');
    const vfs = readModule(sys.components.vfs.ir[0]);
    t.true(vfs.functions.get('worker_start')!.lines.some((l) => /call i32 @mthread_create\(.*@worker_main/.test(l)),
      'worker_start hands worker_main to mthread_create');
    // by sender: pm's requests to service_pm, the others to do_work (-O2 makes one call of a select)
    const main = vfs.functions.get('main')!.lines;
    const job = (fn: string) => main.some((l) => new RegExp(`call i32 @worker_start\\(.*@${fn}\\b`).test(l))
      || main.some((l) => new RegExp(`= select i1 %[-\\w.]+, ptr @(?:service_pm|do_work), ptr @(?:service_pm|do_work)$`).test(l) && l.includes(`@${fn}`));
    t.true(job('service_pm'), 'pm\'s requests go to service_pm');
    t.true(job('do_work'), 'the others to do_work');
  });
}

// ---- (f) the linked modules carry renamed copies of the static inline _ipc_sendrec ---------

test('linking gives _ipc_sendrec.N copies (the -O0 flavours)', (t) => {
  for (const flavour of ['llvm14', 'llvm19'] as const) {
    const renamed = irFilesOf(flavour).filter((rel) =>
      [...readModule(rel).functions.keys()].some((n) => /^_ipc_sendrec\.\d+$/.test(n)));
    t.true(renamed.length > 0, `${flavour}: some module defines _ipc_sendrec.N`);
    t.true(renamed.includes(`ir/${flavour}/pm.ll`), `${flavour}: pm (several files call it) has a copy`);
    const pm = readModule(`ir/${flavour}/pm.ll`);
    t.regex(pm.text, /^define internal i32 @_ipc_sendrec\(/m, `${flavour}: pm also has the unrenamed copy`);
  }
  // at -O2 every copy is inlined into an indirect call through the trap table
  const sys = systemOf('llvm19-O2');
  const taskcall = readModule('ir/llvm19-O2/libsys.ll').functions.get('_taskcall')!;
  t.false([...readModule('ir/llvm19-O2/pm.ll').functions.keys()].some((n) => baseName(n) === '_ipc_sendrec'));
  t.true(callsInlinedTrap(taskcall, sys, '_ipc_sendrec'), '_taskcall calls through kernel_call_table + 8');
});
