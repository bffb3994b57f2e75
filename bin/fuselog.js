#!/usr/bin/env node
// The `fuselog` command: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
import { main } from '../dist/src/cli.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`fuselog: internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 70; },
);
