// Extraction speed and memory: `node dist/bench/extract.js --list | --case NAME`.
// Cases: minios (the example system's IR, all flavours; the test fixtures until it exists),
// sqlite (the SQLite amalgamation compiled to IR with clang at -O0, cached in bench/.cache, and
// extracted by the CLI's own code as `fuselog extract --ir` runs it), sqlite-g (the same with
// debug info: a larger input, to show memory does not grow with it) and sqlite-library (the
// library call, which leaves V8's settings alone: see src/v8tuning.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { packageRoot } from '../src/paths.js';
import { loadSystem, extractSystem, extractModuleFile } from '../extract/index.js';
import { main as cliMain } from '../src/cli.js';
import { withExtractionTuning } from '../src/v8tuning.js';

const CACHE = path.join(packageRoot, 'bench', '.cache');
/** RSS of this process with every module loaded, before any work: Node's own share of the peak. */
const BASELINE_RSS_MB = process.memoryUsage().rss / 2 ** 20;

interface Result { name: string; seconds: number; peak_rss_mb: number; detail: string }

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function report(r: Result): void {
  process.stdout.write(JSON.stringify(r) + '\n');
}

/** CPU seconds (user + system) of the last timed() call: wall time alone misleads on a busy machine. */
let lastCpuSeconds = 0;

async function timed(fn: () => unknown): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  lastCpuSeconds = (c.user + c.system) / 1e6;
  return wall;
}

function figures(name: string, bytes: number, seconds: number, facts: number, what: string, peak = peakMb()): Result {
  const mb = bytes / 1e6;
  const inMiB = bytes / 2 ** 20;
  return {
    name, seconds, peak_rss_mb: peak,
    detail: `${what}: ${mb.toFixed(1)} MB of .ll, ${(mb / seconds).toFixed(1)} MB/s (${(mb / lastCpuSeconds).toFixed(1)} MB/s of CPU time), ${facts} facts, ` +
      `peak RSS ${(peak / inMiB).toFixed(1)}x input; above Node with the modules loaded (${BASELINE_RSS_MB.toFixed(0)} MB): ` +
      `${(peak - BASELINE_RSS_MB).toFixed(0)} MB, ${((peak - BASELINE_RSS_MB) / inMiB).toFixed(1)}x input`,
  };
}

/** The system descriptions of examples/minios, or the extractor's fixtures before it exists. */
function miniosSystems(): { files: string[]; what: string } {
  const ex = path.join(packageRoot, 'examples', 'minios');
  const found = fs.existsSync(ex) ? fs.readdirSync(ex).filter((f) => /^system.*\.json$/.test(f)).map((f) => path.join(ex, f)) : [];
  if (found.length) return { files: found.sort(), what: `examples/minios (${found.length} flavours)` };
  const fx = path.join(packageRoot, 'test', 'fixtures', 'ir');
  const files = fs.readdirSync(fx).filter((f) => /^system-.*\.json$/.test(f)).map((f) => path.join(fx, f)).sort();
  return { files, what: `test fixtures (${files.length} flavours; examples/minios not present)` };
}

async function caseMinios(): Promise<Result> {
  const { files, what } = miniosSystems();
  const systems = files.map((f) => loadSystem(f));
  const inputs = new Set(systems.flatMap((s) => [...s.components.flatMap((c) => c.ir), ...[...s.libraries.values()].flatMap((l) => l.ir)]));
  const bytes = [...inputs].reduce((n, f) => n + fs.statSync(f).size, 0);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bench-'));
  let facts = 0;
  const seconds = await timed(() => {
    systems.forEach((s, i) => {
      const c = withExtractionTuning(() => extractSystem(s, path.join(out, String(i))));
      facts += Object.values(c).reduce((a, b) => a + b, 0);
    });
  });
  fs.rmSync(out, { recursive: true, force: true });
  return figures('minios', bytes, seconds, facts, what);
}

