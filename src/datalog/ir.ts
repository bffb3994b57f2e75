// The checked program: relations with resolved column kinds, and clauses with one head and a
// conjunctive body whose terms carry their kind. This is what planning and evaluation read.
import { AggOp, Kind } from './ast.js';
import { Loc } from './errors.js';

export interface ColumnSchema {
  name: string;
  /** The declared type name (e.g. `Id`), for messages and RelationInfo. */
  type: string;
  kind: Kind;
}

export interface IoSpec {
  params: Record<string, string>;
  loc: Loc;
}

export interface RelationSchema {
  id: number;
  name: string;
  columns: ColumnSchema[];
  loc: Loc;
  input: IoSpec | null;
  outputs: IoSpec[];
  printsize: boolean;
  /** Declared `eqrel`: kept closed as an equivalence relation (eqrel.ts). */
  eqrel?: boolean;
}

/**
 * A typed term. Constants hold their value in storage form: a number (int32 bit pattern for
 * number/unsigned/float) or, for symbols, the string (interned per database).
 */
export type Term =
  | { t: 'var'; name: string; kind: Kind; loc: Loc }
  | { t: 'wild'; kind: Kind; loc: Loc }
  | { t: 'const'; kind: Kind; value: number | string; loc: Loc }
  | { t: 'call'; op: string; kind: Kind; argKinds: Kind[]; args: Term[]; loc: Loc };

export type CmpOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export interface AtomLit {
  t: 'atom';
  rel: number;
  /** After normalisation an atom's arguments are variables, constants or wildcards only. */
  args: Term[];
  negated: boolean;
  loc: Loc;
}

export interface CmpLit {
  t: 'cmp';
  op: CmpOp;
  kind: Kind;
  left: Term;
  right: Term;
  loc: Loc;
}

export interface TestLit {
  t: 'test';
  op: 'match' | 'contains';
  negated: boolean;
  left: Term;
  right: Term;
  loc: Loc;
}

export interface AggLit {
  t: 'agg';
  op: AggOp;
  /** The kind of the result (count: number; otherwise the target's kind). */
  kind: Kind;
  /** The variable the aggregate's value is bound to. */
  result: string;
  target: Term | null;
  body: BodyLit[];
  /** Variables of the body bound outside the aggregate (its correlation with the rule). */
  outer: string[];
  /**
   * For sum: the variables over which Soufflé's materialised body relation is a set. When the
   * body is more than one plain atom, distinct bindings of these are summed once each.
   */
  distinctOver: string[] | null;
  loc: Loc;
}

export type BodyLit = AtomLit | CmpLit | TestLit | AggLit;

export interface Clause {
  id: number;
  /** Index of the source rule (several clauses come from one rule with `;` or several heads). */
  ruleIndex: number;
  text: string;
  loc: Loc;
  head: { rel: number; args: Term[]; loc: Loc };
  body: BodyLit[];
  /**
   * A subsumptive rule `r(a) <= r(b) :- body.`: body[0] is the dominated atom r(a) (the head
   * names the same tuple), body[1] the dominating r(b). It deletes rather than inserts.
   */
  subsumptive?: boolean;
}

export function termVars(t: Term, out: Set<string> = new Set()): Set<string> {
  if (t.t === 'var') out.add(t.name);
  else if (t.t === 'call') for (const a of t.args) termVars(a, out);
  return out;
}

/**
 * Variables a literal reads or binds at its own level. An aggregate contributes its result, and
 * with `withOuter` also the variables it shares with its surroundings (known once the checker
 * has computed them).
 */
export function litVars(l: BodyLit, out: Set<string> = new Set(), withOuter = true): Set<string> {
  switch (l.t) {
    case 'atom':
      for (const a of l.args) termVars(a, out);
      break;
    case 'cmp':
    case 'test':
      termVars(l.left, out);
      termVars(l.right, out);
      break;
    case 'agg':
      if (withOuter) for (const v of l.outer) out.add(v);
      out.add(l.result);
      break;
  }
  return out;
}
