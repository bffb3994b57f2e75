// Kinds (symbol, number, unsigned, float) as bit masks, solved by union-find over the terms
// of one clause: a term's mask is the kinds it may still have; unifying two terms intersects
// theirs, and an empty intersection is a type error. The functors' signatures say what their
// arguments and results may be.
import { Kind } from './ast.js';
import { DatalogError, Loc } from './errors.js';

export const S = 1, N = 2, U = 4, F = 8;
export const ANY = S | N | U | F;
export const NUMERIC = N | U | F;
export const INTEGRAL = N | U;
export const KIND_BIT: Record<Kind, number> = { symbol: S, number: N, unsigned: U, float: F };

function maskName(m: number): string {
  const names: string[] = [];
  if (m & S) names.push('symbol');
  if (m & N) names.push('number');
  if (m & U) names.push('unsigned');
  if (m & F) names.push('float');
  return names.length === 1 ? `a ${names[0]}` : names.join(' or ');
}

function maskKind(m: number): Kind {
  // An integer literal nothing else constrains is a number, as in Soufflé.
  if (m & N) return 'number';
  if (m & U) return 'unsigned';
  if (m & F) return 'float';
  return 'symbol';
}

export class KindSolver {
  private parent: number[] = [];
  private mask: number[] = [];

  fresh(mask: number): number {
    this.parent.push(this.parent.length);
    this.mask.push(mask);
    return this.parent.length - 1;
  }
  find(a: number): number {
    while (this.parent[a] !== a) {
      this.parent[a] = this.parent[this.parent[a]];
      a = this.parent[a];
    }
    return a;
  }
  restrict(a: number, m: number, loc: Loc, what: string, why: string): void {
    const r = this.find(a);
    const both = this.mask[r] & m;
    if (both === 0) throw new DatalogError(`type mismatch: ${what} is ${maskName(this.mask[r])} but ${why} needs ${maskName(m)}`, loc);
    this.mask[r] = both;
  }
  union(a: number, b: number, loc: Loc, what: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const both = this.mask[ra] & this.mask[rb];
    if (both === 0) throw new DatalogError(`type mismatch: ${what}: ${maskName(this.mask[ra])} and ${maskName(this.mask[rb])}`, loc);
    this.parent[rb] = ra;
    this.mask[ra] = both;
  }
  kind(a: number): Kind {
    return maskKind(this.mask[this.find(a)]);
  }
}

// The functors' signatures.
export interface Signature {
  arity: [number, number];
  /** 'same': arguments and result share one kind restricted to mask; otherwise fixed kinds. */
  same?: number;
  args?: number[]; // per argument (last repeats)
  result?: number;
}
export const SIGNATURES: Record<string, Signature> = {
  '+': { arity: [2, 2], same: NUMERIC },
  '-': { arity: [2, 2], same: NUMERIC },
  '*': { arity: [2, 2], same: NUMERIC },
  '/': { arity: [2, 2], same: NUMERIC },
  '^': { arity: [2, 2], same: NUMERIC },
  '%': { arity: [2, 2], same: INTEGRAL },
  neg: { arity: [1, 1], same: N | F },
  band: { arity: [2, 2], same: INTEGRAL },
  bor: { arity: [2, 2], same: INTEGRAL },
  bxor: { arity: [2, 2], same: INTEGRAL },
  bshl: { arity: [2, 2], same: INTEGRAL },
  bshr: { arity: [2, 2], same: INTEGRAL },
  bshru: { arity: [2, 2], same: INTEGRAL },
  bnot: { arity: [1, 1], same: INTEGRAL },
  land: { arity: [2, 2], same: INTEGRAL },
  lor: { arity: [2, 2], same: INTEGRAL },
  lxor: { arity: [2, 2], same: INTEGRAL },
  lnot: { arity: [1, 1], same: INTEGRAL },
  min: { arity: [2, Infinity], same: ANY },
  max: { arity: [2, Infinity], same: ANY },
  cat: { arity: [1, Infinity], args: [S], result: S },
  strlen: { arity: [1, 1], args: [S], result: N },
  substr: { arity: [3, 3], args: [S, N, N], result: S },
  to_number: { arity: [1, 1], args: [ANY], result: N },
  to_string: { arity: [1, 1], args: [ANY], result: S },
  to_float: { arity: [1, 1], args: [ANY], result: F },
  to_unsigned: { arity: [1, 1], args: [ANY], result: U },
};
