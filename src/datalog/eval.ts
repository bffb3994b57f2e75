// Semi-naive bottom-up evaluation, one stratum (strongly connected component) at a time.
// Non-recursive clauses run once. Recursive clauses run once per recursive body atom with that
// atom reading only the tuples added in the previous iteration (its delta), until no relation
// of the stratum grows. New tuples go straight into their relation; since rows are appended,
// a relation's delta is simply the range of rows added during the previous iteration.
import { Clause, RelationSchema, Term } from './ir.js';
import { CodegenContext, compileClause, CompiledClause } from './codegen.js';
import { interpretable, interpretClause, InterpretedClause, TIER_UP } from './interp.js';
import { BestPerKey, bestPerKeySpec } from './best.js';
import { AtomRange, ClausePlan, Estimator, planClause, smallestFixedAtom } from './plan.js';
import { Relation } from './relation.js';
import { Runtime } from './runtime.js';
import { Stratum } from './stratify.js';

export interface ClauseStats {
  clauseId: number;
  ruleIndex: number;
  seconds: number;
  tuples: number;
}

export interface StratumRun {
  stratum: Stratum;
  plans: ClausePlan[];
  iterations: number;
}

/**
 * A clause version in two tiers: interpreted (interp.ts) until it has read interpretRows rows,
 * then compiled (codegen.ts). Of the ~900 versions of the shipped rules many never run (a delta
 * that stays empty, a start from a small relation never taken) and most read a few rows, while
 * V8's compilation of the generated code was a fifth of the evaluation of examples/minios.
 */
class LazyClause {
  private made: CompiledClause | undefined;
  /** the first tier (interp.ts); null: the plan is compiled at once */
  private interpreted: InterpretedClause | null | undefined;
  constructor(readonly plan: ClausePlan, private readonly ctx: CodegenContext, private readonly interpretRows: number) {}
  /** What runs the version now: its interpreted plan until that has read interpretRows rows, then the compiled function. */
  get current(): Runnable {
    if (this.made) return this.made;
    if (this.interpreted === undefined) {
      this.interpreted = this.interpretRows > 0 && interpretable(this.plan, this.ctx.rels[this.plan.clause.head.rel].best !== null)
        ? interpretClause(this.plan, this.ctx, () => this.compile().fn, this.interpretRows)
        : null;
    }
    if (this.interpreted !== null && this.interpreted.rowsRead() < this.interpretRows) return this.interpreted;
    return this.compile();
  }

  private compile(): CompiledClause {
    return (this.made ??= compileClause(this.plan, this.ctx));
  }
}

type Runnable = Pick<CompiledClause, 'fn' | 'deltaIndexes'>;

export interface EvalOptions {
  /**
   * Rows a clause version reads interpreted (interp.ts) before it is compiled; 0: compiled
   * when it first runs; Infinity: never compiled when the interpreter runs its plan.
   */
  interpretRows?: number;
}

interface Version {
  clause: LazyClause;
  /** The same version starting from a small fixed relation, used when that is smaller than the delta. */
  alternative: { clause: LazyClause; rel: number } | null;
  /** Relation whose delta feeds this version (-1 for a non-recursive clause). */
  deltaRel: number;
  stats: ClauseStats;
}

/**
 * A subsumptive clause `r(a) <= r(b) :- body.` compiled the ways Soufflé 2.5 runs it. Outside a
 * fixpoint (`outside`): any tuple of r dominated by another one is deleted. In each iteration of
 * a recursive stratum, once the rules have added this iteration's tuples (`new`): a new tuple
 * dominated by another new one or by an older one is rejected (`reject`); the new tuples left
 * are r's delta, and an older tuple dominated by a delta tuple, or by an older one when another
 * atom of the body reads its relation's delta, is deleted (`delete`, one version per such atom).
 */
interface SubsumptiveClause {
  outside: Version;
  reject: Version[];
  delete: Version[];
}

