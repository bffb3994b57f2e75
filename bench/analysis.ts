// Benchmarks of the analysis itself (rules/*.dl on the embedded engine), each case in its own
// process (bench/run.ts): the full analysis of examples/minios per IR flavour, the points-to
// part alone (values.dl + pointsto.dl, Andersen-style) on the example's facts, and the same
// points-to on the largest IR we have (SQLite, cached by bench/extract.ts) when it is there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractModuleFile, extractSystem, loadSystem } from '../extract/index.js';
import { compileFile, compileText, Database } from '../src/datalog/index.js';
import { packageRoot, rulesDir, factsDir } from '../src/paths.js';

interface Result { name: string; seconds: number; peak_rss_mb: number; detail: string }

const example = path.join(packageRoot, 'examples', 'minios');
const sqliteIR = path.join(packageRoot, 'bench', '.cache', 'sqlite3.ll');

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

function evaluate(program: ReturnType<typeof compileFile>, factDir: string, report: string[]): { seconds: number; sizes: string } {
  const db = new Database(program);
  db.loadInputs(factDir);
  const t0 = performance.now();
  db.run();
  const seconds = (performance.now() - t0) / 1000;
  const sizes = report.map((r) => `${r} ${db.size(r)}`).join(', ');
  return { seconds, sizes };
}

function fullAnalysis(systemFile: string): Result {
  const dir = tmpDir();
  const t0 = performance.now();
  extractSystem(loadSystem(path.join(example, systemFile)), dir);
  const tExtract = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const program = compileFile(path.join(rulesDir, 'main.dl'));
  const tCompile = (performance.now() - t1) / 1000;
  const { seconds, sizes } = evaluate(program, dir, ['pt', 'vsrc', 'request', 'dispatch', 'reaches']);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    name: `full-${systemFile.replace(/\.json$/, '')}`,
    seconds: tExtract + tCompile + seconds,
    peak_rss_mb: peakMB(),
    detail: `extract ${tExtract.toFixed(2)} s, compile ${tCompile.toFixed(2)} s, evaluate ${seconds.toFixed(2)} s; ${sizes}`,
  };
}

function pointsTo(name: string, makeFacts: (dir: string) => void): Result {
  const dir = tmpDir();
  makeFacts(dir);
  const { seconds, sizes } = evaluate(pointsToProgram(), dir, ['pt', 'mem', 'call_target', 'vsrc']);
  fs.rmSync(dir, { recursive: true, force: true });
  return { name, seconds, peak_rss_mb: peakMB(), detail: `evaluation only; ${sizes}` };
}

const CASES: Record<string, () => Result> = {
  'full-system': () => fullAnalysis('system.json'),
  'full-system-llvm14': () => fullAnalysis('system-llvm14.json'),
  'full-system-llvm19-O2': () => fullAnalysis('system-llvm19-O2.json'),
  'pointsto-minios': () => pointsTo('pointsto-minios', (dir) => extractSystem(loadSystem(path.join(example, 'system.json')), dir)),
  'pointsto-sqlite': () => {
    if (!fs.existsSync(sqliteIR)) {
      return { name: 'pointsto-sqlite', seconds: NaN, peak_rss_mb: peakMB(), detail: 'skipped: run the extract bench first (it builds bench/.cache/sqlite3.ll with clang)' };
    }
    return pointsTo('pointsto-sqlite', (dir) => extractModuleFile(sqliteIR, 'sqlite', dir, {}));
  },
};

const args = process.argv.slice(2);
if (args[0] === '--list') {
  process.stdout.write(Object.keys(CASES).join('\n') + '\n');
} else if (args[0] === '--case' && args[1] && CASES[args[1]]) {
  process.stdout.write(JSON.stringify(CASES[args[1]]!()) + '\n');
} else {
  process.stderr.write(`usage: node dist/bench/analysis.js --list | --case NAME\n`);
  process.exitCode = 2;
}
