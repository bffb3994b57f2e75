// The analysis (rules/*.dl) on examples/minios, in all three IR flavours, against the results
// derived by hand from the C source (examples/minios/expected.json): precision and recall of
// every category, printed, and required to be 1.0.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { runAnalysis, plainName, componentOf, groupBy, numbered, type Analysis } from './helpers/analysis.js';
import { score, formatScore, type Score } from './helpers/score.js';

const exampleDir = path.join(packageRoot, 'examples', 'minios');
const FLAVOURS = ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json'];

interface ExpectedRequest {
  component: string; origin: string; site_function: string; endpoint: number | 'runtime';
  dest?: string; possible_dest?: string[] | 'any'; mtype_value: number; handler: string;
}
interface ExpectedReply {
  component: string; origin: string; site_function: string; endpoint_from: string; to_requester: boolean;
}
interface Expected {
  send_sites: Array<{ component: string; function: string; primitive: string; mode: string }>;
  requests: ExpectedRequest[];
  replies: ExpectedReply[];
  receive_loops: Array<{ component: string; function: string; buffer: string; buffer_kind: 'global' | 'local' }>;
  dispatch: Record<string, Record<string, { value: number; handler: string }>>;
  entry_points: Array<{ component: string; handler: string; reaches: string[];
    modifies: Record<string, Record<string, string>>; recovery: string }>;
  syscalls: Array<{ name: string; component: string; mtype: string; handler: string; reaches: string[]; recovery: string }>;
  stats: Record<string, number>;
  global_classes: Record<string, Record<string, string>>;
}

const expected = JSON.parse(fs.readFileSync(path.join(exampleDir, 'expected.json'), 'utf8')) as Expected;
const header = fs.readFileSync(path.join(exampleDir, 'include', 'minios.h'), 'utf8');
/** A #define of minios.h whose value is a number literal: TTY_PROC_NR 6, CLOCK (-3). */
function defines(name: string): number {
  const m = new RegExp(`^#define\\s+${name}\\s+\\(?(-?\\d+)\\)?`, 'm').exec(header);
  if (!m) throw new Error(`minios.h: no number #define ${name}`);
  return Number(m[1]);
}
const servers = Object.keys(expected.dispatch).sort();
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort().join(',');

