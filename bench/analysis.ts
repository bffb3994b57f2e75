// Benchmarks of the analysis itself (rules/*.dl on the embedded engine), each case in its own
// process (bench/run.ts): the full analysis of examples/minios per IR flavour, the points-to
// part alone (values.dl + pointsto.dl, Andersen-style) on the example's facts, and the same
// points-to on the largest IR we have (SQLite, cached by bench/extract.ts) when it is there.
// The helenos-* cases analyse the HelenOS servers (examples/helenos) when the corpus is there.
// The souffle-* cases run the same rules/main.dl on the same facts in Soufflé's interpreter
// (`souffle -j1`, from ../shared/tools/souffle) and in `fuselog eval`, each a fresh process
// that reads the facts and writes the outputs, one after the other. The cases of
// bench/scaling.ts (growth of a generated system, precision of both points-to analyses, an npm
// C code base) run `fuselog analyze` itself, a fresh process per system and size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractModuleFile, extractSystem, loadSystem } from '../extract/index.js';
import { compileFile, compileText, Database } from '../src/datalog/index.js';
import { packageRoot, rulesDir, factsDir } from '../src/paths.js';
import { ProcessRun, SOUFFLE, runProcess, runSouffle, souffleInstalled } from './souffle.js';
import { locateHelenosIR, subsetDescription } from '../test/helpers/helenos.js';
import { HELENOS_STATS, NO_HELENOS, NO_SQLITE_IR, SQLITE_IR } from './end-to-end.js';
import { SCALING_CASES } from './scaling.js';

interface Result { name: string; seconds: number; peak_rss_mb: number; detail: string }

const example = path.join(packageRoot, 'examples', 'minios');

const pointsToProgram = () => compileText(
  ['schema.dl'].map((f) => `#include "${path.join(factsDir, f)}"`)
    .concat(['values.dl', 'pointsto.dl'].map((f) => `#include "${path.join(rulesDir, f)}"`)).join('\n'),
  'pointsto-bench.dl');

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bench-'));
}

function peakMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function evaluate(program: ReturnType<typeof compileFile>, factDir: string, report: string[]): { seconds: number; sizes: string; db: Database } {
  const db = new Database(program);
  db.loadInputs(factDir);
  const t0 = performance.now();
  db.run();
  const seconds = (performance.now() - t0) / 1000;
  const sizes = report.map((r) => `${r} ${db.size(r)}`).join(', ');
  return { seconds, sizes, db };
}

function fullAnalysis(systemFile: string, file = path.join(example, systemFile), stats: string[] = []): Result {
  const dir = tmpDir();
  const t0 = performance.now();
  extractSystem(loadSystem(file), dir);
  const tExtract = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const program = compileFile(path.join(rulesDir, 'main.dl'));
  const tCompile = (performance.now() - t1) / 1000;
  const { seconds, sizes, db } = evaluate(program, dir, ['pt', 'vsrc', 'request', 'dispatch', 'reaches']);
  const figures = new Map(db.rows('stats').map((r) => [String(r[0]), r[1]]));
  const statText = stats.length ? `; stats: ${stats.map((s) => `${s} ${figures.get(s)}`).join(', ')}` : '';
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    name: `full-${systemFile.replace(/\.json$/, '')}`,
    seconds: tExtract + tCompile + seconds,
    peak_rss_mb: peakMB(),
    detail: `extract ${tExtract.toFixed(2)} s, compile ${tCompile.toFixed(2)} s, evaluate ${seconds.toFixed(2)} s; ${sizes}${statText}`,
  };
}

