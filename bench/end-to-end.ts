// `fuselog analyze` end to end, as a user runs it (a fresh process, an empty output directory,
// so nothing comes from the extraction cache): SQLite -O0 as one component (the IR the extract
// bench builds with clang) and all 21 HelenOS servers (../shared/corpora/helenos). The targets of
// issue 11: each under 30 s and 2 GB on this 2-core machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { locateHelenosIR, subsetDescription } from '../test/helpers/helenos.js';
import { countLines, runAnalyze, type AnalyzeRun } from './analyze-process.js';
import type { CaseResult } from './growth.js';

/** SQLite's IR as the extract bench builds it, and what a case that needs it says without it (shared with bench/analysis.ts). */
export const SQLITE_IR = path.join(packageRoot, 'bench', '.cache', 'sqlite3.ll');
export const NO_SQLITE_IR = 'skipped: run the extract bench first (it builds bench/.cache/sqlite3.ll with clang)';
export const NO_HELENOS = 'skipped: the HelenOS corpus is not there (FUSELOG_HELENOS_IR)';
/** The figures of the research work that the HelenOS cases print from `stats`. */
export const HELENOS_STATS = ['requests', 'requests_one_dest', 'requests_with_handler', 'requests_mtype_found', 'replies', 'requests_unresolved',
  'requests_unresolved_endpoint', 'requests_unresolved_mtype', 'receive_loops', 'entry_points'];

function describe(run: AnalyzeRun, what: string, stats: string[]): string {
  const phases = Object.entries(run.phases).map(([p, s]) => `${p} ${s.toFixed(1)}`).join(', ');
  const instructions = countLines(path.join(run.out, 'facts', 'instruction.facts'));
  const figures = new Map(fs.readFileSync(path.join(run.out, 'stats.csv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]));
  const statText = stats.length ? `; stats: ${stats.map((s) => `${s} ${figures.get(s)}`).join(', ')}` : '';
  return `${what}; ${instructions} instructions; ${run.seconds.toFixed(1)} s wall, CPU ${run.cpuSeconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB; phases (s): ${phases}${statText}`;
}

async function endToEnd(name: string, system: string, what: string, timeoutS: number, stats: string[]): Promise<CaseResult> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-e2e-'));
  try {
    const run = await runAnalyze(system, out, { timeoutS });
    if (!run.ok) return { name, seconds: NaN, peak_rss_mb: run.peakMb, detail: `${what}; fuselog analyze ${run.failure}` };
    return { name, seconds: run.seconds, peak_rss_mb: run.peakMb, detail: describe(run, what, stats) };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export async function sqliteEndToEnd(name: string, timeoutS: number): Promise<CaseResult> {
  if (!fs.existsSync(SQLITE_IR)) return { name, seconds: NaN, peak_rss_mb: NaN, detail: NO_SQLITE_IR };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-e2e-sys-'));
  try {
    const system = path.join(dir, 'system.json');
    fs.writeFileSync(system, JSON.stringify({ name: 'sqlite', components: { sqlite: { ir: [SQLITE_IR] } }, ipc: { send: [], receive: [], message: { mtype_offset: 0 } } }));
    const mb = (fs.statSync(SQLITE_IR).size / 1e6).toFixed(1);
    return await endToEnd(name, system, `sqlite3.c -O0 as one component, ${mb} MB of IR`, timeoutS, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function helenosEndToEnd(name: string, timeoutS: number): Promise<CaseResult> {
  const helenosDir = path.join(packageRoot, 'examples', 'helenos');
  const ir = locateHelenosIR(helenosDir);
  if (!ir) return { name, seconds: NaN, peak_rss_mb: NaN, detail: NO_HELENOS };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-e2e-sys-'));
  try {
    const system = subsetDescription(path.join(helenosDir, 'system.json'), ir, undefined, dir);
    const n = Object.keys((JSON.parse(fs.readFileSync(system, 'utf8')) as { components: object }).components).length;
    return await endToEnd(name, system, `examples/helenos/system.json, all ${n} servers with their libraries`, timeoutS, HELENOS_STATS);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
