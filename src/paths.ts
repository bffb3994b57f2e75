// Where the package's own files lie, whether run from src/ via the compiled dist/ or installed.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the fuselog package root above ${start}`);
    dir = up;
  }
}

/** The package root: the folder holding package.json, rules/, facts/ and examples/. */
export const packageRoot: string = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const rulesDir: string = path.join(packageRoot, 'rules');
export const factsDir: string = path.join(packageRoot, 'facts');
export const examplesDir: string = path.join(packageRoot, 'examples');

/**
 * Where `fuselog eval` keeps checked programs for the next run (src/datalog/progcache.ts):
 * $FUSELOG_CACHE_DIR, else fuselog/rules under $XDG_CACHE_HOME or ~/.cache.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FUSELOG_CACHE_DIR) return env.FUSELOG_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'fuselog', 'rules');
}
