// fuselog eval: run a Datalog program with Soufflé's flags (-F facts in, -D outputs out, "-D -"
// prints to stdout). The engine (src/datalog) prints nothing and exits nothing: this command
// prints its warnings, outputs and --profile/--show-plan text, and turns its errors into exit
// codes: 2 for bad input (a DatalogError: syntax, types, facts, a run-time error of a rule),
// 70 for an internal error of ours (one line, the stack trace only with FUSELOG_DEBUG=1).
import type { Command } from 'commander';
import { loadEngine, type EngineModule } from '../backend.js';
import { userCacheDir } from '../paths.js';
import { act, type Ctx } from './shared.js';

export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 70;

export interface EvalArgs {
  program: string;
  factDir?: string;
  outputDir?: string;
  includeDirs?: string[];
  profile?: boolean;
  showPlan?: boolean;
  /** where the checked program is kept for the next run; none: compiled every time */
  cacheDir?: string;
}

/** Where the command's text goes (tests capture it). */
export interface EvalIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_IO: EvalIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Run the command; returns its exit code. */
export async function evalCommand(args: EvalArgs, io: EvalIo = PROCESS_IO): Promise<number> {
  return runEval(await loadEngine(), args, io);
}

export function runEval(engine: EngineModule, args: EvalArgs, io: EvalIo = PROCESS_IO): number {
  const err = (s: string) => io.stderr(s.endsWith('\n') ? s : s + '\n');
  try {
    const program = engine.compileFile(args.program, { includeDirs: args.includeDirs, cacheDir: args.cacheDir });
    for (const w of program.warnings) err(w);
    const db = new engine.Database(program);
    db.loadInputs(args.factDir ?? '.');
    const result = db.run({ profile: args.profile });
    db.releaseLookups(); // nothing is looked up any more: sorting the outputs gets the memory
    db.writeOutputs(args.outputDir ?? '.', io.stdout);
    for (const info of db.relationInfos()) {
      if (info.printsize) io.stdout(`${info.name}\t${info.size}\n`);
    }
    for (const w of db.runtimeWarnings()) err(`warning: ${w}`);
    if (args.showPlan) err(db.explain());
    if (args.profile) err(engine.formatProfile(result));
    return 0;
  } catch (e) {
    if (e instanceof engine.DatalogError) {
      err(e.format());
      return EXIT_BAD_INPUT;
    }
    const debug = process.env.FUSELOG_DEBUG === '1';
    err(`fuselog eval: internal error: ${e instanceof Error ? (debug ? e.stack ?? e.message : e.message.split('\n')[0]) : String(e)}`);
    return EXIT_INTERNAL;
  }
}

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
    .option('--no-cache', `parse and check the program every time (by default the checked program is kept in ${'$'}FUSELOG_CACHE_DIR or ~/.cache/fuselog/rules, and used again while its files are unchanged)`)
    .action(act(ctx, (prog: string, o: { factDir: string; outputDir: string; includeDir: string[]; profile?: boolean; showPlan?: boolean; cache: boolean }) =>
      evalCommand({ program: prog, factDir: o.factDir, outputDir: o.outputDir, includeDirs: o.includeDir, profile: o.profile, showPlan: o.showPlan, cacheDir: o.cache ? userCacheDir() : undefined })));
}
