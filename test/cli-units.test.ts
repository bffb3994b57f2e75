// The CLI's pure parts on a small hand-made result set: a fork that goes pm -> vm, a getpid that
// stays in pm, one unresolved send. (The commands themselves are tested end to end in cli.test.ts.)
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readResults, resolveEntry, componentOf, functionOf, classRank } from '../src/results.js';
import { explainEntry, renderExplanation, shortestPath, byComponent } from '../src/explain.js';
import { entryGraph, componentSummary, toDot } from '../src/graph.js';
import { buildPolicy, policyC, policyJson } from '../src/policy.js';
import { buildReport, renderHtml, renderMarkdown } from '../src/report.js';
import { alignedTable, formatRows } from '../src/table.js';
import { nearest } from '../src/suggest.js';
import { cacheFacts, cachedFacts, componentKey, stableJson } from '../src/cache.js';
import { findings } from '../src/commands/analyze.js';
import { completeRelation } from '../src/commands/repl.js';
import { renderSummary } from '../src/summary.js';
import { resultsOf, rows, shippedDecls } from './helpers/results.js';
import { declaredReads, readProblem, read, memorySource } from '../src/outputs.js';
import '../src/index.js'; // every module, so that every read is declared
import { haveCc, testIf } from './cli-support.js';

const tables = {
  component: rows('c', [['pm'], ['vm'], ['libc']]),
  stats: rows('metric value', [['send_sites', 2], ['send_sites_unresolved', 1], ['requests', 5], ['a_new_metric', 5]]),
  send_site: rows('site comp func primitive mode', [['pm:fork_helper:i3', 'pm', 'pm:fork_helper', 'ipc_sendrec', 'sync'], ['pm:weird:i1', 'pm', 'pm:weird', 'ipc_sendrec', 'sync'],
    ['libc:_syscall:i1', 'libc', 'libc:_syscall', 'ipc_sendrec', 'sync']]),
  // libc's getpid and getpid2 both make the getpid system call: two call chains, one table row
  request: rows('req site origin', [['r1', 'pm:fork_helper:i3', 'pm:do_fork'], ['r2', 'pm:weird:i1', 'pm:weird'],
    ['r3', 'libc:_syscall:i1', 'libc:fork'], ['r4', 'libc:_syscall:i1', 'libc:getpid'], ['r5', 'libc:_syscall:i1', 'libc:getpid2']]),
  request_component: rows('req c', [['r1', 'pm'], ['r2', 'pm'], ['r3', 'libc'], ['r4', 'libc'], ['r5', 'libc']]),
  request_endpoint: rows('req endpoint', [['r1', 2], ['r3', 0], ['r4', 0], ['r5', 0]]),
  request_dest: rows('req c', [['r1', 'vm'], ['r2', 'vm'], ['r3', 'pm'], ['r4', 'pm'], ['r5', 'pm']]),
  request_mtype: rows('req mtype', [['r1', 7], ['r3', 1], ['r4', 2], ['r5', 2]]),
  request_handler: rows('req handler', [['r1', 'vm:do_fork'], ['r3', 'pm:do_fork'], ['r4', 'pm:do_getpid'], ['r5', 'pm:do_getpid']]),
  request_unresolved: rows('req reason', [['r2', 'endpoint not constant']]),
  request_unbounded: rows('req', [['r2']]),
  dispatch: rows('c mtype handler', [['pm', 1, 'pm:do_fork'], ['pm', 2, 'pm:do_getpid'], ['vm', 7, 'vm:do_fork']]),
  entry_point: rows('e c kind', [['pm:do_fork', 'pm', 'handler'], ['pm:do_getpid', 'pm', 'handler'], ['vm:do_fork', 'vm', 'handler']]),
  entry_mtype: rows('e mtype', [['pm:do_fork', 1], ['pm:do_getpid', 2], ['vm:do_fork', 7]]),
  call_edge: rows('caller callee kind', [
    ['pm:do_fork', 'pm:fork_helper', 'direct'], ['pm:fork_helper', 'vm:do_fork', 'ipc'],
    ['vm:do_fork', 'vm:map_proc', 'direct'], ['pm:do_fork', 'pm:log', 'indirect'], ['pm:do_getpid', 'pm:log', 'direct'],
  ]),
  ipc_edge: rows('origin site handler', [['pm:fork_helper', 'pm:fork_helper:i3', 'vm:do_fork']]),
  reaches: rows('e f', [['pm:do_fork', 'pm:fork_helper'], ['pm:do_fork', 'vm:do_fork'], ['pm:do_fork', 'vm:map_proc'], ['pm:do_fork', 'pm:log'], ['pm:do_getpid', 'pm:log'], ['vm:do_fork', 'vm:map_proc']]),
  entry_reaches_component: rows('e c', [['pm:do_fork', 'pm'], ['pm:do_fork', 'vm'], ['pm:do_getpid', 'pm'], ['vm:do_fork', 'vm']]),
  entry_modifies: rows('e g c', [['pm:do_fork', 'vm:vmproc', 'vm'], ['pm:do_fork', 'pm:mproc', 'pm'], ['pm:do_fork', 'pm:m_in', 'pm'], ['vm:do_fork', 'vm:vmproc', 'vm']]),
  global_class: rows('g class', [['vm:vmproc', 'global'], ['pm:mproc', 'process-local'], ['pm:m_in', 'request-local']]),
  // two classes for do_fork: the rules (policy.dl) keep the higher one
  recovery_class: rows('e class', [['pm:do_fork', 'global'], ['pm:do_fork', 'process-local'], ['pm:do_getpid', 'idempotent'], ['vm:do_fork', 'global']]),
  request_class: rows('req class', [['r1', 'global'], ['r3', 'global'], ['r4', 'idempotent'], ['r5', 'idempotent']]),
  recovery_evidence: rows('e g c', [['pm:do_fork', 'vm:vmproc', 'vm'], ['vm:do_fork', 'vm:vmproc', 'vm']]),
  // explain keeps the stores of the deciding global in what the entry reaches: not pm:other's
  global_store: rows('i f g', [['vm:map_proc:i9', 'vm:map_proc', 'vm:vmproc'], ['vm:other:i1', 'vm:other', 'vm:vmproc'], ['pm:fork_helper:i1', 'pm:fork_helper', 'pm:mproc']]),
  handler_arg_store: rows('e i f g', []),
  syscall: rows('name user_fn comp handler', [['fork', 'libc:fork', 'pm', 'pm:do_fork'], ['getpid', 'libc:getpid', 'pm', 'pm:do_getpid'], ['getpid', 'libc:getpid2', 'pm', 'pm:do_getpid']]),
  syscall_unmapped: rows('name user_fn reason', [['brk', 'libc:brk', 'endpoint not constant']]),
};
const res = readResults(resultsOf(tables));

