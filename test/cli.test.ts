// The real `fuselog` binary, spawned as a process, on examples/minios: every command and its
// error paths. One analysis is shared by the tests that only read it.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../src/paths.js';
import { pathToFileURL } from 'node:url';
import { bin, checkInBrowser, fuselog, haveCc, noChromium, testIf, tmpDir, userRules } from './cli-support.js';

const example = path.join(packageRoot, 'examples', 'minios');
const system = path.join(example, 'system.json');
const work = tmpDir('cli');
const db = path.join(work, 'out');

test.before(() => {
  const r = fuselog(['analyze', system, '-o', db]);
  if (r.code !== 0) throw new Error(`analyze failed (${r.code}): ${r.stderr}`);
  fs.writeFileSync(path.join(work, 'analyze.stdout'), r.stdout);
});

const declared = (kind: 'output'): string[] => {
  const names = new Set<string>();
  for (const f of fs.readdirSync(path.join(packageRoot, 'rules')).filter((x) => x.endsWith('.dl'))) {
    for (const m of fs.readFileSync(path.join(packageRoot, 'rules', f), 'utf8').matchAll(new RegExp(`^\\.${kind}\\s+([A-Za-z_][A-Za-z0-9_]*)`, 'gm'))) names.add(m[1]);
  }
  return [...names].sort();
};
/** The handler of the fork system call and the components it reaches, as the analysis wrote them. */
const fork = (): { handler: string; comps: string[] } => {
  const handler = readRows(path.join(db, 'syscall.csv')).find((r) => r[0] === 'fork')![3];
  const comps = readRows(path.join(db, 'entry_reaches_component.csv')).filter((r) => r[0] === handler).map((r) => r[1]).sort();
  return { handler, comps };
};
const readRows = (file: string): string[][] => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));

test('every command has --help, exit 0', (t) => {
  for (const cmd of ['analyze', 'query', 'repl', 'explain', 'export', 'graph', 'report', 'policy', 'extract', 'eval', 'schema']) {
    const r = fuselog([cmd, '--help']);
    t.is(r.code, 0, cmd);
    t.regex(r.stdout, new RegExp(`^Usage: fuselog ${cmd} `), cmd);
  }
  const top = fuselog(['--help']);
  t.is(top.code, 0);
  t.regex(top.stdout, /Exit codes: 0 success, 1 findings/);
});

test('bad usage exits 2 with a message', (t) => {
  const none = fuselog([]);
  t.is(none.code, 2);
  t.regex(none.stderr, /Usage: fuselog/);
  const typo = fuselog(['anlyze', system]);
  t.is(typo.code, 2);
  t.regex(typo.stderr, /unknown command 'anlyze'[\s\S]*analyze/);
  const badFormat = fuselog(['graph', 'fork', '--format', 'png', '--db', db]);
  t.is(badFormat.code, 2);
  t.regex(badFormat.stderr, /Allowed choices are dot, svg/);
});

test('an internal error exits 70 with one line; FUSELOG_DEBUG=1 adds the stack', (t) => {
  const cli = pathToFileURL(path.join(packageRoot, 'dist', 'src', 'cli.js')).href;
  // a command with a bug, registered beside the real ones, run as bin/fuselog.js runs them
  const script = `import { run } from ${JSON.stringify(cli)};
const buggy = (program) => program.command('buggy').action(() => { const x = null; return x.field; });
process.exitCode = await run(['buggy'], [buggy]);`;
  const plain = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, FUSELOG_DEBUG: '' } });
  t.is(plain.status, 70);
  t.is(plain.stderr, "fuselog: internal error: Cannot read properties of null (reading 'field') (run with FUSELOG_DEBUG=1 for the stack trace)\n");
  const debug = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, FUSELOG_DEBUG: '1' } });
  t.is(debug.status, 70);
  t.regex(debug.stderr, /^fuselog: internal error: TypeError: Cannot read properties of null[^\n]*\n\s+at /);
});

test('a reader that stops early (| head) is not an error', (t) => {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" query 'vsrc(V, X, O, S)' --db "${db}" --format tsv | head -1`], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  t.is(r.stderr, '');
  t.is(r.stdout.split('\n').filter(Boolean).length, 1);
});