// [HelenOS] examples/helenos/system.json on the corpus outside the repository (test/helpers/helenos.ts
// finds it): the nine components of test/helenos.test.ts, and all 21 servers.
function helenos(name: string, components: string[] | undefined): Result {
  const helenosDir = path.join(packageRoot, 'examples', 'helenos');
  const ir = locateHelenosIR(helenosDir);
  if (!ir) return { name, seconds: NaN, peak_rss_mb: peakMB(), detail: NO_HELENOS };
  const dir = tmpDir();
  try {
    const file = subsetDescription(path.join(helenosDir, 'system.json'), ir, components, dir);
    return { ...fullAnalysis('', file, HELENOS_STATS), name };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pointsTo(name: string, makeFacts: (dir: string) => void): Result {
  const dir = tmpDir();
  makeFacts(dir);
  const { seconds, sizes } = evaluate(pointsToProgram(), dir, ['pto', 'pta', 'mem_cell', 'pt', 'call_target', 'vsrc']);
  fs.rmSync(dir, { recursive: true, force: true });
  return { name, seconds, peak_rss_mb: peakMB(), detail: `evaluation only; ${sizes}` };
}

// [Soufflé beside fuselog] The case as a whole is stopped by bench/run.ts after
// FUSELOG_BENCH_TIMEOUT seconds; each engine run gets 40% of that, so one that does not finish
// is reported as such and the other still runs.
const ENGINE_TIMEOUT_S = Math.floor(Number(process.env.FUSELOG_BENCH_TIMEOUT ?? 600) * 0.4);
const fuselogBin = path.join(packageRoot, 'bin', 'fuselog.js');

type Engine = 'souffle' | 'fuselog';

function runEngine(engine: Engine, facts: string, out: string): Promise<ProcessRun> {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const program = path.join(rulesDir, 'main.dl');
  if (engine === 'souffle') return runSouffle(program, facts, out, ENGINE_TIMEOUT_S);
  return runProcess(process.execPath, [fuselogBin, 'eval', '-F', facts, '-D', out, program], ENGINE_TIMEOUT_S);
}

/** Median wall time of the runs, its CPU time, or why they did not finish. */
interface Timing { seconds: number; cpu: number; text: string }

function summarise(runs: ProcessRun[]): Timing {
  const bad = runs.find((r) => r.status !== 0);
  if (bad) {
    const why = bad.timedOut ? `did not finish within ${ENGINE_TIMEOUT_S} s` : `failed: ${bad.stderr.trim().split('\n').slice(-2).join(' | ')}`;
    return { seconds: NaN, cpu: NaN, text: why };
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const range = runs.length > 1 ? ` (${sorted[0]!.seconds.toFixed(2)}-${sorted[sorted.length - 1]!.seconds.toFixed(2)})` : '';
  return { seconds: mid.seconds, cpu: mid.cpuSeconds, text: `${mid.seconds.toFixed(2)} s${range}, CPU ${mid.cpuSeconds.toFixed(2)} s` };
}

/**
 * Both engines on each fact directory, alternating, `repeat` runs each (median); the case's
 * seconds are Soufflé's (summed over the directories), the detail gives both and their ratio.
 */
async function souffleBeside(name: string, factDirs: Array<{ label: string; dir: string }>, repeat: number): Promise<Result> {
  if (!souffleInstalled()) return { name, seconds: NaN, peak_rss_mb: peakMB(), detail: `failed: Soufflé is missing at ${SOUFFLE}` };
  const out = tmpDir();
  const parts: string[] = [];
  let souffleTotal = 0;
  let fuselogTotal = 0;
  for (const { label, dir } of factDirs) {
    const runs: Record<Engine, ProcessRun[]> = { souffle: [], fuselog: [] };
    // an engine that failed or did not finish once is not run again; the other goes on
    const failed = (e: Engine): boolean => runs[e].some((r) => r.status !== 0);
    for (let k = 0; k < repeat; k++) {
      for (const engine of (k % 2 === 0 ? ['souffle', 'fuselog'] : ['fuselog', 'souffle']) as Engine[]) {
        if (!failed(engine)) runs[engine].push(await runEngine(engine, dir, path.join(out, engine)));
      }
    }
    const sf = summarise(runs.souffle);
    const fl = summarise(runs.fuselog);
    souffleTotal += sf.seconds;
    fuselogTotal += fl.seconds;
    const ratio = Number.isFinite(sf.cpu / fl.cpu) ? `; Soufflé/fuselog CPU ${(sf.cpu / fl.cpu).toFixed(2)}x` : '';
    parts.push(`${label}: souffle -j1 ${sf.text}; fuselog eval ${fl.text}${ratio}`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  const runsText = repeat > 1 ? `median of ${repeat} runs each, alternating; ` : '';
  const total = Number.isFinite(fuselogTotal) ? `; fuselog total ${fuselogTotal.toFixed(2)} s` : '';
  return { name, seconds: Number(souffleTotal.toFixed(3)), peak_rss_mb: peakMB(), detail: `${runsText}${parts.join('; ')}${total}` };
}

async function souffleMinios(): Promise<Result> {
  const dirs = ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json'].map((f) => {
    const dir = tmpDir();
    extractSystem(loadSystem(path.join(example, f)), dir);
    return { label: f.replace(/\.json$/, ''), dir };
  });
  try {
    return await souffleBeside('souffle-minios', dirs, 3);
  } finally {
    for (const { dir } of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function souffleSqlite(): Promise<Result> {
  if (!fs.existsSync(SQLITE_IR)) {
    return { name: 'souffle-sqlite', seconds: NaN, peak_rss_mb: peakMB(), detail: NO_SQLITE_IR };
  }
  const dir = tmpDir();
  try {
    extractModuleFile(SQLITE_IR, 'sqlite', dir, {});
    return await souffleBeside('souffle-sqlite', [{ label: 'sqlite3.c -O0', dir }], 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const CASES: Record<string, () => Result | Promise<Result>> = {
  'full-system': () => fullAnalysis('system.json'),
  'full-system-llvm14': () => fullAnalysis('system-llvm14.json'),
  'full-system-llvm19-O2': () => fullAnalysis('system-llvm19-O2.json'),
  'pointsto-minios': () => pointsTo('pointsto-minios', (dir) => extractSystem(loadSystem(path.join(example, 'system.json')), dir)),
  'pointsto-sqlite': () => {
    if (!fs.existsSync(SQLITE_IR)) {
      return { name: 'pointsto-sqlite', seconds: NaN, peak_rss_mb: peakMB(), detail: NO_SQLITE_IR };
    }
    return pointsTo('pointsto-sqlite', (dir) => extractModuleFile(SQLITE_IR, 'sqlite', dir, {}));
  },
  'helenos-9': () => helenos('helenos-9', ['vfs', 'locsrv', 'clipboard', 'tmpfs', 'locfs', 'taskmon', 'logger', 'ns', 'loader']),
  'helenos-all': () => helenos('helenos-all', undefined),
  'souffle-minios': souffleMinios,
  'souffle-sqlite': souffleSqlite,
  ...SCALING_CASES,
};

const args = process.argv.slice(2);
if (args[0] === '--list') {
  process.stdout.write(Object.keys(CASES).join('\n') + '\n');
} else if (args[0] === '--case' && args[1] && CASES[args[1]]) {
  process.stdout.write(JSON.stringify(await CASES[args[1]]!()) + '\n');
} else {
  process.stderr.write(`usage: node dist/bench/analysis.js --list | --case NAME\n`);
  process.exitCode = 2;
}
