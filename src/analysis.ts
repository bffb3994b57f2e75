// `analyze`: system description -> facts (cached per component) -> the rules -> the evaluated
// database stored on disk (a snapshot of every relation, and a .csv per output relation).
// `openAnalysis` gives later commands (query, repl, explain, graph, report, policy, export)
// that stored database: they never re-run the rules, unless the rule or fact files in the
// output directory changed since (then they say so, re-run and store the new results).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withExtractionTuning } from './v8tuning.js';
import { loadEngine, loadExtractor, isLocated, type Database, type Row } from './backend.js';
import { cacheFacts, cachedFacts, componentKey, extractorVersion } from './cache.js';
import { CliError } from './errors.js';
import { memorySource, type RelationDecl, type ResultSource } from './outputs.js';
import { rulesDir } from './paths.js';
import { checkResultReads, readResults, readStats, type Results } from './results.js';
import { assembleRules, mapRulePaths, type RuleFile } from './rulesets.js';
import { Snapshot, SnapshotError, writeSnapshot, type StoredRelation } from './store.js';

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
  /** the `stats` relation, all the summary prints */
  stats: Map<string, number>;
  /** the results as plain data, read from the database when first asked (the summary does not need them) */
  readonly results: Results;
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
  const db = await evaluate(out, (msg) => mapRulePaths(msg, ruleDir, rules), endPhase, path.join(cacheDir, 'rules'));

  progress({ phase: 'write', done: 0, total: 1 });
  const written = writeOutputs(db, out);
  const meta = (): AnalysisMeta => ({
    system: sys.name, systemPath: path.resolve(systemPath), date: new Date().toISOString(),
    components: runs, phases, rules, inputs: inputStamps(out),
  });
  let stats: Map<string, number> | undefined;
  let unreadable: unknown;
  try {
    checkResultReads(written.source);
    stats = readStats(written.source);
  } catch (e) {
    unreadable = e; // stored all the same: should the rules lack what the results reader needs, the analysis can still be queried
  }
  endPhase('write');
  progress({ phase: 'store', done: 0, total: 1 });
  storeSnapshot(db, out);
  endPhase('store');
  writeMeta(out, meta());
  if (!stats) throw unreadable;
  let results: Results | undefined;
  return {
    system: sys.name, systemPath: path.resolve(systemPath), out, components: runs,
    extracted: runs.filter((r) => !r.cached).length, fromCache: runs.filter((r) => r.cached).length,
    phases, rules, outputs: written.outputs, db, stats,
    get results() { return (results ??= readResults(written.source)); },
  };
}

/** Compile out/rules/main.dl (the checked program kept in `ruleCache` for the next run), load out/facts, run. Rule errors come back located, through `located`. */
async function evaluate(out: string, located: (msg: string) => string, endPhase: (phase: string) => void = () => {}, ruleCache?: string): Promise<Database> {
  const engine = await loadEngine();
  const ruleDir = path.join(out, 'rules');
  const factDir = path.join(out, 'facts');
  try {
    const program = engine.compileFile(path.join(ruleDir, MAIN_RULES), { includeDirs: [ruleDir, factDir], cacheDir: ruleCache });
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
 * The results of an evaluated database into out/: `<name>.csv` for each output relation
 * (tab-separated, no header, sorted: as Soufflé writes it), written by the engine from its own
 * tables. Returns a source for the results reader, which reads each relation's rows from the
 * engine once, when first asked.
 */
export function writeOutputs(db: Database, out: string): { source: ResultSource; outputs: string[] } {
  const decls = db.relationInfos().map(declOf);
  const rows = new Map<string, Row[]>();
  const rowsOf = (r: string): Row[] => {
    let got = rows.get(r);
    if (!got) rows.set(r, (got = db.rows(r)));
    return got;
  };
  const outputs: string[] = [];
  for (const d of decls) {
    if (!d.output) continue;
    const file = path.join(out, `${d.name}.csv`);
    db.writeRelation(d.name, file);
    outputs.push(file);
  }
  return { source: memorySource(decls, rowsOf), outputs };
}

/**
 * Every relation into out/results.snapshot: an input relation whose rows are those of its fact
 * file by reference to the file, every other one by the engine's columns (no strings made,
 * nothing sorted).
 */
export function storeSnapshot(db: Database, out: string): void {
  const factDir = path.join(out, 'facts');
  function* relations(): Generator<StoredRelation> {
    for (const info of db.relationInfos()) {
      const decl = declOf(info);
      const facts = path.join(factDir, `${decl.name}.facts`);
      if (decl.input && info.size === lineCount(facts)) yield { decl, file: path.relative(out, facts), count: info.size };
      else yield { decl, ...db.storedRows(decl.name) };
    }
  }
  writeSnapshot(path.join(out, SNAPSHOT_FILE), relations());
}

/** Lines of a file (-1 when it cannot be read): an input relation holds these rows unless it has duplicates or rules add to it. */
function lineCount(file: string): number {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return -1;
  }
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return bytes.length && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

// [Stored results: what they were computed from] Each rule and fact file's size, time and
// content hash. A command compares sizes and times, and hashes only a file whose time moved
// (a copy of the directory keeps contents, not always times).
interface Stamp { size: number; mtimeMs: number; sha1: string }
export interface InputStamps { rules: Record<string, Stamp>; facts: Record<string, Stamp> }

const sha1 = (file: string): string => crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');

function stampDir(dir: string): Record<string, Stamp> {
  const stamps: Record<string, Stamp> = {};
  if (!fs.existsSync(dir)) return stamps;
  for (const f of fs.readdirSync(dir).sort()) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) stamps[f] = { size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(path.join(dir, f)) };
  }
  return stamps;
}

