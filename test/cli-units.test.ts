// The CLI's pure parts on a small hand-made result set: a fork that goes pm -> vm, a getpid that
// stays in pm, one unresolved send. (The commands themselves are tested end to end in cli.test.ts.)
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readResults, tableSource, resolveEntry, worstClass, componentOf, functionOf } from '../src/results.js';
import { explainEntry, renderExplanation, shortestPath, byComponent } from '../src/explain.js';
import { entryGraph, componentSummary, toDot } from '../src/graph.js';
import { buildPolicy, policyC, policyJson } from '../src/policy.js';
import { buildReport, renderHtml, renderMarkdown } from '../src/report.js';
import { alignedTable, formatRows } from '../src/table.js';
import { nearest } from '../src/suggest.js';
import { cacheFacts, cachedFacts, componentKey, stableJson } from '../src/cache.js';
import { findings } from '../src/commands/analyze.js';
import { completeRelation } from '../src/commands/repl.js';

const tables = {
  component: [['pm'], ['vm'], ['libc']],
  stats: [['send_sites', 2], ['send_sites_unresolved', 1]],
  send_site: [['pm:fork_helper:i3', 'pm', 'pm:fork_helper', 'ipc_sendrec', 'sync'], ['pm:weird:i1', 'pm', 'pm:weird', 'ipc_sendrec', 'sync']],
  request: [['r1', 'pm:fork_helper:i3', 'pm:do_fork'], ['r2', 'pm:weird:i1', 'pm:weird']],
  request_endpoint: [['r1', 2]],
  request_dest: [['r1', 'vm']],
  request_mtype: [['r1', 7]],
  request_handler: [['r1', 'vm:do_fork']],
  request_unresolved: [['r2', 'endpoint not constant']],
  dispatch: [['pm', 1, 'pm:do_fork'], ['pm', 2, 'pm:do_getpid'], ['vm', 7, 'vm:do_fork']],
  entry_point: [['pm:do_fork', 'pm', 'handler'], ['pm:do_getpid', 'pm', 'handler'], ['vm:do_fork', 'vm', 'handler']],
  entry_mtype: [['pm:do_fork', 1], ['pm:do_getpid', 2], ['vm:do_fork', 7]],
  call_edge: [
    ['pm:do_fork', 'pm:fork_helper', 'direct'], ['pm:fork_helper', 'vm:do_fork', 'ipc'],
    ['vm:do_fork', 'vm:map_proc', 'direct'], ['pm:do_fork', 'pm:log', 'indirect'], ['pm:do_getpid', 'pm:log', 'direct'],
  ],
  ipc_edge: [['pm:fork_helper', 'pm:fork_helper:i3', 'vm:do_fork']],
  reaches: [['pm:do_fork', 'pm:fork_helper'], ['pm:do_fork', 'vm:do_fork'], ['pm:do_fork', 'vm:map_proc'], ['pm:do_fork', 'pm:log'], ['pm:do_getpid', 'pm:log'], ['vm:do_fork', 'vm:map_proc']],
  entry_reaches_component: [['pm:do_fork', 'pm'], ['pm:do_fork', 'vm'], ['pm:do_getpid', 'pm'], ['vm:do_fork', 'vm']],
  entry_modifies: [['pm:do_fork', 'vm:vmproc', 'vm'], ['pm:do_fork', 'pm:mproc', 'pm'], ['pm:do_fork', 'pm:m_in', 'pm'], ['vm:do_fork', 'vm:vmproc', 'vm']],
  global_class: [['vm:vmproc', 'global'], ['pm:mproc', 'process-local'], ['pm:m_in', 'request-local']],
  recovery_class: [['pm:do_fork', 'global'], ['pm:do_fork', 'process-local'], ['pm:do_getpid', 'idempotent'], ['vm:do_fork', 'global']],
  request_class: [['r1', 'global']],
  recovery_evidence: [['pm:do_fork', 'vm:map_proc:i9', 'vm:vmproc', 'vm', 'vm:map_proc'], ['vm:do_fork', 'vm:map_proc:i9', 'vm:vmproc', 'vm', 'vm:map_proc']],
  syscall: [['fork', 'fork', 'pm', 'pm:do_fork'], ['getpid', 'getpid', 'pm', 'pm:do_getpid']],
  syscall_unmapped: [['brk', 'brk', 'endpoint not constant']],
};
const res = readResults(tableSource(tables));

test('results: ids, worst class, entries by any name', (t) => {
  t.is(componentOf('pm:do_fork:i4'), 'pm');
  t.is(functionOf('pm:do_fork:i4'), 'pm:do_fork');
  t.is(worstClass(['idempotent', 'global', 'process-local']), 'global');
  t.is(res.entries.get('pm:do_fork')?.cls, 'global');
  t.deepEqual(res.entries.get('pm:do_fork')?.components, ['pm', 'vm']);
  t.deepEqual(resolveEntry(res, 'fork'), ['pm:do_fork']);
  t.deepEqual(resolveEntry(res, 'do_getpid'), ['pm:do_getpid']);
  t.deepEqual(resolveEntry(res, 'pm:do_fork'), ['pm:do_fork']);
  t.deepEqual(resolveEntry(res, 'nothing'), []);
  t.deepEqual(res.requests.find((r) => r.req === 'r2')?.unresolved, ['endpoint not constant']);
});

