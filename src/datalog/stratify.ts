// Strata: the strongly connected components of the relation dependency graph, in an order
// where every relation comes after those it reads. Negation and aggregation must not go
// through a cycle; if they do, the error names the cycle of relations, as Soufflé does.
import { DatalogError, formatLoc, Loc } from './errors.js';
import { BodyLit, Clause, RelationSchema } from './ir.js';

export interface Stratum {
  index: number;
  relations: number[];
  clauses: Clause[];
  /** Whether some clause reads a relation of this stratum (needs fixpoint iteration). */
  recursive: boolean;
}

interface Edge {
  from: number; // the head
  to: number; // a relation the head depends on
  negative: boolean;
  why: string;
  loc: Loc;
}

/**
 * Whether body literal i reads its relation as a dependency. A subsumptive clause's dominated
 * and dominating atoms (body[0], body[1]) do not: they compare the head relation's own tuples.
 */
export function isDependency(clause: Clause, i: number): boolean {
  return !(clause.subsumptive && i < 2);
}

function collectEdges(clause: Clause, out: Edge[]): void {
  const visit = (lits: BodyLit[], underAgg: boolean) => {
    for (const [i, l] of lits.entries()) {
      if (l.t === 'atom' && lits === clause.body && !isDependency(clause, i)) continue;
      if (l.t === 'atom') {
        const negative = l.negated || underAgg;
        out.push({ from: clause.head.rel, to: l.rel, negative, why: l.negated ? 'negation' : underAgg ? 'an aggregate' : '', loc: l.loc });
      } else if (l.t === 'agg') visit(l.body, true);
    }
  };
  visit(clause.body, false);
}

export function stratify(relations: RelationSchema[], clauses: Clause[]): Stratum[] {
  const n = relations.length;
  const edges: Edge[] = [];
  for (const c of clauses) collectEdges(c, edges);
  const deps: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) deps[e.from].push(e.to);

  // Tarjan's algorithm, iteratively; components come out dependencies-first.
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const comps: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i < deps[v].length) {
        top[1]++;
        const w = deps[v][i];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
      } else {
        work.pop();
        if (work.length) {
          const u = work[work.length - 1][0];
          low[u] = Math.min(low[u], low[v]);
        }
        if (low[v] === index[v]) {
          const comp: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            comp.push(w);
          } while (w !== v);
          comps.push(comp.sort((a, b) => a - b));
        }
      }
    }
  }

  const compOf = new Int32Array(n);
  comps.forEach((c, i) => c.forEach((r) => (compOf[r] = i)));
  for (const e of edges) {
    if (e.negative && compOf[e.from] === compOf[e.to]) {
      const cycle = findCycle(e, deps, compOf);
      const names = cycle.map((r) => relations[r].name).join(' -> ');
      throw new DatalogError(
        `unable to stratify: ${relations[e.from].name} depends on ${relations[e.to].name} through ${e.why}, inside the cycle ${names}`,
        e.loc,
      );
    }
  }

  const byHead = new Map<number, Clause[]>();
  for (const c of clauses) {
    const list = byHead.get(c.head.rel) ?? [];
    list.push(c);
    byHead.set(c.head.rel, list);
  }
  return comps.map((rels, i) => {
    const set = new Set(rels);
    const cl = rels.flatMap((r) => byHead.get(r) ?? []).sort((a, b) => a.id - b.id);
    const recursive = cl.some((c) => c.body.some((l, i) => l.t === 'atom' && set.has(l.rel) && isDependency(c, i)));
    return { index: i, relations: rels, clauses: cl, recursive };
  });
}

/** A dependency path from the edge's head through its target back to the head. */
function findCycle(e: Edge, deps: number[][], compOf: Int32Array): number[] {
  const prev = new Map<number, number>();
  const queue = [e.to];
  prev.set(e.to, -1);
  while (queue.length) {
    const v = queue.shift()!;
    if (v === e.from) break;
    for (const w of deps[v]) {
      if (compOf[w] !== compOf[e.from] || prev.has(w)) continue;
      prev.set(w, v);
      queue.push(w);
    }
  }
  const path: number[] = [];
  for (let v: number | undefined = e.from; v !== undefined && v !== -1; v = prev.get(v)) path.push(v);
  path.reverse();
  return e.from === e.to ? [e.from, e.from] : [e.from, ...path];
}

export function describeEdgeLoc(loc: Loc): string {
  return formatLoc(loc);
}
