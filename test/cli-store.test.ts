// The stored results: the snapshot's round trip, commands that answer from it without running
// the rules, a re-run (said on stderr) when a rule or fact file changed, and rule edits through
// --rules that every output follows, or that stop a command with the declaration it misses.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { Snapshot, SnapshotError, writeSnapshot } from '../src/store.js';
import type { RelationDecl } from '../src/outputs.js';
import { compileText, Database } from '../src/datalog/index.js';
import { fuselog, tmpDir, userRules } from './cli-support.js';

const system = path.join(packageRoot, 'examples', 'minios', 'system.json');
const work = tmpDir('store');
const db = path.join(work, 'out');

test.before(() => {
  const r = fuselog(['analyze', system, '-o', db, '--quiet']);
  if (r.code !== 0) throw new Error(`analyze failed (${r.code}): ${r.stderr}`);
});

/** A copy of the analysis (its stored results current: same contents, new file times). */
function copyOfDb(tag: string): string {
  const dir = path.join(work, tag);
  fs.cpSync(db, dir, { recursive: true });
  return dir;
}
const tsvRows = (text: string): string[][] => text.split('\n').filter(Boolean).map((l) => l.split('\t'));

// floats are stored as the engine holds them, 32-bit: values here are exact in 32 bits
test('snapshot: every kind of value, odd symbols, empty and zero-arity relations come back as written', (t) => {
  const decl = (name: string, cols: Array<[string, RelationDecl['columns'][number]['kind']]>): RelationDecl =>
    ({ name, columns: cols.map(([n, k]) => ({ name: n, type: k, kind: k })), input: false, output: true, file: 'x.dl', line: 1 });
  const rels = [
    { decl: decl('mixed', [['s', 'symbol'], ['n', 'number'], ['u', 'unsigned'], ['f', 'float']]), rows: [
      ['tab\there', -2147483648, 4294967295, 0.5], ['new\nline', 2147483647, 0, -1.25], ['', 0, 7, 3], ['héllo ✓ 𝄞', -1, 1, 0.375],
    ] },
    { decl: decl('empty', [['a', 'symbol']]), rows: [] },
    { decl: decl('unit', []), rows: [[]] },
    { decl: { ...decl('fact', [['x', 'symbol']]), input: true, output: false }, rows: [['tab\there'], ['b']] },
  ];
  const file = path.join(work, 'round.snapshot');
  writeSnapshot(file, rels);
  const s = Snapshot.open(file);
  t.deepEqual(s.decls(), rels.map((r) => r.decl));
  for (const r of rels) {
    t.deepEqual(s.rows(r.decl.name), r.rows, r.decl.name);
    t.is(s.size(r.decl.name), r.rows.length);
  }
  t.deepEqual(s.rows('nothing'), []);
  fs.writeFileSync(path.join(work, 'bad.snapshot'), 'not a snapshot');
  t.throws(() => Snapshot.open(path.join(work, 'bad.snapshot')), { instanceOf: SnapshotError });
  t.throws(() => Snapshot.open(path.join(work, 'missing.snapshot')), { instanceOf: SnapshotError });
});

test('snapshot: rows as the engine stores them, from two databases and beside rows given as values', (t) => {
  const program = `.decl p(a: symbol, n: number, f: float, u: unsigned)\n.output p\n`;
  const a = new Database(compileText(program + 'p("x", -1, 0.5, 4000000000). p("y", 2, -1.25, 1).', 'a.dl'));
  const b = new Database(compileText(program + 'p("y", 3, 8, 0). p("z", 4, 0.25, 7).', 'b.dl'));
  a.run();
  b.run();
  const decl = (name: string): RelationDecl => ({ ...a.relationInfos().find((r) => r.name === 'p')!, name, input: false, output: true, file: 'p.dl', line: 1 });
  const before = a.storedRows('p').symbols.length;
  const file = path.join(work, 'engine.snapshot');
  writeSnapshot(file, [
    { decl: decl('pa'), ...a.storedRows('p') },
    { decl: decl('texts'), rows: [['w', 5, 2, 3], ['x', 6, 0.5, 9]] },
    { decl: decl('pb'), ...b.storedRows('p') },
  ]);
  t.is(a.storedRows('p').symbols.length, before, 'the symbol table of the engine is not added to');
  const s = Snapshot.open(file);
  const sorted = (rows: unknown[][]): string[] => rows.map((r) => JSON.stringify(r)).sort();
  t.deepEqual(sorted(s.rows('pa')), sorted(a.rows('p')));
  t.deepEqual(sorted(s.rows('pb')), sorted(b.rows('p')));
  t.deepEqual(s.rows('texts'), [['w', 5, 2, 3], ['x', 6, 0.5, 9]]);
});

test('commands answer from the stored results without running the rules', (t) => {
  const dir = copyOfDb('frozen');
  // A rule file made unreadable after its stamp (size, time) was taken: a command that compiled
  // the rules would fail. A first command takes the copy's new file times as the stamps.
  t.is(fuselog(['query', 'component(C)', '--db', dir]).stderr, '');
  const f = path.join(dir, 'rules', 'stats.dl');
  const st = fs.statSync(f);
  fs.writeFileSync(f, '!'.repeat(st.size));
  fs.utimesSync(f, st.atime, st.mtime);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'analysis.json'), 'utf8')) as { inputs: { rules: Record<string, { mtimeMs: number }> } };
  meta.inputs.rules['stats.dl']!.mtimeMs = fs.statSync(f).mtimeMs;
  fs.writeFileSync(path.join(dir, 'analysis.json'), JSON.stringify(meta));
  for (const args of [['query', 'request_handler(R, H)', '--format', 'tsv'], ['policy'], ['explain', 'fork'], ['report', '--format', 'md', '-o', '-'], ['graph', 'fork'], ['export', '--format', 'csv', '-o', path.join(dir, 'csv')]]) {
    const r = fuselog([...args, '--db', dir]);
    t.is(r.code, 0, `${args[0]}: ${r.stderr}`);
    t.is(r.stderr, '', args[0]);
  }
  const q = fuselog(['query', 'request_handler(R, H)', '--format', 'tsv', '--db', dir]);
  t.deepEqual(tsvRows(q.stdout), tsvRows(fs.readFileSync(path.join(db, 'request_handler.csv'), 'utf8')));
  const facts = fuselog(['query', 'function(F, "pm", "main")', '--format', 'tsv', '--db', dir]);
  t.deepEqual(tsvRows(facts.stdout), [['pm:main']], 'facts are stored too');
  const r = fuselog(['repl', '--db', dir], { input: '.relations\nentry_class(E, "global")\n' });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /^entry_class +2 +output +\d+$/m);
});

