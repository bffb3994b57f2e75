// The engine (src/datalog) and the extractor (extract/) as the CLI sees them: the contract
// types, and one loader. Loaded dynamically so the CLI's pure parts (tables, graphs, reports)
// stay usable and testable on their own, and `--help` does not pay for loading the engine.

export type Value = string | number;
export type Row = Value[];
export type Tables = Map<string, Row[]>;

export interface Located { file?: string; line?: number; col?: number; format(): string }

export interface ColumnInfo { name: string; type: string; kind?: string }
export interface RelationInfo {
  name: string;
  columns: ColumnInfo[];
  input: boolean;
  output: boolean;
  printsize?: boolean;
  file?: string;
  line?: number;
}

export interface Program {
  relations(): RelationInfo[];
  explain(): string;
}

export interface Database {
  loadInputs(factDir: string): void;
  addFacts(rel: string, rows: Row[]): void;
  run(opts?: { profile?: boolean }): { seconds: number; profile?: unknown };
  size(rel: string): number;
  rows(rel: string): Row[];
  query(body: string): { columns: string[]; rows: Row[] };
  writeOutputs(dir: string): string[];
  relationInfos(): Array<RelationInfo & { size: number }>;
}

export interface EngineModule {
  DatalogError: new (...args: never[]) => Error & Located;
  compileFile(path: string, opts?: { includeDirs?: string[]; defines?: Record<string, string> }): Program;
  compileText(text: string, name: string, opts?: { includeDirs?: string[] }): Program;
  Database: new (p: Program) => Database;
  evalCommand(args: {
    program: string; factDir?: string; outputDir?: string; includeDirs?: string[];
    profile?: boolean; showPlan?: boolean;
  }): number;
}

export interface FactSink { [k: string]: unknown }

export interface ComponentDescription {
  name: string;
  endpoint?: number;
  ir: string[];
  libraries?: string[];
  [k: string]: unknown;
}

export interface SystemDescription {
  name: string;
  /** where system.json lies (the extractor may or may not set it) */
  path?: string;
  components: ComponentDescription[];
  [k: string]: unknown;
}

export interface ExtractorModule {
  ExtractError: new (...args: never[]) => Error & Located;
  loadSystem(path: string): SystemDescription;
  componentFacts(sys: SystemDescription, component: string, sink: FactSink, opts?: Record<string, unknown>): void;
  configFacts(sys: SystemDescription, sink: FactSink): void;
  MemorySink: new () => FactSink & { tables: Tables };
  writeFactDir(dir: string, tables: Tables): Record<string, number>;
  extractCommand(args: {
    system?: string; ir?: string; component?: string; out: string; quiet?: boolean; keepGoing?: boolean;
  }): number;
  renderSchemaDl(): string;
  /** the IR modules a component reads, its own and its libraries' (absolute paths) */
  componentModules?(sys: SystemDescription, comp: ComponentDescription): Array<{ abs: string }>;
  EXTRACTOR_VERSION?: string;
}

// Specifiers kept in variables: the modules are written by other branches, and the compiler
// must not require them to exist to build the CLI.
const ENGINE = './datalog/index.js';
const EXTRACTOR = '../extract/index.js';

let engine: Promise<EngineModule> | undefined;
let extractor: Promise<ExtractorModule> | undefined;

export function loadEngine(): Promise<EngineModule> {
  engine ??= import(ENGINE) as Promise<EngineModule>;
  return engine;
}

export function loadExtractor(): Promise<ExtractorModule> {
  extractor ??= import(EXTRACTOR) as Promise<ExtractorModule>;
  return extractor;
}

/** An error that knows its source location (DatalogError, ExtractError) — duck-typed, as the
 * two classes come from modules loaded at run time. */
export function isLocated(e: unknown): e is Error & Located {
  return e instanceof Error && typeof (e as Partial<Located>).format === 'function';
}
