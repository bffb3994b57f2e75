// Hand-made results for the renderers' tests: base relations given by column name, and the
// decisions (rules/policy.dl) derived from them by the shipped rule file itself, so a test of a
// renderer never restates a decision the rules make.
import fs from 'node:fs';
import path from 'node:path';
import { compileFile, compileText, Database } from '../../src/datalog/index.js';
import { memorySource, type RelationDecl, type ResultSource } from '../../src/outputs.js';
import { rulesDir } from '../../src/paths.js';

export type Value = string | number;
export type Tables = Record<string, Array<Record<string, Value>>>;

let shipped: RelationDecl[] | undefined;

/** Every relation the shipped rules declare (rules/main.dl, with the fact schema). */
export function shippedDecls(): RelationDecl[] {
  shipped ??= compileFile(path.join(rulesDir, 'main.dl')).relations();
  return shipped;
}

/** Rows written as `rows('e c kind', [[...], ...])`: each value under its column's name. */
export function rows(columns: string, values: Value[][]): Array<Record<string, Value>> {
  const names = columns.split(/\s+/);
  return values.map((v) => Object.fromEntries(names.map((n, i) => [n, v[i]!])));
}

/** The tables, plus what rules/policy.dl derives from them, as a source with the shipped declarations. */
export function resultsOf(tables: Tables): ResultSource {
  const decls = new Map(shippedDecls().map((d) => [d.name, d]));
  const policyFile = path.join(rulesDir, 'policy.dl');
  const own = new Set([...fs.readFileSync(policyFile, 'utf8').matchAll(/^\.decl\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]!));
  const others = [...decls.values()].filter((d) => !own.has(d.name))
    .map((d) => `.decl ${d.name}(${d.columns.map((c) => `${c.name}: ${c.kind}`).join(', ')})`);
  const db = new Database(compileText(`${others.join('\n')}\n#include "${policyFile}"\n`, 'policy-over-tables.dl'));
  for (const [rel, objects] of Object.entries(tables)) {
    const d = decls.get(rel);
    if (!d) throw new Error(`the rules declare no relation ${rel}`);
    const names = d.columns.map((c) => c.name);
    db.addFacts(rel, objects.map((o) => {
      const extra = Object.keys(o).filter((k) => !names.includes(k));
      if (extra.length) throw new Error(`${rel} has no column ${extra.join(', ')} (columns: ${names.join(', ')})`);
      return names.map((n) => {
        if (!(n in o)) throw new Error(`${rel}: a row without column ${n}`);
        return o[n]!;
      });
    }));
  }
  db.run();
  return memorySource(decls.values(), (r) => db.rows(r));
}
