// The rule program an analysis runs: the shipped rules/*.dl, with files of a user's --rules
// directory added, or replacing a shipped file of the same name.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';

export interface RuleFile { name: string; origin: 'shipped' | 'user' | 'user-replaced'; source: string }

export function listRuleFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.dl') && fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** Copy the rule files into dest (emptied first) and say where each came from. */
export function assembleRules(shippedDir: string, userDir: string | undefined, dest: string): RuleFile[] {
  const files = new Map<string, RuleFile>();
  for (const f of listRuleFiles(shippedDir)) files.set(f, { name: f, origin: 'shipped', source: path.join(shippedDir, f) });
  if (userDir !== undefined) {
    if (!fs.existsSync(userDir) || !fs.statSync(userDir).isDirectory()) throw new CliError(`--rules ${userDir}: no such directory`);
    const user = listRuleFiles(userDir);
    if (!user.length) throw new CliError(`--rules ${userDir}: no .dl files in it`);
    for (const f of user) {
      files.set(f, { name: f, origin: files.has(f) ? 'user-replaced' : 'user', source: path.join(userDir, f) });
    }
  }
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  for (const rf of files.values()) fs.copyFileSync(rf.source, path.join(dest, rf.name));
  return [...files.values()];
}

/** An error message naming a copied rule file, rewritten to name the file the user edits. */
export function mapRulePaths(message: string, copiedDir: string, files: RuleFile[]): string {
  let m = message;
  for (const rf of files) {
    const copied = path.join(copiedDir, rf.name);
    m = m.split(copied).join(path.relative(process.cwd(), rf.source) || rf.source);
  }
  return m;
}