test('analyze writes facts, every .output relation as TSV, the rules, and a summary', (t) => {
  const out = fs.readFileSync(path.join(work, 'analyze.stdout'), 'utf8');
  for (const row of ['components', 'send sites', 'receive loops', 'entry points', 'idempotent', 'process-local', 'global', 'phase', 'extract', 'evaluate']) t.regex(out, new RegExp(row), row);
  t.regex(out, /^ {2}extracted +\d+$/m);
  const facts = fs.readdirSync(path.join(db, 'facts'));
  t.true(facts.includes('function.facts') && facts.includes('call.facts') && facts.includes('schema.dl'));
  for (const rel of declared('output')) t.true(fs.existsSync(path.join(db, `${rel}.csv`)), `${rel}.csv`);
  const sends = readRows(path.join(db, 'send_site.csv'));
  t.true(sends.length > 0);
  t.true(sends.every((r) => r.length === 5), 'tab-separated, five columns, no header');
  t.true(fs.existsSync(path.join(db, 'rules', 'main.dl')));
});

test('analyze re-extracts only the component whose IR changed', (t) => {
  const copy = path.join(tmpDir('cache'), 'minios');
  fs.cpSync(example, copy, { recursive: true });
  const out = path.join(copy, 'out');
  const extracted = (s: string): [number, number] => [
    Number(/^ {2}extracted +(\d+)$/m.exec(s)?.[1]), Number(/^ {2}from the cache +(\d+)$/m.exec(s)?.[1]),
  ];
  const first = fuselog(['analyze', path.join(copy, 'system.json'), '-o', out]);
  t.is(first.code, 0, first.stderr);
  const [n] = extracted(first.stdout);
  t.true(n > 1);
  const again = fuselog(['analyze', path.join(copy, 'system.json'), '-o', out]);
  t.deepEqual(extracted(again.stdout), [0, n]);
  // a component's own IR (not a library shared by several)
  const sys = JSON.parse(fs.readFileSync(path.join(copy, 'system.json'), 'utf8')) as { components: Record<string, { ir: string[] }> };
  const pmIr = path.join(copy, sys.components.pm.ir[0]);
  fs.appendFileSync(pmIr, '\n; touched by the test\n');
  const third = fuselog(['analyze', path.join(copy, 'system.json'), '-o', out]);
  t.is(third.code, 0, third.stderr);
  t.deepEqual(extracted(third.stdout), [1, n - 1]);
  // same results as before the touch
  t.is(fs.readFileSync(path.join(out, 'recovery_class.csv'), 'utf8'), fs.readFileSync(path.join(db, 'recovery_class.csv'), 'utf8'));
});

test('analyze: missing file, malformed description, rule syntax error', (t) => {
  const missing = fuselog(['analyze', path.join(work, 'nope.json'), '-o', path.join(work, 'x')]);
  t.is(missing.code, 2);
  t.regex(missing.stderr, /nope\.json.*no such file/);
  t.notRegex(missing.stderr, /at .*\.js:\d+/, 'no stack trace');

  const bad = path.join(work, 'bad-system.json');
  // the example's description, its paths made absolute, with one field wrong
  const text = fs.readFileSync(system, 'utf8').replace(/"(ir\/[^"]+\.ll)"/g, (_, p: string) => JSON.stringify(path.join(example, p)));
  const sys = JSON.parse(text) as { components: Record<string, Record<string, unknown>> };
  sys.components.pm.ir = 42;
  fs.writeFileSync(bad, JSON.stringify(sys, null, 2));
  const malformed = fuselog(['analyze', bad, '-o', path.join(work, 'x')]);
  t.is(malformed.code, 2);
  t.regex(malformed.stderr, /bad-system\.json/);
  t.regex(malformed.stderr, /components\.pm\.ir/, 'names the field');
  t.regex(malformed.stderr, /expected/i);

  fs.writeFileSync(path.join(work, 'broken.json'), '{ "name": "x", "components": [ }');
  const syntax = fuselog(['analyze', path.join(work, 'broken.json'), '-o', path.join(work, 'x')]);
  t.is(syntax.code, 2);
  t.regex(syntax.stderr, /broken\.json/);

  const rules = userRules(path.join(work, 'bad-rules'), { 'extra.dl': '.decl mine(x: symbol)\nmine(x) :- component(x) oops.\n' });
  const rule = fuselog(['analyze', system, '-o', path.join(work, 'x'), '--rules', rules]);
  t.is(rule.code, 2);
  t.regex(rule.stderr, /extra\.dl:2:\d+/, 'file:line:col of the user\'s rule file');
});

