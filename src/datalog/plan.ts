// Planning one clause: the order of its atoms, which columns each lookup binds (and so which
// index it uses), where each constraint, negation and aggregate is checked, per delta version.
// Greedy: start from the delta atom (semi-naive) or the most bound / smallest atom, then keep
// taking the atom with the most columns already known; filters go as early as their variables
// allow. Plans are plain data, printable by explainClause().
import { DatalogError } from './errors.js';
import { AggLit, AtomLit, BodyLit, Clause, CmpLit, RelationSchema, Term, TestLit, termVars } from './ir.js';

export type AtomMode =
  | 'scan' // every row of the relation
  | 'delta' // the rows added in the last iteration (semi-naive), filtered on known columns
  | 'lookup' // the rows whose known columns match, through a hash index on those columns
  | 'exists'; // every column known: a membership test

export interface AtomStep {
  op: 'atom';
  lit: AtomLit;
  mode: AtomMode;
  keyCols: number[];
  keyTerms: Term[];
  /** Columns that bind variables seen here first. */
  bindCols: number[];
  bindVars: string[];
  /** [col, earlierCol]: a variable repeated inside the atom. */
  eqCols: Array<[number, number]>;
  /** This atom reads the delta: only rows in [deltaStart, deltaEnd). */
  delta: boolean;
  /**
   * It binds no variable: one matching row is enough (an existence test). Not inside an
   * aggregate, where count and sum see every row.
   */
  existsOnly: boolean;
  /** Rows read, when the plan sets them (subsumption); else codegen's default for the atom. */
  range?: AtomRange;
}

/**
 * Row ranges of an atom's relation (rows are appended, so ranges of row numbers are versions):
 * 'upto' the rows before this iteration, [0, LE[rel]); 'new' the rows added in this iteration,
 * [LE[rel], count); 'sdelta' the delta a subsumption phase reads, [DLO[rel], DHI[rel]).
 */
export type AtomRange = 'upto' | 'new' | 'sdelta';

export interface NegStep {
  op: 'not';
  lit: AtomLit;
  /** Non-wildcard columns; all of them known by now. */
  keyCols: number[];
  keyTerms: Term[];
}

export interface FilterStep {
  op: 'filter';
  lit: CmpLit | TestLit;
}

export interface BindStep {
  op: 'bind';
  name: string;
  expr: Term;
  lit: CmpLit;
}

export interface AggStep {
  op: 'agg';
  lit: AggLit;
  steps: Step[];
  /** Whether the result variable was already bound (then the aggregate is a test). */
  resultBound: boolean;
}

export type Step = AtomStep | NegStep | FilterStep | BindStep | AggStep;

export interface ClausePlan {
  clause: Clause;
  /** Index in the body of the atom read as a delta, or -1. */
  deltaAtom: number;
  /** Index in the body of the atom the plan starts from when it is not the delta atom, or -1. */
  firstAtom: number;
  steps: Step[];
  /** Per body atom, the rows it reads (subsumption phases). */
  ranges?: Array<AtomRange | undefined>;
}

/**
 * What the planner knows about sizes: how many rows a relation has, and how many rows an
 * index lookup on some of its columns returns on average (its fan-out).
 */
export interface Estimator {
  size(rel: number): number;
  fanout(rel: number, keyCols: number[]): number;
}

/** An estimator for relations whose contents are unknown (plans printed before a run). */
export const UNKNOWN_SIZES: Estimator = {
  size: () => 1e6,
  fanout: (_rel, cols) => (cols.length ? 10 : 1e6),
};

/**
 * Plan a clause. A delta version normally starts from the delta atom (a scan of last
 * iteration's rows); with firstAtom >= 0 it starts from that atom instead and reaches the
 * delta later, through the relation's index restricted to the delta's rows.
 */
export function planClause(clause: Clause, deltaAtom: number, est: Estimator, firstAtom = -1, ranges?: Array<AtomRange | undefined>): ClausePlan {
  const steps = planBody(clause.body, new Set(), deltaAtom, est, clause, firstAtom, false, ranges);
  return ranges ? { clause, deltaAtom, firstAtom, steps, ranges } : { clause, deltaAtom, firstAtom, steps };
}

/**
 * For a delta version: the positive atom over a relation of a lower stratum (fixed size) that
 * is smallest, as an alternative place to start; -1 if none.
 */
export function smallestFixedAtom(clause: Clause, deltaAtom: number, inStratum: Set<number>, est: Estimator): number {
  let best = -1;
  clause.body.forEach((l, i) => {
    if (i === deltaAtom || l.t !== 'atom' || l.negated || inStratum.has(l.rel)) return;
    if (best < 0 || est.size(l.rel) < est.size((clause.body[best] as AtomLit).rel)) best = i;
  });
  return best;
}

function termBound(t: Term, bound: Set<string>): boolean {
  for (const v of termVars(t)) if (!bound.has(v)) return false;
  return true;
}

