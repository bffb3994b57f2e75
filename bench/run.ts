// `npm run bench`: runs every case of every bench/<area>.js in its own process (so each peak
// RSS is its own) and writes the figures to bench/RESULTS.md. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `table`: a Markdown table too wide for the detail column (a series of sizes, a comparison), printed below. */
interface CaseResult { area: string; name: string; seconds: number; peak_rss_mb: number; detail: string; table?: string; souffle_seconds?: number; souffle_peak_rss_mb?: number }

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const AREAS = ['engine', 'extract', 'analysis', 'cli'];
/** A case still running after this long is stopped and recorded as not finished. */
const CASE_TIMEOUT_S = Number(process.env.FUSELOG_BENCH_TIMEOUT ?? 600);
/**
 * Runs of each case of an area (each in a fresh process): the median time is recorded, and
 * the largest peak. Extraction takes about a second, where one run's noise on a shared
 * machine is a good part of the figure.
 */
const REPEAT: Record<string, number> = { extract: Number(process.env.FUSELOG_BENCH_REPEAT ?? 5) };

/** The checked programs `fuselog eval` keeps between runs (progcache.ts): one folder for this bench run, not the user's. */
const ruleCache = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bench-rule-cache-'));

function runNode(script: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=16384', script, ...args], {
    cwd: repo, env: { ...process.env, FUSELOG_CACHE_DIR: ruleCache }, encoding: 'utf8', maxBuffer: 64 << 20, timeout: CASE_TIMEOUT_S * 1000, killSignal: 'SIGKILL',
  });
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  return { ok: r.status === 0, out: r.stdout ?? '', err: timedOut ? `did not finish within ${CASE_TIMEOUT_S} s` : (r.stderr ?? '') };
}

function runArea(area: string, only: string | undefined): CaseResult[] {
  const script = path.join(here, `${area}.js`);
  if (!fs.existsSync(script)) return [];
  const list = runNode(script, ['--list']);
  if (!list.ok) throw new Error(`bench/${area}: --list failed: ${list.err}`);
  const results: CaseResult[] = [];
  for (const name of list.out.split('\n').map((s) => s.trim()).filter(Boolean)) {
    // `npm run bench -- tc-` runs the cases whose name has tc- in it; `-- =engine/minios` that case only
    if (only && (only.startsWith('=') ? `${area}/${name}` !== only.slice(1) : !name.includes(only))) continue;
    process.stderr.write(`bench ${area}/${name} ... `);
    const runs: CaseResult[] = [];
    for (let k = 0; k < Math.max(1, REPEAT[area] ?? 1); k++) {
      const run = runCase(area, script, name);
      runs.push(run);
      if (!Number.isFinite(run.seconds) || run.detail.startsWith('skipped')) break;
    }
    const parsed = median(runs);
    process.stderr.write(`${Number.isFinite(parsed.seconds) ? parsed.seconds.toFixed(3) + ' s' : 'failed'}\n`);
    results.push(parsed);
  }
  return results;
}

function runCase(area: string, script: string, name: string): CaseResult {
  const r = runNode(script, ['--case', name]);
  const line = r.out.trim().split('\n').pop() ?? '';
  try {
    return { area, ...JSON.parse(line) } as CaseResult;
  } catch {
    return { area, name, seconds: NaN, peak_rss_mb: NaN, detail: `failed: ${(r.err || line).trim().split('\n').slice(-3).join(' | ')}` };
  }
}

/** The run of median time (a failed run is the result), with the largest peak of all runs. */
function median(runs: CaseResult[]): CaseResult {
  if (runs.length === 1 || runs.some((r) => !Number.isFinite(r.seconds))) return runs[runs.length - 1]!;
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const peak = Math.max(...runs.map((r) => r.peak_rss_mb));
  const range = `${sorted[0]!.seconds.toFixed(2)}-${sorted[sorted.length - 1]!.seconds.toFixed(2)} s`;
  return { ...mid, peak_rss_mb: peak, detail: `median of ${runs.length} runs (${range}); ${mid.detail}` };
}

function render(results: CaseResult[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
    'Each case runs in its own process; peak memory is that process\'s maximum resident set size.',
    '',
    'Soufflé columns: the same program and facts under `souffle -j1` (engine cases, bench/engine.ts).',
    '',
    '| area | case | seconds | peak RSS (MB) | Soufflé seconds | Soufflé peak RSS (MB) | detail |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const num = (v: number | undefined, digits: number) => (v !== undefined && Number.isFinite(v) ? v.toFixed(digits) : '—');
  for (const r of results) {
    lines.push(`| ${r.area} | ${r.name} | ${num(r.seconds, 3)} | ${num(r.peak_rss_mb, 0)} | ${num(r.souffle_seconds, 2)} | ${num(r.souffle_peak_rss_mb, 0)} | ${r.detail.replace(/\|/g, '\\|')} |`);
  }
  for (const r of results) if (r.table) lines.push('', `### ${r.area}/${r.name}`, '', r.table);
  return lines.join('\n') + '\n';
}

const only = process.argv[2];
const all = AREAS.flatMap((a) => runArea(a, only));
const notesFile = path.join(repo, 'bench', 'NOTES.md');
const notes = fs.existsSync(notesFile) ? '\n' + fs.readFileSync(notesFile, 'utf8') : '';
fs.writeFileSync(path.join(repo, 'bench', 'RESULTS.md'), render(all) + notes);
process.stderr.write(`wrote bench/RESULTS.md (${all.length} cases)\n`);
