// clang for the benches that build their own IR (the generated system, the npm C code base):
// clang-19, else clang-14 (the two versions the project's IR comes from), the llvm-link of the
// same version, and compilation to textual IR cached under bench/.cache by the hash of what
// went in (source text, headers, flags, compiler), so sizes and runs share their IR.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';

export const CACHE = path.join(packageRoot, 'bench', '.cache');

export interface Toolchain { clang: string; version: number; llvmLink?: string }

function runs(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

/** clang-19 or clang-14 (with its llvm-link when there is one), or undefined. */
export function findToolchain(): Toolchain | undefined {
  for (const version of [19, 14]) {
    const clang = `clang-${version}`;
    if (!runs(clang)) continue;
    const link = `llvm-link-${version}`;
    return { clang, version, llvmLink: runs(link) ? link : undefined };
  }
  return undefined;
}

export interface CompileUnit {
  /** the C file (compiled from its folder: include paths in the flags are relative to it) */
  source: string;
  /** where the IR goes */
  ir: string;
}

/**
 * Compile each unit to textual IR (`-S -emit-llvm`), reusing the cached IR of the same inputs:
 * `key` must name everything the output depends on besides the source's own text (headers,
 * defines). Returns how many files were compiled (not taken from the cache) and the cached IR
 * of every unit (named by its inputs' hash), or throws with clang's first error line.
 */
export function compileUnits(tc: Toolchain, units: CompileUnit[], flags: string[], key: string, cacheDir: string): { compiled: number; cached: string[] } {
  fs.mkdirSync(cacheDir, { recursive: true });
  let compiled = 0;
  const all: string[] = [];
  for (const u of units) {
    const hash = crypto.createHash('sha256').update(tc.clang).update('\0').update(flags.join('\0')).update('\0').update(key)
      .update('\0').update(fs.readFileSync(u.source)).digest('hex').slice(0, 24);
    const cached = path.join(cacheDir, `${path.basename(u.source, '.c')}-${hash}.ll`);
    if (!fs.existsSync(cached)) {
      // from the source's folder, by its base name: no path of this machine goes into the IR
      const r = spawnSync(tc.clang, [...flags, '-S', '-emit-llvm', path.basename(u.source), '-o', `${cached}.tmp`], { encoding: 'utf8', cwd: path.dirname(u.source) });
      if (r.status !== 0) throw new Error(`${tc.clang} failed on ${u.source}: ${(r.stderr || String(r.error)).split('\n').find((l) => l.includes('error')) ?? r.stderr}`);
      fs.renameSync(`${cached}.tmp`, cached);
      compiled++;
    }
    fs.mkdirSync(path.dirname(u.ir), { recursive: true });
    fs.copyFileSync(cached, u.ir);
    all.push(cached);
  }
  return { compiled, cached: all };
}

/** llvm-link the IR files into one textual module (out), or throw with its first error line. */
export function linkModules(tc: Toolchain, inputs: string[], out: string): void {
  if (!tc.llvmLink) throw new Error(`no llvm-link-${tc.version} on PATH`);
  const r = spawnSync(tc.llvmLink, ['-S', ...inputs, '-o', `${out}.tmp`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tc.llvmLink} failed: ${(r.stderr || String(r.error)).split('\n')[0]}`);
  fs.renameSync(`${out}.tmp`, out);
}

/** Hash of the files' texts, for compileUnits' key (e.g. every header a source may include). */
export function hashFiles(files: string[]): string {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) h.update(f).update('\0').update(fs.readFileSync(f));
  return h.digest('hex');
}
