// The first tier of a clause version: its plan run by a tree of closures, built in microseconds,
// where the generated function (codegen.ts) costs V8 a tenth of a millisecond or more to compile.
// Most of the ~800 versions of the shipped rules read a few dozen rows in a whole run, and
// compiling them was a fifth of the evaluation of examples/minios. eval.ts runs a version here
// until it has read TIER_UP rows, then compiles it.
//
// It runs exactly what codegen.ts generates for the same plan: the same rows in the same order
// (ranges, deleted rows, index chains from the newest row down), the same tuples staged. Plans
// with what it does not do (subsumption, a best-per-key head, aggregates, functors other than
// integer + - *) are compiled at once.
import { atomRows, ClauseFn, CodegenContext, CompiledClause, RowBound } from './codegen.js';
import type { Index } from './relation.js';
import { AtomStep, ClausePlan, NegStep, Step } from './plan.js';
import { CmpLit, Term, TestLit } from './ir.js';

/**
 * Rows a version reads in this tier, in all its calls, before it is compiled. The interpreter
 * reads a row more slowly than the compiled function, but compiling a version costs V8 about
 * 0.1 ms. Measured (`fuselog eval` of the shipped rules, bench/NOTES.md): examples/minios is
 * fastest from 10,000 rows up (0.59 s; 0.64 s compiling every version), SQLite and the 21
 * HelenOS servers take the same time as compiling every version (interpreting everything
 * costs SQLite 10% more).
 */
export const TIER_UP = 10_000;

/** A plan run by closures, and how many rows it has read so far. */
export interface InterpretedClause extends Omit<CompiledClause, 'source'> {
  rowsRead(): number;
}

/** Whether interpretClause() runs this plan (`bestHead`: its head relation keeps the best tuple per key). */
export function interpretable(plan: ClausePlan, bestHead: boolean): boolean {
  if (plan.clause.subsumptive || bestHead) return false;
  const simple = (t: Term): boolean => t.t !== 'call' || (t.kind !== 'float' && (t.op === '+' || t.op === '-' || t.op === '*') && t.args.every(simple));
  const stepOk = (s: Step): boolean => {
    switch (s.op) {
      case 'atom': case 'not': return s.keyTerms.every(simple);
      case 'filter': return simple(s.lit.left) && simple(s.lit.right);
      case 'bind': return simple(s.expr);
      case 'agg': return false;
    }
  };
  return plan.steps.every(stepOk) && plan.clause.head.args.every(simple);
}

type Env = Int32Array;
type Expr = (e: Env) => number;
type Run = (e: Env) => void;

/** What a call of the version is given (ClauseFn's arguments), and what it has done. */
interface Frame {
  ds: number;
  de: number;
  LS: Int32Array;
  LE: Int32Array;
  DLO: Int32Array;
  DHI: Int32Array;
  n: number;
  /** rows read by every call so far */
  rows: number;
  /** when rows passes this, the call stops and the compiled version runs it again */
  budget: number;
}

/** Thrown out of a call that has read its budget of rows. */
const BAIL = new Error('interpreted rows used up');

/**
 * The plan as closures. A call that reads more than `budget` rows in all stops there, and
 * `compiled()` runs the call again: what the interpreted part inserted is inserted again,
 * which adds nothing (a set; a relation of the stratum is read only up to its bounds, so the
 * run again does not see those rows either), and the count of new tuples adds up.
 */
