// fuselog extract <system.json> -o DIR | --ir FILE --component NAME -o DIR: only the facts.
// The extractor (extract/) does the work and reports through callbacks; this verb prints the
// progress, the warnings and the table of counts.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadExtractor } from '../backend.js';
import { CliError } from '../errors.js';
import { withExtractionTuning } from '../v8tuning.js';
import { act, type Ctx } from './shared.js';

export interface ExtractArgs { system?: string; ir?: string; component?: string; out: string; quiet?: boolean; keepGoing?: boolean }

/** The per-relation counts table that `fuselog extract` prints, in the order of the schema. */
export function renderCounts(relations: readonly string[], counts: Record<string, number>, bytes: number, seconds: number, out: string, warnings = 0): string {
  const width = Math.max(...relations.map((r) => r.length));
  const lines = relations.map((r) => `  ${r.padEnd(width)}  ${String(counts[r] ?? 0).padStart(9)}`);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const mb = bytes / 1e6;
  // a speed only where there was enough input to measure one
  const size = mb >= 1 ? `${mb.toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
  lines.push(`${total} facts in ${relations.length} relations from ${size} of IR in ${seconds.toFixed(2)} s` +
    `${seconds > 0 && mb >= 1 ? ` (${(mb / seconds).toFixed(1)} MB/s)` : ''} -> ${out}` +
    (warnings ? `; ${warnings} warning${warnings > 1 ? 's' : ''}` : ''));
  return lines.join('\n') + '\n';
}

/** "extracting  42%" on a terminal, for inputs large enough to wait for; cleared before other output. */
function progressDisplay(enabled: boolean): { update?: (done: number, total: number) => void; clear: () => void } {
  if (!enabled) return { clear: () => {} };
  let last = 0;
  let shown = false;
  return {
    update: (done, total) => {
      if (total < 4e6) return; // small inputs finish before a display helps
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const pct = Math.min(100, Math.floor((done / total) * 100));
      process.stderr.write(`\rextracting ${String(pct).padStart(3)}%  ${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB`);
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

const fileSize = (p: string): number => { try { return fs.statSync(p).size; } catch { return 0; } };

/** The command's work; an ExtractError (bad input) goes up to the CLI, which prints it with exit 2. */
export async function extract(args: ExtractArgs): Promise<number> {
  if (!args.system && !args.ir) throw new CliError('extract: give a system description, or --ir FILE --component NAME');
  if (args.system && args.ir) throw new CliError('extract: give a system description or --ir, not both');
  if (args.ir && !args.component) throw new CliError('extract: --ir needs --component NAME');
  const ex = await loadExtractor();
  const start = performance.now();
  const progress = progressDisplay(!args.quiet && process.stderr.isTTY === true);
  let warnings = 0;
  const opts = {
    keepGoing: args.keepGoing,
    onProgress: progress.update,
    onWarning: (e: { format(): string }) => {
      warnings++;
      progress.clear();
      process.stderr.write(`warning: ${e.format()}\n`);
    },
  };
  let counts: Record<string, number>;
  let inputs: string[];
  try {
    if (args.system) {
      const sys = ex.loadSystem(args.system);
      inputs = [...new Set(sys.components.flatMap((c) => ex.componentModules(sys, c).map((m) => m.abs)))];
      counts = withExtractionTuning(() => ex.extractSystem(sys, args.out, opts));
    } else {
      inputs = [path.resolve(args.ir!)];
      counts = withExtractionTuning(() => ex.extractModuleFile(args.ir!, args.component!, args.out, opts));
    }
  } finally {
    progress.clear();
  }
  if (!args.quiet) {
    const seconds = (performance.now() - start) / 1000;
    const bytes = inputs.reduce((n, p) => n + fileSize(p), 0);
    process.stdout.write(renderCounts(ex.RELATIONS.map((r) => r.name), counts, bytes, seconds, args.out, warnings));
  }
  return 0;
}

export function register(program: Command, ctx: Ctx): void {
  program
    .command('extract')
    .description('only extract facts: from a whole system, or from one IR file of one component')
    .argument('[system.json]', 'the system description')
    .requiredOption('-o, --out <dir>', 'the fact directory to write')
    .option('--ir <file.ll>', 'one IR file instead of a system (with --component)')
    .option('--component <name>', 'the component the IR file belongs to')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--keep-going', 'report malformed functions and go on with the rest')
    .action(act(ctx, (system: string | undefined, o: Omit<ExtractArgs, 'system'>) => extract({ ...o, system })));
}