/** A relation's subsumption: its clauses, or (the common case) the best tuple kept per key. */
interface Subsumption {
  rel: number;
  clauses: SubsumptiveClause[];
  best: BestPerKey | null;
}

export class Evaluator {
  readonly stats = new Map<number, ClauseStats>();
  readonly runs: StratumRun[] = [];

  constructor(
    private readonly schemas: RelationSchema[],
    private readonly rels: Relation[],
    private readonly rt: Runtime,
    private readonly opts: EvalOptions = {},
  ) {}

  private get interpretRows(): number {
    return this.opts.interpretRows ?? TIER_UP;
  }

  private statsFor(clauseId: number, ruleIndex: number): ClauseStats {
    let s = this.stats.get(clauseId);
    if (!s) {
      s = { clauseId, ruleIndex, seconds: 0, tuples: 0 };
      this.stats.set(clauseId, s);
    }
    return s;
  }

  private exec(v: Version, ds: number, de: number, ls?: Int32Array, le?: Int32Array, dlo?: Int32Array, dhi?: Int32Array, kill?: number[]): number {
    const t0 = performance.now();
    // Start from whichever is smaller: the delta, or the small fixed relation of the alternative.
    const c = (v.alternative && this.rels[v.alternative.rel].count < de - ds ? v.alternative.clause : v.clause).current;
    for (const ix of c.deltaIndexes) ix.buildRange(ds, de);
    const n = c.fn(ds, de, ls, le, dlo, dhi, kill);
    v.stats.seconds += (performance.now() - t0) / 1000;
    v.stats.tuples += n;
    return n;
  }

  private readonly fanouts = new Map<string, number>();

  /**
   * Sizes for planning. Relations of earlier strata are complete: their average fan-out on a
   * set of columns is measured once (rows / distinct keys). Relations of this stratum are
   * still growing: a lookup on bound columns is assumed selective, a scan large.
   */
  private estimator(inStratum: Set<number>): Estimator {
    return {
      size: (r) => (inStratum.has(r) ? 1e6 : this.rels[r].count),
      fanout: (r, cols) => {
        if (inStratum.has(r)) return cols.length ? 10 : 1e6;
        const rel = this.rels[r];
        if (cols.length === 0 || rel.count === 0) return rel.count;
        if (cols.length === rel.arity) return 1;
        const key = `${r}:${cols.join(',')}`;
        let f = this.fanouts.get(key);
        if (f === undefined) {
          // Kept on the relation: the chosen plan usually looks up through this very index.
          const ix = rel.index(cols);
          if (!ix.built) ix.rebuild();
          f = rel.count / Math.max(1, ix.groups);
          this.fanouts.set(key, f);
        }
        return f;
      },
    };
  }

