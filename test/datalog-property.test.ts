// Property test: random small stratified programs (recursion, mutual recursion, negation of
// lower strata, constants, repeated variables, constraints, count aggregates) on random small
// databases, evaluated by the engine and by a naive reference evaluator written only here.
// A fixed seed keeps it reproducible; a failure prints the program.
import test from 'ava';
import { compileText, Database } from '../src/datalog/index.js';
import { rng } from './helpers/rng.js';

type Arg = { v: string } | { c: number } | { wild: true };
interface Atom { rel: string; args: Arg[] }
interface Rule {
  head: Atom;
  pos: Atom[];
  neg: Atom[];
  cmps: Array<{ a: string; op: '<' | '!=' | '='; b: string | number }>;
  count?: { result: string; atom: Atom };
}
interface Prog {
  rels: Map<string, { arity: number; level: number; edb: boolean }>;
  rules: Rule[];
  facts: Map<string, number[][]>;
}

const VARS = ['x', 'y', 'z', 'w'];
const DOMAIN = 5;

function generate(r: () => number): Prog {
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: T[]): T => xs[int(xs.length)];
  const rels = new Map<string, { arity: number; level: number; edb: boolean }>();
  rels.set('e', { arity: 2, level: 0, edb: true });
  rels.set('u', { arity: 1, level: 0, edb: true });
  const nDerived = 2 + int(3);
  for (let i = 0; i < nDerived; i++) rels.set(`r${i}`, { arity: 1 + int(2), level: 1 + Math.min(2, Math.floor((i * 3) / nDerived)), edb: false });
  const facts = new Map<string, number[][]>();
  for (const [name, info] of rels) {
    if (!info.edb) continue;
    const rows: number[][] = [];
    const n = int(9);
    for (let i = 0; i < n; i++) rows.push(Array.from({ length: info.arity }, () => int(DOMAIN)));
    facts.set(name, rows);
  }
  const rules: Rule[] = [];
  for (const [name, info] of rels) {
    if (info.edb) continue;
    const nRules = 1 + int(3);
    for (let k = 0; k < nRules; k++) {
      const same = [...rels].filter(([, i]) => i.level <= info.level).map(([n]) => n);
      const lower = [...rels].filter(([, i]) => i.level < info.level).map(([n]) => n);
      // the first rule reads only lower relations, so most relations are non-empty
      const choices = k === 0 ? lower : same;
      const pos: Atom[] = [];
      const nPos = 1 + int(k === 0 ? 2 : 3);
      for (let j = 0; j < nPos; j++) {
        const rel = pick(choices);
        const args: Arg[] = Array.from({ length: rels.get(rel)!.arity }, () => {
          const p = r();
          return p < 0.15 ? { c: int(DOMAIN) } : p < 0.22 ? { wild: true } : { v: pick(VARS) };
        });
        pos.push({ rel, args });
      }
      const bound = [...new Set(pos.flatMap((a) => a.args.flatMap((x) => ('v' in x ? [x.v] : []))))];
      const rule: Rule = { head: { rel: name, args: [] }, pos, neg: [], cmps: [] };
      if (bound.length > 0 && r() < 0.4) {
        const rel = pick(lower);
        rule.neg.push({ rel, args: Array.from({ length: rels.get(rel)!.arity }, () => (r() < 0.2 ? { wild: true } : r() < 0.2 ? { c: int(DOMAIN) } : { v: pick(bound) })) });
      }
      if (bound.length > 0 && r() < 0.3) {
        const op = pick(['<', '!=', '='] as const);
        rule.cmps.push({ a: pick(bound), op, b: r() < 0.5 ? pick(bound) : int(DOMAIN) });
      }
      let headVars = bound;
      if (bound.length > 0 && r() < 0.2) {
        const agg = pick(lower.filter((l) => rels.get(l)!.arity === 2).concat(['e']));
        const v = pick(bound);
        rule.count = { result: 'n', atom: { rel: agg, args: [{ v }, { wild: true }] } };
        headVars = [...bound, 'n'];
      }
      rule.head.args = Array.from({ length: info.arity }, (_, i) =>
        headVars.length === 0 || (r() < 0.1 && !(rule.count && i === 0)) ? { c: int(DOMAIN) } : { v: i === info.arity - 1 && rule.count ? 'n' : pick(headVars) });
      rules.push(rule);
    }
  }
  return { rels, rules, facts };
}

function argText(a: Arg): string {
  return 'v' in a ? a.v : 'c' in a ? String(a.c) : '_';
}
function atomText(a: Atom): string {
  return `${a.rel}(${a.args.map(argText).join(', ')})`;
}

