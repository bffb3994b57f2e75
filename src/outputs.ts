// The output schema: the rules' `.decl` of each relation is the one description of its columns.
// A module that reads results declares, once, which relation and which columns it reads
// (`reads(...)`); rows come back as objects keyed by those column names, typed from the kinds
// given. Nothing outside this file indexes a result row by position.
//
// Every declaration lands in a registry, so a test can check all of them against the shipped
// rules (relation declared, .output or .input, columns present with the same kind), and a
// command run on rules that lack what it reads stops with a message naming it.
import type { Row, Value } from './backend.js';
import { CliError } from './errors.js';

export type ColumnKind = 'symbol' | 'number' | 'unsigned' | 'float';
export interface ColumnDecl { name: string; type: string; kind: ColumnKind }
/** A relation as the rules declare it (what the engine's RelationInfo carries). */
export interface RelationDecl {
  name: string;
  columns: ColumnDecl[];
  input: boolean;
  output: boolean;
  file: string;
  line: number;
}

export type Columns = Readonly<Record<string, ColumnKind>>;
/** What one module reads of one relation: the relation's name and the columns it uses, by name. */
export interface Reads<C extends Columns = Columns> {
  readonly relation: string;
  readonly columns: C;
  /** the module that reads it, for messages */
  readonly by: string;
}
type ValueOf<K extends ColumnKind> = K extends 'symbol' ? string : number;
export type RowOf<R extends Reads> = { -readonly [K in keyof R['columns']]: ValueOf<R['columns'][K]> };

const registry: Reads[] = [];

/** Declare a read (at module level, so that loading the module registers it). */
export function reads<const C extends Columns>(by: string, relation: string, columns: C): Reads<C> {
  const r: Reads<C> = { relation, columns, by };
  registry.push(r);
  return r;
}

/** Every read declared by the modules loaded so far. */
export function declaredReads(): readonly Reads[] {
  return registry;
}

/** Where rows come from: a stored analysis, an engine database, or tables in memory (tests). */
export interface ResultSource {
  /** the relation's declaration, or undefined when the rules do not declare it */
  decl(relation: string): RelationDecl | undefined;
  /** its rows, values in the order of the declared columns */
  rows(relation: string): Row[];
}

const isNumeric = (k: ColumnKind): boolean => k !== 'symbol';

/** Why the declaration does not serve the read, or undefined when it does. */
export function readProblem(decl: RelationDecl | undefined, r: Reads): string | undefined {
  const wanted = `${r.relation}(${Object.keys(r.columns).join(', ')})`;
  if (!decl) return `the rules declare no relation ${r.relation}; ${r.by} reads ${wanted}`;
  if (!decl.output && !decl.input) return `${r.relation} (${decl.file}:${decl.line}) is neither .output nor .input; ${r.by} reads only the rules' outputs and the facts`;
  for (const [name, kind] of Object.entries(r.columns)) {
    const col = decl.columns.find((c) => c.name === name);
    const declared = `.decl ${decl.name}(${decl.columns.map((c) => `${c.name}: ${c.type}`).join(', ')}) at ${decl.file}:${decl.line}`;
    if (!col) return `${r.by} reads column '${name}' of ${r.relation}, which the rules do not declare (${declared})`;
    if (isNumeric(col.kind) !== isNumeric(kind)) return `${r.by} reads column '${name}' of ${r.relation} as a ${kind}, the rules declare a ${col.kind} (${declared})`;
  }
  return undefined;
}

/** The rows of a relation as objects with the columns the read names. */
export function read<R extends Reads>(src: ResultSource, r: R): Array<RowOf<R>> {
  const decl = src.decl(r.relation);
  const problem = readProblem(decl, r);
  if (problem) throw new CliError(problem);
  const names = Object.keys(r.columns);
  const at = names.map((n) => decl!.columns.findIndex((c) => c.name === n));
  const rows = src.rows(r.relation);
  const out = new Array<RowOf<R>>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const o: Record<string, Value> = {};
    for (let k = 0; k < names.length; k++) o[names[k]!] = row[at[k]!]!;
    out[i] = o as RowOf<R>;
  }
  return out;
}

/** A source over declarations and rows held in memory. */
export function memorySource(decls: Iterable<RelationDecl>, rows: (relation: string) => Row[]): ResultSource {
  const byName = new Map([...decls].map((d) => [d.name, d]));
  return { decl: (r) => byName.get(r), rows: (r) => (byName.has(r) ? rows(r) : []) };
}
