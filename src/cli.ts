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
import * as analyzeCmd from './commands/analyze.js';
import * as queryCmd from './commands/query.js';
import * as replCmd from './commands/repl.js';
import * as explainCmd from './commands/explain.js';
import * as exportCmd from './commands/export.js';
import * as graphCmd from './commands/graph.js';
import * as reportCmd from './commands/report.js';
import * as policyCmd from './commands/policy.js';
import * as extractCmd from './commands/extract.js';
import * as toolsCmd from './commands/tools.js';

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

export function buildProgram(ctx: Ctx): Command {
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
  for (const cmd of [analyzeCmd, queryCmd, replCmd, explainCmd, graphCmd, reportCmd, policyCmd, exportCmd, extractCmd, toolsCmd]) cmd.register(program, ctx);
  return program;
}

/** A command module: what `src/commands/*.ts` export. */
export type Register = (program: Command, ctx: Ctx) => void;

/** The command line's outcome; throws only on an internal error (see run). */
export async function main(argv: string[], more: Register[] = []): Promise<number> {
  let code = EXIT_OK;
  const ctx: Ctx = { setCode: (c) => { code = c; } };
  const program = buildProgram(ctx);
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