  runStratum(stratum: Stratum): void {
    const inStratum = new Set(stratum.relations);
    // Sizes guide the join order; relations still growing in this stratum count as large.
    const est = this.estimator(inStratum);
    const ctx = { rels: this.rels, schemas: this.schemas, rt: this.rt, recursive: inStratum };
    const plans: ClausePlan[] = [];
    const compile = (plan: ClausePlan, stats: ClauseStats, deltaRel = -1): Version => {
      plans.push(plan);
      return { clause: new LazyClause(plan, ctx, this.interpretRows), alternative: null, deltaRel, stats };
    };
    // Relations with subsumptive rules delete rows while this stratum runs (by name: the order
    // of Soufflé's subsumption phases). Rules compiled from here on skip their deleted rows.
    const deleting = [...new Set(stratum.clauses.filter((c) => c.subsumptive).map((c) => c.head.rel))]
      .sort((a, b) => (this.schemas[a].name < this.schemas[b].name ? -1 : 1));
    for (const r of deleting) this.rels[r].enableDeletion();
    const subsumptions: Subsumption[] = deleting
      .map((r) => {
        const rel = this.rels[r];
        const mine = stratum.clauses.filter((c) => c.subsumptive && c.head.rel === r);
        const spec = bestPerKeySpec(mine);
        if (spec) {
          rel.best = new BestPerKey(rel, spec, (a, b) => this.rt.cmpSym(a, b));
          return { rel: r, clauses: [], best: rel.best };
        }
        const clauses = mine.map((c) => {
          const stats = this.statsFor(c.id, c.ruleIndex);
          return this.compileSubsumption(c, stratum, est, (p) => compile(p, stats));
        });
        return { rel: r, clauses, best: null };
      });
    const facts: Clause[] = [];
    const base: Version[] = [];
    const recursive: Version[] = [];
    for (const c of stratum.clauses) {
      const stats = this.statsFor(c.id, c.ruleIndex);
      if (c.subsumptive) continue;
      const deltaAtoms = stratum.recursive
        ? c.body.map((l, i) => (l.t === 'atom' && !l.negated && inStratum.has(l.rel) ? i : -1)).filter((i) => i >= 0)
        : [];
      if (c.body.length === 0 && c.head.args.every((a) => a.t === 'const')) {
        facts.push(c); // a plain fact: inserted directly rather than through a compiled function
      } else if (deltaAtoms.length === 0) {
        base.push(compile(planClause(c, -1, est), stats));
      } else {
        for (const j of deltaAtoms) {
          const deltaRel = (c.body[j] as { rel: number }).rel;
          const v = compile(planClause(c, j, est), stats, deltaRel);
          const first = smallestFixedAtom(c, j, inStratum, est);
          if (first >= 0) {
            const alt = planClause(c, j, est, first);
            plans.push(alt);
            v.alternative = { clause: new LazyClause(alt, ctx, this.interpretRows), rel: (c.body[first] as { rel: number }).rel };
          }
          recursive.push(v);
        }
      }
    }
    const run: StratumRun = { stratum, plans, iterations: 0 };
    this.runs.push(run);

    const insertFact = (c: Clause) => {
      const rel = this.rels[c.head.rel];
      c.head.args.forEach((a, i) => {
        const value = (a as Extract<Term, { t: 'const' }>).value;
        rel.tmp[i] = typeof value === 'string' ? this.rt.intern(value) : value;
      });
      if (rel.best ? rel.best.insert(rel.tmp) : rel.insert(rel.tmp)) this.statsFor(c.id, c.ruleIndex).tuples++;
    };
    if (subsumptions.length === 0) {
      for (const c of facts) insertFact(c);
      for (const v of base) this.exec(v, 0, 0);
    } else {
      // As Soufflé: relation by relation (by name), its non-recursive rules, then the
      // deletions of its subsumptive rules among the tuples there are so far. (Inside the
      // fixpoint below, each subsumptive rule deletes before the next one looks.)
      const byName = [...stratum.relations].sort((a, b) => (this.schemas[a].name < this.schemas[b].name ? -1 : 1));
      for (const r of byName) {
        for (const c of facts) if (c.head.rel === r) insertFact(c);
        for (const v of base) if (v.clause.plan.clause.head.rel === r) this.exec(v, 0, 0);
        // All of its subsumptive rules find their dominated tuples first, then they go. (A
        // relation keeping the best tuple per key has kept only those already.)
        const sub = subsumptions.find((s) => s.rel === r);
        if (!sub || sub.best) continue;
        const counts = Int32Array.from(this.rels, (rel) => rel.count);
        this.deleteDominated(r, sub.clauses.map((s) => s.outside), counts);
      }
    }
    if (recursive.length === 0 && !stratum.recursive) {
      this.finishDeletions(deleting);
      return;
    }

    // Per relation (by id): its delta is rows [start, end); the first delta is everything so far.
    const start = new Int32Array(this.rels.length);
    const end = new Int32Array(this.rels.length);
    const dlo = new Int32Array(this.rels.length);
    const dhi = new Int32Array(this.rels.length);
    for (const r of stratum.relations) end[r] = this.rels[r].count;
    for (;;) {
      run.iterations++;
      for (const s of subsumptions) if (s.best) s.best.frontier = end[s.rel];
      for (const v of recursive) {
        const ds = start[v.deltaRel];
        const de = end[v.deltaRel];
        if (ds < de) this.exec(v, ds, de, start, end);
      }
      if (subsumptions.length) {
        dlo.set(start);
        dhi.set(end);
        for (const { rel: r, clauses, best } of subsumptions) {
          if (best) best.replaceOld();
          else this.deleteDominated(r, clauses.flatMap((s) => s.reject), end, dlo, dhi);
          // What is left of this iteration's new tuples is r's delta (for the relations whose
          // subsumption phase comes later in this iteration too).
          dlo[r] = end[r];
          dhi[r] = this.rels[r].count;
          for (const s of clauses) this.deleteDominated(r, s.delete, end, dlo, dhi);
        }
      }
      let grew = false;
      for (const r of stratum.relations) {
        const rel = this.rels[r];
        if (rel.hasLiveRowsFrom(end[r])) grew = true;
        start[r] = end[r];
        end[r] = rel.count;
      }
      if (!grew) break;
      for (const r of deleting) {
        // Superseded rows cost memory and lengthen index chains: drop them once they are the
        // majority, moving the row ranges with them.
        const rel = this.rels[r];
        if (rel.deadCount > 4096 && rel.deadCount * 2 > rel.count) {
          const below = rel.compact();
          start[r] = below[start[r]];
          end[r] = below[end[r]];
        }
      }
    }
    this.finishDeletions(deleting);
  }

