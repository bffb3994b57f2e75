// fuselog analyze <system.json> [-o out/]
import type { Command } from 'commander';
import type { Progress } from '../analysis.js';
import { CliError } from '../errors.js';
import { classRank, type Results } from '../results.js';
import { renderSummary } from '../summary.js';
import { act, DEFAULT_DB, type Ctx } from './shared.js';

/** --fail-on takes a recovery class (as the rules rank them: class_rank) or this. */
export const FAIL_ON_UNRESOLVED = 'unresolved';

/** What --fail-on finds in the results: entry points of at least that class, or unresolved send sites. */
export function findings(res: Results, failOn: string | undefined): string[] {
  if (!failOn) return [];
  if (failOn === FAIL_ON_UNRESOLVED) {
    return res.sites.filter((s) => s.unresolved.length).map((s) => `unresolved send site ${s.site}`);
  }
  const min = classRank(res, failOn);
  if (min < 0) throw new CliError(`--fail-on ${failOn}: not a recovery class of these rules (${res.classes.join(', ')}) nor '${FAIL_ON_UNRESOLVED}'`);
  return [...res.entries.values()].filter((e) => classRank(res, e.cls) >= min).map((e) => `${e.entry} is ${e.cls}`);
}

/** A one-line progress display on a terminal; nothing when stderr is a pipe or a file. */
export function progressLine(enabled: boolean): { update(p: Progress): void; done(): void } {
  let shown = false;
  return {
    update(p) {
      if (!enabled) return;
      const item = p.item ? ` ${p.item}` : '';
      const count = p.total > 1 ? ` (${p.done + 1}/${p.total})` : '';
      process.stderr.write(`\r\x1b[K${p.phase}${item}${count} ...`);
      shown = true;
    },
    done() { if (shown) process.stderr.write('\r\x1b[K'); },
  };
}

export function register(program: Command, ctx: Ctx): void {
  program
    .command('analyze')
    .description('extract facts from a system, run the rules, write facts, results and a summary')
    .argument('<system.json>', 'the system description')
    .option('-o, --out <dir>', 'output directory', DEFAULT_DB)
    .option('--rules <dir>', 'a directory of .dl files added to the shipped rules (same name: replaces)')
    .option('--cache-dir <dir>', 'where extracted facts and the checked rules are cached (default: <out>/.cache)')
    .option('--fail-on <what>', `exit 1 if an entry point is at least this recovery class (as class_rank in rules/policy.dl ranks them), or on '${FAIL_ON_UNRESOLVED}' send sites`)
    .option('-q, --quiet', 'print nothing but errors')
    .action(act(ctx, async (system: string, opts: { out: string; rules?: string; cacheDir?: string; failOn?: string; quiet?: boolean }) => {
      const progress = progressLine(!opts.quiet && process.stderr.isTTY === true);
      let r;
      try {
        const { analyze } = await import('../analysis.js'); // loaded by the commands that use it
        r = await analyze(system, { out: opts.out, rules: opts.rules, cacheDir: opts.cacheDir, onProgress: progress.update, tuneV8: true });
      } finally {
        progress.done();
      }
      if (!opts.quiet) {
        process.stdout.write(renderSummary({ system: r.system, stats: r.stats, components: r.components, phases: r.phases }));
        process.stdout.write(`\nwrote ${r.out}/ (facts/, rules/, the evaluated database, ${r.outputs.length} result relations as .csv)\n`);
      }
      // the results are read from the database only when --fail-on asks about them
      const found = opts.failOn ? findings(r.results, opts.failOn) : [];
      if (found.length) {
        process.stderr.write(`fuselog: --fail-on ${opts.failOn}: ${found.length} finding${found.length === 1 ? '' : 's'}\n${found.map((f) => `  ${f}\n`).join('')}`);
        return 1;
      }
      return 0;
    }));
}
