// fuselog's Datalog engine: the public API. compileFile/compileText parse, check and stratify
// a Soufflé-dialect program; a Database holds its relations, loads facts, evaluates, answers
// ad-hoc queries and writes outputs. The engine prints nothing and exits nothing: bad input is
// a DatalogError, anything else a bug (src/commands/eval.ts is `fuselog eval`).
import fs from 'node:fs';
import path from 'node:path';
import { Kind } from './ast.js';
import { checkProgram, checkQuery, CheckedProgram } from './check.js';
import { ClauseFn, compileClause } from './codegen.js';
import { DatalogError, didYouMean } from './errors.js';
import { EvalOptions, Evaluator } from './eval.js';
import { apiValue, formatStdout, loadFactsFile, parseField, Value, writeRelationFile } from './io.js';
import { sortedRows } from './sort.js';
import { dropScratch } from './scratch.js';
import { RelationSchema } from './ir.js';
import { tokenize } from './lexer.js';
import { parse, parseBody } from './parser.js';
import { explainClause, planClause, UNKNOWN_SIZES } from './plan.js';
import { Preprocessed, preprocess } from './preprocess.js';
import { cacheKey, readEntry, SavedProgram, writeEntry } from './progcache.js';
import { Relation } from './relation.js';
import { Runtime, SymbolTable } from './runtime.js';
import { stratify, Stratum } from './stratify.js';
import { TypeEnv } from './types.js';
import { floatToBits } from './values.js';

export { DatalogError } from './errors.js';
export type { Value } from './io.js';

export interface CompileOptions {
  includeDirs?: string[];
  defines?: Record<string, string>;
  /**
   * compileFile keeps the checked program in this folder and reads it back when it is given
   * the same rules again (progcache.ts); none when not given
   */
  cacheDir?: string;
}

export interface ColumnInfo {
  name: string;
  type: string;
  kind: 'symbol' | 'number' | 'unsigned' | 'float';
}

export interface RelationInfo {
  name: string;
  columns: ColumnInfo[];
  input: boolean;
  output: boolean;
  printsize: boolean;
  file: string;
  line: number;
}

export interface RuleProfile {
  rule: string;
  file: string;
  line: number;
  seconds: number;
  tuples: number;
}

/** A relation's rows as the engine stores them (Database.storedRows). */
export interface StoredRows {
  count: number;
  /**
   * `count` rows of the relation's arity, one after the other, one 32-bit integer a value:
   * symbol ids, numbers, unsigned numbers as their bits, floats as the bits of a 32-bit float.
   * The engine's own array, not a copy: read it before the database changes.
   */
  data: Int32Array;
  /** Symbol id -> text. */
  symbols: readonly string[];
}

export interface RunResult {
  seconds: number;
  profile: RuleProfile[];
}

/** A parsed, checked and stratified program. */
export class Program {
  /** @internal */
  readonly checked: CheckedProgram;
  /** @internal */
  readonly strata: Stratum[];
  /** Warnings (e.g. a variable that occurs once), formatted "file:line:col: warning: ...". */
  readonly warnings: string[];
  /** Source rules, by index (clauses point here). */
  readonly rules: Array<{ text: string; file: string; line: number }>;

  /** @internal */
  constructor(checked: CheckedProgram, strata: Stratum[], rules: Array<{ text: string; file: string; line: number }>, warnings?: string[]) {
    this.checked = checked;
    this.strata = strata;
    this.rules = rules;
    this.warnings = warnings ?? checked.warnings.map((w) => w.format().replace(': error: ', ': warning: '));
  }

  /** @internal The program as plain data, for the cache (progcache.ts). */
  saved(): SavedProgram {
    const index = new Map(this.checked.clauses.map((c, i) => [c, i]));
    return {
      relations: this.checked.relations,
      clauses: this.checked.clauses,
      strata: this.strata.map((s) => ({ index: s.index, relations: s.relations, clauses: s.clauses.map((c) => index.get(c)!), recursive: s.recursive })),
      rules: this.rules,
      warnings: this.warnings,
      types: this.checked.types.decls(),
    };
  }

  /** @internal A program from its saved form. */
  static restore(p: SavedProgram): Program {
    const checked: CheckedProgram = {
      relations: p.relations, byName: new Map(p.relations.map((r) => [r.name, r])), clauses: p.clauses, warnings: [], types: new TypeEnv(p.types),
    };
    const strata = p.strata.map((s) => ({ ...s, clauses: s.clauses.map((i) => p.clauses[i]) }));
    return new Program(checked, strata, p.rules, p.warnings);
  }

