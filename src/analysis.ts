// `analyze`: system description -> facts (cached per component) -> the rules -> the evaluated
// database stored on disk (a snapshot of every relation, and a .csv per output relation).
// `openAnalysis` gives later commands (query, repl, explain, graph, report, policy, export)
// that stored database: they never re-run the rules, unless the rule or fact files in the
// output directory changed since (then they say so, re-run and store the new results).
import fs from 'node:fs';
import path from 'node:path';
import { withExtractionTuning } from './v8tuning.js';
import { loadEngine, loadExtractor, isLocated, type Database, type Row } from './backend.js';
import { cacheFacts, cachedFacts, componentKey, extractorVersion } from './cache.js';
import { CliError } from './errors.js';
import { memorySource, type RelationDecl, type ResultSource } from './outputs.js';
import { rulesDir } from './paths.js';
import { readResults, type Results } from './results.js';
import { assembleRules, mapRulePaths, type RuleFile } from './rulesets.js';
import { Snapshot, SnapshotError, writeSnapshot } from './store.js';
import { formatNumeric, floatToBits } from './datalog/values.js';

export interface AnalyzeOptions {
  out: string;
  /** a directory of .dl files added to the shipped rules, or replacing them by name */
  rules?: string;
  cacheDir?: string;
  /** called as each phase or component starts, for a progress display */
  onProgress?: (p: Progress) => void;
  /** extract with the command line's V8 settings (src/v8tuning.ts); the library leaves V8 alone */
  tuneV8?: boolean;
}
export interface Progress { phase: string; item?: string; done: number; total: number }

export interface ComponentRun { name: string; cached: boolean; seconds: number; facts: number }
export interface AnalysisResult {
  system: string;
  systemPath: string;
  out: string;
  components: ComponentRun[];
  extracted: number;
  fromCache: number;
  phases: Array<{ phase: string; seconds: number }>;
  rules: RuleFile[];
  /** the .csv files written, one per output relation */
  outputs: string[];
  db: Database;
  results: Results;
}

export const META_FILE = 'analysis.json';
export const MAIN_RULES = 'main.dl';
/** the evaluated database: every relation, in the binary form of src/store.ts */
export const SNAPSHOT_FILE = 'results.snapshot';

const now = (): number => performance.now() / 1000;

export async function analyze(systemPath: string, opts: AnalyzeOptions): Promise<AnalysisResult> {
  const ex = await loadExtractor();
  const phases: Array<{ phase: string; seconds: number }> = [];
  const progress = opts.onProgress ?? (() => {});
  let t = now();
  const endPhase = (phase: string): void => { const t2 = now(); phases.push({ phase, seconds: t2 - t }); t = t2; };

  if (!fs.existsSync(systemPath)) throw new CliError(`${systemPath}: no such file`);
  // bad --rules is found before the extraction, not after it
  if (opts.rules !== undefined && !(fs.existsSync(opts.rules) && fs.statSync(opts.rules).isDirectory())) throw new CliError(`--rules ${opts.rules}: no such directory`);
  progress({ phase: 'load', done: 0, total: 1 });
  const sys = ex.loadSystem(systemPath);
  const raw = JSON.parse(fs.readFileSync(systemPath, 'utf8')) as Record<string, unknown>;
  // a component's own entry (components.NAME, or user) goes into its key; the rest is shared config
  const { components: rawComponents, user: rawUser, ...config } = raw;
  const entryOf = (name: string): unknown => {
    const own = rawComponents && typeof rawComponents === 'object' ? (rawComponents as Record<string, unknown>)[name] : undefined;
    return own ?? (sys.components.find((c) => c.name === name && c.user) ? rawUser : name);
  };
  const out = path.resolve(opts.out);
  const cacheDir = path.resolve(opts.cacheDir ?? path.join(out, '.cache'));
  fs.mkdirSync(out, { recursive: true });
  // until this run completes, out/ holds no analysis that later commands could take as current
  fs.rmSync(path.join(out, META_FILE), { force: true });
  endPhase('load');

  // extract, one component at a time, from the cache where the inputs did not change: each
  // component's facts are a directory of fact files, streamed as `fuselog extract` writes them
  const parts: string[] = [];
  const runs: ComponentRun[] = [];
  const names = sys.components.map((c) => c.name);
  // the declared version, and a hash of the code in case it changed without a bump
  const version = `${ex.EXTRACTOR_VERSION}+${extractorVersion()}`;
  for (const [i, name] of names.entries()) {
    progress({ phase: 'extract', item: name, done: i, total: names.length });
    const t0 = now();
    const comp = sys.components.find((c) => c.name === name)!;
    const irFiles = ex.componentModules(sys, comp).map((m) => m.abs);
    const key = componentKey({
      component: name, irFiles, config,
      entry: entryOf(name), extractorVersion: version,
    });
    let entry = cachedFacts(cacheDir, name, key);
    const cached = entry !== undefined;
    if (!entry) {
      entry = cacheFacts(cacheDir, name, key, (dir) => {
        const run = (): Record<string, number> => ex.extractComponent(sys, name, dir);
        return opts.tuneV8 ? withExtractionTuning(run) : run();
      });
    }
    parts.push(entry.dir);
    runs.push({ name, cached, seconds: now() - t0, facts: entry.facts });
  }
  const factDir = path.join(out, 'facts');
  fs.rmSync(factDir, { recursive: true, force: true });
  ex.mergeFactDirs(parts, factDir, (sink) => ex.configFacts(sys, sink));
  // rules/main.dl includes "../facts/schema.dl": beside the facts it resolves in out/ as in the package
  fs.writeFileSync(path.join(factDir, 'schema.dl'), ex.renderSchemaDl());
  endPhase('extract');

  // the rules: shipped + user, copied into out/rules so that a re-run runs the same program
  progress({ phase: 'evaluate', done: 0, total: 1 });
  const ruleDir = path.join(out, 'rules');
  const rules = assembleRules(rulesDir, opts.rules, ruleDir);
  if (!rules.some((r) => r.name === MAIN_RULES)) throw new CliError(`no ${MAIN_RULES} among the rule files (${rules.map((r) => r.name).join(', ')})`);
  const db = await evaluate(out, (msg) => mapRulePaths(msg, ruleDir, rules), endPhase);

  progress({ phase: 'write', done: 0, total: 1 });
  const stored = storeDatabase(db, out);
  const results = readResults(stored.source);
  endPhase('write');

  const result: AnalysisResult = {
    system: sys.name, systemPath: path.resolve(systemPath), out, components: runs,
    extracted: runs.filter((r) => !r.cached).length, fromCache: runs.filter((r) => r.cached).length,
    phases, rules, outputs: stored.outputs, db, results,
  };
  writeMeta(out, {
    system: result.system, systemPath: result.systemPath, date: new Date().toISOString(),
    components: runs, phases, rules, inputs: inputStamps(out),
  });
  return result;
}

