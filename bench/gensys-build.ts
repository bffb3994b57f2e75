// The generated system (bench/gensys.ts) written out and compiled to IR under bench/.cache:
// bench/.cache/gensys/<servers>x<handlers>-s<seed>/ holds its sources, system.json and ir/;
// the IR of each file is cached by its text (bench/.cache/gensys/ir), so the sizes of a series
// share the servers they have in common and a second bench run compiles nothing.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, compileUnits, type Toolchain } from './clang.js';
import { generateSystem, type GenOptions } from './gensys.js';

/**
 * -O0 as the project's other IR, with value names kept; our own declarations instead of the
 * system headers (-nostdinc), and a fixed target, so the IR is the same on every machine. Each
 * source is compiled from its folder (lib/, servers/), so the header is in ../include.
 */
export const GEN_FLAGS = ['-O0', '-Xclang', '-disable-O0-optnone', '-fno-discard-value-names', '-nostdinc', '-I../include',
  '--target=x86_64-unknown-linux-gnu', '-w'];

export interface BuiltSystem { system: string; dir: string; compiled: number; label: string }

/** Written to `root`/<servers>x<handlers>-s<seed>/, the IR cached in `root`/ir. */
export function buildGenerated(opts: Required<GenOptions>, tc: Toolchain, root = path.join(CACHE, 'gensys')): BuiltSystem {
  const label = `${opts.servers}x${opts.handlers}`;
  const dir = path.join(root, `${label}-s${opts.seed}`);
  const gen = generateSystem(opts);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of gen.files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const header = gen.files.get('include/gen.h')!;
  const { compiled } = compileUnits(tc, gen.units.map((u) => ({ source: path.join(dir, u.source), ir: path.join(dir, u.ir) })),
    GEN_FLAGS, header, path.join(root, 'ir'));
  return { system: path.join(dir, 'system.json'), dir, compiled, label };
}
