// Semi-naive bottom-up evaluation, one stratum (strongly connected component) at a time.
// Non-recursive clauses run once. Recursive clauses run once per recursive body atom with that
// atom reading only the tuples added in the previous iteration (its delta), until no relation
// of the stratum grows. New tuples go straight into their relation; since rows are appended,
// a relation's delta is simply the range of rows added during the previous iteration.
import { RelationSchema } from './ir.js';
import { compileClause, CompiledClause } from './codegen.js';
import { ClausePlan, planClause } from './plan.js';
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

  private exec(v: Version, ds: number, de: number): number {
    const t0 = performance.now();
    const n = v.compiled.fn(ds, de);
    v.stats.seconds += (performance.now() - t0) / 1000;
    v.stats.tuples += n;
    return n;
  }

  runStratum(stratum: Stratum): void {
    const inStratum = new Set(stratum.relations);
    // Sizes guide the join order; relations still growing in this stratum count as large.
    const sizeOf = (r: number) => (inStratum.has(r) ? 1e6 : this.rels[r].count);
    const ctx = { rels: this.rels, schemas: this.schemas, rt: this.rt };
    const base: Version[] = [];
    const recursive: Version[] = [];
    const plans: ClausePlan[] = [];
    for (const c of stratum.clauses) {
      const stats = this.statsFor(c.id, c.ruleIndex);
      const deltaAtoms = stratum.recursive
        ? c.body.map((l, i) => (l.t === 'atom' && !l.negated && inStratum.has(l.rel) ? i : -1)).filter((i) => i >= 0)
        : [];
      if (deltaAtoms.length === 0) {
        const plan = planClause(c, -1, sizeOf);
        plans.push(plan);
        base.push({ compiled: compileClause(plan, ctx), deltaRel: -1, stats });
      } else {
        for (const j of deltaAtoms) {
          const plan = planClause(c, j, sizeOf);
          plans.push(plan);
          const deltaRel = (c.body[j] as { rel: number }).rel;
          recursive.push({ compiled: compileClause(plan, ctx), deltaRel, stats });
        }
      }
    }
    const run: StratumRun = { stratum, plans, iterations: 0 };
    this.runs.push(run);

    for (const v of base) this.exec(v, 0, 0);
    if (recursive.length === 0) return;

    // The first delta is everything the relations hold so far.
    const start = new Map<number, number>();
    const end = new Map<number, number>();
    for (const r of stratum.relations) {
      start.set(r, 0);
      end.set(r, this.rels[r].count);
    }
    for (;;) {
      run.iterations++;
      for (const v of recursive) {
        const ds = start.get(v.deltaRel)!;
        const de = end.get(v.deltaRel)!;
        if (ds < de) this.exec(v, ds, de);
      }
      let grew = false;
      for (const r of stratum.relations) {
        const count = this.rels[r].count;
        start.set(r, end.get(r)!);
        end.set(r, count);
        if (count > start.get(r)!) grew = true;
      }
      if (!grew) break;
    }
  }
}
