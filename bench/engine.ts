// Engine benchmarks. `node dist/bench/engine.js --list` names the cases;
// `--case NAME` runs one in this process and prints one JSON line:
// {"name", "seconds" (evaluation), "peak_rss_mb", "detail"}.
import { compileText, Database } from '../src/datalog/index.js';
import { rng } from '../test/helpers/rng.js';

const TC = `
.decl edge(x: number, y: number)
.decl path(x: number, y: number)
path(x, y) :- edge(x, y).
path(x, z) :- path(x, y), edge(y, z).
`;

// Classic Andersen inclusion-based points-to: v = &o, v = w, v = *p, *p = w.
const ANDERSEN = `
.decl alloc(v: number, o: number)
.decl assign(v: number, w: number)
.decl load(v: number, p: number)
.decl store(p: number, w: number)
.decl pt(v: number, o: number)
.decl hpt(o: number, t: number)
pt(v, o) :- alloc(v, o).
pt(v, o) :- assign(v, w), pt(w, o).
pt(v, o) :- load(v, p), pt(p, q), hpt(q, o).
hpt(q, o) :- store(p, w), pt(p, q), pt(w, o).
`;


interface Outcome { seconds: number; detail: string }

function tcChain(n: number): Outcome {
  const db = new Database(compileText(TC, 'tc.dl'));
  const edges: number[][] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
  db.addFacts('edge', edges);
  const r = db.run();
  return { seconds: r.seconds, detail: `${n}-node chain: ${db.size('path')} path tuples` };
}

function tcClusters(nodes: number, clusters: number, edges: number): Outcome {
  const db = new Database(compileText(TC, 'tc.dl'));
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
  db.addFacts('edge', rows);
  const r = db.run();
  return { seconds: r.seconds, detail: `${nodes} nodes, ${edges} random edges in ${clusters} clusters: ${db.size('path')} path tuples` };
}

/**
 * A synthetic program of ~50k statements in 250 modules of 80 variables and 20 allocation
 * sites each. 10% of the copies, loads and stores read a variable of another module of the
 * same group of 5 (think: a library and its callers), so points-to sets grow large but stay
 * bounded instead of collapsing into one set of everything.
 */
function andersen(): Outcome {
  const db = new Database(compileText(ANDERSEN, 'andersen.dl'));
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
  db.addFacts('alloc', alloc);
  db.addFacts('assign', assign);
  db.addFacts('load', load);
  db.addFacts('store', store);
  const r = db.run();
  const statements = alloc.length + assign.length + load.length + store.length;
  return { seconds: r.seconds, detail: `${statements} statements: ${db.size('pt')} pt, ${db.size('hpt')} hpt tuples` };
}

const CASES: Record<string, () => Outcome> = {
  'tc-chain-2000': () => tcChain(2000),
  'tc-clusters-20000': () => tcClusters(20000, 200, 60000),
  andersen,
};

function main(argv: string[]): number {
  if (argv[0] === '--list') {
    process.stdout.write(Object.keys(CASES).join('\n') + '\n');
    return 0;
  }
  if (argv[0] === '--case' && argv[1] && CASES[argv[1]]) {
    const cpu0 = process.cpuUsage();
    const o = CASES[argv[1]]();
    const cpu = process.cpuUsage(cpu0);
    const peak = process.resourceUsage().maxRSS / 1024;
    // CPU time of the whole case (generation included) is steadier than wall time on a busy machine.
    const detail = `${o.detail}; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`;
    process.stdout.write(JSON.stringify({ name: argv[1], seconds: Number(o.seconds.toFixed(3)), peak_rss_mb: Math.round(peak), detail }) + '\n');
    return 0;
  }
  process.stderr.write(`usage: node dist/bench/engine.js --list | --case <${Object.keys(CASES).join('|')}>\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
