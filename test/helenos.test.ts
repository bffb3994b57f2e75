// The analysis on the real HelenOS servers (../shared/corpora/helenos, described by
// examples/helenos/system.json) against the requests to vfs and locsrv worked out by hand
// (examples/helenos/expected.json, EXPECTED.md): precision and recall of request_handler for the
// five client servers, the handler tables of the two servers, and the description itself.
// The corpus is not part of the repository: without it every test here is skipped with a note.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSystem } from '../extract/index.js';
import { packageRoot } from '../src/paths.js';
import { runAnalysis, groupBy, type Analysis } from './helpers/analysis.js';
import { score, formatScore } from './helpers/score.js';
import { locateHelenosIR, subsetDescription } from './helpers/helenos.js';

const exampleDir = path.join(packageRoot, 'examples', 'helenos');

interface ExpectedRequest {
  component: string; site_function: string; site_module: string; mtype: string; mtype_value: number;
  dest: string; interface: string; entry: string; handler: string;
}
interface Expected {
  clients: string[];
  servers: string[];
  services: Record<string, number>;
  interfaces: Record<string, number>;
  methods: Record<string, number>;
  entries: Record<string, Record<string, string>>;
  dispatch: Record<string, Record<string, Record<string, string>>>;
  requests: ExpectedRequest[];
}

const expected = JSON.parse(fs.readFileSync(path.join(exampleDir, 'expected.json'), 'utf8')) as Expected;
const irDir = locateHelenosIR(exampleDir);
if (!irDir) {
  console.log('HelenOS corpus not found (../shared/corpora/helenos/ir beside the repository, or FUSELOG_HELENOS_IR): the HelenOS tests are skipped');
}
const helenosTest = irDir ? test : test.skip;

// The servers the hand-checked clients talk to (ns: every task's first session; loader: taskmon
// spawns tasks), so that no request of theirs is unbounded only because its server is left out.
const SUBSET = [...expected.servers, ...expected.clients, 'ns', 'loader'];

let analysis: Analysis | undefined;
function analysed(): Analysis {
  if (!analysis) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-helenos-'));
    const file = subsetDescription(path.join(exampleDir, 'system.json'), irDir!, SUBSET, dir);
    analysis = runAnalysis(file);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return analysis;
}

/** `locsrv:loc_service_register@locsrv` -> `loc_service_register@locsrv` (its own module), by function_defined. */
function qualified(a: Analysis, modules: Map<string, string>, id: string): string {
  const name = id.slice(id.indexOf(':') + 1).replace(/@.*$/, '').replace(/\.\d+$/, '');
  const mod = path.basename(modules.get(id) ?? '?', '.ll');
  return `${name}@${mod}`;
}

