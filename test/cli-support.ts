// Shared by the CLI tests: running the real binary, a copy of the example, and a headless
// Chromium that loads a page and says what it saw.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { packageRoot } from '../src/paths.js';

export { testIf } from './helpers/skip.js';

export const bin = path.join(packageRoot, 'bin', 'fuselog.js');

export interface Run { code: number; stdout: string; stderr: string }

/** Run `fuselog ...args` as a process, as a user would. */
export function fuselog(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutSeconds?: number } = {}): Run {
  const timeout = (opts.timeoutSeconds ?? 120) * 1000;
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? packageRoot, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 256 << 20,
    env: { ...process.env, FUSELOG_CACHE_DIR: testCache(), ...opts.env }, timeout, killSignal: 'SIGKILL',
  });
  // the example analyses in about a second: a run this long is a failure, not a slow machine
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { code: -1, stdout: r.stdout ?? '', stderr: `fuselog ${args.join(' ')}: killed after ${timeout / 1000} s\n${r.stderr ?? ''}` };
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tmpDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fuselog-${tag}-`));
}

let cacheDir: string | undefined;
/** Where the commands a test runs keep checked programs (fuselog eval): not the user's cache. */
function testCache(): string {
  return (cacheDir ??= tmpDir('rule-cache'));
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = (): boolean => fs.existsSync(CHROMIUM);

/**
 * A --rules directory: the files given (a shipped name replaces that file), and, when one is
 * new, a main.dl that is the shipped one with an #include of each new file.
 */
export function userRules(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  const shipped = path.join(packageRoot, 'rules');
  const added = Object.keys(files).filter((f) => !fs.existsSync(path.join(shipped, f)));
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  if (added.length) fs.writeFileSync(path.join(dir, 'main.dl'), fs.readFileSync(path.join(shipped, 'main.dl'), 'utf8') + added.map((f) => `#include "${f}"\n`).join(''));
  return dir;
}

export const haveCc = (): boolean => spawnSync('cc', ['--version']).status === 0;

/** Why a Chromium test cannot run here, or undefined when it can. */
export const noChromium = (): string | undefined => (haveChromium() ? undefined : `Chromium not found at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM)`);

export interface PageCheck { errors: string[]; tables: number; svgs: number; svgNodes: number; title: string; text: string }

/**
 * Load a local HTML or SVG file in headless Chromium; console errors and page errors are
 * collected. `act` then drives the page (clicks, selections) and returns what it saw.
 */
export async function checkInBrowser<T = undefined>(file: string, act?: (page: Page) => Promise<T>): Promise<PageCheck & { acted: T }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const r = await page.evaluate(() => ({
      tables: document.querySelectorAll('table').length,
      svgs: document.querySelectorAll('svg').length,
      svgNodes: document.querySelectorAll('svg g.node').length,
      title: document.title,
      text: document.documentElement.textContent ?? '',
    }));
    const acted = (act ? await act(page) : undefined) as T;
    return { errors, ...r, acted };
  } finally {
    await browser.close();
  }
}