  relations(): RelationInfo[] {
    return this.checked.relations.map(relationInfo);
  }

  /** The evaluation plan per stratum and clause (join order, index per atom, filters). */
  explain(): string {
    const rels = this.checked.relations;
    const out: string[] = [];
    for (const s of this.strata) {
      if (s.clauses.length === 0) continue;
      const set = new Set(s.relations);
      out.push(`stratum ${s.index}${s.recursive ? ' (recursive)' : ''}: ${s.relations.map((r) => rels[r].name).join(', ')}`);
      const facts = s.clauses.filter((c) => c.body.length === 0 && c.head.args.every((a) => a.t === 'const'));
      if (facts.length) out.push(`  ${facts.length} fact${facts.length === 1 ? '' : 's'} inserted directly`);
      for (const c of s.clauses) {
        if (facts.includes(c)) continue;
        if (c.subsumptive) {
          out.push(explainClause(planClause(c, -1, UNKNOWN_SIZES), rels));
          continue;
        }
        const deltas = s.recursive ? c.body.map((l, i) => (l.t === 'atom' && !l.negated && set.has(l.rel) ? i : -1)).filter((i) => i >= 0) : [];
        for (const d of deltas.length ? deltas : [-1]) out.push(explainClause(planClause(c, d, UNKNOWN_SIZES), rels));
      }
    }
    return out.join('\n') + '\n';
  }
}

function relationInfo(r: RelationSchema): RelationInfo {
  return {
    name: r.name,
    columns: r.columns.map((c) => ({ name: c.name, type: c.type, kind: c.kind })),
    input: r.input !== null,
    output: r.outputs.length > 0,
    printsize: r.printsize,
    file: r.loc.file,
    line: r.loc.line,
  };
}

export function compileText(text: string, name: string, opts: CompileOptions = {}): Program {
  return compiled(text, name, opts).program;
}

function compiled(text: string, name: string, opts: CompileOptions): { program: Program; pre: Preprocessed } {
  const pre = preprocess(text, name, opts);
  const ast = parse(pre.tokens, pre.sources);
  const checked = checkProgram(ast);
  const strata = stratify(checked.relations, checked.clauses);
  return { program: new Program(checked, strata, ast.rules.map((r) => ({ text: r.text, file: r.loc.file, line: r.loc.line }))), pre };
}

export function compileFile(file: string, opts: CompileOptions = {}): Program {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new DatalogError(`cannot open program file ${file}`, { file });
  }
  if (opts.cacheDir === undefined) return compileText(text, file, opts);
  const key = cacheKey({ file, text, includeDirs: opts.includeDirs, defines: opts.defines });
  const saved = readEntry(opts.cacheDir, key, opts.includeDirs);
  if (saved) return Program.restore(saved);
  const { program, pre } = compiled(text, file, opts);
  writeEntry(opts.cacheDir, key, pre, program.saved());
  return program;
}

/** The relations of a program, their contents, evaluation and queries. */
export class Database {
  private readonly symbols = new SymbolTable();
  private readonly rels: Relation[];
  private readonly schemas: RelationSchema[];
  private readonly rt: Runtime;
  private evaluator: Evaluator | null = null;
  private released = false;
  private lastResult: RunResult | null = null;

  constructor(readonly program: Program) {
    this.schemas = program.checked.relations;
    this.rels = this.schemas.map((s) => new Relation(s.name, s.columns.length));
    for (const s of this.schemas) if (s.eqrel) this.rels[s.id].makeEquivalence();
    this.rt = new Runtime(this.symbols, []);
  }

  private schema(name: string): RelationSchema {
    const r = this.program.checked.byName.get(name);
    if (!r) throw new DatalogError(`undefined relation ${name}${didYouMean(name, this.program.checked.byName.keys())}`);
    return r;
  }

  private ensureNotEvaluated(what: string): void {
    if (this.evaluator) throw new DatalogError(`cannot ${what} after run(): the database is already evaluated (create a new Database)`);
  }

  /** Load every .input relation from factDir (filename=, delimiter=, headers= honoured). */
  loadInputs(factDir: string): void {
    this.ensureNotEvaluated('load inputs');
    for (const s of this.schemas) {
      if (!s.input) continue;
      const p = s.input.params;
      const name = p.filename ?? `${s.name}.facts`;
      const file = path.isAbsolute(name) ? name : path.join(factDir, name);
      loadFactsFile(file, this.rels[s.id], s, this.symbols, { delimiter: p.delimiter, headers: p.headers === 'true' });
    }
  }