helenosTest('the description names only functions the corpus defines, with the arguments they have', (t) => {
  const sys = loadSystem(subsetDescription(path.join(exampleDir, 'system.json'), irDir!, SUBSET, fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-helenos-'))));
  const libc = fs.readFileSync(path.join(irDir!, 'libc.ll'), 'utf8');
  const arity = new Map<string, number>();
  for (const m of libc.matchAll(/^define [^@]*@([\w.$]+)\(([^)]*)\)/gm)) arity.set(m[1]!, m[2]!.trim() === '' ? 0 : m[2]!.split(',').length);
  const need = (f: string, ...args: number[]): void => {
    t.true(arity.has(f), `${f} is defined in libc.ll`);
    for (const a of args) if (a >= 0) t.true(a < (arity.get(f) ?? 0), `${f} has an argument ${a}`);
  };
  for (const s of sys.ipc.send) need(s.function, s.endpoint, s.mtype ?? -1);
  for (const r of [...sys.ipc.receive, ...sys.ipc.reply, ...sys.ipc.mtypeAccessors]) need(r.function, r.message);
  for (const c of sys.ipc.connect) need(c.function, c.service, c.interface);
  for (const d of sys.ipc.derive) need(d.function, d.from, d.interface);
  for (const s of sys.ipc.serve) need(s.function, s.service, s.interface, s.handler, s.name);
  for (const f of [...sys.ipc.ignore, ...sys.entryFunctions]) need(f);
  for (const w of sys.ipc.wellKnown) t.regex(libc, new RegExp(`^@${w.global} = `, 'm'), `${w.global} is a global of libc.ll`);
});

helenosTest('expected.json agrees with the IR: method values, service and interface numbers, handlers', (t) => {
  const ir = (m: string) => fs.readFileSync(path.join(irDir!, `${m}.ll`), 'utf8');
  for (const [server, byIface] of Object.entries(expected.entries)) {
    const text = ir(server);
    for (const [iface, entry] of Object.entries(byIface)) {
      const svc = server === 'vfs' ? expected.services.SERVICE_VFS : expected.services.SERVICE_LOC;
      t.regex(text, new RegExp(`@service_register\\(i32 noundef ${svc}, i32 noundef ${expected.interfaces[iface]}, ptr noundef @${entry},`), `${server}: ${iface} -> ${entry}`);
    }
  }
  // every (value -> handler) of a switch the tables list is a case of the entry's switch, or the guard
  for (const [server, tables] of Object.entries(expected.dispatch)) {
    const text = ir(server);
    for (const [entry, table] of Object.entries(tables)) {
      const body = text.slice(text.indexOf(`@${entry}(ptr`), text.indexOf('\n}\n', text.indexOf(`@${entry}(ptr`)));
      for (const [method, handler] of Object.entries(table)) {
        const value = expected.methods[method]!;
        const guarded = new RegExp(`define internal ptr @${handler}\\(\\)[\\s\\S]*?icmp ne i64 %\\d+, ${value}`).test(text);
        const label = new RegExp(`i64 ${value}, label %(\\d+)`).exec(body)?.[1];
        const inCase = label !== undefined && new RegExp(`\\n${label}:[^\\n]*\\n(?:[^\\n]*\\n){0,3}[^\\n]*@${handler}\\(`).test(body);
        // the hangup (method 0): the loop leaves on `ipc_get_imethod(&call) == 0` and cleans up
        const hangup = value === 0 && /icmp ne i64 %\d+, 0\n/.test(body) && body.includes(`@${handler}(`);
        t.true(guarded || inCase || hangup, `${server} ${entry}: ${method} (${value}) -> ${handler}`);
      }
    }
  }
});

helenosTest('requests from five client servers to vfs and locsrv: precision and recall against the hand-checked set', (t) => {
  const a = analysed();
  const modules = new Map(a.rows('function_defined').map((r) => [String(r[0]), String(r[1])]));
  const site = new Map(a.rows('send_site').map((r) => [String(r[0]), r]));
  const mtypes = groupBy(a.rows('request_mtype'), (r) => String(r[0]));
  const handlers = groupBy(a.rows('request_handler'), (r) => String(r[0]));
  const clients = new Set(expected.clients);
  const servers = new Set(expected.servers);
  const derived: string[] = [];
  for (const r of a.rows('request')) {
    const req = String(r[0]);
    const s = site.get(String(r[1]))!;
    if (!clients.has(String(s[1]))) continue;
    for (const h of handlers.get(req) ?? []) {
      const hid = String(h[1]);
      const dest = hid.slice(0, hid.indexOf(':'));
      if (!servers.has(dest)) continue;
      for (const m of mtypes.get(req) ?? []) {
        derived.push(`${s[1]} ${qualified(a, modules, String(s[2]))} ${m[1]} -> ${dest} ${qualified(a, modules, hid)}`);
      }
    }
  }
  const want = expected.requests.map((r) =>
    `${r.component} ${r.site_function}@${r.site_module === 'c' ? 'libc' : r.site_module} ${r.mtype_value} -> ${r.dest} ${r.handler}@${r.dest}`);
  const s = score('requests to vfs and locsrv', want, derived);
  t.log(formatScore(s));
  // Recall is complete; what is extra comes from points-to (EXPECTED.md, "What the analysis gets
  // wrong"): reads of a stream reached from writes, and locfs's sessions found by container_of.
  t.is(s.recall, 1, 'every hand-checked request reaches its handler');
  t.true(s.precision >= 0.7, `precision ${s.precision.toFixed(3)}`);
});

helenosTest('the handler tables of vfs and locsrv, per connection handler', (t) => {
  const a = analysed();
  const modules = new Map(a.rows('function_defined').map((r) => [String(r[0]), String(r[1])]));
  const entries = a.rows('serve_entry').filter((r) => servers().has(String(r[0])));
  const reach = groupBy(a.rows('entry_dispatch'), (r) => String(r[0]));
  const want: string[] = [];
  for (const [server, tables] of Object.entries(expected.dispatch)) {
    for (const [entry, table] of Object.entries(tables)) {
      for (const [method, handler] of Object.entries(table)) want.push(`${server} ${entry} ${expected.methods[method]} ${handler}@${server}`);
    }
  }
  const got = new Set<string>();
  for (const e of entries) {
    const id = String(e[2]);
    for (const d of reach.get(id) ?? []) got.add(`${e[0]} ${qualified(a, modules, id).replace(/@.*$/, '')} ${d[1]} ${qualified(a, modules, String(d[2]))}`);
  }
  // vfs_pager's table is not in the expected set (the pager interface is a kernel's client).
  const derived = [...got].filter((k) => !k.includes(' vfs_pager '));
  const s = score('vfs and locsrv dispatch', want, derived);
  t.log(formatScore(s));
  t.is(s.recall, 1);
  t.is(s.precision, 1);
});

helenosTest('the statistics of the research work, for this subset', (t) => {
  const a = analysed();
  const stats = new Map(a.rows('stats').map((r) => [String(r[0]), Number(r[1])]));
  t.log([...stats].map(([k, v]) => `${k} ${v}`).join('\n'));
  const n = (k: string) => stats.get(k) ?? NaN;
  t.true(n('requests') > 0);
  t.true(n('requests_one_dest') <= n('requests'));
  t.true(n('requests_with_handler') >= n('requests_exact_dest'));
  t.true(n('replies') > 0, 'the answers of async_answer_N are replies');
  t.is(n('requests_const_endpoint'), 0, 'no request is sent to an endpoint number');
  // every unresolved request says why
  const reasons = groupBy(a.rows('request_unresolved'), (r) => String(r[0]));
  t.is(reasons.size, n('requests_unresolved'));
});

function servers(): Set<string> {
  return new Set(expected.servers);
}

// rules/pointsto.dl [Calls]: an indirect call reaches only functions of the type it is made
// through. Before, unification made libc's FILE objects one class with the lists, mutexes and
// ops tables linked through link_t, and `h->op->remove_callback(item)` in hash_table_remove
// (void (ht_link_t *)) reached the fibril functions and the hash functions of every table.
helenosTest('indirect calls reach only functions of the type they are made through', (t) => {
  const a = analysed();
  const sig = new Map(a.rows('function_signature').map((r) => [String(r[0]), String(r[1])]));
  const callSig = new Map(a.rows('call_signature').map((r) => [String(r[0]), String(r[1])]));
  const direct = new Set(a.rows('direct_call').map((r) => String(r[0])));
  const indirect = a.rows('call_target').filter((r) => !direct.has(String(r[0])));
  t.true(indirect.length > 100, `targets of indirect calls: ${indirect.length}`);
  for (const [i, f] of indirect) t.is(sig.get(String(f)), callSig.get(String(i)), `${i} -> ${f}`);
  t.is(sig.get('vfs:printf'), 'i32 (ptr, ...)', 'a variadic function');
  // the remove callback of hash_table_remove: the tables' remove callbacks, not their hash functions
  const removes = indirect.filter((r) => /:hash_table_remove:/.test(String(r[0])) && callSig.get(String(r[0])) === 'void (ptr)').map((r) => String(r[1]));
  t.true(removes.includes('tmpfs:nodes_remove_callback'), removes.join(', '));
  t.false(removes.some((f) => /connection_fibril|_hash$/.test(f)), removes.join(', '));
});

// rules/handles.dl [Sources and flow]: a field of a points-to class carries only fresh handles,
// so a field that also receives a session the description leaves out of scope (a server's
// async_callback_receive) makes its loads open. Before, the sessions of console's input, of
// inetsrv's IP links and of tcp's clients were all found in one merged class where a session
// to locsrv was also stored, and the requests on them were bounded to locsrv: a wrong answer
// where "may reach any server" is the true one.
helenosTest('a session field that may hold an untraced session is not bounded by the sessions it also holds', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-helenos-cb-'));
  try {
    const a = runAnalysis(subsetDescription(path.join(exampleDir, 'system.json'), irDir!, ['console', 'input', 'locsrv', 'ns', 'tcp', 'inetsrv'], dir));
    const dest = groupBy(a.rows('request_dest'), (r) => String(r[0]));
    const unresolved = new Set(a.rows('request_unresolved').map((r) => String(r[0])));
    for (const req of ['console:input_activate:i10', 'inetsrv:iplink_send:i24', 'tcp:tcp_ev_data:i26']) {
      const to = (dest.get(req) ?? []).map((r) => String(r[1]));
      t.true(to.length > 0, `${req} is a request`);
      t.notDeepEqual(to, ['locsrv'], `${req} is not bounded to locsrv`);
      if (req.startsWith('console:')) t.true(to.includes('input'), `${req} may reach input: ${to.join(', ')}`);
      t.true(unresolved.has(req) || !to.includes('locsrv'), `${req}: ${to.join(', ')}`);
    }
    // and says why: tcp keeps its clients' callback sessions in the same fields
    const why = a.rows('request_unresolved').filter((r) => String(r[0]) === 'tcp:tcp_ev_data:i26').map((r) => String(r[1]));
    t.true(why.some((w) => w.includes('may also hold the result of tcp:async_callback_receive')), why.join('; '));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
