// Random small programs with subsumptive rules, for the differential test against Soufflé
// (test/datalog-subsumption.test.ts) and its recorded answers (test/datalog/subsumption-random.json).
//
// Each program has two input relations given as facts, two to four derived relations on up to
// three levels (so some share a recursive stratum), ordinary rules that join, negate lower
// relations and compute new values (`l + 1` under a bound, so evaluation stays finite), and
// subsumptive rules of the shapes programs use: an order on one column for equal keys, a
// dominating tuple reached through another relation, wildcards and constants, several
// subsumptive rules on one relation, and relations that are not orders at all (cycles). All
// relation names of program i start with `p<i>_`, so many programs run as one file; the names
// after the prefix are shuffled so that the order by name (Soufflé's order inside a stratum)
// is not the order of declaration.
import { rng } from './rng.js';

export interface RandomProgram {
  /** Declarations, facts and rules, every relation an output. */
  text: string;
  /** The derived relations (the outputs to compare). */
  outputs: string[];
}

const DOMAIN = 6;
const NAMES = ['zz', 'aa', 'mm', 'b', 'q', 'lab', 'dist'];

export function randomSubsumptionProgram(seed: number, prefix: string): RandomProgram {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => r() < p;

  interface Rel { name: string; arity: number; level: number }
  const e: Rel = { name: `${prefix}e`, arity: 2, level: 0 };
  const u: Rel = { name: `${prefix}u`, arity: 1, level: 0 };
  const names = [...NAMES].sort(() => r() - 0.5);
  const derived: Rel[] = [];
  const n = 2 + int(3);
  for (let i = 0; i < n; i++) {
    derived.push({ name: `${prefix}${names[i]}`, arity: chance(0.8) ? 2 : 1, level: 1 + Math.min(2, Math.floor((i * 3) / n)) });
  }
  const all = [e, u, ...derived];
  const lines: string[] = [];
  for (const rel of all) lines.push(`.decl ${rel.name}(${Array.from({ length: rel.arity }, (_, i) => `c${i}: number`).join(', ')})`);
  for (let k = int(10) + 2; k > 0; k--) lines.push(`${e.name}(${int(DOMAIN)}, ${int(DOMAIN)}).`);
  for (let k = int(4) + 1; k > 0; k--) lines.push(`${u.name}(${int(DOMAIN)}).`);

  const vars = ['x', 'y', 'z', 'w'];
  /** An atom over rel whose arguments are mostly variables (from pool), some constants or '_'. */
  const atom = (rel: Rel, pool: string[], wild = 0.1, konst = 0.1): { text: string; vars: string[] } => {
    const args: string[] = [];
    const vs: string[] = [];
    for (let i = 0; i < rel.arity; i++) {
      const p = r();
      if (p < konst) args.push(String(int(DOMAIN)));
      else if (p < konst + wild) args.push('_');
      else {
        const v = pick(pool);
        args.push(v);
        vs.push(v);
      }
    }
    return { text: `${rel.name}(${args.join(', ')})`, vars: vs };
  };
  const cmp = (bound: string[]): string => {
    const op = pick(['<', '<=', '>', '!=', '=']);
    return `${pick(bound)} ${op} ${chance(0.6) ? pick(bound) : int(DOMAIN)}`;
  };

  for (const rel of derived) {
    const lower = all.filter((o) => o.level < rel.level);
    const same = all.filter((o) => o.level <= rel.level);
    const nRules = 1 + int(3);
    for (let k = 0; k < nRules; k++) {
      const body: string[] = [];
      const bound = new Set<string>();
      const nPos = 1 + int(k === 0 ? 2 : 3);
      for (let j = 0; j < nPos; j++) {
        const a = atom(pick(k === 0 ? lower : same), vars);
        body.push(a.text);
        a.vars.forEach((v) => bound.add(v));
      }
      const b = [...bound];
      if (b.length === 0) {
        body.push(`${u.name}(x)`);
        b.push('x');
      }
      if (chance(0.3)) body.push('!' + atom(pick(lower), b, 0.2, 0.2).text);
      if (chance(0.3)) body.push(cmp(b));
      // A new value, bounded so that a cycle cannot count up for ever.
      const step = rel.arity === 2 && chance(0.3) ? pick(b) : null;
      if (step) body.push(`${step} < ${DOMAIN - 1}`);
      const head = Array.from({ length: rel.arity }, (_, i) => (step && i === rel.arity - 1 ? `${step} + 1` : chance(0.08) ? String(int(DOMAIN)) : pick(b)));
      lines.push(`${rel.name}(${head.join(', ')}) :- ${body.join(', ')}.`);
    }
    if (!chance(0.7)) continue;
    for (let k = chance(0.25) ? 2 : 1; k > 0; k--) lines.push(subsumptiveRule(rel, all.filter((o) => o.level <= rel.level), lower));
  }
  for (const rel of derived) lines.push(`.output ${rel.name}`);
  return { text: lines.join('\n') + '\n', outputs: derived.map((d) => d.name) };

  function subsumptiveRule(rel: Rel, same: Rel[], lower: Rel[]): string {
    // dominated r(.., a) and dominating r(.., b); keys x (and y when the keys may differ)
    const ops = ['<', '<=', '>', '>=', '!='];
    let dominated: string[];
    let dominating: string[];
    if (rel.arity === 1) {
      dominated = ['a'];
      dominating = ['b'];
    } else {
      const key = pick(['same', 'same', 'same', 'other', 'const', 'wild']);
      dominated = [key === 'const' ? String(int(DOMAIN)) : 'x', chance(0.1) ? '_' : 'a'];
      dominating = [key === 'other' ? 'y' : key === 'wild' ? '_' : 'x', key !== 'wild' && chance(0.1) ? '_' : 'b'];
      if (chance(0.15)) dominated.reverse();
    }
    const named = (args: string[]) => args.filter((v) => /^[a-z]$/.test(v));
    // Body literals with their variables: Soufflé 2.5 ignores a subsumptive rule whose
    // variables do not all connect to the dominated atom, so the generator connects them.
    const body: Array<{ text: string; vars: string[] }> = [];
    const bound = new Set([...named(dominated), ...named(dominating)]);
    const inAtoms = [...bound];
    const shape = pick(['order', 'order', 'order', 'through', 'relation']);
    const ab = bound.has('a') && bound.has('b');
    if (shape === 'order' && ab) body.push({ text: `b ${pick(ops)} a`, vars: ['a', 'b'] });
    else if (shape === 'through' && ab) {
      const via = pick(same.filter((o) => o.arity === 2));
      body.push({ text: `${via.name}(${chance(0.5) ? 'a, b' : 'b, a'})`, vars: ['a', 'b'] });
    } else if (ab && chance(0.5)) body.push({ text: `${pick(same.filter((o) => o.arity === 2)).name}(a, b)`, vars: ['a', 'b'] });
    else if (inAtoms.length) {
      const c = cmp(inAtoms);
      body.push({ text: c, vars: named(c.split(' ')) });
    } else body.push({ text: 'true', vars: [] });
    if (bound.has('y') && bound.has('x') && chance(0.7)) body.push({ text: `${pick(same.filter((o) => o.arity === 2)).name}(x, y)`, vars: ['x', 'y'] });
    if (chance(0.3)) {
      const a = atom(pick(same), [...bound, 'z'], 0);
      if (a.vars.length) {
        body.push({ text: a.text, vars: a.vars });
        a.vars.forEach((v) => bound.add(v));
      }
    }
    if (chance(0.2) && bound.size) {
      const a = atom(pick(lower), [...bound], 0, 0.2);
      if (a.vars.length) body.push({ text: '!' + a.text, vars: a.vars });
    }
    if (chance(0.2) && bound.size) {
      const v = pick([...bound]);
      body.push({ text: `${v} ${pick(ops)} ${int(DOMAIN)}`, vars: [v] });
    }
    // Connect every variable to the dominated atom's (through a constraint where needed).
    const link = new Map<string, string>();
    const find = (v: string): string => (link.has(v) && link.get(v) !== v ? find(link.get(v)!) : v);
    const join = (vs: string[]) => vs.slice(1).forEach((v) => link.set(find(v), find(vs[0])));
    const headVars = named(dominated);
    join(headVars);
    join(named(dominating));
    for (const l of body) join(l.vars);
    if (headVars.length) {
      for (const v of new Set([...named(dominating), ...body.flatMap((l) => l.vars)])) {
        if (find(v) === find(headVars[0])) continue;
        body.push({ text: `${v} ${pick(ops)} ${headVars[0]}`, vars: [v, headVars[0]] });
        join([v, headVars[0]]);
      }
    } else if (named(dominating).length || body.some((l) => l.vars.length)) {
      const fixed = dominated.map((v) => (v === '_' ? '1' : v)).join(', ');
      return `${rel.name}(${fixed}) <= ${rel.name}(${fixed}) :- true.`;
    }
    // a second disjunct on the two atoms' variables only (a disjunction is split into clauses)
    const disj = chance(0.1) && headVars.length
      ? ` ; ${[`${headVars[0]} ${pick(ops)} ${int(DOMAIN)}`, ...inAtoms.filter((v) => v !== headVars[0]).map((v) => `${v} ${pick(ops)} ${headVars[0]}`)].join(', ')}`
      : '';
    return `${rel.name}(${dominated.join(', ')}) <= ${rel.name}(${dominating.join(', ')}) :- ${body.map((l) => l.text).join(', ')}${disj}.`;
  }
}
