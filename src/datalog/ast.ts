// The syntax tree the parser builds: plain data with a source location on every node.
import { Loc } from './errors.js';

export type Kind = 'symbol' | 'number' | 'unsigned' | 'float';

export type AggOp = 'count' | 'sum' | 'min' | 'max';

export type Expr =
  | { kind: 'var'; name: string; loc: Loc }
  | { kind: 'wild'; loc: Loc }
  /** A numeric literal; `type` is what its spelling forces (1u, 1.5) or 'int' (fits any numeric kind). */
  | { kind: 'num'; text: string; type: 'int' | 'unsigned' | 'float'; loc: Loc }
  | { kind: 'str'; value: string; loc: Loc }
  /** Operators and intrinsic functors: '+', 'neg', 'band', 'cat', 'strlen', 'min', ... */
  | { kind: 'call'; op: string; args: Expr[]; loc: Loc }
  | { kind: 'agg'; op: AggOp; target: Expr | null; body: BodyNode; loc: Loc }
  | { kind: 'as'; expr: Expr; type: string; loc: Loc };

export interface Atom {
  rel: string;
  args: Expr[];
  loc: Loc;
}

export type CmpOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A body before normalisation: the tree the parser reads, with `;` and `!` anywhere. */
export type BodyNode =
  | { kind: 'atom'; atom: Atom }
  | { kind: 'cmp'; op: CmpOp; left: Expr; right: Expr; loc: Loc }
  | { kind: 'test'; op: 'match' | 'contains'; left: Expr; right: Expr; loc: Loc }
  | { kind: 'bool'; value: boolean; loc: Loc }
  | { kind: 'and'; items: BodyNode[] }
  | { kind: 'or'; items: BodyNode[] }
  | { kind: 'not'; item: BodyNode; loc: Loc };

/** One literal of a rule body in disjunctive normal form. */
export type Literal =
  | { kind: 'atom'; atom: Atom; negated: boolean }
  | { kind: 'cmp'; op: CmpOp; left: Expr; right: Expr; loc: Loc }
  | { kind: 'test'; op: 'match' | 'contains'; left: Expr; right: Expr; negated: boolean; loc: Loc }
  | { kind: 'bool'; value: boolean; loc: Loc };

export interface AttrDecl {
  name: string;
  type: string;
  loc: Loc;
}

export interface RelDecl {
  name: string;
  attrs: AttrDecl[];
  loc: Loc;
  qualifiers: string[];
}

export type TypeDecl =
  | { kind: 'subset'; name: string; base: string; loc: Loc }
  | { kind: 'alias'; name: string; target: string; loc: Loc }
  | { kind: 'union'; name: string; members: string[]; loc: Loc };

export interface IoDirective {
  kind: 'input' | 'output' | 'printsize';
  rel: string;
  params: Record<string, string>;
  loc: Loc;
}

/**
 * A rule or fact as written: several heads, a body tree (null for a fact). A subsumptive rule
 * `r(a) <= r(b) :- body.` has one head, the dominated atom, and `dominating` set.
 */
export interface RuleDecl {
  heads: Atom[];
  dominating?: Atom;
  body: BodyNode | null;
  loc: Loc;
  /** The rule's source text, whitespace collapsed (for profiles and plans). */
  text: string;
}

export interface ProgramAst {
  relations: RelDecl[];
  types: TypeDecl[];
  directives: IoDirective[];
  rules: RuleDecl[];
}

export function exprVars(e: Expr, out: Set<string> = new Set()): Set<string> {
  switch (e.kind) {
    case 'var':
      out.add(e.name);
      break;
    case 'call':
      for (const a of e.args) exprVars(a, out);
      break;
    case 'as':
      exprVars(e.expr, out);
      break;
    case 'agg':
      // the variables of an aggregate that its surroundings see are found by the checker
      break;
    default:
      break;
  }
  return out;
}