test('analyze --rules adds a relation that query sees; --fail-on gives exit 1', (t) => {
  const rules = userRules(path.join(work, 'more-rules'), { 'mine.dl': '.decl global_entry(e: symbol)\n.output global_entry\nglobal_entry(e) :- recovery_class(e, "global").\n' });
  const out = path.join(work, 'more');
  const r = fuselog(['analyze', system, '-o', out, '--rules', rules, '--fail-on', 'global']);
  const globals = readRows(path.join(out, 'global_entry.csv'));
  t.deepEqual(globals.map((x) => x[0]).sort(), readRows(path.join(out, 'recovery_class.csv')).filter((x) => x[1] === 'global').map((x) => x[0]).sort());
  t.true(globals.length > 0, 'the example has global entry points');
  t.is(r.code, 1);
  t.regex(r.stderr, /--fail-on global: \d+ finding/);
  const q = fuselog(['query', 'global_entry(E)', '--db', out, '--format', 'tsv']);
  t.is(q.code, 0);
  t.is(q.stdout.split('\n').filter(Boolean).length, globals.length);
});

test('query: table, tsv, csv, json over facts and derived relations', (t) => {
  const table = fuselog(['query', 'entry_point(E, C, K), recovery_class(E, R)', '--db', db]);
  t.is(table.code, 0, table.stderr);
  t.regex(table.stdout, /^E +C +K +R/);
  t.regex(table.stdout, /\(\d+ rows?\)\n$/);
  const json = fuselog(['query', 'entry_point(E, C, K), recovery_class(E, R)', '--db', db, '--format', 'json']);
  const rows = json.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
  t.deepEqual(Object.keys(rows[0]), ['E', 'C', 'K', 'R']);
  const expected = new Map(readRows(path.join(db, 'recovery_class.csv')).map(([e, c]) => [e, c]));
  for (const r of rows) t.true(readRows(path.join(db, 'recovery_class.csv')).some(([e, c]) => e === r.E && c === r.R), `${r.E}`);
  t.true(expected.size > 0);
  // an input relation (a fact), and a non-output derived relation
  const facts = fuselog(['query', 'function(F, "pm", N)', '--db', db, '--format', 'csv']);
  t.is(facts.code, 0);
  t.regex(facts.stdout, /^F,N\n/);
  t.regex(facts.stdout, /pm:main,main/);
});

test('query: unknown relation and wrong arity are clear errors with a suggestion', (t) => {
  const unknown = fuselog(['query', 'entry_pont(E, C, K)', '--db', db]);
  t.is(unknown.code, 2);
  t.regex(unknown.stderr, /entry_pont/);
  t.regex(unknown.stderr, /entry_point/);
  const arity = fuselog(['query', 'entry_point(E)', '--db', db]);
  t.is(arity.code, 2);
  t.regex(arity.stderr, /entry_point/);
  t.regex(arity.stderr, /3/);
  const nodb = fuselog(['query', 'entry_point(E, C, K)', '--db', path.join(work, 'nothing-here')]);
  t.is(nodb.code, 2);
  t.regex(nodb.stderr, /no analysis results here.*fuselog analyze/);
});

test('repl: .relations, .schema, queries, errors', (t) => {
  const r = fuselog(['repl', '--db', db], { input: '.help\n.relations\n.schema send_site\nentry_point(E, "pm", K)\n.format tsv\nsend_site(S, "pm", F, P, M)\n.quit\n' });
  t.is(r.code, 0, r.stdout + r.stderr);
  t.regex(r.stdout, /\.schema REL/);
  t.regex(r.stdout, /relation +arity +kind +size/);
  t.regex(r.stdout, /^send_site +5 +output +\d+$/m);
  t.regex(r.stdout, /\.decl send_site\(site: symbol, comp: symbol, func: symbol, primitive: symbol, mode: symbol\)/);
  t.regex(r.stdout, /^E +K$/m);
  t.regex(r.stdout, /^pm:\S+\tpm:\S+\t\S+\t\S+$/m);
  const bad = fuselog(['repl', '--db', db], { input: '.schema send_sites\nentry_pont(E, C, K)\n' });
  t.is(bad.code, 2);
  t.regex(bad.stdout, /no relation 'send_sites' \(did you mean 'send_site'\?\)/);
  t.regex(bad.stdout, /entry_point/);
});

