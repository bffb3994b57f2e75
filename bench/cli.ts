// The commands after `analyze`: `node dist/bench/cli.js --list | --case NAME`.
// Cases:
//   query-stored        `fuselog query` on a derived relation of examples/minios, answered from
//                       the stored results; its own time (module loading included, Node's start
//                       not), median of fresh processes, and the whole process's wall time.
//   write-share-minios  the phases of `analyze` on examples/minios from an empty cache: the
//                       write phase (the .csv outputs, the stats read for the summary) and
//                       the store phase (every relation into results.snapshot) against the
//                       whole analysis.
//   write-share-x8      the same phases on eight renamed copies of the example's facts (a
//                       system 8x the size); beside them, what the engine's writeOutputs takes
//                       for the .csv files alone (the write phase before).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { analyze, storeSnapshot, writeOutputs } from '../src/analysis.js';
import { checkResultReads, readStats } from '../src/results.js';
import { compileFile, Database } from '../src/datalog/index.js';
import { packageRoot } from '../src/paths.js';

interface Result { name: string; seconds: number; peak_rss_mb: number; detail: string }

const system = path.join(packageRoot, 'examples', 'minios', 'system.json');
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;
const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-bench-cli-'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = (): number => performance.now() / 1000;
/** CPU seconds of this process (user + system): on a busy machine a steadier figure than wall time. */
const cpuNow = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };

/** One query in a fresh process: the command's own time (wall and CPU), measured inside it, and its peak. */
function queryOnce(db: string, body: string): { own: number; cpu: number; wall: number; peak: number; rows: number } {
  const cli = pathToFileURL(path.join(packageRoot, 'dist', 'src', 'cli.js')).href;
  const script = `const t0 = performance.now(), c0 = process.cpuUsage();
const { run } = await import(${JSON.stringify(cli)});
let out = '';
process.stdout.write = (s) => { out += s; return true; };
const code = await run(['query', ${JSON.stringify(body)}, '--db', ${JSON.stringify(db)}, '--format', 'tsv']);
const own = (performance.now() - t0) / 1000, c = process.cpuUsage(c0);
process.stderr.write(JSON.stringify({ code, own, cpu: (c.user + c.system) / 1e6, rows: out.split('\\n').filter(Boolean).length, peak: process.resourceUsage().maxRSS / 1024 }));`;
  const t0 = now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const wall = now() - t0;
  const m = JSON.parse(r.stderr.trim().split('\n').pop()!) as { code: number; own: number; cpu: number; rows: number; peak: number };
  if (m.code !== 0) throw new Error(`query failed: ${r.stderr}`);
  return { own: m.own, cpu: m.cpu, wall, peak: m.peak, rows: m.rows };
}

async function queryStored(): Promise<Result> {
  const out = tmp();
  await analyze(system, { out });
  const body = 'reaches("pm:do_fork", F), function_component(F, C)';
  const runs = Array.from({ length: 7 }, () => queryOnce(out, body));
  const own = runs.map((r) => r.own);
  fs.rmSync(out, { recursive: true, force: true });
  return {
    name: 'query-stored', seconds: median(own), peak_rss_mb: Math.max(...runs.map((r) => r.peak)),
    detail: `fuselog query '${body}' on examples/minios (${runs[0]!.rows} rows, a derived relation joined with another), ` +
      `answered from results.snapshot: own time median of 7 fresh processes ${median(own).toFixed(3)} s ` +
      `(${Math.min(...own).toFixed(3)}-${Math.max(...own).toFixed(3)}), of CPU ${median(runs.map((r) => r.cpu)).toFixed(3)} s; ` +
      `whole process with Node's start ${median(runs.map((r) => r.wall)).toFixed(3)} s`,
  };
}

const share = (part: number, total: number): string => `${((100 * part) / total).toFixed(1)}%`;

async function writeShareMinios(): Promise<Result> {
  const out = tmp();
  const r = await analyze(system, { out });
  fs.rmSync(out, { recursive: true, force: true });
  const total = r.phases.reduce((n, p) => n + p.seconds, 0);
  const phase = (name: string): number => r.phases.find((p) => p.phase === name)!.seconds;
  const rows = r.db.relationInfos().filter((i) => i.output).reduce((n, i) => n + i.size, 0);
  return {
    name: 'write-share-minios', seconds: phase('write'), peak_rss_mb: peakMb(),
    detail: `write ${phase('write').toFixed(3)} s = ${share(phase('write'), total)} and store ${phase('store').toFixed(3)} s = ${share(phase('store'), total)} ` +
      `of the analysis (${total.toFixed(2)} s: ${r.phases.map((p) => `${p.phase} ${p.seconds.toFixed(2)}`).join(', ')}); ` +
      `${rows} output rows, ${r.db.relationInfos().length} relations stored`,
  };
}