/** Every category, as keys: expected from expected.json, derived from the analysis. */
function categories(a: Analysis): Array<[string, string[], string[]]> {
  const site = new Map(a.table('send_site').map((r) => [String(r.site), r]));
  const dests = groupBy(a.table('request_dest'), (r) => String(r.req));
  const handlers = groupBy(a.table('request_handler'), (r) => String(r.req));
  const endpoints = new Map(a.table('request_endpoint').map((r) => [String(r.req), r.endpoint]));
  const kinds = new Map(a.table('request_endpoint_kind').map((r) => [String(r.req), String(r.kind)]));
  const mtypes = groupBy(a.table('request_mtype'), (r) => String(r.req));
  const outside = new Set(a.table('request_outside').map((r) => String(r.req)));
  const reachC = groupBy(a.table('entry_reaches_component'), (r) => String(r.e));
  const recovery = new Map(a.table('recovery_class').map((r) => [String(r.e), String(r.class)]));
  const gclass = new Map(a.table('global_class').map((r) => [String(r.g), String(r.class)]));
  const entryMods = groupBy(a.table('entry_modifies'), (r) => String(r.e));
  const reachOf = (e: string) => sorted((reachC.get(e) ?? []).map((r) => String(r.c)).filter((c) => c !== 'user'));

  const reqKey = (component: string, origin: string, siteFn: string, ep: string, ds: string, mt: string, hs: string) =>
    `${component} ${origin} via ${siteFn}: ep=${ep} dest=${ds} mtype=${mt} handler=${hs}`;

  const sendSites: [string, string[], string[]] = ['send sites',
    numbered(expected.send_sites.map((s) => `${s.component} ${s.function} ${s.primitive} ${s.mode}`).sort()),
    numbered(a.table('send_site').map((r) => `${r.comp} ${plainName(String(r.func))} ${r.primitive} ${r.mode}`).sort())];

  const requests: [string, string[], string[]] = ['requests',
    numbered(expected.requests.map((r) => {
      const ds = r.endpoint !== 'runtime' ? r.dest ?? '' : r.possible_dest === 'any' ? servers.join(',') : sorted(r.possible_dest ?? []);
      return reqKey(r.component, r.origin, r.site_function, String(r.endpoint), ds, String(r.mtype_value), r.handler);
    }).sort()),
    numbered(a.table('request').map((r) => {
      const req = String(r.req);
      const s = site.get(String(r.site))!;
      const ep = kinds.get(req) === 'const' ? String(endpoints.get(req)) : 'runtime';
      return reqKey(String(s.comp), plainName(String(r.origin)), plainName(String(s.func)), ep,
        outside.has(req) ? 'outside' : sorted((dests.get(req) ?? []).map((d) => String(d.c))),
        sorted((mtypes.get(req) ?? []).map((m) => String(m.mtype))),
        sorted((handlers.get(req) ?? []).map((h) => plainName(String(h.handler)))) || 'none');
    }).sort())];

  // Replies: by site and origin, and whether they go to the requester of the request served.
  const toRequester = new Set(a.table('reply_to_requester').map((r) => String(r.req)));
  const replyKey = (component: string, origin: string, siteFn: string, to: boolean) =>
    `${component} ${origin} via ${siteFn}: ${to ? 'to the requester' : 'to an earlier requester'}`;
  const replies: [string, string[], string[]] = ['replies',
    numbered(expected.replies.map((r) => replyKey(r.component, r.origin, r.site_function, r.to_requester)).sort()),
    numbered(a.table('reply').map((r) => {
      const s = site.get(String(r.site))!;
      return replyKey(String(s.comp), plainName(String(r.origin)), plainName(String(s.func)), toRequester.has(String(r.req)));
    }).sort())];

  const loops: [string, string[], string[]] = ['receive loops',
    // A local buffer's name is not kept by -O2 (it prints %1), so locals compare by kind only.
    expected.receive_loops.map((l) => `${l.component} ${l.function} ${l.buffer_kind === 'global' ? l.buffer : 'a local'}`),
    a.table('receive_loop').map((r) => `${r.c} ${plainName(String(r.fn))} ${String(r.buffer).includes(':%') ? 'a local' : plainName(String(r.buffer))}`)];

  const dispatch: [string, string[], string[]] = ['dispatch',
    Object.entries(expected.dispatch).flatMap(([c, m]) => Object.values(m).map((d) => `${c} ${d.value} ${d.handler}`)),
    a.table('dispatch').map((r) => `${r.c} ${r.mtype} ${plainName(String(r.handler))}`)];

  const handlerEntries = a.table('entry_point').filter((r) => r.kind === 'handler').map((r) => String(r.e));
  const entries: [string, string[], string[]] = ['entry points (reach, class)',
    expected.entry_points.map((e) => `${e.component} ${e.handler} reaches=${sorted(e.reaches)} ${e.recovery}`),
    handlerEntries.map((e) => `${componentOf(e)} ${plainName(e)} reaches=${reachOf(e)} ${recovery.get(e)}`)];

  const modifies: [string, string[], string[]] = ['modified globals',
    expected.entry_points.flatMap((e) => Object.entries(e.modifies).flatMap(([c, gs]) =>
      Object.entries(gs).map(([g, cls]) => `${e.component} ${e.handler}: ${c}:${g} ${cls}`))),
    handlerEntries.flatMap((e) => (entryMods.get(e) ?? []).map((r) =>
      `${componentOf(e)} ${plainName(e)}: ${r.g} ${gclass.get(String(r.g))}`))];

  const syscallRows = a.table('syscall');
  const syscalls: [string, string[], string[]] = ['system calls',
    expected.syscalls.map((s) => `${s.name} -> ${s.component} ${s.handler} reaches=${sorted(s.reaches)} ${s.recovery}`),
    syscallRows.map((r) => `${r.name} -> ${r.comp} ${plainName(String(r.handler))} reaches=${reachOf(String(r.user_fn))} ${recovery.get(String(r.user_fn))}`)];

  const classes: [string, string[], string[]] = ['global classes',
    Object.entries(expected.global_classes).flatMap(([c, gs]) => Object.entries(gs).map(([g, cls]) => `${c}:${g} ${cls}`)),
    [...gclass].map(([g, cls]) => `${g} ${cls}`)];

  return [sendSites, requests, replies, loops, dispatch, entries, modifies, syscalls, classes];
}

for (const flavour of FLAVOURS) {
  test(`analysis of examples/minios/${flavour} matches expected.json`, (t) => {
    const a = runAnalysis(path.join(exampleDir, flavour));
    const scores: Score[] = categories(a).map(([name, exp, got]) => score(name, exp, got));
    t.log('\n' + scores.map(formatScore).join('\n'));
    for (const s of scores) {
      t.is(s.precision, 1, `${s.name}: precision`);
      t.is(s.recall, 1, `${s.name}: recall`);
    }
  });
}

test('nothing marked runtime in expected.json is claimed constant', (t) => {
  for (const flavour of FLAVOURS) {
    const a = runAnalysis(path.join(exampleDir, flavour));
    const kinds = new Map(a.table('request_endpoint_kind').map((r) => [String(r.req), String(r.kind)]));
    const runtimeOrigins = new Set(expected.requests.filter((r) => r.endpoint === 'runtime').map((r) => `${r.component}:${r.origin}`));
    const claimed = a.table('request').filter((r) => runtimeOrigins.has(`${componentOf(String(r.origin))}:${plainName(String(r.origin))}`)
      && kinds.get(String(r.req)) === 'const' && !expected.requests.some((e) => e.endpoint !== 'runtime'
        && `${e.component}:${e.origin}` === `${componentOf(String(r.origin))}:${plainName(String(r.origin))}`));
    t.deepEqual(claimed.map((r) => String(r.req)), [], flavour);
  }
});

