// Errors the CLI reports without a stack trace: the user's (bad usage or input, exit 2) and
// our own (internal, exit 70: one line, the stack only with FUSELOG_DEBUG=1).
import { isLocated } from './backend.js';

/** Bad usage or bad input: exit code 2. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** The one-line (or few-line) message for any error the user caused; undefined for our bugs. */
export function userMessage(e: unknown): string | undefined {
  if (e instanceof CliError) return e.message;
  if (isLocated(e)) return e.format();
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (e instanceof Error && code && ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EPERM', 'ENOSPC'].includes(code)) {
    const p = (e as NodeJS.ErrnoException).path;
    const what: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'not a directory', EEXIST: 'already exists', EPERM: 'operation not permitted', ENOSPC: 'no space left on device' };
    return p ? `${p}: ${what[code]}` : e.message;
  }
  return undefined;
}

/** The message of an internal error: one line, or the stack when debugging. */
export function internalErrorMessage(e: unknown, debug: boolean): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (debug) return `fuselog: internal error: ${err.stack ?? err.message}\n`;
  const line = (err.message || err.name).split('\n')[0];
  return `fuselog: internal error: ${line} (run with FUSELOG_DEBUG=1 for the stack trace)\n`;
}
