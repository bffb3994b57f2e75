// Engine benchmarks, side by side with Soufflé 2.5's interpreter. `node dist/bench/engine.js
// --list` names the cases; `--case NAME` writes the case's program and facts to a temporary
// directory, then runs `fuselog eval PROGRAM -F FACTS -D OUT` and `souffle -j1 -F FACTS -D OUT
// PROGRAM` (from ../shared/tools/souffle) as separate processes, alternating, RUNS times each
// (fuselog with its rule cache filled by a first run, and with --no-cache),
// checks that both wrote the same tuples, and prints one JSON line: {"name", "seconds" and
// "peak_rss_mb" (fuselog: median wall time, largest peak RSS), "souffle_seconds",
// "souffle_peak_rss_mb", "detail"}. Wall time and peak RSS of each process come from GNU time.
// FUSELOG_BENCH_RUNS sets the runs (5), FUSELOG_BENCH_KEEP=1 keeps the case's files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { rng } from '../test/helpers/rng.js';

const RUNS = Number(process.env.FUSELOG_BENCH_RUNS ?? 5);
const FUSELOG = path.join(packageRoot, 'bin', 'fuselog.js');
const SOUFFLE = path.join(packageRoot, '..', 'shared', 'tools', 'souffle', 'bin', 'souffle');
const TIME = '/usr/bin/time';

const TC = `
.decl edge(x: number, y: number)
.input edge
.decl path(x: number, y: number)
path(x, y) :- edge(x, y).
path(x, z) :- path(x, y), edge(y, z).
.output path
`;

// Classic Andersen inclusion-based points-to: v = &o, v = w, v = *p, *p = w.
const ANDERSEN = `
.decl alloc(v: number, o: number)
.decl assign(v: number, w: number)
.decl load(v: number, p: number)
.decl store(p: number, w: number)
.input alloc, assign, load, store
.decl pt(v: number, o: number)
.decl hpt(o: number, t: number)
pt(v, o) :- alloc(v, o).
pt(v, o) :- assign(v, w), pt(w, o).
pt(v, o) :- load(v, p), pt(p, q), hpt(q, o).
hpt(q, o) :- store(p, w), pt(p, q), pt(w, o).
.output pt, hpt
`;

// Min-label propagation (subsumption): every node ends with the least label that reaches it.
const MINLABEL = `
.decl node(x: symbol)
.decl edge(x: symbol, y: symbol)
.input node, edge
.decl lab(x: symbol, l: symbol)
lab(x, x) :- node(x).
lab(y, l) :- edge(x, y), lab(x, l).
lab(x, l1) <= lab(x, l2) :- l2 <= l1.
.output lab
`;

/** A workload: the program's path and its fact directory. */
interface Workload { program: string; facts: string; what: string }

function writeFacts(dir: string, rel: string, rows: Array<Array<number | string>>): void {
  fs.writeFileSync(path.join(dir, `${rel}.facts`), rows.map((r) => r.join('\t')).join('\n') + '\n');
}

function workload(dir: string, text: string, facts: Record<string, Array<Array<number | string>>>, what: string): Workload {
  const program = path.join(dir, 'program.dl');
  fs.writeFileSync(program, text);
  const factDir = path.join(dir, 'facts');
  fs.mkdirSync(factDir, { recursive: true });
  for (const [rel, rows] of Object.entries(facts)) writeFacts(factDir, rel, rows);
  return { program, facts: factDir, what };
}

function tcChain(dir: string, n: number): Workload {
  const edges: number[][] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
  return workload(dir, TC, { edge: edges }, `${n}-node chain`);
}

function tcClusters(dir: string, nodes: number, clusters: number, edges: number): Workload {
  const rand = rng(42);
  const size = nodes / clusters;
  const set = new Set<number>();
  const rows: number[][] = [];
  while (rows.length < edges) {
    const c = Math.floor(rand() * clusters);
    const a = c * size + Math.floor(rand() * size);
    const b = c * size + Math.floor(rand() * size);
    const key = a * nodes + b;
    if (set.has(key)) continue;
    set.add(key);
    rows.push([a, b]);
  }
  return workload(dir, TC, { edge: rows }, `${nodes} nodes, ${edges} random edges in ${clusters} clusters`);
}

