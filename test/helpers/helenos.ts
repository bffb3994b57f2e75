// Where the HelenOS corpus is, and descriptions of parts of it. The corpus lies outside the
// repository (../shared/corpora/helenos/ir beside the clone that examples/helenos/system.json
// names by a relative path); a clone elsewhere finds it through FUSELOG_HELENOS_IR or a fixed
// place, or not at all, and then the tests and bench cases that need it say so and skip.
import fs from 'node:fs';
import path from 'node:path';

const FIXED = ['/work/shared/corpora/helenos/ir'];

/** The directory of the corpus's .ll files, or undefined. */
export function locateHelenosIR(exampleDir: string): string | undefined {
  const candidates = [
    process.env.FUSELOG_HELENOS_IR,
    path.resolve(exampleDir, '..', '..', '..', 'shared', 'corpora', 'helenos', 'ir'),
    ...FIXED,
  ].filter((d): d is string => !!d);
  return candidates.find((d) => fs.existsSync(path.join(d, 'libc.ll')) && fs.existsSync(path.join(d, 'vfs.ll')));
}

/**
 * A copy of the description `file` with only the given components (all of them when
 * `components` is undefined) and the libraries they link, its IR paths pointing into irDir;
 * written into outDir, returns its path.
 */
export function subsetDescription(file: string, irDir: string, components: string[] | undefined, outDir: string): string {
  const j = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    components: Record<string, { ir: string[]; libraries?: string[] }>;
    libraries: Record<string, string[]>;
  };
  const keep = new Set(components ?? Object.keys(j.components));
  const at = (p: string) => path.join(irDir, path.basename(p));
  const comps = Object.fromEntries(Object.entries(j.components).filter(([c]) => keep.has(c)).map(([c, v]) => [c, { ...v, ir: v.ir.map(at) }]));
  const used = new Set(Object.values(comps).flatMap((v) => v.libraries ?? []));
  const libs = Object.fromEntries(Object.entries(j.libraries).filter(([l]) => used.has(l)).map(([l, v]) => [l, v.map(at)]));
  const out = path.join(outDir, path.basename(file));
  fs.writeFileSync(out, JSON.stringify({ ...j, components: comps, libraries: libs }, null, 1));
  return out;
}