test('explain: shortest path across the IPC edge, grouped by component', (t) => {
  const p = shortestPath(res.callEdges, 'pm:do_fork', 'vm:map_proc');
  t.deepEqual(p?.map((s) => `${s.from}>${s.to}:${s.kind}`), ['pm:do_fork>pm:fork_helper:direct', 'pm:fork_helper>vm:do_fork:ipc', 'vm:do_fork>vm:map_proc:direct']);
  t.deepEqual(shortestPath(res.callEdges, 'pm:do_getpid', 'vm:map_proc'), undefined);
  t.deepEqual(byComponent(p!, 'pm:do_fork').map((r) => r.comp), ['pm', 'vm']);
  const text = renderExplanation(explainEntry(res, 'pm:do_fork'));
  t.regex(text, /recovery class global/);
  t.regex(text, /1\. vm:vmproc \(global\) written in vm:map_proc \[vm\] by store vm:map_proc:i9/);
  t.regex(text, /pm => vm: IPC pm:fork_helper => vm:do_fork \(send at pm:fork_helper:i3\)/);
  t.regex(renderExplanation(explainEntry(res, 'pm:do_getpid')), /no store forces a stronger class/);
});

test('graph: clusters per component, IPC edges dashed, component summary', (t) => {
  const g = entryGraph(res, 'pm:do_fork');
  t.deepEqual(g.nodes, ['pm:do_fork', 'pm:fork_helper', 'pm:log', 'vm:do_fork', 'vm:map_proc']);
  t.deepEqual(componentSummary(g), ['pm -> vm']);
  const dot = toDot(g, 'function');
  t.is((dot.match(/subgraph "cluster_/g) ?? []).length, 2);
  t.regex(dot, /"pm:fork_helper" -> "vm:do_fork" \[style=dashed/);
  t.regex(dot, /"pm:do_fork" -> "pm:log" \[style=dotted\]/);
  t.regex(toDot(g, 'component'), /"pm" -> "vm" \[style=dashed/);
  t.deepEqual(componentSummary(entryGraph(res, 'pm:do_getpid')), []);
});

test('policy: per (component, m_type) and per site, with taints', (t) => {
  const p = buildPolicy(res, 'mini');
  t.deepEqual(p.mtypes.map((m) => [m.component, m.mtype, m.cls, m.taints.join('+')]), [
    ['pm', 1, 'global', 'pm+vm'], ['pm', 2, 'idempotent', ''], ['vm', 7, 'global', 'vm'],
  ]);
  const site = (s: string) => p.sites.find((x) => x.site === s);
  t.is(site('pm:fork_helper:i3')?.cls, 'global');
  t.deepEqual(site('pm:fork_helper:i3')?.taints, ['vm']);
  t.is(site('pm:weird:i1')?.cls, 'global', 'an unresolved site must be assumed global');
  t.is(JSON.parse(policyJson(p)).mtypes.length, 3);
  const h = policyC(p);
  t.regex(h, /\{ "pm", 1, "pm:do_fork", FUSELOG_GLOBAL, FUSELOG_C_PM \| FUSELOG_C_VM \}/);
});

test('policy: the C header compiles and its table reads back', (t) => {
  const cc = spawnSync('cc', ['--version']);
  if (cc.status !== 0) { t.log('no C compiler: skipped'); t.pass(); return; }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-policy-'));
  fs.writeFileSync(path.join(dir, 'policy.h'), policyC(buildPolicy(res, 'mini')));
  fs.writeFileSync(path.join(dir, 'main.c'), '#include <stdio.h>\n#include "policy.h"\nint main(void){for(int i=0;i<FUSELOG_N_MTYPE_POLICY;i++)printf("%s %d %d %llu\\n",fuselog_mtype_policy[i].component,fuselog_mtype_policy[i].m_type,fuselog_mtype_policy[i].cls,fuselog_mtype_policy[i].taints);return 0;}\n');
  const b = spawnSync('cc', ['-Wall', '-Werror', '-o', path.join(dir, 'a.out'), path.join(dir, 'main.c')], { encoding: 'utf8' });
  t.is(b.status, 0, b.stderr);
  const r = spawnSync(path.join(dir, 'a.out'), { encoding: 'utf8' });
  // components sorted: libc=bit0, pm=bit1, vm=bit2
  t.is(r.stdout, 'pm 1 2 6\npm 2 0 0\nvm 7 2 4\n');
});

test('report: table 4 rows, unresolved sites, graphs, HTML escaping', (t) => {
  const m = buildReport(res, { system: 'mini<x>', generated: 'now' });
  t.deepEqual(m.syscalls.map((s) => [s.syscall, s.entry, s.components.join(','), s.modified.global ?? 0, s.modified['process-local'] ?? 0, s.modified['request-local'] ?? 0, s.cls]), [
    ['fork', 'pm:do_fork', 'pm,vm', 1, 1, 1, 'global'], ['getpid', 'pm:do_getpid', 'pm', 0, 0, 0, 'idempotent'],
  ]);
  t.deepEqual(m.unresolved, [{ site: 'pm:weird:i1', func: 'pm:weird', comp: 'pm', reasons: ['endpoint not constant'] }]);
  t.deepEqual(m.graphs.map((g) => g.summary), [['pm -> vm'], []]);
  const html = renderHtml(m);
  t.true(html.includes('mini&lt;x&gt;'));
  t.false(html.includes('mini<x>'));
  t.regex(html, /<table id="syscalls">/);
  t.regex(html, /<table id="unmapped">[\s\S]*<td>brk<\/td><td>brk<\/td><td>endpoint not constant<\/td>/);
  t.regex(renderMarkdown(m), /\| fork \| `pm:do_fork` \| pm, vm \| request-local 1, process-local 1, global 1 \| global \|/);
});

test('table formats', (t) => {
  const rows = [['a', 1], ['b,"c"', 22]];
  t.is(alignedTable(['x', 'n'], rows), 'x       n\n-----  --\na       1\nb,"c"  22\n(2 rows)\n');
  t.is(formatRows(['x', 'n'], rows, 'csv'), 'x,n\na,1\n"b,""c""",22\n');
  t.is(formatRows(['x', 'n'], rows, 'tsv'), 'a\t1\nb,"c"\t22\n');
  t.is(formatRows(['x', 'n'], rows, 'json'), '{"x":"a","n":1}\n{"x":"b,\\"c\\"","n":22}\n');
});

test('suggestions and completion', (t) => {
  t.is(nearest('send_sit', ['send_site', 'request']), 'send_site');
  t.is(nearest('do_fork', ['pm:do_fork', 'vm:do_exec']), 'pm:do_fork');
  t.is(nearest('zzzzzz', ['send_site']), undefined);
  t.deepEqual(completeRelation('entry_point(E, C, K), recov', ['recovery_class', 'recovery_evidence', 'request']), [['recovery_class', 'recovery_evidence'], 'recov']);
  t.deepEqual(completeRelation('.sc', []), [['.schema '], '.sc']);
});

test('--fail-on findings', (t) => {
  t.deepEqual(findings(res, 'global'), ['pm:do_fork is global', 'vm:do_fork is global']);
  t.is(findings(res, 'process-local').length, 2);
  t.deepEqual(findings(res, 'unresolved'), ['unresolved send site pm:weird:i1']);
  t.deepEqual(findings(res, undefined), []);
});

test('cache: key follows content and config, entries are whole fact directories, one per component', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-cache-'));
  const ll = path.join(dir, 'pm.ll');
  fs.writeFileSync(ll, 'define void @f() { ret void }\n');
  const base = { component: 'pm', irFiles: [ll], config: { ipc: { a: 1, b: 2 } }, entry: { name: 'pm' }, extractorVersion: 'v1' };
  const k1 = componentKey(base);
  t.is(componentKey({ ...base, config: { ipc: { b: 2, a: 1 } } }), k1, 'key order in JSON does not matter');
  t.not(componentKey({ ...base, config: { ipc: { a: 1, b: 3 } } }), k1);
  t.not(componentKey({ ...base, extractorVersion: 'v2' }), k1);
  fs.appendFileSync(ll, '; changed\n');
  const k2 = componentKey(base);
  t.not(k2, k1);
  const cache = path.join(dir, 'cache');
  const fill = (rows: string) => (d: string): Record<string, number> => {
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'function.facts'), rows);
    return { function: rows.split('\n').length - 1 };
  };
  t.is(cachedFacts(cache, 'pm', k1), undefined);
  const e1 = cacheFacts(cache, 'pm', k1, fill('pm:f\tpm\tf\n'));
  t.deepEqual(cachedFacts(cache, 'pm', k1), e1);
  t.is(e1.facts, 1);
  // a run that fails half-way leaves nothing that a later one would take as whole
  t.throws(() => cacheFacts(cache, 'pm', k2, (d) => { fill('pm:g\tpm\tg\n')(d); throw new Error('interrupted'); }), { message: 'interrupted' });
  t.is(cachedFacts(cache, 'pm', k2), undefined);
  const e2 = cacheFacts(cache, 'pm', k2, fill('pm:g\tpm\tg\npm:h\tpm\th\n'));
  t.is(cachedFacts(cache, 'pm', k1), undefined, 'older entries of the component are dropped');
  t.is(e2.facts, 2);
  t.is(fs.readFileSync(path.join(e2.dir, 'function.facts'), 'utf8'), 'pm:g\tpm\tg\npm:h\tpm\th\n');
  t.deepEqual(fs.readdirSync(cache), [path.basename(e2.dir)]);
  // a damaged entry is a miss
  fs.writeFileSync(path.join(e2.dir, 'counts.json'), '{');
  t.is(cachedFacts(cache, 'pm', k2), undefined);
  t.is(stableJson({ b: [1, { d: 1, c: 2 }], a: null }), '{"a":null,"b":[1,{"c":2,"d":1}]}');
});