/** Compile out/rules/main.dl, load out/facts, run. Rule errors come back located, through `located`. */
async function evaluate(out: string, located: (msg: string) => string, endPhase: (phase: string) => void = () => {}): Promise<Database> {
  const engine = await loadEngine();
  const ruleDir = path.join(out, 'rules');
  const factDir = path.join(out, 'facts');
  try {
    const program = engine.compileFile(path.join(ruleDir, MAIN_RULES), { includeDirs: [ruleDir, factDir] });
    const db = new engine.Database(program);
    db.loadInputs(factDir);
    endPhase('compile');
    db.run();
    endPhase('evaluate');
    return db;
  } catch (e) {
    if (isLocated(e)) throw new CliError(located(e.format()));
    throw e;
  }
}

const declOf = (info: RelationDecl): RelationDecl => ({
  name: info.name, columns: info.columns.map((c) => ({ name: c.name, type: c.type, kind: c.kind })),
  input: info.input, output: info.output, file: info.file, line: info.line,
});

/**
 * Every relation of an evaluated database into out/: the snapshot, and `<name>.csv` for each
 * output relation (tab-separated, no header, sorted: as Soufflé writes it). Each relation's
 * rows are read from the engine once and serve both; nothing here scans one relation per row
 * of another. Returns the rows as a source for the results reader.
 */
export function storeDatabase(db: Database, out: string): { source: ResultSource; outputs: string[] } {
  const decls = db.relationInfos().map(declOf);
  const rows = new Map<string, Row[]>();
  for (const d of decls) rows.set(d.name, db.rows(d.name));
  writeSnapshot(path.join(out, SNAPSHOT_FILE), decls.map((decl) => ({ decl, rows: rows.get(decl.name)! })));
  const outputs: string[] = [];
  for (const d of decls) {
    if (!d.output) continue;
    const file = path.join(out, `${d.name}.csv`);
    writeTsv(file, d, rows.get(d.name)!);
    outputs.push(file);
  }
  return { source: memorySource(decls, (r) => rows.get(r) ?? []), outputs };
}

/** A relation as Soufflé writes an output: one tab-separated line per row, floats as %g does. */
function writeTsv(file: string, d: RelationDecl, rows: Row[]): void {
  const fmt = d.columns.map((c): ((v: Row[number]) => string) => (c.kind === 'float' ? (v) => formatNumeric('float', floatToBits(v as number)) : String));
  const fd = fs.openSync(file, 'w');
  try {
    const CHUNK = 16384;
    for (let i = 0; i < rows.length; i += CHUNK) {
      let text = '';
      for (const r of rows.slice(i, i + CHUNK)) text += (r.length ? r.map((v, k) => fmt[k]!(v)).join('\t') : '()') + '\n';
      fs.writeSync(fd, text);
    }
  } finally {
    fs.closeSync(fd);
  }
}