export function interpretClause(plan: ClausePlan, ctx: CodegenContext, compiled: () => ClauseFn, budget = TIER_UP): InterpretedClause {
  const slots = new Map<string, number>();
  const slot = (name: string): number => {
    let s = slots.get(name);
    if (s === undefined) slots.set(name, (s = slots.size));
    return s;
  };
  const f: Frame = { ds: 0, de: 0, LS: NONE, LE: NONE, DLO: NONE, DHI: NONE, n: 0, rows: 0, budget };
  const deltaIndexes: Index[] = [];
  const clause = plan.clause;

  const expr = (t: Term): Expr => {
    switch (t.t) {
      case 'var': { const s = slot(t.name); return (e) => e[s]; }
      case 'const': { const v = typeof t.value === 'string' ? ctx.rt.intern(t.value) : t.value; return () => v; }
      case 'wild': throw new Error(`'_' in a plan at ${clause.loc.file}:${clause.loc.line}`);
      case 'call': {
        const [a, b] = t.args.map(expr);
        if (t.op === '+') return (e) => (a(e) + b(e)) | 0;
        if (t.op === '-') return (e) => (a(e) - b(e)) | 0;
        return (e) => Math.imul(a(e), b(e));
      }
    }
  };

  const head = clause.head;
  const H = ctx.rels[head.rel];
  const headArgs = head.args.map(expr);
  const insert: Run =
    headArgs.length === 1 ? (e) => { f.n += H.stage1(headArgs[0](e)); }
    : headArgs.length === 2 ? (e) => { f.n += H.stage2(headArgs[0](e), headArgs[1](e)); }
    : (e) => { for (let k = 0; k < headArgs.length; k++) H.tmp[k] = headArgs[k](e); f.n += H.stage(H.tmp); };

  const build = (i: number): Run => {
    if (i === plan.steps.length) return insert;
    const s = plan.steps[i];
    const next = build(i + 1);
    switch (s.op) {
      case 'atom': return atom(s, next);
      case 'not': return negation(s, next);
      case 'filter': {
        const test = s.lit.t === 'cmp' ? compare(s.lit, expr, ctx) : testCall(s.lit, expr, ctx);
        return (e) => { if (test(e)) next(e); };
      }
      case 'bind': {
        const v = expr(s.expr);
        const to = slot(s.name);
        return (e) => { e[to] = v(e); next(e); };
      }
      case 'agg': throw new Error('an aggregate in an interpreted plan');
    }
  };

  /** The first and the end row an atom reads (codegen's atomRows), read from the call's frame; -1: the relation's count when the loop starts. */
  const rowBound = (b: RowBound | null, r: number, none: number): ((fr: Frame) => number) => {
    switch (b) {
      case null: return () => none;
      case 'ds': return (fr) => fr.ds;
      case 'de': return (fr) => fr.de;
      default: return (fr) => fr[b][r];
    }
  };

  const atom = (s: AtomStep, next: Run): Run => {
    const R = ctx.rels[s.lit.rel];
    const arity = ctx.schemas[s.lit.rel].columns.length;
    const rows = atomRows(clause, plan.deltaAtom, s, ctx.recursive);
    const loOf = rowBound(rows.lo, s.lit.rel, 0);
    const hiOf = rowBound(rows.hi, s.lit.rel, -1);
    const ranged = rows.lo !== null || rows.hi !== null;
    const keys = s.keyTerms.map(expr);
    const binds = s.bindCols;
    const bindSlots = s.bindVars.map(slot);
    const eqs = s.eqCols;
    const once = s.existsOnly;
    if (s.mode === 'exists') {
      const kb = new Int32Array(Math.max(1, arity));
      const fill = (e: Env) => { for (let k = 0; k < keys.length; k++) kb[s.keyCols[k]] = keys[k](e); };
      if (!ranged) {
        if (arity === 2) {
          const [x, y] = [0, 1].map((c) => keys[s.keyCols.indexOf(c)]);
          return (e) => { if (++f.rows > f.budget) throw BAIL; if (R.contains2(x(e), y(e))) next(e); };
        }
        return (e) => { fill(e); if (++f.rows > f.budget) throw BAIL; if (R.contains(kb)) next(e); };
      }
      return (e) => {
        fill(e);
        if (++f.rows > f.budget) throw BAIL;
        const r = R.rowOf(kb);
        const hi = hiOf(f);
        if (r >= loOf(f) && (hi === -1 || r < hi)) next(e);
      };
    }
    // a row's checks and bindings, then the rest of the plan; false: the row does not match
    const visit = (e: Env, d: Int32Array, b: number, keyVals: Int32Array | null): boolean => {
      if (keyVals !== null) for (let k = 0; k < s.keyCols.length; k++) if (d[b + s.keyCols[k]] !== keyVals[k]) return false;
      for (let k = 0; k < eqs.length; k++) if (d[b + eqs[k][0]] !== d[b + eqs[k][1]]) return false;
      for (let k = 0; k < binds.length; k++) e[bindSlots[k]] = d[b + binds[k]];
      next(e);
      return true;
    };
    if (s.mode === 'delta' || s.mode === 'scan') {
      const keyVals = keys.length ? new Int32Array(keys.length) : null;
      return (e) => {
        // (a variable is bound once in a plan: what the rest binds leaves the keys as they are)
        if (keyVals !== null) for (let k = 0; k < keys.length; k++) keyVals[k] = keys[k](e);
        const d = R.data;
        const dead = R.dead;
        const hi = hiOf(f);
        for (let i = loOf(f), end = hi === -1 ? R.count : hi; i < end; i++) {
          if (++f.rows > f.budget) throw BAIL;
          if (dead !== null && dead[i] !== 0) continue;
          if (visit(e, d, i * arity, keyVals) && once) break;
        }
      };
    }
    // lookup through a hash index on the known columns (the delta's: over its rows only)
    const ix = s.delta ? R.deltaIndex(s.keyCols) : R.index(s.keyCols);
    if (s.delta && !deltaIndexes.includes(ix)) deltaIndexes.push(ix);
    const kb = new Int32Array(Math.max(1, s.keyCols.length));
    const first = keys.length === 1 ? (e: Env) => ix.first1(keys[0](e))
      : keys.length === 2 ? (e: Env) => ix.first2(keys[0](e), keys[1](e))
      : (e: Env) => { for (let k = 0; k < keys.length; k++) kb[k] = keys[k](e); return ix.first(kb); };
    return (e) => {
      let i = first(e);
      const nx = ix.next;
      const d = R.data;
      const dead = R.dead;
      const hi = hiOf(f);
      // chains run from the newest row down: rows above the range are a prefix to skip
      if (hi !== -1) while (i >= hi) i = nx[i] - 1;
      for (const lo = loOf(f); i >= lo; i = nx[i] - 1) {
        if (++f.rows > f.budget) throw BAIL;
        if (dead !== null && dead[i] !== 0) continue;
        if (visit(e, d, i * arity, null) && once) break;
      }
    };
  };

  const negation = (s: NegStep, next: Run): Run => {
    const R = ctx.rels[s.lit.rel];
    const arity = ctx.schemas[s.lit.rel].columns.length;
    const keys = s.keyTerms.map(expr);
    if (s.keyCols.length === 0) return (e) => { if (R.count === 0) next(e); };
    if (s.keyCols.length === arity) {
      const kb = new Int32Array(Math.max(1, arity));
      return (e) => {
        for (let k = 0; k < keys.length; k++) kb[s.keyCols[k]] = keys[k](e);
        if (++f.rows > f.budget) throw BAIL;
        if (!R.contains(kb)) next(e);
      };
    }
    const ix = R.index(s.keyCols);
    if (keys.length === 1) return (e) => { if (++f.rows > f.budget) throw BAIL; if (ix.first1(keys[0](e)) < 0) next(e); };
    const kb = new Int32Array(keys.length);
    return (e) => {
      for (let k = 0; k < keys.length; k++) kb[k] = keys[k](e);
      if (++f.rows > f.budget) throw BAIL;
      if (ix.first(kb) < 0) next(e);
    };
  };

  const run = build(0);
  const env = new Int32Array(Math.max(1, slots.size));
  const fn: ClauseFn = (ds, de, LS, LE, DLO, DHI, KILL) => {
    f.ds = ds;
    f.de = de;
    f.LS = LS ?? NONE;
    f.LE = LE ?? NONE;
    f.DLO = DLO ?? NONE;
    f.DHI = DHI ?? NONE;
    f.n = 0;
    try {
      run(env);
    } catch (e) {
      if (e !== BAIL) throw e;
      const n = f.n + H.flushStaged();
      return n + compiled()(ds, de, LS, LE, DLO, DHI, KILL);
    }
    f.n += H.flushStaged();
    return f.n;
  };
  return { plan, fn, deltaIndexes, rowsRead: () => f.rows };
}

