// The thin wrappers: fuselog extract, fuselog schema (fuselog eval: eval.ts).
import type { Command } from 'commander';
import { loadExtractor } from '../backend.js';
import { CliError } from '../errors.js';
import { withExtractionTuning } from '../v8tuning.js';
import { act, writeOut, type Ctx } from './shared.js';

/** The wrapped commands fail only on bad input (their message printed already): fuselog's code for that is 2. */
const asUsage = (code: number): number => (code === 0 ? 0 : 2);

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
    .action(act(ctx, async (system: string | undefined, o: { out: string; ir?: string; component?: string; quiet?: boolean; keepGoing?: boolean }) => {
      if (!system && !o.ir) throw new CliError('extract: give a system description, or --ir FILE --component NAME');
      if (system && o.ir) throw new CliError('extract: give a system description or --ir, not both');
      if (o.ir && !o.component) throw new CliError('extract: --ir needs --component NAME');
      const ex = await loadExtractor();
      return asUsage(withExtractionTuning(() => ex.extractCommand({ system, ir: o.ir, component: o.component, out: o.out, quiet: o.quiet, keepGoing: o.keepGoing })));
    }));

  program
    .command('schema')
    .description('print the fact schema (facts/schema.dl): every input relation with its columns')
    .option('-o, --output <file>', 'write here instead of stdout')
    .action(act(ctx, async (o: { output?: string }) => {
      const ex = await loadExtractor();
      writeOut(ex.renderSchemaDl(), o.output);
      return 0;
    }));
}