test('every relation and column a command reads is declared by the shipped rules, .output or .input, of the same kind', (t) => {
  const decls = new Map(shippedDecls().map((d) => [d.name, d]));
  const all = declaredReads();
  t.true(all.length >= 30, `${all.length} reads declared`);
  for (const r of all) t.is(readProblem(decls.get(r.relation), r), undefined, `${r.relation}(${Object.keys(r.columns).join(', ')})`);
});

test('a read the rules do not serve is an error naming what is missing', (t) => {
  const decl = { name: 'stats', columns: [{ name: 'metric', type: 'symbol', kind: 'symbol' as const }, { name: 'value', type: 'number', kind: 'number' as const }], input: false, output: true, file: 'rules/stats.dl', line: 13 };
  const src = memorySource([decl, { ...decl, name: 'hidden', output: false }], () => [['a', 1]]);
  t.deepEqual(read(src, { by: 'a test', relation: 'stats', columns: { value: 'number', metric: 'symbol' } as const }), [{ value: 1, metric: 'a' }]);
  t.throws(() => read(src, { by: 'a test', relation: 'statistics', columns: { metric: 'symbol' } as const }), { message: 'the rules declare no relation statistics; a test reads statistics(metric)' });
  t.throws(() => read(src, { by: 'a test', relation: 'stats', columns: { name: 'symbol' } as const }), { message: /a test reads column 'name' of stats, which the rules do not declare \(\.decl stats\(metric: symbol, value: number\) at rules\/stats\.dl:13\)/ });
  t.throws(() => read(src, { by: 'a test', relation: 'stats', columns: { value: 'symbol' } as const }), { message: /reads column 'value' of stats as a symbol, the rules declare a number/ });
  t.throws(() => read(src, { by: 'a test', relation: 'hidden', columns: { value: 'number' } as const }), { message: /hidden \(rules\/stats\.dl:13\) is neither \.output nor \.input/ });
});

