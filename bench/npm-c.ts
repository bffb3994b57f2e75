// A third real C code base, from the npm registry: libxml2 2.9.9 as vendored by libxmljs2@0.37.0
// (vendor/libxml, with the config.h its Linux build uses), 39 C files and 171k lines, the ones
// its binding.gyp compiles. Fetched with `npm pack` into bench/.cache/npm, compiled to IR by
// clang at -O0 (each file cached by its inputs), joined with llvm-link into one module (or, with
// no llvm-link, kept as several IR files of one component) and analysed end to end by
// `fuselog analyze` as one component, in a fresh process. Neither the source nor the IR is
// committed.
//
// libxml2 is a good test of the pointer analysis besides SQLite: its allocator is a set of
// global function pointers (xmlMalloc, xmlFree, ...), parsing goes through SAX handler tables
// and per-parser callback structs, dictionaries and hash tables keep `void *` payloads, and I/O
// goes through registered callbacks (xmlRegisterInputCallbacks).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE, compileUnits, findToolchain, hashFiles, linkModules } from './clang.js';
import { countLines, factCounts, outputSizes, runAnalyze } from './analyze-process.js';
import { precisionCounts } from './precision.js';
import type { CaseResult } from './growth.js';

export const PACKAGE = 'libxmljs2@0.37.0';
const NAME = 'libxml2';

/** The unpacked package (bench/.cache/npm/libxmljs2-0.37.0/package), fetched when missing. */
function fetchPackage(): string | { skipped: string } {
  const dir = path.join(CACHE, 'npm', PACKAGE.replace('@', '-'));
  const pkg = path.join(dir, 'package');
  if (fs.existsSync(path.join(pkg, 'binding.gyp'))) return pkg;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', PACKAGE, '--pack-destination', dir, '--silent'], { encoding: 'utf8' });
  const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (pack.status !== 0 || !tgz) return { skipped: `skipped: npm pack ${PACKAGE} failed: ${(pack.stderr || String(pack.error)).trim().split('\n').pop()}` };
  const tar = spawnSync('tar', ['xzf', path.join(dir, tgz), '-C', dir], { encoding: 'utf8' });
  if (tar.status !== 0) return { skipped: `skipped: could not unpack ${tgz}: ${tar.stderr.trim()}` };
  return pkg;
}

/** The C files and defines the package's binding.gyp builds (a Python literal: read, not evaluated). */
function buildList(pkg: string): { sources: string[]; defines: string[] } {
  const gyp = fs.readFileSync(path.join(pkg, 'binding.gyp'), 'utf8');
  const sources = [...gyp.matchAll(/"(vendor\/libxml\/[^"]+\.c)"/g)].map((m) => path.join(pkg, m[1]!));
  const defineList = /"defines"\s*:\s*\[([^\]]*)\]/.exec(gyp)?.[1] ?? '';
  const defines = [...defineList.matchAll(/"([A-Za-z_][A-Za-z0-9_]*(?:=[^"]*)?)"/g)].map((m) => m[1]!);
  return { sources, defines };
}

interface Built { system: string; lines: number; files: number; irBytes: number; how: string }

