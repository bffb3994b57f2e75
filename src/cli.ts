// The `fuselog` command: one parser (commander) for every subcommand, one place that turns
// errors into messages and exit codes: 0 success, 1 findings (--fail-on), 2 bad usage or input,
// 70 an internal error (a bug of ours: one line, the stack only with FUSELOG_DEBUG=1).
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { internalErrorMessage, userMessage } from './errors.js';

export { internalErrorMessage };
import { packageRoot } from './paths.js';
import type { Ctx } from './commands/shared.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** EX_SOFTWARE of sysexits.h */
export const EXIT_INTERNAL = 70;

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The subcommands, in the order --help lists them, and their modules. A command line that names
 * one loads only its module: each module loads what its command needs, and `fuselog eval` or
 * `fuselog query` should not start by loading the report, the graph and the exporters (20 ms of
 * the 0.18 s a small `fuselog eval` took). Anything else (--help, a mistyped name) loads all.
 */
const COMMANDS: ReadonlyArray<[string, () => Promise<{ register: Register }>]> = [
  ['analyze', () => import('./commands/analyze.js')],
  ['query', () => import('./commands/query.js')],
  ['repl', () => import('./commands/repl.js')],
  ['explain', () => import('./commands/explain.js')],
  ['graph', () => import('./commands/graph.js')],
  ['report', () => import('./commands/report.js')],
  ['policy', () => import('./commands/policy.js')],
  ['export', () => import('./commands/export.js')],
  ['extract', () => import('./commands/extract.js')],
  ['eval', () => import('./commands/eval.js')],
  ['tools', () => import('./commands/tools.js')],
];

/** The modules of the commands the command line may run: the one it names, or all. */
async function commandsFor(argv: string[]): Promise<Register[]> {
  const named = COMMANDS.filter(([name]) => name === argv[0]);
  return (await Promise.all((named.length ? named : COMMANDS).map(([, load]) => load()))).map((m) => m.register);
}

export function buildProgram(ctx: Ctx, commands: Register[]): Command {
  const program = new Command('fuselog')
    .description('Declarative dependency reasoner for multi-component C systems:\nLLVM IR -> facts -> Datalog -> which requests reach which servers, what they modify, how to recover.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`fuselog: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', '\nExit codes: 0 success, 1 findings (analyze --fail-on), 2 bad usage or input, 70 internal error.\nStart with: fuselog analyze examples/minios/system.json');
  for (const register of commands) register(program, ctx);
  return program;
}

/** A command module: what `src/commands/*.ts` export. */
export type Register = (program: Command, ctx: Ctx) => void;

/** The command line's outcome; throws only on an internal error (see run). */
export async function main(argv: string[], more: Register[] = []): Promise<number> {
  let code = EXIT_OK;
  const ctx: Ctx = { setCode: (c) => { code = c; } };
  const program = buildProgram(ctx, await commandsFor(argv));
  for (const register of more) register(program, ctx);
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const msg = userMessage(e);
    if (msg === undefined) throw e; // a bug of ours: run() reports it
    process.stderr.write(`fuselog: ${msg}\n`);
    return EXIT_USAGE;
  }
}

/** `fuselog` as bin/fuselog.js runs it: main(), with internal errors reported and exit code 70. */
export async function run(argv: string[], more: Register[] = []): Promise<number> {
  try {
    return await main(argv, more);
  } catch (e) {
    process.stderr.write(internalErrorMessage(e, process.env.FUSELOG_DEBUG === '1'));
    return EXIT_INTERNAL;
  }
}