test('results: ids, worst class, entries by any name', (t) => {
  t.is(componentOf('pm:do_fork:i4'), 'pm');
  t.is(functionOf('pm:do_fork:i4'), 'pm:do_fork');
  t.deepEqual(res.classes, ['idempotent', 'process-local', 'global'], 'class_rank of rules/policy.dl');
  t.true(classRank(res, 'global') > classRank(res, 'process-local'));
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
  t.notRegex(text, /vm:other/, 'a store the entry does not reach is no evidence');
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

testIf(haveCc() ? undefined : 'no C compiler (cc)')('policy: the C header compiles and its table reads back', (t) => {
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
  t.deepEqual(m.syscalls.map((s) => [s.syscall, s.entry, s.components.join(','), s.modified.global ?? 0, s.modified['process-local'] ?? 0, s.modified['request-local'] ?? 0, s.cls, s.chains.join(' ')]), [
    ['fork', 'pm:do_fork', 'pm,vm', 1, 1, 1, 'global', 'r3'], ['getpid', 'pm:do_getpid', 'pm', 0, 0, 0, 'idempotent', 'r4 r5'],
  ], 'one row per (system call, entry point), its call chains behind it');
  t.deepEqual(m.flows.map((f) => `${f.from}>${f.to ?? '*'} ${f.requests} ${f.cls}`), ['libc>pm 3 global', 'pm>vm 1 global', 'pm>* 1 global'], 'the unbounded request r2 once, to any server');
  t.regex(m.systemGraph.dot, /"libc" -> "pm" \[penwidth=5\.0, color="#a93226"/);
  t.regex(m.systemGraph.dot, /"pm" -> "vm" \[penwidth=\d\.\d, color="#a93226"/);
  t.regex(m.systemGraph.dot, /"pm" -> "any server" \[.*style=dashed\]/);
  t.deepEqual(m.entries.map((e) => `${e.entry} ${e.cls} ${e.taints.join('+')}`), ['pm:do_fork global pm+vm', 'pm:do_getpid idempotent ', 'vm:do_fork global vm']);
  t.deepEqual(m.unresolved, [{ site: 'pm:weird:i1', func: 'pm:weird', comp: 'pm', reasons: ['endpoint not constant'] }]);
  t.deepEqual(m.graphs.map((g) => g.summary), [['pm -> vm'], []]);
  const html = renderHtml(m);
  t.true(html.includes('mini&lt;x&gt;'));
  t.false(html.includes('mini<x>'));
  t.regex(html, /<table id="syscalls" class="interactive">/);
  t.regex(html, /<details><summary>2<\/summary><ul><li>r4 &rArr; pm:do_getpid<\/li><li>r5 &rArr; pm:do_getpid<\/li><\/ul><\/details>/);
  t.regex(html, /<select data-filter="class"><option value="">\(any\)<\/option><option>global<\/option><option>idempotent<\/option><\/select>/);
  t.regex(html, /<table id="unmapped">[\s\S]*<td>brk<\/td><td>libc:brk<\/td><td>endpoint not constant<\/td>/);
  t.notRegex(html, /<(script|link|img)[^>]+(src|href)=/, 'self-contained');
  const md = renderMarkdown(m);
  t.regex(md, /\| fork \| `pm:do_fork` \| pm, vm \| request-local 1, process-local 1, global 1 \| global \| 1 \|/);
  t.regex(md, /\| libc \| pm \| 3 \| global \|/);
  t.regex(md, /\| pm \| \(any server\) \| 1 \| global \|/);
  t.regex(md, /\| a_new_metric \| a new metric \| 5 \| {2}\|/, 'a metric the labels do not know is shown under its name');
  t.regex(md, /\| requests \| requests \(send sites resolved per call chain\) \| 5 \| 196 \|/, 'beside the research work\'s MINIX figure');
});

test('summary: every stats row, known metrics labelled and nested, others by name', (t) => {
  const text = renderSummary({ system: 'mini', stats: res.stats, components: [{ name: 'pm', cached: true, seconds: 0, facts: 1 }], phases: [{ phase: 'evaluate', seconds: 1 }] });
  t.regex(text, /^send sites +2$/m);
  t.regex(text, /^ {2}left unresolved +1$/m);
  t.regex(text, /^a new metric +5$/m);
  t.regex(text, /^ {2}from the cache +1$/m);
});

test('docs/architecture.md names every module of src/ and src/commands/, and only paths that exist', (t) => {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const doc = fs.readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8');
  for (const dir of ['src', 'src/commands']) {
    for (const f of fs.readdirSync(path.join(root, dir)).filter((x) => x.endsWith('.ts'))) {
      const names = [f, `${dir}/${f}`, ...(dir === 'src/commands' ? [f.replace(/\.ts$/, '')] : [])];
      const named = names.some((n) => doc.includes(`\`${n}\``));
      t.true(named, `${dir}/${f}`);
    }
  }
  for (const m of doc.matchAll(/`((?:extract|src|rules|facts|test|bench|docs|examples|bin)\/[A-Za-z0-9_./-]*)`/g)) {
    const p = m[1]!.replace(/<[^>]+>.*$/, '');
    t.true(fs.existsSync(path.join(root, p)), m[1]);
  }
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
  t.throws(() => findings(res, 'globl'), { message: /not a recovery class of these rules \(idempotent, process-local, global\)/ });
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
