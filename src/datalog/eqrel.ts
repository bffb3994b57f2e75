// Equivalence relations (`.decl eq(x: T, y: T) eqrel`): Soufflé keeps such a relation closed
// under reflexivity, symmetry and transitivity — inserting (a, b) makes a and b, and everything
// equivalent to either, equivalent. Its answers are those of the closure whatever the order of
// inserts, so the engine keeps a union-find of the classes beside the rows and, when two
// classes merge, appends every pair the merge implies: they are then ordinary rows (and this
// iteration's new tuples, so the rules see them in the next delta). Unlike Soufflé, which
// enumerates a class's pairs on demand, the pairs are stored: a class of n values costs n²
// rows.
import type { Relation } from './relation.js';

export class EqRel {
  /** Value -> the root of its class; absent for a value in no pair yet. */
  private readonly parent = new Map<number, number>();
  /** Root -> the members of its class. */
  private readonly members = new Map<number, number[]>();

  constructor(private readonly rel: Relation, private readonly insertPair: (a: number, b: number) => boolean) {}

  /** The root of x's class (every member points at its root: a merge re-points the smaller class). */
  private root(x: number): number | undefined {
    return this.parent.get(x);
  }

  /** The root of x's class, making x a class of its own (with the pair (x, x)) if it is new. */
  private classOf(x: number): number {
    const r = this.root(x);
    if (r !== undefined) return r;
    this.parent.set(x, x);
    this.members.set(x, [x]);
    this.insertPair(x, x);
    return x;
  }

  /** Make a and b equivalent; true if that added a pair. */
  insert(a: number, b: number): boolean {
    const before = this.rel.count;
    let ra = this.classOf(a);
    let rb = this.classOf(b);
    if (ra !== rb) {
      let ma = this.members.get(ra)!;
      let mb = this.members.get(rb)!;
      if (ma.length < mb.length) {
        [ra, rb] = [rb, ra];
        [ma, mb] = [mb, ma];
      }
      for (const x of ma) {
        for (const y of mb) {
          this.insertPair(x, y);
          this.insertPair(y, x);
        }
      }
      for (const y of mb) {
        this.parent.set(y, ra);
        ma.push(y);
      }
      this.members.delete(rb);
    }
    return this.rel.count > before;
  }
}
