// What the command modules share: the action wrapper that records the exit code, option
// helpers, and writing output to a file or stdout.
import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import type { OpenedAnalysis } from '../analysis.js';
import { CliError } from '../errors.js';
import { resolveEntry } from '../results.js';
import { didYouMean } from '../suggest.js';

export const DEFAULT_DB = 'fuselog-out';

/** main() gives each command a way to report its exit code. */
export interface Ctx { setCode(code: number): void }

// commander hands an action its arguments, then the options, then the command itself
type Action = (...args: any[]) => Promise<number> | number;

export function act(ctx: Ctx, fn: Action): (...args: unknown[]) => Promise<void> {
  return async (...args) => { ctx.setCode(await fn(...args)); };
}

export const dbOption = (): Option =>
  new Option('--db <dir>', 'the output directory of an earlier `fuselog analyze`').default(DEFAULT_DB);

export function formatOption(formats: readonly string[], def: string, what = 'output format'): Option {
  return new Option('--format <format>', what).choices(formats as string[]).default(def);
}

/** Text to a file (parent folders created) or, for undefined or '-', to stdout. */
export function writeOut(text: string | Buffer, file: string | undefined): void {
  if (file === undefined || file === '-') { process.stdout.write(text); return; }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * The stored analysis in --db (its module is loaded here, so that `extract` and `--help` do
 * without it). When its rules or facts changed since, the rules re-run: stderr says why.
 */
export async function open(opts: { db: string }): Promise<OpenedAnalysis> {
  const { openAnalysis } = await import('../analysis.js');
  return openAnalysis(opts.db, { onRerun: (why) => process.stderr.write(`fuselog: ${why}\n`) });
}

/** The entry point(s) a name denotes, or a usage error naming the nearest one. */
export function entriesNamed(a: OpenedAnalysis, name: string): string[] {
  const found = resolveEntry(a.results, name);
  if (found.length) return found;
  const candidates = [...a.results.entries.keys(), ...a.results.syscalls.map((s) => s.name)];
  throw new CliError(`no entry point or system call named '${name}'${didYouMean(name, candidates)}; \`fuselog query 'entry_point(E, C, K)'\` lists them`);
}