function planBody(lits: BodyLit[], initial: Set<string>, deltaAtom: number, est: Estimator, clause: Clause, firstAtom = -1, inAggregate = false, ranges?: Array<AtomRange | undefined>): Step[] {
  const bound = new Set(initial);
  const steps: Step[] = [];
  const pending = new Set<number>(lits.map((_, i) => i));

  const placeReady = () => {
    for (let progress = true; progress;) {
      progress = false;
      for (const i of [...pending]) {
        const l = lits[i];
        if (l.t === 'atom') {
          if (!l.negated) continue;
          if (!l.args.every((a) => a.t === 'wild' || termBound(a, bound))) continue;
          const keyCols: number[] = [];
          const keyTerms: Term[] = [];
          l.args.forEach((a, c) => {
            if (a.t !== 'wild') {
              keyCols.push(c);
              keyTerms.push(a);
            }
          });
          steps.push({ op: 'not', lit: l, keyCols, keyTerms });
        } else if (l.t === 'cmp' || l.t === 'test') {
          if (termBound(l.left, bound) && termBound(l.right, bound)) {
            steps.push({ op: 'filter', lit: l });
          } else if (l.t === 'cmp' && l.op === '=' && l.left.t === 'var' && !bound.has(l.left.name) && termBound(l.right, bound)) {
            steps.push({ op: 'bind', name: l.left.name, expr: l.right, lit: l });
            bound.add(l.left.name);
          } else if (l.t === 'cmp' && l.op === '=' && l.right.t === 'var' && !bound.has(l.right.name) && termBound(l.left, bound)) {
            steps.push({ op: 'bind', name: l.right.name, expr: l.left, lit: l });
            bound.add(l.right.name);
          } else continue;
        } else {
          if (!l.outer.every((v) => bound.has(v))) continue;
          const resultBound = bound.has(l.result);
          const inner = planBody(l.body, new Set(l.outer), -1, est, clause, -1, true);
          steps.push({ op: 'agg', lit: l, steps: inner, resultBound });
          bound.add(l.result);
        }
        pending.delete(i);
        progress = true;
      }
    }
  };

  const atomStep = (l: AtomLit, mode: AtomMode | null): AtomStep => {
    const keyCols: number[] = [];
    const keyTerms: Term[] = [];
    const bindCols: number[] = [];
    const bindVars: string[] = [];
    const eqCols: Array<[number, number]> = [];
    const firstCol = new Map<string, number>();
    l.args.forEach((a, c) => {
      if (a.t === 'wild') return;
      if (a.t === 'const' || (a.t === 'var' && bound.has(a.name))) {
        keyCols.push(c);
        keyTerms.push(a);
      } else if (a.t === 'var') {
        const prev = firstCol.get(a.name);
        if (prev !== undefined) eqCols.push([c, prev]);
        else {
          firstCol.set(a.name, c);
          bindCols.push(c);
          bindVars.push(a.name);
        }
      }
    });
    const pos = lits.indexOf(l);
    const delta = pos === deltaAtom;
    // A subsumptive clause compares two tuples: its dominated and dominating atoms are never
    // cut short at a first match (the match may be the same tuple).
    const compared = clause.subsumptive === true && !inAggregate && pos < 2;
    let m: AtomMode;
    if (mode) m = mode;
    else if (keyCols.length === l.args.length) m = 'exists';
    else if (keyCols.length > 0) m = 'lookup';
    else m = delta ? 'delta' : 'scan';
    const step: AtomStep = { op: 'atom', lit: l, mode: m, keyCols, keyTerms, bindCols, bindVars, eqCols, delta, existsOnly: bindCols.length === 0 && !inAggregate && !compared };
    const range = inAggregate ? undefined : ranges?.[pos];
    if (range) step.range = range;
    return step;
  };

  const take = (i: number, mode: AtomMode | null) => {
    const l = lits[i] as AtomLit;
    const s = atomStep(l, mode);
    steps.push(s);
    for (const v of s.bindVars) bound.add(v);
    pending.delete(i);
  };

  placeReady();
  if (firstAtom >= 0) {
    take(firstAtom, null);
    placeReady();
  } else if (deltaAtom >= 0) {
    take(deltaAtom, 'delta');
    placeReady();
  }
  for (;;) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of pending) {
      const l = lits[i];
      if (l.t !== 'atom' || l.negated) continue;
      let joined = 0;
      let fresh = 0;
      const keyCols: number[] = [];
      l.args.forEach((a, c) => {
        if (a.t === 'const' || (a.t === 'var' && bound.has(a.name))) keyCols.push(c);
        if (a.t === 'var' && bound.has(a.name)) joined++;
        else if (a.t === 'var' && !keyCols.includes(c)) fresh++;
      });
      // All known: a cheap membership test, do it first. Otherwise the atom whose lookup
      // returns the fewest rows on average; on a tie, the one joined by more variables.
      const score = fresh === 0 ? 1e18 : -est.fanout(l.rel, keyCols) * 1000 + joined;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    take(best, null);
    placeReady();
  }
  if (pending.size > 0) {
    // The checker's groundedness analysis should make this unreachable.
    const l = lits[[...pending][0]];
    throw new DatalogError(`cannot order the body of this rule: ${describeLit(l)} uses variables nothing binds`, 'loc' in l ? l.loc : clause.loc);
  }
  return steps;
}