const NONE = new Int32Array(0);

/** codegen's cmp(): symbols equal by id and ordered by their text, unsigned and float numbers by value. */
function compare(l: CmpLit, expr: (t: Term) => Expr, ctx: CodegenContext): (e: Env) => boolean {
  const a = expr(l.left);
  const b = expr(l.right);
  const rt = ctx.rt;
  const rel = ORDER[l.op];
  if (l.kind === 'symbol' && l.op !== '=' && l.op !== '!=') return (e) => rel(rt.cmpSym(a(e), b(e)), 0);
  if (l.kind === 'unsigned') return (e) => rel(a(e) >>> 0, b(e) >>> 0);
  if (l.kind === 'float') return (e) => rel(rt.bf(a(e)), rt.bf(b(e)));
  return (e) => rel(a(e), b(e));
}

const ORDER: Record<CmpLit['op'], (x: number, y: number) => boolean> = {
  '=': (x, y) => x === y,
  '!=': (x, y) => x !== y,
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
};

function testCall(l: TestLit, expr: (t: Term) => Expr, ctx: CodegenContext): (e: Env) => boolean {
  const a = expr(l.left);
  const b = expr(l.right);
  const rt = ctx.rt;
  const call = l.op === 'match' ? (x: number, y: number) => rt.match(x, y) : (x: number, y: number) => rt.contains(x, y);
  return l.negated ? (e) => !call(a(e), b(e)) : (e) => call(a(e), b(e));
}
