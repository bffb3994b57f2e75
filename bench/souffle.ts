// Soufflé 2.5, the reference engine for our Datalog dialect, where the project keeps it
// (../shared/tools/souffle beside the repository, on developers' machines and on CI), and one
// run of its interpreter (`souffle -j1`), timed. Used by the Soufflé comparison test
// (test/souffle.test.ts) and by the analysis bench (bench/analysis.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';

/** The Soufflé binary, relative to the repository: ../shared/tools/souffle/bin/souffle. */
export const SOUFFLE = path.resolve(packageRoot, '..', 'shared', 'tools', 'souffle', 'bin', 'souffle');

export function souffleInstalled(): boolean {
  return fs.existsSync(SOUFFLE);
}

export interface ProcessRun {
  /** Exit status, or null when it was stopped (timeout) or could not start. */
  status: number | null;
  timedOut: boolean;
  /** Wall-clock seconds. */
  seconds: number;
  /** User + system CPU seconds of the process (children's times of this process, Linux only; NaN elsewhere). */
  cpuSeconds: number;
  stderr: string;
}

/**
 * `souffle -j1 -F factDir -D outDir program`: the interpreter on one thread, as the issue and
 * the README compare it. A run still going after timeoutS seconds is killed.
 */
export function runSouffle(program: string, factDir: string, outDir: string, timeoutS = 600): Promise<ProcessRun> {
  fs.mkdirSync(outDir, { recursive: true });
  return runProcess(SOUFFLE, ['-j1', '-F', factDir, '-D', outDir, program], timeoutS);
}

/** One process run to its end (or killed after timeoutS seconds), timed. Run one at a time for the CPU figure. */
export function runProcess(command: string, args: string[], timeoutS: number): Promise<ProcessRun> {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8').on('data', (s: string) => { if (stderr.length < 1 << 16) stderr += s; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutS * 1000);
    const done = (status: number | null, extra = ''): void => {
      clearTimeout(timer);
      resolve({ status, timedOut, seconds: (performance.now() - t0) / 1000, cpuSeconds: childCpuSeconds() - cpu0, stderr: stderr + extra });
    };
    child.on('error', (e) => done(null, String(e)));
    child.on('close', (code) => done(timedOut ? null : code));
  });
}

/** cutime + cstime of /proc/self/stat: CPU time of the children this process has waited for. */
function childCpuSeconds(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // the fields after the command name (which may hold spaces) start at field 3
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17, in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}
