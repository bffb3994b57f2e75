// Groundedness: every variable a head, a negation, a constraint, a functor or an aggregate's
// expression uses must be bound by a positive atom, an equality with bound terms, or an
// aggregate's result, in its scope (the clause, or an aggregate body with its outer variables).
import { DatalogError, Loc } from './errors.js';
import { AggLit, BodyLit, Term, termVars } from './ir.js';

/**
 * Groundedness of one scope (the clause, or an aggregate body with its outer variables
 * already bound): fixpoint of positive atoms, equalities and aggregate results.
 */
export function groundScope(lits: BodyLit[], initial: Set<string>, uses: Term[], useWhere: string): void {
  const g = new Set(initial);
  for (const l of lits) if (l.t === 'atom' && !l.negated) for (const a of l.args) if (a.t === 'var') g.add(a.name);
  const bound = (t: Term) => [...termVars(t)].every((v) => g.has(v));
  for (let changed = true; changed;) {
    changed = false;
    for (const l of lits) {
      if (l.t === 'cmp' && l.op === '=') {
        if (l.left.t === 'var' && !g.has(l.left.name) && bound(l.right)) { g.add(l.left.name); changed = true; }
        if (l.right.t === 'var' && !g.has(l.right.name) && bound(l.left)) { g.add(l.right.name); changed = true; }
      } else if (l.t === 'agg' && !g.has(l.result) && l.outer.every((v) => g.has(v))) {
        g.add(l.result);
        changed = true;
      }
    }
  }
  const requireBound = (t: Term, where: string) => {
    if (t.t === 'var' && !g.has(t.name)) {
      throw new DatalogError(`ungrounded variable ${t.name}${where ? ` (in ${where})` : ''}`, t.loc);
    }
    if (t.t === 'call') for (const a of t.args) requireBound(a, where);
  };
  for (const u of uses) requireBound(u, useWhere);
  for (const l of lits) {
    if (l.t === 'atom' && l.negated) for (const a of l.args) requireBound(a, 'a negation');
    else if (l.t === 'cmp' || l.t === 'test') {
      requireBound(l.left, '');
      requireBound(l.right, '');
    } else if (l.t === 'agg') {
      const missing = l.outer.find((v) => !g.has(v));
      if (missing) {
        const occ = findVar(l, missing);
        throw new DatalogError(`ungrounded variable ${missing} (used inside an aggregate and outside it, but bound by neither)`, occ ?? l.loc);
      }
    }
  }
  for (const l of lits) {
    if (l.t === 'agg') groundScope(l.body, g, l.target ? [l.target] : [], `the ${l.op} expression`);
  }
}

function findVar(l: AggLit, name: string): Loc | undefined {
  const inTerm = (t: Term): Loc | undefined => {
    if (t.t === 'var' && t.name === name) return t.loc;
    if (t.t === 'call') for (const a of t.args) { const r = inTerm(a); if (r) return r; }
    return undefined;
  };
  for (const b of l.body) {
    if (b.t === 'atom') for (const a of b.args) { const r = inTerm(a); if (r) return r; }
    if (b.t === 'cmp' || b.t === 'test') { const r = inTerm(b.left) ?? inTerm(b.right); if (r) return r; }
    if (b.t === 'agg') { const r = findVar(b, name); if (r) return r; }
  }
  return l.target ? inTerm(l.target) : undefined;
}