test('the stats relation holds the research work\'s figures: expected.json\'s, counted by hand', (t) => {
  const a = runAnalysis(path.join(exampleDir, 'system.json'));
  const stats = new Map(a.table('stats').map((r) => [String(r.metric), Number(r.value)]));
  t.log([...stats].map(([k, v]) => `${k.padEnd(48)} ${v}`).join('\n'));
  for (const [k, v] of Object.entries(expected.stats)) t.is(stats.get(k), v, k);
  // the site-level figures the summary shows, over the sites that send requests
  const requestSites = new Set(expected.requests.map((r) => `${r.component}:${r.site_function}`));
  const runtimeSites = new Set(expected.requests.filter((r) => r.endpoint === 'runtime').map((r) => `${r.component}:${r.site_function}`));
  const unresolvedSites = new Set(expected.requests.filter((r) => r.possible_dest === 'any').map((r) => `${r.component}:${r.site_function}`));
  const multiSites = new Set(expected.requests.filter((r) => Array.isArray(r.possible_dest) && r.possible_dest.length > 1)
    .map((r) => `${r.component}:${r.site_function}`).filter((s) => !unresolvedSites.has(s)));
  const insideSites = new Set(expected.requests.filter((r) => r.dest !== 'outside').map((r) => `${r.component}:${r.site_function}`));
  const want: Record<string, number> = {
    send_callers: new Set(expected.send_sites.map((s) => `${s.component}:${s.function}`)).size,
    send_sites_exact_dest: insideSites.size - unresolvedSites.size - multiSites.size,
    send_sites_const_endpoint: [...requestSites].filter((s) => !runtimeSites.has(s)).length,
    send_sites_unresolved: unresolvedSites.size,
    send_sites_multi_dest: multiSites.size,
    send_sites_mtype_found: requestSites.size,
    receive_loops: expected.receive_loops.length,
    servers_with_receive_loop: new Set(expected.receive_loops.map((l) => l.component)).size,
    syscalls_mapped: expected.syscalls.length,
    // no request is left without a reason, or without a handler at its destination
    requests_unresolved_endpoint: expected.stats.requests_unresolved,
    requests_unresolved_mtype: 0,
    requests_no_handler: 0,
    entry_points: expected.entry_points.length + expected.syscalls.length,
  };
  for (const [k, v] of Object.entries(want)) t.is(stats.get(k), v, k);
});

interface SystemVariant {
  components: Record<string, { ir: string[] }>;
  libraries: Record<string, string[]>;
  user: { ir: string[] };
  annotations?: { global_class: Record<string, string> };
}

/** Analyse a variant of system.json (paths made absolute), written to a temporary folder. */
function analyseVariant(change: (sys: SystemVariant) => void): Analysis {
  const sys = JSON.parse(fs.readFileSync(path.join(exampleDir, 'system.json'), 'utf8')) as SystemVariant;
  const abs = (p: string) => path.join(exampleDir, p);
  for (const c of Object.values(sys.components)) c.ir = c.ir.map(abs);
  for (const k of Object.keys(sys.libraries)) sys.libraries[k] = sys.libraries[k].map(abs);
  sys.user.ir = sys.user.ir.map(abs);
  change(sys);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-variant-'));
  try {
    const file = path.join(dir, 'system.json');
    fs.writeFileSync(file, JSON.stringify(sys));
    return runAnalysis(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('an annotation overrides the derived class of a global, and the recovery classes follow', (t) => {
  const a = analyseVariant((sys) => { sys.annotations = { global_class: { 'vfs:fdtable': 'global' } }; });
  const cls = new Map(a.table('global_class').map((r) => [String(r.g), String(r.class)]));
  const rec = new Map(a.table('recovery_class').map((r) => [String(r.e), String(r.class)]));
  t.is(cls.get('vfs:fdtable'), 'global');
  t.is(rec.get('vfs:do_close'), 'global');
  // Without the annotation the same entry is process-local (expected.json).
  t.is(expected.entry_points.find((e) => e.component === 'vfs' && e.handler === 'do_close')?.recovery, 'process-local');
});

test('a server left out of the description is outside the system: its requests are counted apart, not unresolved', (t) => {
  // Without ds in the description, endpoint 3 names no component, like the terminal driver.
  const a = analyseVariant((sys) => { delete sys.components.ds; });
  const outside = a.table('request_outside').map((r) => [String(r.req), Number(r.endpoint)] as const);
  const origins = (k: number) => outside.filter(([, e]) => e === k).map(([req]) =>
    plainName(String(a.table('request').find((r) => r.req === req)!.origin))).sort();
  t.deepEqual(origins(3), ['do_reboot', 'ds_delete_label', 'ds_publish_label', 'ds_retrieve_label_endpt']);
  t.deepEqual(origins(defines('TTY_PROC_NR')), ['cdev_read']);
  t.deepEqual(origins(defines('CLOCK')), ['getuptime']);
  const unresolved = new Set(a.table('request_unresolved').map((r) => String(r.req)));
  t.deepEqual(outside.filter(([req]) => unresolved.has(req)), [], 'no request outside is unresolved');
  const stats = new Map(a.table('stats').map((r) => [String(r.metric), Number(r.value)]));
  t.is(stats.get('requests_outside_system'), 6);
  t.is(stats.get('requests'), expected.stats.requests);
});