function describeLit(l: BodyLit): string {
  switch (l.t) {
    case 'atom': return 'an atom';
    case 'cmp': return `a '${l.op}' constraint`;
    case 'test': return `a ${l.op} test`;
    case 'agg': return `a ${l.op} aggregate`;
  }
}

// ---- printing --------------------------------------------------------------------------------

export function showTerm(t: Term, rels: RelationSchema[]): string {
  switch (t.t) {
    case 'var': return t.name;
    case 'wild': return '_';
    case 'const': return typeof t.value === 'string' ? JSON.stringify(t.value) : String(t.value);
    case 'call': {
      const infix = ['+', '-', '*', '/', '%', '^', 'band', 'bor', 'bxor', 'bshl', 'bshr', 'bshru', 'land', 'lor', 'lxor'];
      if (infix.includes(t.op) && t.args.length === 2) return `(${showTerm(t.args[0], rels)} ${t.op} ${showTerm(t.args[1], rels)})`;
      if (t.op === 'neg') return `-${showTerm(t.args[0], rels)}`;
      return `${t.op}(${t.args.map((a) => showTerm(a, rels)).join(', ')})`;
    }
  }
}

function showAtom(l: AtomLit, rels: RelationSchema[]): string {
  return `${rels[l.rel].name}(${l.args.map((a) => showTerm(a, rels)).join(', ')})`;
}

export function explainSteps(steps: Step[], rels: RelationSchema[], indent: string, out: string[]): void {
  for (const s of steps) {
    switch (s.op) {
      case 'atom': {
        const cols = s.keyCols.map((c) => rels[s.lit.rel].columns[c].name).join(', ');
        const how = s.mode === 'delta' ? `delta scan${cols ? ` filtering ${cols}` : ''}`
          : s.mode === 'scan' ? 'full scan'
            : s.mode === 'exists' ? (s.delta ? 'delta membership test' : 'membership test')
              : `${s.delta ? 'delta ' : ''}index on (${cols})`;
        const rows = s.range ? `, ${RANGE_NAMES[s.range]}` : '';
        out.push(`${indent}${showAtom(s.lit, rels)}  [${how}${rows}]`);
        break;
      }
      case 'not':
        out.push(`${indent}!${showAtom(s.lit, rels)}  [${s.keyCols.length === s.lit.args.length ? 'membership test' : s.keyCols.length ? 'index probe' : 'emptiness test'}]`);
        break;
      case 'filter': {
        const l = s.lit;
        out.push(`${indent}${l.t === 'cmp' ? `${showTerm(l.left, rels)} ${l.op} ${showTerm(l.right, rels)}` : `${l.negated ? '!' : ''}${l.op}(${showTerm(l.left, rels)}, ${showTerm(l.right, rels)})`}  [filter]`);
        break;
      }
      case 'bind':
        out.push(`${indent}${s.name} := ${showTerm(s.expr, rels)}`);
        break;
      case 'agg':
        out.push(`${indent}${s.lit.result} := ${s.lit.op}${s.lit.target ? ' ' + showTerm(s.lit.target, rels) : ''} over {${s.resultBound ? ' (test)' : ''}`);
        explainSteps(s.steps, rels, indent + '    ', out);
        out.push(`${indent}}`);
        break;
    }
  }
}

const RANGE_NAMES: Record<AtomRange, string> = { upto: 'tuples before this iteration', new: "this iteration's new tuples", sdelta: 'delta' };

export function explainClause(p: ClausePlan, rels: RelationSchema[]): string {
  const c = p.clause;
  const out: string[] = [];
  const head = `${rels[c.head.rel].name}(${c.head.args.map((a) => showTerm(a, rels)).join(', ')})`;
  if (c.subsumptive) {
    const dominating = showAtom(c.body[1] as AtomLit, rels);
    out.push(`  ${c.loc.file}:${c.loc.line}  ${head} <= ${dominating}`);
    explainSteps(p.steps, rels, '    ', out);
    out.push(`    -> delete ${head}`);
    return out.join('\n');
  }
  const alt = p.firstAtom >= 0 ? `, starting from ${rels[(c.body[p.firstAtom] as AtomLit).rel].name} when it is smaller than the delta` : '';
  out.push(`  ${c.loc.file}:${c.loc.line}  ${head}${p.deltaAtom >= 0 ? `  (delta: ${rels[(c.body[p.deltaAtom] as AtomLit).rel].name} #${p.deltaAtom}${alt})` : ''}`);
  explainSteps(p.steps, rels, '    ', out);
  out.push(`    -> insert ${head}`);
  return out.join('\n');
}
