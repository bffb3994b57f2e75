// Shared helpers of the extractor tests: the IR fixtures and small queries over fact tables.
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { loadSystem, componentFacts, configFacts, MemorySink } from '../extract/index.js';
import type { FactRow, SystemDescription } from '../extract/index.js';

export const FIXTURES = path.join(packageRoot, 'test', 'fixtures', 'ir');
export const FLAVOURS = ['llvm14', 'llvm19', 'llvm19-O2', 'llvm19-g'] as const;
export type Flavour = (typeof FLAVOURS)[number];

export function fixtureSystem(fl: Flavour): SystemDescription {
  return loadSystem(path.join(FIXTURES, `system-${fl}.json`));
}

/** All facts of a system (config + every component) in memory. */
export function systemFacts(sys: SystemDescription): Facts {
  const sink = new MemorySink();
  configFacts(sys, sink);
  for (const c of sys.components) componentFacts(sys, c.name, sink);
  return new Facts(sink);
}

const cache = new Map<string, Facts>();
export function fixtureFacts(fl: Flavour): Facts {
  let f = cache.get(fl);
  if (!f) {
    f = systemFacts(fixtureSystem(fl));
    cache.set(fl, f);
  }
  return f;
}

/** Fact tables with tiny query helpers. */
export class Facts {
  readonly sink: MemorySink;
  constructor(sink: MemorySink) {
    this.sink = sink;
  }

  rows(rel: string): FactRow[] {
    return this.sink.rows(rel);
  }

  /** Rows of rel matching the given column values (undefined = any). */
  where(rel: string, ...cols: Array<string | number | undefined>): FactRow[] {
    return this.rows(rel).filter((r) => cols.every((c, i) => c === undefined || r[i] === c));
  }

  has(rel: string, ...cols: Array<string | number | undefined>): boolean {
    return this.where(rel, ...cols).length > 0;
  }

  /** Instructions of a function with a given opcode. */
  instrs(fn: string, opcode?: string): string[] {
    return this.rows('instruction').filter((r) => r[1] === fn && (opcode === undefined || r[3] === opcode)).map((r) => r[0] as string);
  }

  /** The constant byte offset of the GEP defining value v (undefined if v is not a GEP result). */
  gepOffsetOf(v: string): { offset: number; base: string; vars: number } | undefined {
    const g = this.rows('gep').find((r) => r[1] === v);
    if (!g) return undefined;
    const off = this.rows('gep_const_offset').find((r) => r[0] === g[0]);
    return { offset: off ? (off[1] as number) : NaN, base: g[2] as string, vars: this.where('gep_var_index', g[0]).length };
  }
}
