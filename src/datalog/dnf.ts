// Disjunctive normal form of a rule body: `;` and `!` anywhere become one conjunction of
// literals per disjunct, negation pushed down to atoms, constraints (their operator flipped)
// and tests, as Soufflé does before it makes one clause per disjunct.
import { BodyNode, CmpOp, Literal } from './ast.js';
import { DatalogError, Loc } from './errors.js';

const MAX_DISJUNCTS = 4096;

const FLIP: Record<CmpOp, CmpOp> = { '=': '!=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** Disjunctive normal form of a body, pushing negation down to atoms and constraints. */
export function dnf(node: BodyNode, negate = false): Literal[][] {
  const product = (parts: Literal[][][], loc: Loc | undefined): Literal[][] => {
    let acc: Literal[][] = [[]];
    for (const p of parts) {
      const next: Literal[][] = [];
      for (const a of acc) for (const b of p) next.push([...a, ...b]);
      if (next.length > MAX_DISJUNCTS) throw new DatalogError(`rule body expands to more than ${MAX_DISJUNCTS} disjuncts`, loc);
      acc = next;
    }
    return acc;
  };
  switch (node.kind) {
    case 'atom':
      return [[{ kind: 'atom', atom: node.atom, negated: negate }]];
    case 'cmp':
      return [[{ kind: 'cmp', op: negate ? FLIP[node.op] : node.op, left: node.left, right: node.right, loc: node.loc }]];
    case 'test':
      return [[{ kind: 'test', op: node.op, left: node.left, right: node.right, negated: negate, loc: node.loc }]];
    case 'bool':
      return node.value !== negate ? [[]] : [];
    case 'not':
      return dnf(node.item, !negate);
    case 'and':
      return negate ? node.items.flatMap((i) => dnf(i, true)) : product(node.items.map((i) => dnf(i)), firstLoc(node));
    case 'or':
      return negate ? product(node.items.map((i) => dnf(i, true)), firstLoc(node)) : node.items.flatMap((i) => dnf(i));
  }
}

function firstLoc(node: BodyNode): Loc | undefined {
  switch (node.kind) {
    case 'atom': return node.atom.loc;
    case 'and':
    case 'or': return node.items.length ? firstLoc(node.items[0]) : undefined;
    default: return node.loc;
  }
}