test('explain: the path to each deciding store, by component; unknown entries', (t) => {
  const rc = readRows(path.join(db, 'recovery_class.csv'));
  const global = rc.find(([, c]) => c === 'global')![0];
  const r = fuselog(['explain', global, '--db', db]);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, new RegExp(`^${global} .*recovery class global`));
  t.regex(r.stdout, /1\. \S+ \(global\) written in \S+ \[\w+\] by (store \S+|\d+ stores)/);
  t.regex(r.stdout, /in \w+:\n {6}\S+ -> \S+|in the entry point itself|=> \w+: IPC/);
  const viaSyscall = fuselog(['explain', 'fork', '--db', db]);
  t.is(viaSyscall.code, 0, viaSyscall.stderr);
  t.true(viaSyscall.stdout.startsWith(fork().handler + ' '));
  const unknown = fuselog(['explain', 'do_forkk', '--db', db]);
  t.is(unknown.code, 2);
  t.regex(unknown.stderr, /no entry point or system call named 'do_forkk' \(did you mean '\S*do_fork'\?\)/);
});

test('graph: DOT with clusters and IPC edges, SVG, component level', (t) => {
  const { handler, comps } = fork();
  const others = comps.filter((c) => c !== 'pm');
  t.true(others.length > 0, 'fork reaches another server');
  const dot = fuselog(['graph', 'fork', '--db', db]);
  t.is(dot.code, 0, dot.stderr);
  t.regex(dot.stdout, new RegExp(`^digraph "${handler}"`));
  t.deepEqual([...dot.stdout.matchAll(/^ {4}label="([^"]+)";$/gm)].map((m) => m[1]).sort(), comps, 'one cluster per component reached');
  t.regex(dot.stdout, new RegExp(`"pm:[^"]+" -> "${others[0]}:[^"]+" \\[style=dashed`), 'the IPC edge into the other server');
  const comp = fuselog(['graph', 'fork', '--level', 'component', '--db', db]);
  t.regex(comp.stdout, new RegExp(`"pm" -> "${others[0]}" \\[style=dashed`));
  const svgFile = path.join(work, 'fork.svg');
  const svg = fuselog(['graph', 'fork', '--format', 'svg', '-o', svgFile, '--db', db]);
  t.is(svg.code, 0, svg.stderr);
  t.regex(svg.stdout, new RegExp(`^${handler}: pm -> .*${others[0]}`));
  t.regex(fs.readFileSync(svgFile, 'utf8'), /<svg[\s\S]*class="cluster"/);
});

test('report: HTML and Markdown', (t) => {
  const html = path.join(work, 'report.html');
  const r = fuselog(['report', '-o', html, '--db', db]);
  t.is(r.code, 0, r.stderr);
  const text = fs.readFileSync(html, 'utf8');
  t.regex(text, /<table id="syscalls" class="interactive">[\s\S]*<td>fork<\/td>/);
  t.regex(text, /<table id="stats">/);
  t.regex(text, /<div id="system-graph"><svg/);
  t.notRegex(text, /<(script|link|img)[^>]+(src|href)=/, 'self-contained');
  const md = fuselog(['report', '--format', 'md', '-o', '-', '--db', db]);
  t.is(md.code, 0);
  const { handler, comps } = fork();
  t.regex(md.stdout, new RegExp(`^\\| fork \\| \`${handler}\` \\| ${comps.join(', ')} \\| request-local \\d+, process-local \\d+, global \\d+ \\| (idempotent|process-local|global) \\| [1-9]\\d* \\|$`, 'm'));
  t.regex(md.stdout, /## Unresolved send sites/);
  // one row per (system call, entry point) pair
  const pairs = md.stdout.split('## System calls')[1]!.split('##')[0]!.split('\n').filter((l) => /^\| \w/.test(l)).slice(1).map((l) => l.split(' | ').slice(0, 2).join(' | '));
  t.is(new Set(pairs).size, pairs.length);
});

testIf(noChromium())('report and graph SVG in headless Chromium', async (t) => {
  const html = path.join(work, 'report-browser.html');
  t.is(fuselog(['report', '-o', html, '--db', db]).code, 0);
  const page = await checkInBrowser(html);
  t.deepEqual(page.errors, []);
  t.true(page.tables >= 4);
  t.true(page.svgs >= 2 && page.svgNodes >= 2);
  const svgFile = path.join(work, 'fork-browser.svg');
  t.is(fuselog(['graph', 'fork', '--format', 'svg', '-o', svgFile, '--db', db]).code, 0);
  const svgPage = await checkInBrowser(svgFile);
  t.deepEqual(svgPage.errors, []);
  t.true(svgPage.svgNodes > 2);
});

test('policy: JSON and a C header', (t) => {
  const j = fuselog(['policy', '--db', db]);
  t.is(j.code, 0, j.stderr);
  const p = JSON.parse(j.stdout) as { classes: string[]; mtypes: Array<{ component: string; cls: string; taints: string[] }>; sites: Array<{ cls: string }> };
  t.true(p.mtypes.length > 0 && p.sites.length > 0);
  t.deepEqual(p.classes, readRows(path.join(db, 'class_rank.csv')).sort((a, b) => Number(a[1]) - Number(b[1])).map((r) => r[0]), 'the order of rules/policy.dl');
  t.true(p.mtypes.every((m) => p.classes.includes(m.cls)));
  t.is(fuselog(['policy', '--format', 'c', '-o', path.join(work, 'policy.h'), '--db', db]).code, 0);
});

testIf(haveCc() ? undefined : 'no C compiler (cc)')('policy: the C header compiles', (t) => {
  const h = path.join(work, 'policy-cc.h');
  t.is(fuselog(['policy', '--format', 'c', '-o', h, '--db', db]).code, 0);
  fs.writeFileSync(path.join(work, 'p.c'), '#include "policy-cc.h"\nint main(void){return FUSELOG_N_MTYPE_POLICY > 0 ? 0 : 1;}\n');
  const cc = spawnSync('cc', ['-Wall', '-Werror', '-o', path.join(work, 'p'), path.join(work, 'p.c')], { encoding: 'utf8' });
  t.is(cc.status, 0, cc.stderr);
  t.is(spawnSync(path.join(work, 'p')).status, 0);
});

test('export: a Soufflé directory that re-runs to the same results', (t) => {
  const dir = path.join(work, 'souffle');
  const r = fuselog(['export', '--format', 'souffle', '-o', dir, '--db', db]);
  t.is(r.code, 0, r.stderr);
  t.true(fs.existsSync(path.join(dir, 'facts', 'function.facts')) && fs.existsSync(path.join(dir, 'rules', 'main.dl')));
  // `souffle -F facts -D out rules/main.dl`, here with our engine's Soufflé-compatible eval
  const ev = fuselog(['eval', 'rules/main.dl', '-F', 'facts', '-D', 'out2'], { cwd: dir });
  t.is(ev.code, 0, ev.stderr);
  for (const rel of ['recovery_class', 'send_site', 'call_edge']) {
    t.is(fs.readFileSync(path.join(dir, 'out2', `${rel}.csv`), 'utf8'), fs.readFileSync(path.join(db, `${rel}.csv`), 'utf8'), rel);
  }
});

test('export: CSV with headers, JSON lines, SQLite with typed columns and indexes', async (t) => {
  const csv = path.join(work, 'csv');
  t.is(fuselog(['export', '--format', 'csv', '-o', csv, '--db', db]).code, 0);
  t.regex(fs.readFileSync(path.join(csv, 'send_site.csv'), 'utf8'), /^site,comp,func,primitive,mode\n/);
  t.regex(fs.readFileSync(path.join(csv, 'const_int.csv'), 'utf8'), /^v,value\n/);
  const jl = path.join(work, 'jsonl');
  t.is(fuselog(['export', '--format', 'json', '-o', jl, '--db', db]).code, 0);
  const sites = fs.readFileSync(path.join(jl, 'send_site.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  t.is(sites.length, readRows(path.join(db, 'send_site.csv')).length);
  t.deepEqual(Object.keys(sites[0]), ['site', 'comp', 'func', 'primitive', 'mode']);
  const sq = path.join(work, 'sqlite');
  const r = fuselog(['export', '--format', 'sqlite', '-o', sq, '--db', db]);
  t.is(r.code, 0, r.stderr);
  const { default: Sqlite } = await import('better-sqlite3');
  const conn = new Sqlite(path.join(sq, 'fuselog.sqlite'), { readonly: true });
  try {
    const cols = conn.prepare('PRAGMA table_info(dispatch)').all() as Array<{ name: string; type: string }>;
    t.deepEqual(cols.map((c) => [c.name, c.type]), [['c', 'TEXT'], ['mtype', 'INTEGER'], ['handler', 'TEXT']]);
    const n = (conn.prepare('SELECT count(*) AS n FROM send_site').get() as { n: number }).n;
    t.is(n, sites.length);
    const idx = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'send_site'").all();
    t.is(idx.length, 1);
    const typed = conn.prepare('SELECT typeof(value) AS t FROM const_int LIMIT 1').get() as { t: string };
    t.is(typed.t, 'integer');
  } finally {
    conn.close();
  }
});

test('extract, eval and schema wrappers', (t) => {
  const facts = path.join(work, 'extracted');
  const ex = fuselog(['extract', system, '-o', facts, '--quiet']);
  t.is(ex.code, 0, ex.stderr);
  t.is(fs.readFileSync(path.join(facts, 'function.facts'), 'utf8').split('\n').sort().join('\n'),
    fs.readFileSync(path.join(db, 'facts', 'function.facts'), 'utf8').split('\n').sort().join('\n'));
  const counted = fuselog(['extract', system, '-o', path.join(work, 'extracted2')]);
  t.is(counted.code, 0, counted.stderr);
  const storeLine = /^ +store +(\d+)$/m.exec(counted.stdout);
  t.truthy(storeLine, counted.stdout);
  t.is(Number(storeLine![1]), fs.readFileSync(path.join(work, 'extracted2', 'store.facts'), 'utf8').split('\n').length - 1);
  t.regex(counted.stdout, /facts in \d+ relations from \d+(\.\d)? [kM]B of IR in [\d.]+ s/);
  t.is(ex.stdout, '', 'quiet prints nothing');
  const badIr = path.join(work, 'bad.ll');
  fs.writeFileSync(badIr, 'define void @f() {\n  ret i32\n}\n');
  const bad1 = fuselog(['extract', '--ir', badIr, '--component', 'c', '-o', path.join(work, 'bad-out'), '--quiet']);
  t.is(bad1.code, 2);
  t.true(bad1.stderr.includes("bad.ll:3:1: expected a value, found '}'"), bad1.stderr);
  t.notRegex(bad1.stderr, /^\s+at /m, 'no stack trace');
  const neither = fuselog(['extract', '-o', facts]);
  t.is(neither.code, 2);
  t.regex(neither.stderr, /give a system description, or --ir FILE --component NAME/);
  const schema = fuselog(['schema']);
  t.is(schema.code, 0);
  t.is(schema.stdout, fs.readFileSync(path.join(db, 'facts', 'schema.dl'), 'utf8'));
  const prog = path.join(work, 'tiny.dl');
  fs.writeFileSync(prog, '.decl e(x: number, y: number)\ne(1, 2). e(2, 3).\n.decl p(x: number, y: number)\n.output p\np(x, y) :- e(x, y).\np(x, z) :- p(x, y), e(y, z).\n');
  const ev = fuselog(['eval', prog, '-D', '-']);
  t.is(ev.code, 0, ev.stderr);
  t.regex(ev.stdout, /1\t3/);
  fs.writeFileSync(prog, '.decl e(x: number)\ne(1) :- .\n');
  const bad = fuselog(['eval', prog, '-D', '-']);
  t.not(bad.code, 0);
  t.regex(bad.stderr, /tiny\.dl:2:\d+/);
});

test('library: analyze() from code gives the same results as the command', async (t) => {
  const { analyze } = await import('../src/index.js');
  const out = path.join(work, 'lib');
  const r = await analyze(system, { out, cacheDir: path.join(db, '.cache') });
  t.is(r.fromCache, r.components.length, 'the command\'s cache serves the library too');
  t.is(fs.readFileSync(path.join(out, 'recovery_class.csv'), 'utf8'), fs.readFileSync(path.join(db, 'recovery_class.csv'), 'utf8'));
  const globals = r.db.query('recovery_class(E, "global")').rows.map((x) => String(x[0])).sort();
  t.deepEqual(globals, [...r.results.entries.values()].filter((e) => e.cls === 'global').map((e) => e.entry).sort());
});