function build(): Built | { skipped: string } {
  const tc = findToolchain();
  if (!tc) return { skipped: 'skipped: neither clang-19 nor clang-14 on PATH to compile libxml2' };
  const pkg = fetchPackage();
  if (typeof pkg !== 'string') return pkg;
  const { sources, defines } = buildList(pkg);
  if (!sources.length) return { skipped: `skipped: no vendor/libxml C files in ${PACKAGE}'s binding.gyp` };
  const vendor = path.join(pkg, 'vendor', 'libxml');
  const work = path.join(CACHE, 'npm', `${NAME}-${tc.clang}`);
  const headers = [vendor, path.join(vendor, 'include', 'libxml')].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.h')).map((f) => path.join(d, f)));
  // compiled from vendor/libxml (its config.h and include/), as the package's build does
  const flags = ['-O0', '-w', '-Iinclude', '-I.', ...defines.map((d) => `-D${d}`)];
  const units = sources.map((s) => ({ source: s, ir: path.join(work, 'ir', `${path.basename(s, '.c')}.ll`) }));
  let compiled;
  try {
    compiled = compileUnits(tc, units, flags, hashFiles(headers), path.join(CACHE, 'npm', 'ir'));
  } catch (e) {
    return { skipped: `skipped: ${(e as Error).message}` };
  }
  let ir = units.map((u) => u.ir);
  let how = `${tc.clang} -O0${compiled.compiled ? ` (${compiled.compiled} files compiled)` : ' (IR from bench/.cache)'}`;
  if (tc.llvmLink) {
    const key = crypto.createHash('sha256').update(compiled.cached.join('\n')).digest('hex').slice(0, 16);
    const linked = path.join(work, `${NAME}-${key}.ll`);
    if (!fs.existsSync(linked)) linkModules(tc, ir, linked);
    ir = [linked];
    how += `, joined by ${tc.llvmLink}`;
  } else {
    how += `, ${ir.length} IR files in one component (no llvm-link-${tc.version})`;
  }
  const system = path.join(work, 'system.json');
  fs.writeFileSync(system, JSON.stringify({
    name: NAME,
    source: `${PACKAGE} (vendor/libxml), built by bench/npm-c.ts`,
    components: { [NAME]: { ir: ir.map((f) => path.relative(work, f)) } },
    // a library, not a system of servers: no IPC
    ipc: { send: [], message: { mtype_offset: 4 } },
  }, null, 2) + '\n');
  return {
    system, how, files: sources.length,
    lines: sources.reduce((n, s) => n + countLines(s), 0),
    irBytes: ir.reduce((n, f) => n + fs.statSync(f).size, 0),
  };
}

export async function npmCCase(name: string, timeoutS: number): Promise<CaseResult> {
  const built = build();
  if ('skipped' in built) return { name, seconds: NaN, peak_rss_mb: NaN, detail: built.skipped };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-npm-c-'));
  try {
    const run = await runAnalyze(built.system, out, { timeoutS });
    const what = `${PACKAGE} vendor/libxml: ${built.files} C files, ${built.lines} lines; ${built.how}; ${(built.irBytes / 1e6).toFixed(1)} MB of IR`;
    if (!run.ok) return { name, seconds: NaN, peak_rss_mb: run.peakMb, detail: `${what}; fuselog analyze ${run.failure}` };
    const { instructions, facts } = factCounts(out);
    const phases = Object.entries(run.phases).map(([p, s]) => `${p} ${s.toFixed(1)}`).join(', ');
    const sizes = outputSizes(out);
    // the pointer analysis's work: bench/precision.dl on the same facts and rules (a second evaluation, not timed)
    const counts = await precisionCounts(out, timeoutS);
    const pointer = typeof counts === 'string' ? counts
      : `indirect calls resolved ${counts.get('indirect calls resolved')}/${counts.get('indirect calls')} ` +
        `(${((counts.get('targets of resolved indirect calls') ?? 0) / (counts.get('indirect calls resolved') || 1)).toFixed(2)} targets each), ` +
        ['pt', 'call_target', 'pt_global', 'points_to_class'].map((r) => `${r} ${counts.get(r)}`).join(', ') +
        `, writes to globals ${counts.get('writes to globals')} (${counts.get('writes that may reach more than one global')} may reach more than one)`;
    const nonEmpty = [...sizes].filter(([, n]) => n > 0).map(([r, n]) => `${r} ${n}`).join(', ');
    return {
      name, seconds: run.seconds, peak_rss_mb: run.peakMb,
      detail: `${what}; ${instructions} instructions, ${facts} facts; fuselog analyze (fresh process) ${run.seconds.toFixed(1)} s wall, ` +
        `CPU ${run.cpuSeconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB; phases (s): ${phases}; ${pointer}; non-empty outputs: ${nonEmpty}`,
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
