// V8 settings for extraction, set by the command line around its extraction work.
//
// Why: the extractor is a short program that V8 spends longer compiling than running. On SQLite
// (14 MB of IR) TurboFan compiled for 1.2 s on its background thread, mostly inlining callees
// into the large parse functions, while the main thread, done in 0.8 s, spent half of it in
// unoptimised code waiting for that work: the first 2 MB took as long as the other 12. With a
// cumulative inlining budget of 150 bytecodes instead of V8's 920, compilation takes 0.5 s and
// the extraction a quarter less time, with no loss once warm. The young generation is kept at
// its first size: extraction streams, so nothing it makes lives long, and V8 would otherwise
// grow it to 32 MB, a third of the peak. Figures: bench/NOTES.md.
//
// Only the command line calls this (a program that embeds the library owns its V8 flags), and
// puts V8's defaults back afterwards, so the Datalog engine that runs next is untouched (with
// the small young generation it ran about 10% slower on the andersen benchmark). A flag given
// on node's command line or in NODE_OPTIONS is left as the user set it.
import v8 from 'node:v8';

interface Tuning {
  flag: string;
  value: number;
  /** V8's default (unchanged from V8 8 to 13), put back afterwards */
  standard: number;
}

export const EXTRACTION_TUNING: readonly Tuning[] = [
  { flag: 'max-inlined-bytecode-size-cumulative', value: 150, standard: 920 },
  { flag: 'semi-space-growth-factor', value: 1, standard: 2 },
];

/** Whether node was given the V8 flag (`--flag`, `--flag=N`, `--flag N`, `--flag_name`), which we never override. */
export function userSetFlag(flag: string, execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  const norm = (s: string): string => s.slice(2).replace(/=.*$/, '').replace(/_/g, '-');
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => a.startsWith('--') && norm(a) === flag);
}

let depth = 0;

/** Runs fn with V8 tuned for extraction (nested calls share one tuning). */
export function withExtractionTuning<T>(fn: () => T): T {
  const mine = EXTRACTION_TUNING.filter((t) => !userSetFlag(t.flag));
  if (depth++ === 0) for (const t of mine) v8.setFlagsFromString(`--${t.flag}=${t.value}`);
  try {
    return fn();
  } finally {
    if (--depth === 0) for (const t of mine) v8.setFlagsFromString(`--${t.flag}=${t.standard}`);
  }
}