function findClang(): string | undefined {
  for (const c of ['clang-19', 'clang-18', 'clang-17', 'clang-16', 'clang-15', 'clang-14', 'clang']) {
    const r = spawnSync(c, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return c;
  }
  return undefined;
}

/** sqlite3.c from the installed better-sqlite3 package, else from `npm pack better-sqlite3@12`. */
function findSqliteSource(): string | undefined {
  try {
    const req = createRequire(path.join(packageRoot, 'package.json'));
    const pkg = path.dirname(req.resolve('better-sqlite3/package.json'));
    const c = path.join(pkg, 'deps', 'sqlite3', 'sqlite3.c');
    if (fs.existsSync(c)) return c;
  } catch { /* not installed: fetch below */ }
  const dir = path.join(CACHE, 'better-sqlite3');
  const cached = findFile(dir, 'sqlite3.c');
  if (cached) return cached;
  fs.mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', 'better-sqlite3@12', '--pack-destination', dir], { encoding: 'utf8' });
  if (pack.status !== 0) return undefined;
  const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) return undefined;
  spawnSync('tar', ['xzf', path.join(dir, tgz), '-C', dir]);
  // some versions ship the amalgamation as a tarball inside the package
  for (const inner of walk(dir).filter((f) => /sqlite.*\.tar\.gz$/.test(f))) spawnSync('tar', ['xzf', inner, '-C', path.dirname(inner)]);
  return findFile(dir, 'sqlite3.c');
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function findFile(dir: string, name: string): string | undefined {
  return walk(dir).find((f) => path.basename(f) === name);
}

/** The IR of sqlite3.c compiled with these flags (cached in bench/.cache), or why there is none. */
function sqliteIR(file: string, flags: string[]): { ll: string } | { skipped: string } {
  const ll = path.join(CACHE, file);
  if (fs.existsSync(ll)) return { ll };
  const clang = findClang();
  if (!clang) return { skipped: 'skipped: no clang on PATH to compile sqlite3.c to IR' };
  const src = findSqliteSource();
  if (!src) return { skipped: 'skipped: could not get sqlite3.c (npm pack better-sqlite3@12 failed)' };
  fs.mkdirSync(CACHE, { recursive: true });
  const r = spawnSync(clang, [...flags, '-S', '-emit-llvm', '-w', src, '-o', `${ll}.tmp`], { encoding: 'utf8' });
  if (r.status !== 0) return { skipped: `skipped: ${clang} failed on sqlite3.c: ${r.stderr.split('\n')[0]}` };
  fs.renameSync(`${ll}.tmp`, ll);
  return { ll };
}

/**
 * One IR file extracted as `fuselog extract --ir FILE --component sqlite -o DIR --quiet` runs it
 * (the CLI's own code, with its V8 settings), or through the library with V8's defaults.
 */
async function caseSqlite(name: string, file: string, flags: string[], what: string, via: 'cli' | 'library'): Promise<Result> {
  const ir = sqliteIR(file, flags);
  if ('skipped' in ir) return { name, seconds: 0, peak_rss_mb: peakMb(), detail: ir.skipped };
  const bytes = fs.statSync(ir.ll).size;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bench-'));
  const seconds = await timed(async () => {
    if (via === 'library') return extractModuleFile(ir.ll, 'sqlite', out);
    const code = await cliMain(['extract', '--ir', ir.ll, '--component', 'sqlite', '-o', out, '--quiet']);
    if (code !== 0) throw new Error(`fuselog extract exited with ${code}`);
  });
  const peak = peakMb();
  // counted by another process, so that reading the facts adds nothing to this one's peak
  const facts = Number(spawnSync('sh', ['-c', 'cat ./*.facts | wc -l'], { cwd: out, encoding: 'utf8' }).stdout.trim());
  fs.rmSync(out, { recursive: true, force: true });
  return figures(name, bytes, seconds, facts, `${what}, ${via === 'cli' ? 'fuselog extract' : 'library, V8 defaults'}`, peak);
}

const CASES: Record<string, () => Promise<Result>> = {
  minios: caseMinios,
  sqlite: () => caseSqlite('sqlite', 'sqlite3.ll', ['-O0'], 'sqlite3.c at -O0', 'cli'),
  'sqlite-g': () => caseSqlite('sqlite-g', 'sqlite3-g.ll', ['-O0', '-g'], 'sqlite3.c at -O0 -g', 'cli'),
  'sqlite-library': () => caseSqlite('sqlite-library', 'sqlite3.ll', ['-O0'], 'sqlite3.c at -O0', 'library'),
};

const args = process.argv.slice(2);
if (args[0] === '--list') {
  process.stdout.write(Object.keys(CASES).join('\n') + '\n');
} else if (args[0] === '--case' && args[1] && CASES[args[1]]) {
  report(await CASES[args[1]]!());
} else {
  process.stderr.write(`usage: node dist/bench/extract.js --list | --case ${Object.keys(CASES).join('|')}\n`);
  process.exitCode = 2;
}
