// The common case of subsumption: a relation whose one subsumptive rule is a total order on
// one column among tuples that agree on all the others,
//
//   lab(x, l1) <= lab(x, l2) :- l2 < l1.        (or <=, >, >=: the best is the least or greatest)
//
// Then every key holds at most one tuple, and Soufflé's phases (reject new tuples dominated by
// other new or older ones, delete older ones dominated by the new delta) come down to: keep the
// best new candidate per key if it beats the key's current tuple, and at the end of the
// iteration let it replace that tuple. So a candidate that loses is never stored, and the
// reject and delete joins are not run at all. The answers are the same as the general path's
// (test/datalog-subsumption.test.ts runs both against Soufflé).
import { Kind } from './ast.js';
import { AtomLit, Clause, CmpLit } from './ir.js';
import { Index, Relation } from './relation.js';

export interface BestSpec {
  keyCols: number[];
  valCol: number;
  /** true: the least value is best (`l2 < l1`); false: the greatest. */
  least: boolean;
  kind: Kind;
}

/** The spec if the relation's subsumptive clauses are exactly one total order on one column. */
export function bestPerKeySpec(subsumptive: Clause[]): BestSpec | null {
  if (subsumptive.length !== 1) return null;
  const c = subsumptive[0];
  if (c.body.length !== 3) return null;
  const [d, e, cmp] = c.body;
  if (d.t !== 'atom' || e.t !== 'atom' || cmp.t !== 'cmp') return null;
  const names = (a: AtomLit) => a.args.map((t) => (t.t === 'var' ? t.name : null));
  const dn = names(d);
  const en = names(e);
  if (dn.some((n) => n === null) || en.some((n) => n === null) || new Set(dn).size !== dn.length || new Set(en).size !== en.length) return null;
  const differ = dn.map((n, i) => (n !== en[i] ? i : -1)).filter((i) => i >= 0);
  if (differ.length !== 1 || dn.length < 2) return null;
  const valCol = differ[0];
  const a = dn[valCol]!;
  const b = en[valCol]!;
  if (dn.includes(b) || en.includes(a)) return null;
  const least = orderOf(cmp, a, b);
  if (least === null || cmp.kind === 'float') return null;
  return { keyCols: dn.map((_, i) => i).filter((i) => i !== valCol), valCol, least, kind: cmp.kind };
}

/** For a comparison between the dominated value a and the dominating b: is smaller better? */
function orderOf(cmp: CmpLit, a: string, b: string): boolean | null {
  if (cmp.left.t !== 'var' || cmp.right.t !== 'var') return null;
  const l = cmp.left.name;
  const r = cmp.right.name;
  // normalise to "b OP a"
  let op: string;
  if (l === b && r === a) op = cmp.op;
  else if (l === a && r === b) op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as Record<string, string>)[cmp.op] ?? cmp.op;
  else return null;
  if (op === '<' || op === '<=') return true;
  if (op === '>' || op === '>=') return false;
  return null;
}

/**
 * A relation that keeps the best tuple per key. Rows at or above `frontier` are this
 * iteration's candidates (at most one alive per key), the rows below it the tuples before.
 */
export class BestPerKey {
  /** Outside a fixpoint 0: every tuple is replaced as soon as a better one comes. */
  frontier = 0;
  private readonly index: Index;
  private readonly key: Int32Array;

  constructor(private readonly rel: Relation, readonly spec: BestSpec, private readonly cmpSym: (a: number, b: number) => number) {
    this.index = rel.index(spec.keyCols);
    if (!this.index.built) this.index.rebuild();
    this.key = new Int32Array(spec.keyCols.length);
  }

  private better(x: number, y: number): boolean {
    let c: number;
    switch (this.spec.kind) {
      case 'symbol': c = this.cmpSym(x, y); break;
      case 'unsigned': c = (x >>> 0) - (y >>> 0); break;
      default: c = x < y ? -1 : x > y ? 1 : 0;
    }
    return this.spec.least ? c < 0 : c > 0;
  }

  /** Insert t (the first arity values) if it beats the key's tuple and candidate; true if stored. */
  insert(t: ArrayLike<number>): boolean {
    const rel = this.rel;
    const { keyCols, valCol } = this.spec;
    for (let k = 0; k < keyCols.length; k++) this.key[k] = t[keyCols[k]];
    const next = this.index.next;
    const dead = rel.dead!;
    let candidate = -1;
    let old = -1;
    for (let i = this.index.first(this.key); i >= 0; i = next[i] - 1) {
      if (dead[i] !== 0) continue;
      if (i >= this.frontier) {
        if (candidate < 0) candidate = i;
      } else {
        old = i;
        break;
      }
    }
    const v = t[valCol];
    const data = rel.data;
    const arity = rel.arity;
    if (old >= 0 && !this.better(v, data[old * arity + valCol])) return false;
    if (candidate >= 0) {
      if (!this.better(v, data[candidate * arity + valCol])) return false;
      rel.kill(candidate);
    }
    return rel.insert(t);
  }

  /** End of an iteration: each candidate (rows from `frontier` on) replaces its key's older tuple. */
  replaceOld(): void {
    const rel = this.rel;
    const { keyCols } = this.spec;
    const dead = rel.dead!;
    const data = rel.data;
    const arity = rel.arity;
    const next = this.index.next;
    for (let row = this.frontier; row < rel.count; row++) {
      if (dead[row] !== 0) continue;
      for (let k = 0; k < keyCols.length; k++) this.key[k] = data[row * arity + keyCols[k]];
      for (let i = this.index.first(this.key); i >= 0; i = next[i] - 1) {
        if (i < this.frontier && dead[i] === 0) {
          rel.kill(i);
          break;
        }
      }
    }
  }
}
