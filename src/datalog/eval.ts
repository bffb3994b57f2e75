// Semi-naive bottom-up evaluation, one stratum (strongly connected component) at a time.
// Non-recursive clauses run once. Recursive clauses run once per recursive body atom with that
// atom reading only the tuples added in the previous iteration (its delta), until no relation
// of the stratum grows. New tuples go straight into their relation; since rows are appended,
// a relation's delta is simply the range of rows added during the previous iteration.
import { RelationSchema } from './ir.js';
import { compileClause, CompiledClause } from './codegen.js';
import { ClausePlan, Estimator, planClause, smallestFixedAtom } from './plan.js';
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

interface Version {
  compiled: CompiledClause;
  /** The same version starting from a small fixed relation, used when that is smaller than the delta. */
  alternative: { compiled: CompiledClause; rel: number } | null;
  /** Relation whose delta feeds this version (-1 for a non-recursive clause). */
  deltaRel: number;
  stats: ClauseStats;
}

export class Evaluator {
  readonly stats = new Map<number, ClauseStats>();
  readonly runs: StratumRun[] = [];

  constructor(
    private readonly schemas: RelationSchema[],
    private readonly rels: Relation[],
    private readonly rt: Runtime,
  ) {}

  private statsFor(clauseId: number, ruleIndex: number): ClauseStats {
    let s = this.stats.get(clauseId);
    if (!s) {
      s = { clauseId, ruleIndex, seconds: 0, tuples: 0 };
      this.stats.set(clauseId, s);
    }
    return s;
  }

  private exec(v: Version, ds: number, de: number, ls?: Int32Array, le?: Int32Array): number {
    const t0 = performance.now();
    // Start from whichever is smaller: the delta, or the small fixed relation of the alternative.
    const c = v.alternative && this.rels[v.alternative.rel].count < de - ds ? v.alternative.compiled : v.compiled;
    const n = c.fn(ds, de, ls, le);
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
          f = rel.count / Math.max(1, rel.index(cols).groups);
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
    const base: Version[] = [];
    const recursive: Version[] = [];
    const plans: ClausePlan[] = [];
    for (const c of stratum.clauses) {
      const stats = this.statsFor(c.id, c.ruleIndex);
      const deltaAtoms = stratum.recursive
        ? c.body.map((l, i) => (l.t === 'atom' && !l.negated && inStratum.has(l.rel) ? i : -1)).filter((i) => i >= 0)
        : [];
      if (c.body.length === 0 && c.head.args.every((a) => a.t === 'const')) {
        // A plain fact: insert it directly rather than compile a function for it.
        const rel = this.rels[c.head.rel];
        c.head.args.forEach((a, i) => (rel.tmp[i] = typeof a.value === 'string' ? this.rt.intern(a.value) : (a.value as number)));
        if (rel.insert(rel.tmp)) stats.tuples++;
        continue;
      }
      if (deltaAtoms.length === 0) {
        const plan = planClause(c, -1, est);
        plans.push(plan);
        base.push({ compiled: compileClause(plan, ctx), alternative: null, deltaRel: -1, stats });
      } else {
        for (const j of deltaAtoms) {
          const plan = planClause(c, j, est);
          plans.push(plan);
          const deltaRel = (c.body[j] as { rel: number }).rel;
          const first = smallestFixedAtom(c, j, inStratum, est);
          let alternative: Version['alternative'] = null;
          if (first >= 0) {
            const alt = planClause(c, j, est, first);
            plans.push(alt);
            alternative = { compiled: compileClause(alt, ctx), rel: (c.body[first] as { rel: number }).rel };
          }
          recursive.push({ compiled: compileClause(plan, ctx), alternative, deltaRel, stats });
        }
      }
    }
    const run: StratumRun = { stratum, plans, iterations: 0 };
    this.runs.push(run);

    for (const v of base) this.exec(v, 0, 0);
    if (recursive.length === 0) return;

    // Per relation (by id): its delta is rows [start, end); the first delta is everything so far.
    const start = new Int32Array(this.rels.length);
    const end = new Int32Array(this.rels.length);
    for (const r of stratum.relations) end[r] = this.rels[r].count;
    for (;;) {
      run.iterations++;
      for (const v of recursive) {
        const ds = start[v.deltaRel];
        const de = end[v.deltaRel];
        if (ds < de) this.exec(v, ds, de, start, end);
      }
      let grew = false;
      for (const r of stratum.relations) {
        const count = this.rels[r].count;
        start[r] = end[r];
        end[r] = count;
        if (count > start[r]) grew = true;
      }
      if (!grew) break;
    }
  }
}
