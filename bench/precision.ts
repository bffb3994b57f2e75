// Precision of the points-to analyses, side by side: the shipped one-level flow (rules/pointsto.dl)
// and the inclusion-based variant (--rules rules/variants/andersen), on every flavour of
// examples/minios and on the generated system at a small size. For each, wherever it finishes:
// indirect calls resolved, average targets per resolved indirect call, writes whose pointer may
// reach more than one global (bench/precision.dl, evaluated on the analysis's own facts and
// rules), and the size of every output relation `fuselog analyze` wrote.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { findToolchain } from './clang.js';
import { buildGenerated } from './gensys-build.js';
import { outputSizes, runAnalyze } from './analyze-process.js';
import { runProcess } from './souffle.js';
import type { CaseResult } from './growth.js';

export const VARIANTS: Array<{ label: string; rules?: string }> = [
  { label: 'default' },
  { label: 'andersen', rules: path.join(packageRoot, 'rules', 'variants', 'andersen') },
];

/** Relations both points-to analyses give the rest of the rules, counted by bench/precision.dl. */
const POINTER_RELATIONS = ['pt', 'call_target', 'pt_global', 'points_to_class'];

const fuselogBin = path.join(packageRoot, 'bin', 'fuselog.js');
const precisionRules = path.join(packageRoot, 'bench', 'precision.dl');

interface Column { system: string; variant: string; failure?: string; metrics: Map<string, number>; sizes: Map<string, number>; seconds: number }

/** The counts of bench/precision.dl on an analysis's output directory (its facts and rules). */
export async function precisionCounts(out: string, timeoutS: number): Promise<Map<string, number> | string> {
  const program = path.join(out, 'precision-main.dl');
  fs.writeFileSync(program, `#include "${path.join(out, 'rules', 'main.dl')}"\n#include "${precisionRules}"\n`);
  const dest = path.join(out, 'precision');
  fs.mkdirSync(dest, { recursive: true });
  const run = await runProcess(process.execPath, [fuselogBin, 'eval', program, '-F', path.join(out, 'facts'), '-D', dest], timeoutS);
  if (run.status !== 0) return run.timedOut ? `precision rules did not finish within ${timeoutS} s` : `precision rules failed: ${run.stderr.trim().split('\n').slice(-1)[0]}`;
  const counts = new Map<string, number>();
  for (const line of fs.readFileSync(path.join(dest, 'precision.csv'), 'utf8').split('\n').filter(Boolean)) {
    const [metric, value] = line.split('\t');
    counts.set(metric!, Number(value));
  }
  return counts;
}

async function measure(system: string, label: string, timeoutS: number, outRoot: string): Promise<Column[]> {
  const columns: Column[] = [];
  for (const v of VARIANTS) {
    const out = path.join(outRoot, `${label}-${v.label}`);
    const run = await runAnalyze(system, out, { rules: v.rules, timeoutS });
    const col: Column = { system: label, variant: v.label, metrics: new Map(), sizes: new Map(), seconds: run.seconds };
    if (!run.ok) col.failure = run.failure;
    else {
      col.sizes = outputSizes(out);
      const counts = await precisionCounts(out, timeoutS);
      if (typeof counts === 'string') col.failure = counts;
      else col.metrics = counts;
    }
    fs.rmSync(out, { recursive: true, force: true });
    columns.push(col);
  }
  return columns;
}

/**
 * Every flavour of examples/minios and the generated system of `generated` size, both variants,
 * each analysis stopped after timeoutS seconds.
 */
export async function precisionCase(name: string, generated: { servers: number; handlers: number; seed: number }, timeoutS: number): Promise<CaseResult> {
  const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fuselog-precision-'));
  const t0 = performance.now();
  const columns: Column[] = [];
  const notes: string[] = [];
  try {
    for (const f of ['system.json', 'system-llvm14.json', 'system-llvm19-O2.json']) {
      columns.push(...await measure(path.join(packageRoot, 'examples', 'minios', f), `minios ${f.replace(/^system-?|\.json$/g, '') || 'llvm19'}`, timeoutS, outRoot));
    }
    const tc = findToolchain();
    if (tc) {
      const built = buildGenerated(generated, tc);
      columns.push(...await measure(built.system, `generated ${generated.servers}×${generated.handlers}`, timeoutS, outRoot));
    } else {
      notes.push('generated system skipped: neither clang-19 nor clang-14 on PATH');
    }
  } finally {
    fs.rmSync(outRoot, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  for (const c of columns) if (c.failure) notes.push(`${c.system}, ${c.variant}: ${c.failure}`);
  return { name, seconds, peak_rss_mb: NaN, detail: summaryLine(columns, notes), table: renderTable(columns, notes) };
}

const resolved = (c: Column): string => {
  const n = c.metrics.get('indirect calls');
  const r = c.metrics.get('indirect calls resolved');
  return n === undefined || r === undefined ? '—' : `${r}/${n}`;
};
const avgTargets = (c: Column): string => {
  const r = c.metrics.get('indirect calls resolved');
  const t = c.metrics.get('targets of resolved indirect calls');
  return r ? (t! / r).toFixed(2) : '—';
};

function summaryLine(columns: Column[], notes: string[]): string {
  const parts = columns.filter((c) => !c.failure).map((c) =>
    `${c.system} ${c.variant}: ${resolved(c)} indirect calls resolved, ${avgTargets(c)} targets each, ` +
    `${c.metrics.get('writes that may reach more than one global') ?? '—'} of ${c.metrics.get('writes to globals') ?? '—'} writes to globals may reach more than one`);
  return [...parts, ...notes].join('; ') + ' (table below)';
}

function renderTable(columns: Column[], notes: string[]): string {
  const head = `| | ${columns.map((c) => `${c.system}, ${c.variant}`).join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => '---:').join(' | ')} |`;
  const cell = (c: Column, v: string | number | undefined): string => {
    if (!c.failure) return String(v ?? '—');
    return c.failure.startsWith('did not finish') ? 'did not finish' : 'failed';
  };
  const rows = [
    `| indirect calls resolved | ${columns.map((c) => cell(c, resolved(c))).join(' | ')} |`,
    `| average targets per resolved indirect call | ${columns.map((c) => cell(c, avgTargets(c))).join(' | ')} |`,
    `| writes to globals that may reach more than one global | ${columns.map((c) => cell(c, c.failure ? '' : `${c.metrics.get('writes that may reach more than one global')}/${c.metrics.get('writes to globals')}`)).join(' | ')} |`,
    `| seconds (wall, fuselog analyze) | ${columns.map((c) => c.seconds.toFixed(1)).join(' | ')} |`,
    ...POINTER_RELATIONS.map((r) => `| ${r} (derived, not written) | ${columns.map((c) => cell(c, c.metrics.get(r))).join(' | ')} |`),
  ];
  const relations = [...new Set(columns.flatMap((c) => [...c.sizes.keys()]))].sort();
  for (const r of relations) rows.push(`| ${r}.csv | ${columns.map((c) => cell(c, c.sizes.get(r) ?? 0)).join(' | ')} |`);
  return [head, rule, ...rows, '', ...notes.map((n) => `- ${n}`)].join('\n').trim();
}