/**
 * The facts of `copies` systems: copy 0 is the example, copy k renames every component c to
 * c_k (and every id c:... to c_k:...) and moves its endpoint by 1000 k, so that each copy is
 * analysed on its own and the requests of every copy go to the first one's servers.
 */
function replicateFacts(from: string, to: string, copies: number): void {
  const comps = fs.readFileSync(path.join(from, 'component.facts'), 'utf8').split('\n').filter(Boolean);
  fs.mkdirSync(to, { recursive: true });
  const rename = (field: string, k: number): string => {
    for (const c of comps) {
      if (field === c) return `${c}_${k}`;
      if (field.startsWith(c + ':') || field.startsWith(c + '/')) return `${c}_${k}${field.slice(c.length)}`;
    }
    return field;
  };
  for (const f of fs.readdirSync(from)) {
    if (!f.endsWith('.facts')) { fs.copyFileSync(path.join(from, f), path.join(to, f)); continue; }
    const lines = fs.readFileSync(path.join(from, f), 'utf8').split('\n').filter(Boolean);
    const out = new Set(lines);
    for (let k = 1; k < copies; k++) {
      for (const line of lines) {
        const fields = line.split('\t').map((x) => rename(x, k));
        if (f === 'component_endpoint.facts') fields[1] = String(Number(fields[1]) + 1000 * k);
        out.add(fields.join('\t'));
      }
    }
    fs.writeFileSync(path.join(to, f), [...out].join('\n') + (out.size ? '\n' : ''));
  }
}

async function writeShareScaled(copies: number): Promise<Result> {
  const base = tmp();
  await analyze(system, { out: base });
  const facts = path.join(base, `facts-x${copies}`);
  replicateFacts(path.join(base, 'facts'), facts, copies);
  const ruleDir = path.join(base, 'rules');
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let t = now();
  let c = cpuNow();
  const lap = (phase: string): void => { wall[phase] = now() - t; cpu[phase] = cpuNow() - c; t = now(); c = cpuNow(); };
  const db = new Database(compileFile(path.join(ruleDir, 'main.dl'), { includeDirs: [ruleDir, facts] }));
  db.loadInputs(facts);
  lap('load');
  db.run();
  lap('evaluate');
  const out = path.join(base, 'out');
  fs.mkdirSync(out);
  fs.renameSync(facts, path.join(out, 'facts')); // the snapshot refers to the fact files beside it
  lap('setup');
  const written = writeOutputs(db, out);
  checkResultReads(written.source); // what analyze does before its summary
  readStats(written.source);
  lap('write');
  storeSnapshot(db, out);
  lap('store');
  db.writeOutputs(path.join(base, 'engine-csv'));
  lap('engine');
  const infos = db.relationInfos();
  const outRows = infos.filter((i) => i.output).reduce((n, i) => n + i.size, 0);
  const allRows = infos.reduce((n, i) => n + i.size, 0);
  fs.rmSync(base, { recursive: true, force: true });
  const phases = ['load', 'evaluate', 'write', 'store'];
  const of = (m: Record<string, number>, p: string): string => `${m[p]!.toFixed(2)} s = ${share(m[p]!, phases.reduce((n, q) => n + m[q]!, 0))}`;
  return {
    name: `write-share-x${copies}`, seconds: wall.write!, peak_rss_mb: peakMb(),
    detail: `examples/minios facts x${copies}, ${outRows} output rows, ${allRows} rows in all: write ${of(wall, 'write')} and store ${of(wall, 'store')} ` +
      `of the analysis without extraction (compile+load ${wall.load!.toFixed(2)} s, evaluate ${wall.evaluate!.toFixed(2)} s); ` +
      `in CPU time write ${of(cpu, 'write')}, store ${of(cpu, 'store')} (evaluate ${cpu.evaluate!.toFixed(2)} s); ` +
      `the engine's writeOutputs alone (the .csv files, the write phase before) ${wall.engine!.toFixed(2)} s, ${cpu.engine!.toFixed(2)} s of CPU`,
  };
}

const CASES: Record<string, () => Promise<Result>> = {
  'query-stored': queryStored,
  'write-share-minios': writeShareMinios,
  'write-share-x8': () => writeShareScaled(8),
};

const args = process.argv.slice(2);
if (args[0] === '--list') {
  process.stdout.write(Object.keys(CASES).join('\n') + '\n');
} else if (args[0] === '--case' && args[1] && CASES[args[1]]) {
  process.stdout.write(JSON.stringify(await CASES[args[1]]!()) + '\n');
} else {
  process.stderr.write('usage: node dist/bench/cli.js --list | --case NAME\n');
  process.exitCode = 2;
}
