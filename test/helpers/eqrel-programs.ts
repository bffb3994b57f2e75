// Random small programs with equivalence relations (`eqrel`), for the differential test against
// Soufflé (test/datalog-eqrel.test.ts, answers recorded in test/datalog/eqrel-random.json).
// Each program has two input relations given as facts, one or two equivalence relations and
// one or two ordinary ones, on up to three levels: eqrels filled from facts, from joins, through
// recursion with ordinary relations (a class grows while the rules run), read with constants,
// repeated variables and negation by later relations. All relation names start with the
// program's prefix, so many programs run as one file.
import { rng } from './rng.js';
import type { RandomProgram } from './subsumption-programs.js';

const DOMAIN = 7;

export function randomEqrelProgram(seed: number, prefix: string): RandomProgram {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => r() < p;

  interface Rel { name: string; arity: number; level: number; eq: boolean }
  const e: Rel = { name: `${prefix}e`, arity: 2, level: 0, eq: false };
  const u: Rel = { name: `${prefix}u`, arity: 1, level: 0, eq: false };
  const derived: Rel[] = [];
  const n = 2 + int(3);
  for (let i = 0; i < n; i++) {
    const eq = i === 0 || chance(0.4);
    derived.push({ name: `${prefix}${eq ? 'eq' : 'r'}${i}`, arity: eq ? 2 : 1 + int(2), level: 1 + Math.min(2, Math.floor((i * 3) / n)), eq });
  }
  const all = [e, u, ...derived];
  const lines: string[] = [];
  for (const rel of all) {
    lines.push(`.decl ${rel.name}(${Array.from({ length: rel.arity }, (_, i) => `c${i}: number`).join(', ')})${rel.eq ? ' eqrel' : ''}`);
  }
  for (let k = int(8) + 2; k > 0; k--) lines.push(`${e.name}(${int(DOMAIN)}, ${int(DOMAIN)}).`);
  for (let k = int(4) + 1; k > 0; k--) lines.push(`${u.name}(${int(DOMAIN)}).`);
  const vars = ['x', 'y', 'z', 'w'];
  for (const rel of derived) {
    const lower = all.filter((o) => o.level < rel.level);
    const same = all.filter((o) => o.level <= rel.level);
    for (let k = 1 + int(3); k > 0; k--) {
      const body: string[] = [];
      const bound = new Set<string>();
      for (let j = 1 + int(k === 1 ? 2 : 3); j > 0; j--) {
        const a = pick(k === 1 ? lower : same);
        const args = Array.from({ length: a.arity }, () => (chance(0.1) ? String(int(DOMAIN)) : pick(vars)));
        args.forEach((v) => /^[a-z]$/.test(v) && bound.add(v));
        body.push(`${a.name}(${args.join(', ')})`);
      }
      const b = [...bound];
      if (b.length === 0) {
        body.push(`${u.name}(x)`);
        b.push('x');
      }
      if (chance(0.25)) {
        const a = pick(lower);
        body.push(`!${a.name}(${Array.from({ length: a.arity }, () => (chance(0.2) ? '_' : pick(b))).join(', ')})`);
      }
      if (chance(0.25)) body.push(`${pick(b)} ${pick(['<', '!=', '='])} ${chance(0.5) ? pick(b) : int(DOMAIN)}`);
      const head = Array.from({ length: rel.arity }, () => (chance(0.08) ? String(int(DOMAIN)) : pick(b)));
      lines.push(`${rel.name}(${head.join(', ')}) :- ${body.join(', ')}.`);
    }
  }
  for (const rel of derived) lines.push(`.output ${rel.name}`);
  return { text: lines.join('\n') + '\n', outputs: derived.map((d) => d.name) };
}
