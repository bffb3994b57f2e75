// The engine (src/datalog) and the extractor (extract/) as the CLI sees them: their types, and
// a loader each. Loaded on first use so that `--help` and the pure renderers do not pay for them.

export type Value = string | number;
export type Row = Value[];
export type Tables = Map<string, Row[]>;

export interface Located { file?: string; line?: number; col?: number; format(): string }

// The real modules' types; their code is loaded on first use only.
import type * as EngineNs from './datalog/index.js';
import type * as ExtractorNs from '../extract/index.js';

export type EngineModule = typeof EngineNs;
export type ExtractorModule = typeof ExtractorNs;
export type Program = EngineNs.Program;
export type Database = EngineNs.Database;
export type RelationInfo = EngineNs.RelationInfo;
export type SystemDescription = ExtractorNs.SystemDescription;
export type ComponentDescription = ExtractorNs.ComponentDescription;

let engine: Promise<EngineModule> | undefined;
let extractor: Promise<ExtractorModule> | undefined;

export function loadEngine(): Promise<EngineModule> {
  engine ??= import('./datalog/index.js');
  return engine;
}

export function loadExtractor(): Promise<ExtractorModule> {
  extractor ??= import('../extract/index.js');
  return extractor;
}

/** An error that knows its source location (DatalogError, ExtractError) — duck-typed, as the
 * two classes come from modules loaded at run time. */
export function isLocated(e: unknown): e is Error & Located {
  return e instanceof Error && typeof (e as Partial<Located>).format === 'function';
}