/**
 * A synthetic program of ~50k statements in 250 modules of 80 variables and 20 allocation
 * sites each. 10% of the copies, loads and stores read a variable of another module of the
 * same group of 5 (think: a library and its callers), so points-to sets grow large but stay
 * bounded instead of collapsing into one set of everything.
 */
function andersen(dir: string): Workload {
  const rand = rng(7);
  const modules = 250;
  const varsPer = 80;
  const objsPer = 20;
  const pick = (n: number) => Math.floor(rand() * n);
  const variable = (m: number) => (rand() < 0.1 ? m - (m % 5) + pick(5) : m) * varsPer + pick(varsPer);
  const alloc: number[][] = [];
  const assign: number[][] = [];
  const load: number[][] = [];
  const store: number[][] = [];
  for (let m = 0; m < modules; m++) {
    for (let i = 0; i < 40; i++) alloc.push([m * varsPer + pick(varsPer), m * objsPer + pick(objsPer)]);
    for (let i = 0; i < 100; i++) assign.push([m * varsPer + pick(varsPer), variable(m)]);
    for (let i = 0; i < 30; i++) load.push([m * varsPer + pick(varsPer), variable(m)]);
    for (let i = 0; i < 30; i++) store.push([m * varsPer + pick(varsPer), variable(m)]);
  }
  const statements = alloc.length + assign.length + load.length + store.length;
  return workload(dir, ANDERSEN, { alloc, assign, load, store }, `${statements} statements`);
}

/** A random graph whose edges mostly go a short way forward, so labels travel far. */
function minLabel(dir: string, nodes: number, edges: number): Workload {
  const rand = rng(11);
  const names = Array.from({ length: nodes }, (_, i) => `v${Math.floor(rand() * 1e9).toString().padStart(9, '0')}_${i}`);
  const rows: string[][] = [];
  for (let i = 0; i < edges; i++) {
    const a = Math.floor(rand() * nodes);
    const b = rand() < 0.7 ? (a + 1 + Math.floor(-50 * Math.log(1 - rand()))) % nodes : Math.floor(rand() * nodes);
    rows.push([names[a], names[b]]);
  }
  return workload(dir, MINLABEL, { node: names.map((n) => [n]), edge: rows }, `min-label propagation, ${nodes} nodes, ${edges} edges`);
}

/** The full analysis of examples/minios: the shipped rules on the example's facts. */
function minios(dir: string): Workload {
  const facts = path.join(dir, 'facts');
  const r = spawnSync(process.execPath, [FUSELOG, 'extract', path.join(packageRoot, 'examples', 'minios', 'system.json'), '-o', facts, '-q'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fuselog extract failed: ${r.stderr}`);
  const count = fs.readdirSync(facts).reduce((n, f) => n + fs.readFileSync(path.join(facts, f), 'utf8').split('\n').filter(Boolean).length, 0);
  return { program: path.join(packageRoot, 'rules', 'main.dl'), facts, what: `rules/main.dl on examples/minios (${count} facts)` };
}

const CASES: Record<string, (dir: string) => Workload> = {
  'tc-chain-2000': (d) => tcChain(d, 2000),
  'tc-clusters-20000': (d) => tcClusters(d, 20000, 200, 60000),
  andersen,
  'minlabel-100000': (d) => minLabel(d, 100_000, 200_000),
  minios,
};

interface Run { seconds: number; peakMb: number; cpu: number }

/** One process under GNU time: its wall time, peak RSS and CPU (user + system) time. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const stats = path.join(cwd, 'time.txt');
  const r = spawnSync(TIME, ['-o', stats, '-f', '%e %M %U %S', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} failed: ${(r.stderr ?? '').slice(-2000)}`);
  const [wall, kb, user, sys] = fs.readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: wall, peakMb: kb / 1024, cpu: user + sys };
}

/** Output files as sorted lines (Soufflé orders symbols by interning order). */
function outputs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir).sort()) out.set(f, fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).sort().join('\n'));
  return out;
}

