// Growth: `fuselog analyze` of the generated system (bench/gensys.ts) at a series of sizes, each
// size a fresh process (bench/analyze-process.ts): instructions, facts, wall and CPU time, the
// evaluation phase, peak RSS, and the exponent of time against size (instructions) between
// consecutive sizes and over the whole series. Doubling the input should not much more than
// double the time: an exponent near 1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { findToolchain } from './clang.js';
import { buildGenerated } from './gensys-build.js';
import type { GenOptions } from './gensys.js';
import { factCounts, runAnalyze, type AnalyzeRun } from './analyze-process.js';

export interface CaseResult { name: string; seconds: number; peak_rss_mb: number; detail: string; table?: string }

export interface SeriesOptions {
  /** a --rules directory (a variant), or the shipped rules */
  rules?: string;
  /** each run of each size is stopped after this long */
  timeoutS: number;
  /** runs per size (fresh processes, sizes interleaved); the median is kept */
  repeat: number;
  /** no further round of runs is started that would likely end after this many seconds */
  budgetS?: number;
}

interface Point {
  size: Required<GenOptions>;
  instructions: number;
  facts: number;
  runs: AnalyzeRun[];
  /** median wall, CPU and evaluate seconds of the runs, their largest peak */
  wall: number; cpu: number; evaluate: number; peakMb: number;
  /** median seconds of each phase of fuselog analyze */
  phases: Record<string, number>;
  failure?: string;
}

/** The phases of `fuselog analyze` shown per size (load, the description, is negligible). */
const PHASES = ['extract', 'compile', 'evaluate', 'write', 'store'];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic. */
export function exponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

export async function growthSeries(name: string, sizes: Array<Required<GenOptions>>, opts: SeriesOptions): Promise<CaseResult> {
  const tc = findToolchain();
  if (!tc) return { name, seconds: NaN, peak_rss_mb: NaN, detail: 'skipped: neither clang-19 nor clang-14 on PATH to compile the generated system' };
  const built = sizes.map((s) => ({ size: s, ...buildGenerated(s, tc) }));
  const compiled = built.reduce((n, b) => n + b.compiled, 0);
  const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-growth-'));
  const points: Point[] = built.map((b) => ({ size: b.size, instructions: NaN, facts: NaN, runs: [], wall: NaN, cpu: NaN, evaluate: NaN, peakMb: NaN, phases: {} }));
  const t0 = performance.now();
  let rounds = 0;
  try {
    // sizes interleaved, so a slow spell of the shared machine does not fall on one size only
    for (let k = 0; k < opts.repeat; k++) {
      const elapsed = (performance.now() - t0) / 1000;
      if (k > 0 && opts.budgetS !== undefined && (elapsed / k) * (k + 1) > opts.budgetS) break;
      rounds++;
      for (const [i, b] of built.entries()) {
        const p = points[i]!;
        if (p.failure || points.slice(0, i).some((q) => q.failure)) continue;
        const out = path.join(outRoot, b.label);
        const run = await runAnalyze(b.system, out, { rules: opts.rules, timeoutS: opts.timeoutS });
        if (!run.ok) {
          p.failure = run.failure;
          continue;
        }
        if (!p.runs.length) Object.assign(p, factCounts(out));
        p.runs.push(run);
        fs.rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    fs.rmSync(outRoot, { recursive: true, force: true });
  }
  for (const p of points) {
    if (!p.runs.length) continue;
    p.wall = median(p.runs.map((r) => r.seconds));
    p.cpu = median(p.runs.map((r) => r.cpuSeconds));
    for (const phase of PHASES) p.phases[phase] = median(p.runs.map((r) => r.phases[phase] ?? NaN));
    p.evaluate = p.phases.evaluate!;
    p.peakMb = Math.max(...p.runs.map((r) => r.peakMb));
  }
  return summarise(name, points, { ...opts, repeat: rounds }, `${tc.clang}${compiled ? `, ${compiled} files compiled` : ', IR from bench/.cache'}`);
}

function summarise(name: string, points: Point[], opts: SeriesOptions, how: string): CaseResult {
  const done = points.filter((p) => p.runs.length);
  const fmt = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
  const rows = [`| servers × handlers | instructions | facts | wall s | CPU s | ${PHASES.join(' / ')} s | peak RSS MB | exponent from the previous size (wall / CPU / evaluate) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const [i, p] of points.entries()) {
    const label = `${p.size.servers} × ${p.size.handlers}`;
    if (!p.runs.length) {
      rows.push(`| ${label} | | | ${p.failure ?? 'not run: a smaller size did not finish'} | | | | |`);
      continue;
    }
    const prev = i > 0 ? points[i - 1]! : undefined;
    const exp = prev?.runs.length
      ? [exponent(prev.instructions, prev.wall, p.instructions, p.wall), exponent(prev.instructions, prev.cpu, p.instructions, p.cpu),
        exponent(prev.instructions, prev.evaluate, p.instructions, p.evaluate)].map((e) => fmt(e)).join(' / ')
      : '';
    const phases = PHASES.map((ph) => fmt(p.phases[ph] ?? NaN, 1)).join(' / ');
    rows.push(`| ${label} | ${p.instructions} | ${p.facts} | ${fmt(p.wall)} | ${fmt(p.cpu)} | ${phases} | ${fmt(p.peakMb, 0)} | ${exp} |`);
  }
  const first = done[0];
  const last = done[done.length - 1];
  let overall = '';
  if (first && last && last !== first) {
    overall = `over ${first.instructions} -> ${last.instructions} instructions (${(last.instructions / first.instructions).toFixed(1)}x): exponent ` +
      `${fmt(exponent(first.instructions, first.wall, last.instructions, last.wall))} wall, ` +
      `${fmt(exponent(first.instructions, first.cpu, last.instructions, last.cpu))} CPU, ` +
      `${fmt(exponent(first.instructions, first.evaluate, last.instructions, last.evaluate))} evaluate`;
  }
  const failed = points.find((p) => p.failure);
  const runs = opts.repeat > 1 ? `median of ${opts.repeat} runs per size (fresh processes, sizes interleaved)` : 'one run per size (a fresh process)';
  const variant = opts.rules ? `--rules ${path.relative(packageRoot, opts.rules)}` : 'shipped rules';
  const detail = [`fuselog analyze, ${variant}; ${runs}; ${how}`,
    overall,
    failed ? `${failed.size.servers} × ${failed.size.handlers}: ${failed.failure}` : '',
    done.length ? `largest finished: ${last!.instructions} instructions in ${fmt(last!.wall)} s (CPU ${fmt(last!.cpu)} s), peak ${fmt(last!.peakMb, 0)} MB` : 'no size finished',
  ].filter(Boolean).join('; ');
  return {
    name,
    seconds: last ? last.wall : NaN,
    peak_rss_mb: last ? last.peakMb : NaN,
    detail,
    table: [rows.join('\n'), '', overall ? `Whole series: ${overall}.` : ''].join('\n').trim(),
  };
}