function programText(p: Prog): string {
  const lines: string[] = [];
  for (const [name, info] of p.rels) {
    lines.push(`.decl ${name}(${Array.from({ length: info.arity }, (_, i) => `c${i}: number`).join(', ')})`);
  }
  for (const r of p.rules) {
    const body = [
      ...r.pos.map(atomText),
      ...r.neg.map((a) => '!' + atomText(a)),
      ...r.cmps.map((c) => `${c.a} ${c.op} ${c.b}`),
      ...(r.count ? [`${r.count.result} = count : { ${atomText(r.count.atom)} }`] : []),
    ];
    lines.push(`${atomText(r.head)} :- ${body.join(', ')}.`);
  }
  return lines.join('\n') + '\n';
}

/** Naive evaluation: per level, apply every rule to everything until nothing changes. */
function reference(p: Prog): Map<string, Set<string>> {
  const db = new Map<string, number[][]>();
  const keys = new Map<string, Set<string>>();
  for (const name of p.rels.keys()) {
    db.set(name, []);
    keys.set(name, new Set());
  }
  const add = (rel: string, t: number[]) => {
    const k = t.join(',');
    if (keys.get(rel)!.has(k)) return false;
    keys.get(rel)!.add(k);
    db.get(rel)!.push(t);
    return true;
  };
  for (const [rel, rows] of p.facts) for (const t of rows) add(rel, t);
  const matches = (a: Atom, t: number[], env: Map<string, number>): Map<string, number> | null => {
    const e = new Map(env);
    for (let i = 0; i < a.args.length; i++) {
      const x = a.args[i];
      if ('c' in x) {
        if (t[i] !== x.c) return null;
      } else if ('v' in x) {
        const cur = e.get(x.v);
        if (cur === undefined) e.set(x.v, t[i]);
        else if (cur !== t[i]) return null;
      }
    }
    return e;
  };
  const levels = [...new Set([...p.rels.values()].map((i) => i.level))].sort();
  for (const level of levels) {
    const rules = p.rules.filter((r) => p.rels.get(r.head.rel)!.level === level);
    for (let changed = true; changed;) {
      changed = false;
      for (const r of rules) {
        let envs: Array<Map<string, number>> = [new Map()];
        for (const a of r.pos) {
          const next: Array<Map<string, number>> = [];
          for (const env of envs) for (const t of [...db.get(a.rel)!]) {
            const e = matches(a, t, env);
            if (e) next.push(e);
          }
          envs = next;
        }
        for (const env of envs) {
          if (r.neg.some((a) => db.get(a.rel)!.some((t) => matches(a, t, env) !== null))) continue;
          const ok = r.cmps.every((c) => {
            const a = env.get(c.a)!;
            const b = typeof c.b === 'number' ? c.b : env.get(c.b)!;
            return c.op === '<' ? a < b : c.op === '!=' ? a !== b : a === b;
          });
          if (!ok) continue;
          const e = new Map(env);
          if (r.count) e.set('n', db.get(r.count.atom.rel)!.filter((t) => matches(r.count!.atom, t, env) !== null).length);
          const head = r.head.args.map((x) => ('c' in x ? x.c : e.get((x as { v: string }).v)!));
          if (add(r.head.rel, head)) changed = true;
        }
      }
    }
  }
  return keys;
}

for (const interpretRows of [undefined, 0, 1]) test(`random stratified programs agree with a naive reference evaluator${interpretRows === undefined ? '' : ` (interpretRows ${interpretRows})`}`, (t) => {
  const r = rng(20261128);
  let checked = 0;
  let nonEmpty = 0;
  for (let i = 0; i < 300; i++) {
    const prog = generate(r);
    const text = programText(prog);
    let db: Database;
    try {
      db = new Database(compileText(text, `random${i}.dl`));
    } catch (e) {
      t.fail(`case ${i}: engine rejected\n${text}\n${(e as Error).message}`);
      return;
    }
    for (const [rel, rows] of prog.facts) db.addFacts(rel, rows);
    db.run({ interpretRows });
    const want = reference(prog);
    for (const name of prog.rels.keys()) {
      const got = db.rows(name).map((row) => row.join(','));
      const exp = [...want.get(name)!].sort((a, b) => {
        const x = a.split(',').map(Number);
        const y = b.split(',').map(Number);
        for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] - y[k];
        return 0;
      });
      if (got.join(' ') !== exp.join(' ')) {
        t.fail(`case ${i}, relation ${name}:\n${text}\nfacts: ${JSON.stringify([...prog.facts])}\nengine:    ${got.join(' ')}\nreference: ${exp.join(' ')}`);
        return;
      }
      if (!prog.rels.get(name)!.edb && got.length > 0) nonEmpty++;
    }
    checked++;
  }
  t.is(checked, 300);
  // the generator must exercise something: most derived relations should be non-empty
  t.true(nonEmpty > 300, `non-empty derived relations: ${nonEmpty}`);
});