test('a changed rule file: the next command says so on stderr, re-runs and stores; the one after reads the store', (t) => {
  const dir = copyOfDb('edited');
  fs.appendFileSync(path.join(dir, 'rules', 'policy.dl'), '\n// every ds handler must be rolled back as global\nrecovery_class(e, "global") :- entry_point(e, "ds", _).\n');
  const first = fuselog(['policy', '--db', dir]);
  t.is(first.code, 0, first.stderr);
  t.regex(first.stderr, /^fuselog: \S+: rules\/policy\.dl changed since the analysis: re-running the rules\n$/);
  const p = JSON.parse(first.stdout) as { mtypes: Array<{ component: string; cls: string }> };
  t.true(p.mtypes.filter((m) => m.component === 'ds').every((m) => m.cls === 'global'));
  const second = fuselog(['query', 'entry_class("ds:do_getstatus", C)', '--format', 'tsv', '--db', dir]);
  t.is(second.stderr, '');
  t.is(second.stdout, 'global\n');
  t.regex(fs.readFileSync(path.join(dir, 'mtype_policy.csv'), 'utf8'), /^ds\t1536\tds:do_getstatus\tglobal$/m, 'the .csv outputs are rewritten too');
  fs.rmSync(path.join(dir, 'results.snapshot'));
  const third = fuselog(['query', 'entry_class("ds:do_getstatus", C)', '--format', 'tsv', '--db', dir]);
  t.regex(third.stderr, /no stored results \(results\.snapshot\): re-running the rules/);
  t.is(third.stdout, 'global\n');
});

test('analyze --rules: a user rule that adds a class and ranks it; policy, explain, report and --fail-on follow', (t) => {
  const rules = userRules(path.join(work, 'critical-rules'), { 'critical.dl': 'class_rank("critical", 3).\nrecovery_class(e, "critical") :- entry_point(e, "rs", _).\n' });
  const out = path.join(work, 'critical');
  const a = fuselog(['analyze', system, '-o', out, '--rules', rules, '--fail-on', 'critical']);
  t.is(a.code, 1, a.stderr);
  t.regex(a.stderr, /--fail-on critical: 7 findings\n {2}rs:do_down is critical\n/);
  const p = JSON.parse(fuselog(['policy', '--db', out]).stdout) as { classes: string[]; mtypes: Array<{ component: string; cls: string }>; sites: Array<{ component: string; cls: string }> };
  t.deepEqual(p.classes, ['idempotent', 'process-local', 'global', 'critical']);
  t.deepEqual([...new Set(p.mtypes.filter((m) => m.component === 'rs').map((m) => m.cls))], ['critical']);
  t.true(p.sites.some((s) => s.cls === 'critical'), 'a send site that reaches an rs handler');
  t.regex(fuselog(['policy', '--format', 'c', '--db', out]).stdout, /FUSELOG_CRITICAL = 3,/);
  t.regex(fuselog(['explain', 'rs:do_lookup', '--db', out]).stdout, /^rs:do_lookup \(handler of rs, m_type 1282\): recovery class critical$/m);
  t.regex(fuselog(['report', '--format', 'md', '-o', '-', '--db', out]).stdout, /^\| `rs:do_lookup` \| rs \| handler \| 1282 \| critical \|/m);
});

test('analyze --rules: an output column renamed in a rule file stops the commands that read it, naming it', (t) => {
  const policy = fs.readFileSync(path.join(packageRoot, 'rules', 'policy.dl'), 'utf8');
  t.regex(policy, /^\.decl site_policy\(site: symbol, class: symbol\)$/m);
  const rules = userRules(path.join(work, 'renamed-rules'), { 'policy.dl': policy.replace(/^\.decl site_policy\(site: symbol/m, '.decl site_policy(send_site: symbol') });
  const out = path.join(work, 'renamed');
  const a = fuselog(['analyze', system, '-o', out, '--rules', rules]);
  t.is(a.code, 2);
  t.regex(a.stderr, /^fuselog: the results reader \(src\/results\.ts\) reads column 'site' of site_policy, which the rules do not declare \(\.decl site_policy\(send_site: symbol, class: symbol\) at \S+policy\.dl:\d+\)\n$/);
  t.notRegex(a.stderr, /at .*\.js:\d+/, 'no stack trace');
  // the analysis itself is stored: a query answers, a command that reads site_policy says what it misses
  const q = fuselog(['query', 'site_policy(S, "global")', '--db', out]);
  t.is(q.code, 0, q.stderr);
  t.regex(q.stdout, /^S\n-+\n/);
  const p = fuselog(['policy', '--db', out]);
  t.is(p.code, 2);
  t.regex(p.stderr, /reads column 'site' of site_policy, which the rules do not declare/);
});
