#!/usr/bin/env node
// The `fuselog` command: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
// run() turns every error into a message and an exit code (src/cli.ts).
import { run, internalErrorMessage, EXIT_INTERNAL } from '../dist/src/cli.js';

// a reader that stopped reading (`fuselog query ... | head`) is not an error of ours
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// an error outside the command's promise (an event handler) is still ours: one line, 70
process.on('uncaughtException', (e) => {
  process.stderr.write(internalErrorMessage(e, process.env.FUSELOG_DEBUG === '1'));
  process.exit(EXIT_INTERNAL);
});

run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
