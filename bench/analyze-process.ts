// `fuselog analyze` as a user runs it — a fresh process of bin/fuselog.js with Node's defaults —
// timed from outside: wall and CPU time, peak RSS (through bench/peak-rss.ts), the phases the
// command records in analysis.json, and the size of what it read and wrote (instructions,
// facts, every output relation). Used by the growth, precision and npm C code base cases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { runProcess } from './souffle.js';

const fuselogBin = path.join(packageRoot, 'bin', 'fuselog.js');
const peakHook = path.join(packageRoot, 'dist', 'bench', 'peak-rss.js');

export interface AnalyzeRun {
  ok: boolean;
  /** why it did not finish ("did not finish within N s", or the error's last lines) */
  failure?: string;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  /** seconds per phase of `fuselog analyze` (load, extract, compile, evaluate, write) */
  phases: Record<string, number>;
  out: string;
}

/**
 * Run `fuselog analyze system -o out [--rules rules]`, out emptied first (so nothing comes from
 * its extraction cache), stopped after timeoutS seconds.
 */
export async function runAnalyze(system: string, out: string, opts: { rules?: string; timeoutS: number }): Promise<AnalyzeRun> {
  fs.rmSync(out, { recursive: true, force: true });
  const peakFile = path.join(os.tmpdir(), `fuselog-peak-${process.pid}-${Date.now()}`);
  const args = ['--import', peakHook, fuselogBin, 'analyze', system, '-o', out, '--quiet'];
  if (opts.rules) args.push('--rules', opts.rules);
  process.env.FUSELOG_PEAK_RSS_FILE = peakFile;
  let run;
  try {
    run = await runProcess(process.execPath, args, opts.timeoutS);
  } finally {
    delete process.env.FUSELOG_PEAK_RSS_FILE;
  }
  const peakMb = fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) / 1024 : NaN;
  fs.rmSync(peakFile, { force: true });
  const result: AnalyzeRun = { ok: run.status === 0, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb, phases: {}, out };
  if (run.status !== 0) {
    // Node's own last line ("Node.js v20...") says nothing about the failure
    const why = run.stderr.split('\n').filter((l) => l.trim() && !/^Node\.js v/.test(l)).slice(-2).join(' | ');
    result.failure = run.timedOut ? `did not finish within ${opts.timeoutS} s` : `failed (exit ${run.status}): ${why}`;
    return result;
  }
  const meta = JSON.parse(fs.readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { phases: Array<{ phase: string; seconds: number }> };
  for (const p of meta.phases) result.phases[p.phase] = p.seconds;
  return result;
}

/** Lines of a file (rows of a .facts or .csv), counted without holding it. */
export function countLines(file: string): number {
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let lines = 0;
  try {
    for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) {
      for (let i = chunk.indexOf(10); i !== -1 && i < n; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } finally {
    fs.closeSync(fd);
  }
  return lines;
}

/** Instructions and facts in all that an analysis extracted (out/facts). */
export function factCounts(out: string): { instructions: number; facts: number } {
  const dir = path.join(out, 'facts');
  let facts = 0;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.facts')) facts += countLines(path.join(dir, f));
  return { instructions: countLines(path.join(dir, 'instruction.facts')), facts };
}

/** Rows of every output relation an analysis wrote (out/<relation>.csv), by name. */
export function outputSizes(out: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const f of fs.readdirSync(out).sort()) if (f.endsWith('.csv')) sizes.set(f.slice(0, -4), countLines(path.join(out, f)));
  return sizes;
}