function inputStamps(out: string): InputStamps {
  return { rules: stampDir(path.join(out, 'rules')), facts: stampDir(path.join(out, 'facts')) };
}

/** The files of dir/sub that differ from their stamps (added, removed, or other content), and whether any time moved. */
function changedFiles(dir: string, sub: string, then: Record<string, Stamp>): { changed: string[]; moved: boolean } {
  const d = path.join(dir, sub);
  const now = fs.existsSync(d) ? fs.readdirSync(d).filter((f) => fs.statSync(path.join(d, f)).isFile()) : [];
  const changed: string[] = [];
  let moved = false;
  for (const f of [...new Set([...Object.keys(then), ...now])].sort()) {
    const was = then[f];
    const st = now.includes(f) ? fs.statSync(path.join(d, f)) : undefined;
    if (!was || !st || st.size !== was.size) { changed.push(`${sub}/${f}`); continue; }
    if (st.mtimeMs === was.mtimeMs) continue;
    moved = true;
    if (sha1(path.join(d, f)) !== was.sha1) changed.push(`${sub}/${f}`);
  }
  return { changed, moved };
}

/** Why the stored results may not be those of the rules and facts in `dir` now (empty: they are). */
function staleness(dir: string, meta: AnalysisMeta): { reasons: string[]; moved: boolean } {
  if (!meta.inputs) return { reasons: ['the stored results predate this version of fuselog'], moved: false };
  const rules = changedFiles(dir, 'rules', meta.inputs.rules);
  const facts = changedFiles(dir, 'facts', meta.inputs.facts);
  const files = [...rules.changed, ...facts.changed];
  const moved = rules.moved || facts.moved;
  if (!files.length) return { reasons: [], moved };
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  return { reasons: [`${shown} changed since the analysis`], moved };
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

/** The same, where a reader may not be allowed to write (the stamps are only a shortcut). */
function tryWriteMeta(dir: string, meta: AnalysisMeta): void {
  try {
    writeMeta(dir, meta);
  } catch {
    // read-only results: the next command hashes again
  }
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
   * An engine database over the stored rows, nothing left to evaluate: queries run on it at
   * once. It declares and holds the relations named (all when undefined).
   */
  async database(relations?: Iterable<string>): Promise<Database> {
    const engine = await loadEngine();
    const decls = relations === undefined ? this.store.decls()
      : [...new Set(relations)].flatMap((r) => this.store.decl(r) ?? []);
    const text = decls.map((d) => `.decl ${d.name}(${d.columns.map((c) => `${c.name}: ${c.kind}`).join(', ')})`).join('\n');
    const db = new engine.Database(engine.compileText(text, path.join(this.dir, SNAPSHOT_FILE)));
    for (const d of decls) db.addFacts(d.name, this.store.rows(d.name));
    return db;
  }

  /**
   * Run a query (a rule body) on the stored relations it names. A query the engine rejects is
   * checked again against every relation, so that its message can name the nearest one.
   */
  async query(body: string): Promise<{ columns: string[]; rows: Row[] }> {
    const names = [...new Set([...body.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1]!))];
    try {
      return (await this.database(names)).query(body);
    } catch (e) {
      if (!isLocated(e)) throw e;
      return (await this.database()).query(body);
    }
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
  const { reasons, moved } = staleness(dir, meta);
  if (!reasons.length) {
    try {
      const opened = new OpenedAnalysis(dir, meta, Snapshot.open(file));
      // same contents, new times (a copied directory): new stamps spare the next command the hashing
      if (moved) tryWriteMeta(dir, { ...meta, inputs: inputStamps(dir) });
      return opened;
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      reasons.push(e.message);
    }
  }
  opts.onRerun?.(`${dbDir}: ${reasons.join('; ')}: re-running the rules`);
  const db = await evaluate(dir, (msg) => `${dbDir}: cannot re-run the analysis: ${msg}`, undefined, path.join(dir, '.cache', 'rules'));
  writeOutputs(db, dir);
  storeSnapshot(db, dir);
  meta = { ...meta, inputs: inputStamps(dir) };
  writeMeta(dir, meta);
  return new OpenedAnalysis(dir, meta, Snapshot.open(file));
}
