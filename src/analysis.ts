// `analyze`: system description -> facts (cached per component) -> the rules -> results on disk.
// Also opens the results of an earlier analysis for query, repl, explain, graph, report, policy.
import fs from 'node:fs';
import path from 'node:path';
import { withExtractionTuning } from './v8tuning.js';
import { loadEngine, loadExtractor, isLocated, type Database, type SystemDescription } from './backend.js';
import { cacheFacts, cachedFacts, componentKey, extractorVersion } from './cache.js';
import { CliError } from './errors.js';
import { rulesDir } from './paths.js';
import { readResults, type Results } from './results.js';
import { assembleRules, mapRulePaths, type RuleFile } from './rulesets.js';

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
  outputs: string[];
  db: Database;
  results: Results;
}

export const META_FILE = 'analysis.json';
export const MAIN_RULES = 'main.dl';

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

  // the rules: shipped + user, copied into out/rules so later commands re-run the same program
  progress({ phase: 'evaluate', done: 0, total: 1 });
  const ruleDir = path.join(out, 'rules');
  const rules = assembleRules(rulesDir, opts.rules, ruleDir);
  if (!rules.some((r) => r.name === MAIN_RULES)) throw new CliError(`no ${MAIN_RULES} among the rule files (${rules.map((r) => r.name).join(', ')})`);
  const engine = await loadEngine();
  let db: Database;
  try {
    const program = engine.compileFile(path.join(ruleDir, MAIN_RULES), { includeDirs: [ruleDir, factDir] });
    db = new engine.Database(program);
    db.loadInputs(factDir);
    endPhase('compile');
    db.run();
  } catch (e) {
    if (isLocated(e)) throw new CliError(mapRulePaths(e.format(), ruleDir, rules));
    throw e;
  }
  endPhase('evaluate');

  progress({ phase: 'write', done: 0, total: 1 });
  for (const info of db.relationInfos()) if (info.output) fs.rmSync(path.join(out, `${info.name}.csv`), { force: true });
  const outputs = db.writeOutputs(out);
  const results = readResults(dbSource(db));
  endPhase('write');

  const result: AnalysisResult = {
    system: sys.name, systemPath: path.resolve(systemPath), out, components: runs,
    extracted: runs.filter((r) => !r.cached).length, fromCache: runs.filter((r) => r.cached).length,
    phases, rules, outputs, db, results,
  };
  fs.writeFileSync(path.join(out, META_FILE), JSON.stringify(metaOf(result), null, 2) + '\n');
  return result;
}

export interface AnalysisMeta {
  system: string; systemPath: string; date: string;
  components: ComponentRun[]; phases: Array<{ phase: string; seconds: number }>;
  rules: RuleFile[];
}

function metaOf(r: AnalysisResult): AnalysisMeta {
  return { system: r.system, systemPath: r.systemPath, date: new Date().toISOString(), components: r.components, phases: r.phases, rules: r.rules };
}

/** A Database as a ResultSource: relations the program does not declare read as empty. */
export function dbSource(db: Database): { has(rel: string): boolean; rows(rel: string): Array<Array<string | number>> } {
  const names = new Set(db.relationInfos().map((r) => r.name));
  return { has: (r) => names.has(r), rows: (r) => db.rows(r) };
}

export interface OpenedAnalysis { dir: string; meta: AnalysisMeta; db: Database; results: Results }

/** Re-load the program an analysis ran on its facts, so facts and every derived relation are queryable. */
export async function openAnalysis(dbDir: string): Promise<OpenedAnalysis> {
  const dir = path.resolve(dbDir);
  const metaPath = path.join(dir, META_FILE);
  if (!fs.existsSync(metaPath)) {
    throw new CliError(`${dbDir}: no analysis results here (no ${META_FILE}); run \`fuselog analyze <system.json> -o ${dbDir}\` first, or pass --db DIR`);
  }
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as AnalysisMeta;
  const engine = await loadEngine();
  const ruleDir = path.join(dir, 'rules');
  try {
    const program = engine.compileFile(path.join(ruleDir, MAIN_RULES), { includeDirs: [ruleDir, path.join(dir, 'facts')] });
    const db = new engine.Database(program);
    db.loadInputs(path.join(dir, 'facts'));
    db.run();
    return { dir, meta, db, results: readResults(dbSource(db)) };
  } catch (e) {
    if (isLocated(e)) throw new CliError(`${dbDir}: cannot re-load the analysis: ${e.format()}`);
    throw e;
  }
}
