// fuselog graph <entry> [--format dot|svg] [--level component|function]
import { Option, type Command } from 'commander';
import { componentSummary, entryGraph, renderSvg, toDot, type GraphLevel } from '../graph.js';
import { act, dbOption, entriesNamed, formatOption, open, writeOut, type Ctx } from './shared.js';
import { CliError } from '../errors.js';

export function register(program: Command, ctx: Ctx): void {
  program
    .command('graph')
    .description('the call graph reachable from an entry point, across components, as DOT or SVG')
    .argument('<entry>', 'an entry point (pm:do_fork), its short name (do_fork) or a system call (fork)')
    .addOption(formatOption(['dot', 'svg'], 'dot'))
    .addOption(new Option('--level <level>', 'one node per function (clusters per component), or per component').choices(['component', 'function']).default('function'))
    .option('-o, --output <file>', 'write here instead of stdout; the component summary then goes to stdout')
    .addOption(dbOption())
    .action(act(ctx, async (name: string, opts: { db: string; format: 'dot' | 'svg'; level: GraphLevel; output?: string }) => {
      const a = await open(opts);
      const entries = entriesNamed(a, name);
      if (entries.length > 1) throw new CliError(`'${name}' names several entry points: ${entries.join(', ')}; pick one`);
      const g = entryGraph(a.results, entries[0]);
      const dot = toDot(g, opts.level);
      writeOut(opts.format === 'svg' ? await renderSvg(dot) : dot, opts.output);
      if (opts.output && opts.output !== '-') {
        const summary = componentSummary(g);
        process.stdout.write(`${entries[0]}: ${summary.length ? summary.join('; ') : 'stays in ' + g.entry.split(':')[0]}\n`);
      }
      return 0;
    }));
}
