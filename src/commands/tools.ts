// The thin wrappers: fuselog extract, fuselog eval, fuselog schema.
import type { Command } from 'commander';
import { loadEngine, loadExtractor } from '../backend.js';
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
    .command('eval')
    .description("only run a Datalog program (Soufflé's flags): facts from -F, outputs to -D")
    .argument('<program.dl>', 'the program')
    .option('-F, --fact-dir <dir>', 'where the .facts of .input relations are', '.')
    .option('-D, --output-dir <dir>', 'where the .csv of .output relations go ("-": stdout)', '.')
    .option('-I, --include-dir <dir>', 'a directory searched by #include (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--profile', 'print the time and size of each rule and relation')
    .option('--show-plan', 'print the evaluation plan (strata, join orders) and stop')
    .action(act(ctx, async (prog: string, o: { factDir: string; outputDir: string; includeDir: string[]; profile?: boolean; showPlan?: boolean }) => {
      const engine = await loadEngine();
      return asUsage(engine.evalCommand({ program: prog, factDir: o.factDir, outputDir: o.outputDir, includeDirs: o.includeDir, profile: o.profile, showPlan: o.showPlan }));
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