function summary(runs: Run[]): { median: Run; text: string } {
  const byTime = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = { ...byTime[Math.floor(byTime.length / 2)]!, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
  const cpus = runs.map((r) => r.cpu).sort((a, b) => a - b);
  const text = `${median.seconds.toFixed(2)} s (${byTime[0]!.seconds.toFixed(2)}-${byTime[byTime.length - 1]!.seconds.toFixed(2)}), CPU ${cpus[Math.floor(cpus.length / 2)]!.toFixed(2)} s, peak ${median.peakMb.toFixed(0)} MB`;
  return { median, text };
}

function runCase(name: string): Record<string, unknown> {
  // FUSELOG_BENCH_KEEP=1 keeps the program, facts and outputs (to profile a case by hand)
  const keep = process.env.FUSELOG_BENCH_KEEP === '1';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fuselog-bench-${name}-`));
  if (keep) process.stderr.write(`bench: the case's files are in ${dir}\n`);
  try {
    const w = CASES[name]!(dir);
    const haveSouffle = fs.existsSync(SOUFFLE);
    const ours: Run[] = [];
    const uncached: Run[] = [];
    const theirs: Run[] = [];
    const outF = path.join(dir, 'out-fuselog');
    const outS = path.join(dir, 'out-souffle');
    fs.mkdirSync(outF);
    fs.mkdirSync(outS);
    // fuselog keeps the checked program between runs of the same rules (src/datalog/progcache.ts):
    // a first run of each engine, not timed, fills that cache and the file cache alike; each
    // round then times fuselog as a user meets it on a second run, fuselog --no-cache (every
    // run a first one), and Soufflé
    const env = { FUSELOG_CACHE_DIR: path.join(dir, 'rule-cache') };
    const fuselog = (...extra: string[]): Run => timed(process.execPath, [FUSELOG, 'eval', w.program, '-F', w.facts, '-D', outF, ...extra], dir, env);
    const souffle = (): Run => timed(SOUFFLE, ['-j1', '-F', w.facts, '-D', outS, w.program], dir);
    fuselog();
    if (haveSouffle) souffle();
    for (let k = 0; k < RUNS; k++) {
      // alternate, so that a slow spell of the machine hits both
      ours.push(fuselog());
      uncached.push(fuselog('--no-cache'));
      if (haveSouffle) theirs.push(souffle());
    }
    const f = summary(ours);
    const tuples = [...outputs(outF).values()].reduce((n, s) => n + (s ? s.split('\n').length : 0), 0);
    let detail = `${w.what}: ${tuples} output tuples; fuselog ${f.text}; fuselog --no-cache ${summary(uncached).text}`;
    const result: Record<string, unknown> = { name, seconds: f.median.seconds, peak_rss_mb: Math.round(f.median.peakMb) };
    if (haveSouffle) {
      const s = summary(theirs);
      const a = outputs(outF);
      const b = outputs(outS);
      const same = a.size === b.size && [...a].every(([file, text]) => b.get(file) === text);
      detail += `; souffle -j1 ${s.text}; time ${(f.median.seconds / s.median.seconds).toFixed(2)}x, memory ${(f.median.peakMb / s.median.peakMb).toFixed(2)}x${same ? '' : '; OUTPUTS DIFFER'}`;
      result.souffle_seconds = s.median.seconds;
      result.souffle_peak_rss_mb = Math.round(s.median.peakMb);
    } else detail += '; souffle not installed in ../shared/tools/souffle: no comparison';
    result.detail = `median of ${RUNS} runs each, alternating; ${detail}`;
    return result;
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  if (argv[0] === '--list') {
    process.stdout.write(Object.keys(CASES).join('\n') + '\n');
    return 0;
  }
  if (argv[0] === '--case' && argv[1] && CASES[argv[1]]) {
    process.stdout.write(JSON.stringify(runCase(argv[1])) + '\n');
    return 0;
  }
  process.stderr.write(`usage: node dist/bench/engine.js --list | --case <${Object.keys(CASES).join('|')}>\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
