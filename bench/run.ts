// `npm run bench`: runs every case of every bench/<area>.js in its own process (so each peak
// RSS is its own) and writes the figures to bench/RESULTS.md. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CaseResult { area: string; name: string; seconds: number; peak_rss_mb: number; detail: string }

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const AREAS = ['engine', 'extract', 'analysis'];
/** A case still running after this long is stopped and recorded as not finished. */
const CASE_TIMEOUT_S = Number(process.env.FUSELOG_BENCH_TIMEOUT ?? 600);

function runNode(script: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=16384', script, ...args], {
    cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20, timeout: CASE_TIMEOUT_S * 1000, killSignal: 'SIGKILL',
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
    if (only && !name.includes(only)) continue;
    process.stderr.write(`bench ${area}/${name} ... `);
    const r = runNode(script, ['--case', name]);
    const line = r.out.trim().split('\n').pop() ?? '';
    let parsed: CaseResult;
    try {
      parsed = { area, ...JSON.parse(line) } as CaseResult;
    } catch {
      parsed = { area, name, seconds: NaN, peak_rss_mb: NaN, detail: `failed: ${(r.err || line).trim().split('\n').slice(-3).join(' | ')}` };
    }
    process.stderr.write(`${Number.isFinite(parsed.seconds) ? parsed.seconds.toFixed(3) + ' s' : 'failed'}\n`);
    results.push(parsed);
  }
  return results;
}

function render(results: CaseResult[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
    'Each case runs in its own process; peak memory is that process\'s maximum resident set size.',
    '',
    '| area | case | seconds | peak RSS (MB) | detail |',
    '| --- | --- | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const s = Number.isFinite(r.seconds) ? r.seconds.toFixed(3) : '—';
    const m = Number.isFinite(r.peak_rss_mb) ? r.peak_rss_mb.toFixed(0) : '—';
    lines.push(`| ${r.area} | ${r.name} | ${s} | ${m} | ${r.detail.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n') + '\n';
}

const only = process.argv[2];
const all = AREAS.flatMap((a) => runArea(a, only));
const notesFile = path.join(repo, 'bench', 'NOTES.md');
const notes = fs.existsSync(notesFile) ? '\n' + fs.readFileSync(notesFile, 'utf8') : '';
fs.writeFileSync(path.join(repo, 'bench', 'RESULTS.md'), render(all) + notes);
process.stderr.write(`wrote bench/RESULTS.md (${all.length} cases)\n`);