  /** Add tuples to a relation: strings for symbol columns, numbers for the others. */
  addFacts(relation: string, rows: Value[][]): void {
    this.ensureNotEvaluated('add facts');
    const s = this.schema(relation);
    const rel = this.rels[s.id];
    const t = rel.tmp;
    rows.forEach((row, i) => {
      if (row.length !== s.columns.length) throw new DatalogError(`addFacts(${relation}): row ${i} has ${row.length} values, the relation has ${s.columns.length} columns`);
      row.forEach((v, c) => {
        const kind = s.columns[c].kind;
        const stored = storeValue(kind, v, this.symbols);
        if (stored === null) throw new DatalogError(`addFacts(${relation}): row ${i}, column ${s.columns[c].name}: ${JSON.stringify(v)} is not a ${kind}`);
        t[c] = stored;
      });
      rel.insert(t);
    });
  }

  /** Evaluate all strata. Errors at run time (division by zero, ...) throw DatalogError. */
  run(opts: { profile?: boolean } & EvalOptions = {}): RunResult {
    this.ensureNotEvaluated('run again');
    const t0 = performance.now();
    const ev = new Evaluator(this.schemas, this.rels, this.rt, { interpretRows: opts.interpretRows });
    this.evaluator = ev;
    for (const s of this.program.strata) {
      if (!s.clauses.length) continue;
      dropScratch(); // what a relation gave back is for the outputs' sort, not kept through a stratum
      ev.runStratum(s);
      for (const r of s.relations) this.rels[r].seal();
    }
    const seconds = (performance.now() - t0) / 1000;
    const byRule = new Map<number, RuleProfile>();
    for (const st of ev.stats.values()) {
      const r = this.program.rules[st.ruleIndex];
      const p = byRule.get(st.ruleIndex) ?? { rule: r.text, file: r.file, line: r.line, seconds: 0, tuples: 0 };
      p.seconds += st.seconds;
      p.tuples += st.tuples;
      byRule.set(st.ruleIndex, p);
    }
    const profile = [...byRule.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    this.lastResult = { seconds, profile };
    return this.lastResult;
  }

  private ensureEvaluated(): void {
    if (!this.evaluator) this.run();
  }

  size(relation: string): number {
    return this.rels[this.schema(relation).id].count;
  }

  /** All tuples, sorted (numbers numerically, symbols by code point, column by column). */
  rows(relation: string): Value[][] {
    const s = this.schema(relation);
    return this.readRows(this.rels[s.id], s);
  }

  private readRows(rel: Relation, s: RelationSchema): Value[][] {
    const kinds = s.columns.map((c) => c.kind);
    const arity = kinds.length;
    if (arity === 0) return rel.count ? [[]] : [];
    const sorted = sortedRows(rel, s, this.symbols); // radix sort of the stored values
    const rows = new Array<Value[]>(rel.count);
    for (let r = 0; r < rel.count; r++) {
      const row = new Array<Value>(arity);
      for (let c = 0; c < arity; c++) row[c] = apiValue(kinds[c], sorted[r * arity + c], this.symbols);
      rows[r] = row;
    }
    return rows;
  }

  /**
   * A relation's rows as they are stored, in no particular order: for a caller that copies
   * whole relations (a snapshot) and would waste its time on a sorted array per row. Symbols
   * are ids into `symbols`, the database's symbol table (shared by every relation: read it,
   * do not change it).
   */
  storedRows(relation: string): StoredRows {
    this.ensureEvaluated();
    const rel = this.rels[this.schema(relation).id];
    return { count: rel.count, data: rel.data.subarray(0, rel.count * rel.arity), symbols: this.symbols.strings };
  }

  /**
   * Run a query (a rule body, e.g. `reach("pm:do_fork", F), component(F, "vm")`) against the
   * evaluated database. Columns are the named variables in order of first appearance.
   */
  query(body: string): { columns: string[]; rows: Value[][] } {
    this.ensureEvaluated();
    if (this.released) throw new DatalogError('cannot query after releaseLookups(): the database only lists and writes its relations now');
    const tokens = tokenize(body, '<query>');
    const node = parseBody(tokens);
    const loc = { file: '<query>', line: 1, col: 1 };
    const { clause, head } = checkQuery(this.program.checked, node, body.trim(), loc);
    const rel = new Relation('$query', head.columns.length);
    const plan = planClause(clause, -1, {
      size: (r) => this.rels[r].count,
      fanout: (r, cols) => (cols.length === 0 ? this.rels[r].count : cols.length === this.rels[r].arity ? 1 : Math.max(1, this.rels[r].count / 100)),
    });
    const compiled = compileClause(plan, { rels: [...this.rels, rel], schemas: [...this.schemas, head], rt: this.rt });
    (compiled.fn as ClauseFn)(0, 0);
    return { columns: head.columns.map((c) => c.name), rows: this.readRows(rel, head) };
  }

  /** The plans run() used, per stratum, with iteration counts. */
  explain(): string {
    if (!this.evaluator) return this.program.explain();
    const out: string[] = [];
    for (const run of this.evaluator.runs) {
      const s = run.stratum;
      out.push(`stratum ${s.index}${s.recursive ? ` (recursive, ${run.iterations} iterations)` : ''}: ${s.relations.map((r) => `${this.schemas[r].name} [${this.rels[r].count}]`).join(', ')}`);
      for (const p of run.plans) out.push(explainClause(p, this.schemas));
    }
    return out.join('\n') + '\n';
  }

  /**
   * Write every .output relation (Soufflé's naming and format). Relations for stdout (dir '-',
   * or IO=stdout) are given in Soufflé's stdout format to `stdout`, which a caller that may
   * meet them must pass. Returns the files written.
   */
  writeOutputs(dir: string, stdout?: (text: string) => void): string[] {
    this.ensureEvaluated();
    const written: string[] = [];
    for (const s of this.schemas) {
      for (const o of s.outputs) {
        const p = o.params;
        const fmt = { delimiter: p.delimiter, headers: p.headers === 'true' };
        if (dir === '-' || p.IO === 'stdout') {
          if (!stdout) throw new DatalogError(`relation ${s.name} is written to stdout, and nothing here prints it`, o.loc);
          stdout(formatStdout(this.rels[s.id], s, this.symbols, fmt));
          continue;
        }
        const name = p.filename ?? `${s.name}.csv`;
        const file = path.isAbsolute(name) ? name : path.join(dir, name);
        writeRelationFile(file, this.rels[s.id], s, this.symbols, fmt);
        written.push(file);
      }
    }
    dropScratch();
    return written;
  }

  /** One relation into `file` as Soufflé writes an output (tab-separated, sorted, no header). */
  writeRelation(relation: string, file: string): void {
    this.ensureEvaluated();
    const s = this.schema(relation);
    writeRelationFile(file, this.rels[s.id], s, this.symbols);
  }

  /**
   * Free every relation's hash tables once the database is evaluated and will only be listed
   * and written (size(), rows(), writeOutputs()): for a command that writes the outputs and
   * ends, their memory is then there for sorting the outputs. query() is an error after this.
   */
  releaseLookups(): void {
    this.ensureEvaluated();
    for (const r of this.rels) r.dropTables();
    this.released = true;
  }

  relationInfos(): Array<RelationInfo & { size: number }> {
    return this.schemas.map((s) => ({ ...relationInfo(s), size: this.rels[s.id].count }));
  }

  /** Warnings raised while evaluating (bad substr index, bad match pattern), once each. */
  runtimeWarnings(): string[] {
    return [...this.rt.warnings];
  }
}

function storeValue(kind: Kind, v: Value, symbols: SymbolTable): number | null {
  if (kind === 'symbol') return typeof v === 'string' ? symbols.intern(v) : null;
  if (typeof v !== 'number') return typeof v === 'string' ? parseField(v, kind, symbols) : null;
  switch (kind) {
    case 'number':
      return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? v : null;
    case 'unsigned':
      return Number.isInteger(v) && v >= 0 && v <= 4294967295 ? v | 0 : null;
    default:
      return floatToBits(v);
  }
}

/** A table of rules by time spent, for --profile. */
export function formatProfile(result: RunResult): string {
  const rows = [...result.profile].sort((a, b) => b.seconds - a.seconds);
  const lines = [`total ${result.seconds.toFixed(3)} s`, '   seconds      tuples  rule'];
  for (const r of rows) {
    const text = r.rule.length > 100 ? r.rule.slice(0, 97) + '...' : r.rule;
    lines.push(`${r.seconds.toFixed(4).padStart(10)}  ${String(r.tuples).padStart(10)}  ${r.file}:${r.line}  ${text}`);
  }
  return lines.join('\n') + '\n';
}
