// The cases of bench/analysis.ts that run `fuselog analyze` on systems the bench builds itself
// with clang: the growth series of the generated system (bench/growth.ts), the precision of both
// points-to analyses (bench/precision.ts), the npm C code base (bench/npm-c.ts), and SQLite and
// the HelenOS servers end to end (bench/end-to-end.ts). Sizes and
// time limits are chosen so that all of them together take minutes on a loaded 2-core machine.
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import type { GenOptions } from './gensys.js';
import { growthSeries, type CaseResult } from './growth.js';
import { helenosEndToEnd, sqliteEndToEnd } from './end-to-end.js';
import { npmCCase } from './npm-c.js';
import { precisionCase } from './precision.js';

/** bench/run.ts stops a case after this long; each case's own limits are parts of it. */
const CASE_TIMEOUT_S = Number(process.env.FUSELOG_BENCH_TIMEOUT ?? 600);
/** Runs per size of the default analysis's series (fresh processes, median). */
const REPEAT = Number(process.env.FUSELOG_BENCH_GROWTH_REPEAT ?? 3);
const ANDERSEN = path.join(packageRoot, 'rules', 'variants', 'andersen');
const SEED = 1;

/** size, 2 size, 4 size, 8 size, in servers or in handlers per server */
function doubling(start: Required<GenOptions>, what: 'servers' | 'handlers'): Array<Required<GenOptions>> {
  return [1, 2, 4, 8].map((k) => ({ ...start, [what]: start[what] * k }));
}

// N = 4 servers of 16 handlers (about 7k instructions each with their copy of the library):
// 8N is 32 servers, about 225k instructions.
const SERVERS = doubling({ servers: 4, handlers: 16, seed: SEED }, 'servers');
// One server whose handlers double: where an inclusion-based analysis is superlinear (its sets
// grow with the code that shares the generic helpers), while servers added beside it only add
// independent fixpoints. 512 handlers are about 150k instructions in one component.
const ONE_SERVER = doubling({ servers: 1, handlers: 64, seed: SEED }, 'handlers');

// The default analysis's series repeat while the case's time allows; the andersen variant's
// series run once, each size stopped well inside the case's time, so the sizes after the first
// one that does not finish are reported as not run rather than the whole case as failed.
const SERIES = { timeoutS: Math.floor(CASE_TIMEOUT_S * 0.25), repeat: REPEAT, budgetS: CASE_TIMEOUT_S * 0.7 };
const limit = (seconds: number, share: number): number => Math.max(10, Math.floor(Math.min(seconds, CASE_TIMEOUT_S * share)));

export const SCALING_CASES: Record<string, () => Promise<CaseResult>> = {
  'analyze-sqlite': () => sqliteEndToEnd('analyze-sqlite', limit(300, 0.5)),
  'analyze-helenos-all': () => helenosEndToEnd('analyze-helenos-all', limit(300, 0.5)),
  growth: () => growthSeries('growth', SERVERS, SERIES),
  'growth-andersen': () => growthSeries('growth-andersen', SERVERS, { rules: ANDERSEN, timeoutS: limit(60, 0.2), repeat: 1 }),
  'growth-server': () => growthSeries('growth-server', ONE_SERVER, SERIES),
  'growth-server-andersen': () => growthSeries('growth-server-andersen', ONE_SERVER, { rules: ANDERSEN, timeoutS: limit(120, 0.2), repeat: 1 }),
  precision: () => precisionCase('precision', SERVERS[0]!, limit(60, 0.1)),
  'npm-libxml2': () => npmCCase('npm-libxml2', Math.floor(CASE_TIMEOUT_S * 0.4)),
};