// [Stored results: what they were computed from]
interface Stamp { size: number; mtimeMs: number }
export interface InputStamps { rules: Record<string, Stamp>; facts: Record<string, Stamp> }

function stampDir(dir: string): Record<string, Stamp> {
  const stamps: Record<string, Stamp> = {};
  if (!fs.existsSync(dir)) return stamps;
  for (const f of fs.readdirSync(dir).sort()) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) stamps[f] = { size: st.size, mtimeMs: st.mtimeMs };
  }
  return stamps;
}

function inputStamps(out: string): InputStamps {
  return { rules: stampDir(path.join(out, 'rules')), facts: stampDir(path.join(out, 'facts')) };
}

function changed(sub: string, then: Record<string, Stamp>, now: Record<string, Stamp>): string[] {
  const names = [...new Set([...Object.keys(then), ...Object.keys(now)])].sort();
  return names.filter((f) => then[f]?.size !== now[f]?.size || then[f]?.mtimeMs !== now[f]?.mtimeMs).map((f) => `${sub}/${f}`);
}

/** Why the stored results may not be those of the rules and facts in `dir` now (empty: they are). */
function staleReasons(dir: string, meta: AnalysisMeta): string[] {
  if (!meta.inputs) return ['the stored results predate this version of fuselog'];
  const now = inputStamps(dir);
  const files = [...changed('rules', meta.inputs.rules, now.rules), ...changed('facts', meta.inputs.facts, now.facts)];
  if (!files.length) return [];
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  return [`${shown} changed since the analysis`];
}

export interface AnalysisMeta {
  system: string; systemPath: string; date: string;
  components: ComponentRun[]; phases: Array<{ phase: string; seconds: number }>;
  rules: RuleFile[];
  /** size and time of every rule and fact file the stored results were computed from */
  inputs?: InputStamps;
}

function writeMeta(dir: string, meta: AnalysisMeta): void {
  fs.writeFileSync(path.join(dir, META_FILE), JSON.stringify(meta, null, 2) + '\n');
}

/** A stored analysis: its description, its relations, and an engine over them for queries. */
export class OpenedAnalysis {
  private res: Results | undefined;
  constructor(readonly dir: string, readonly meta: AnalysisMeta, readonly store: Snapshot) {}

  /** the results the renderers take, read from the snapshot on first use */
  get results(): Results {
    this.res ??= readResults(this.store);
    return this.res;
  }

  /**
   * An engine database holding the stored rows of the relations named (all when undefined),
   * every relation declared, nothing to evaluate: queries run on it at once.
   */
  async database(relations?: Iterable<string>): Promise<Database> {
    const engine = await loadEngine();
    const decls = this.store.decls();
    const text = decls.map((d) => `.decl ${d.name}(${d.columns.map((c) => `${c.name}: ${c.kind}`).join(', ')})`).join('\n');
    const db = new engine.Database(engine.compileText(text, path.join(this.dir, SNAPSHOT_FILE)));
    const wanted = relations === undefined ? decls.map((d) => d.name) : [...new Set(relations)].filter((r) => this.store.decl(r));
    for (const r of wanted) db.addFacts(r, this.store.rows(r));
    return db;
  }
}

export interface OpenOptions {
  /** told why the stored results are not current, before the rules are re-run */
  onRerun?: (why: string) => void;
}

/** The stored results of an analysis; re-computed (and stored again) only when its rules or facts changed. */
export async function openAnalysis(dbDir: string, opts: OpenOptions = {}): Promise<OpenedAnalysis> {
  const dir = path.resolve(dbDir);
  const metaPath = path.join(dir, META_FILE);
  if (!fs.existsSync(metaPath)) {
    throw new CliError(`${dbDir}: no analysis results here (no ${META_FILE}); run \`fuselog analyze <system.json> -o ${dbDir}\` first, or pass --db DIR`);
  }
  let meta: AnalysisMeta;
  try {
    meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as AnalysisMeta;
  } catch (e) {
    throw new CliError(`${metaPath}: not an analysis description (${(e as Error).message}); run \`fuselog analyze\` again`);
  }
  const file = path.join(dir, SNAPSHOT_FILE);
  const reasons = staleReasons(dir, meta);
  if (!reasons.length) {
    try {
      return new OpenedAnalysis(dir, meta, Snapshot.open(file));
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      reasons.push(e.message);
    }
  }
  opts.onRerun?.(`${dbDir}: ${reasons.join('; ')}: re-running the rules`);
  const db = await evaluate(dir, (msg) => `${dbDir}: cannot re-run the analysis: ${msg}`);
  storeDatabase(db, dir);
  meta = { ...meta, inputs: inputStamps(dir) };
  writeMeta(dir, meta);
  return new OpenedAnalysis(dir, meta, Snapshot.open(file));
}
