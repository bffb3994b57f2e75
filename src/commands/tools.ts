// The thin wrappers: fuselog eval, fuselog schema.
import type { Command } from 'commander';
import { loadEngine, loadExtractor } from '../backend.js';
import { act, writeOut, type Ctx } from './shared.js';

/** The wrapped command prints its own message: its failure on bad input is fuselog's 2; an internal error stays 70. */
const asUsage = (code: number): number => (code === 0 || code === 70 ? code : 2);

export function register(program: Command, ctx: Ctx): void {
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
