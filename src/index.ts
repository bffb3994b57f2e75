// fuselog as a library: the same analysis and renderers the CLI uses.
//
//   import { analyze } from 'fuselog';
//   const r = await analyze('examples/minios/system.json', { out: 'fuselog-out' });
//   r.db.query('recovery_class(E, "global")');
export { analyze, openAnalysis, type AnalyzeOptions, type AnalysisResult, type OpenedAnalysis, type ComponentRun, type Progress } from './analysis.js';
export { loadEngine, loadExtractor, type Row, type Value } from './backend.js';
// the engine and the extractor, for code that wants the pieces
export { compileFile, compileText, Database, Program, DatalogError, evalCommand, type RelationInfo } from './datalog/index.js';
export { loadSystem, componentFacts, configFacts, extractSystem, extractModuleFile, MemorySink, writeFactDir, renderSchemaDl, ExtractError, type SystemDescription } from '../extract/index.js';
export { extract, renderCounts } from './commands/extract.js';
export { readResults, resolveEntry, type Results, type ResultSource, type EntryPoint, type Request, type SendSite } from './results.js';
export { read, reads, declaredReads, memorySource, type RelationDecl, type Reads } from './outputs.js';
export { Snapshot, writeSnapshot } from './store.js';
export { explainEntry, renderExplanation, shortestPath } from './explain.js';
export { entryGraph, toDot, renderSvg, componentSummary, type GraphLevel } from './graph.js';
export { buildReport, renderHtml, renderMarkdown } from './report.js';
export { buildPolicy, policyJson, policyC } from './policy.js';
export { exportCsv, exportJsonLines, exportSqlite, exportSouffle, relationData } from './export.js';
export { CliError } from './errors.js';
export { main } from './cli.js';