  /** Run the given versions of one relation's subsumptive rule(s), then delete the rows they found. */
  private deleteDominated(rel: number, versions: Version[], le: Int32Array, dlo?: Int32Array, dhi?: Int32Array): void {
    const kill: number[] = [];
    for (const v of versions) this.exec(v, 0, 0, le, le, dlo, dhi, kill);
    const r = this.rels[rel];
    for (const row of kill) r.kill(row);
  }

  /** After the stratum: the deleting relations drop their dead rows and stop deleting. */
  private finishDeletions(deleting: number[]): void {
    for (const r of deleting) {
      const rel = this.rels[r];
      rel.best = null;
      if (rel.deadCount > 0) rel.compact();
      rel.disableDeletion();
    }
  }

  private compileSubsumption(c: Clause, stratum: Stratum, est: Estimator, compile: (p: ClausePlan) => Version): SubsumptiveClause {
    const inStratum = new Set(stratum.relations);
    // Other atoms of the body over relations of this stratum (the dominated and dominating
    // atoms are body[0] and body[1]).
    const others = c.body.map((l, i) => (i >= 2 && l.t === 'atom' && !l.negated && inStratum.has(l.rel) ? i : -1)).filter((i) => i >= 0);
    // Atoms over this stratum's relations read the rows before this iteration unless said otherwise.
    const ranges = (set: Record<number, AtomRange>): Array<AtomRange | undefined> =>
      c.body.map((l, i) => set[i] ?? (l.t === 'atom' && inStratum.has(l.rel) ? 'upto' : undefined));
    const outside = compile(planClause(c, -1, est, -1, ranges({})));
    if (!stratum.recursive) return { outside, reject: [], delete: [] };
    const reject = [
      compile(planClause(c, -1, est, 0, ranges({ 0: 'new', 1: 'new' }))),
      compile(planClause(c, -1, est, 0, ranges({ 0: 'new', 1: 'upto' }))),
    ];
    const del = [compile(planClause(c, -1, est, 1, ranges({ 0: 'upto', 1: 'sdelta' })))];
    for (const k of others) del.push(compile(planClause(c, -1, est, k, ranges({ 0: 'upto', 1: 'upto', [k]: 'sdelta' }))));
    return { outside, reject, delete: del };
  }
}
