// Semantic checks and normalisation of a whole program, after Soufflé's: every relation, type
// and arity declared and matching, I/O directives, each rule split into clauses (dnf.ts) built
// and checked one by one (clause.ts), and the warnings Soufflé gives (a variable that occurs
// once, a relation read but never filled). Ad-hoc queries are checked the same way.
import { Atom, BodyNode, Expr, Kind, ProgramAst, RelDecl } from './ast.js';
import { ClauseBuilder, checkArity } from './clause.js';
import { dnf } from './dnf.js';
import { DatalogError, didYouMean, Loc } from './errors.js';
import { BodyLit, Clause, IoSpec, RelationSchema } from './ir.js';
import { TypeEnv } from './types.js';

export interface CheckedProgram {
  relations: RelationSchema[];
  byName: Map<string, RelationSchema>;
  clauses: Clause[];
  warnings: DatalogError[];
  types: TypeEnv;
}

export function checkProgram(ast: ProgramAst): CheckedProgram {
  const types = new TypeEnv(ast.types);
  const relations: RelationSchema[] = [];
  const byName = new Map<string, RelationSchema>();
  const warnings: DatalogError[] = [];

  for (const d of ast.relations) {
    const prev = byName.get(d.name);
    if (prev) throw new DatalogError(`redefinition of relation ${d.name} (first declared at ${prev.loc.file}:${prev.loc.line}:${prev.loc.col})`, d.loc);
    const seen = new Set<string>();
    for (const a of d.attrs) {
      if (seen.has(a.name)) throw new DatalogError(`attribute ${a.name} appears twice in relation ${d.name}`, a.loc);
      seen.add(a.name);
    }
    const rel: RelationSchema = {
      id: relations.length,
      name: d.name,
      columns: d.attrs.map((a) => ({ name: a.name, type: a.type, kind: types.kindOf(a.type, a.loc) })),
      loc: d.loc,
      input: null,
      outputs: [],
      printsize: false,
    };
    if (d.qualifiers.includes('eqrel')) {
      // Soufflé's checks and messages
      if (d.attrs.length !== 2) throw new DatalogError(`equivalence relation ${d.name} is not binary`, d.loc);
      if (d.attrs[0].type !== d.attrs[1].type) throw new DatalogError(`domains of equivalence relation ${d.name} are different`, d.loc);
      rel.eqrel = true;
    }
    relations.push(rel);
    byName.set(d.name, rel);
  }

  const lookup = (name: string, loc: Loc): RelationSchema => {
    const r = byName.get(name);
    if (!r) throw new DatalogError(`undefined relation ${name}${didYouMean(name, byName.keys())}`, loc);
    return r;
  };

  for (const dir of ast.directives) {
    const rel = lookup(dir.rel, dir.loc);
    const spec: IoSpec = { params: dir.params, loc: dir.loc };
    const io = dir.params.IO ?? 'file';
    if (dir.kind === 'input') {
      if (io !== 'file') throw new DatalogError(`input IO=${io} is not supported (only IO=file)`, dir.loc);
      rel.input = spec; // a later .input overrides an earlier one, as in Soufflé
    } else if (dir.kind === 'output') {
      if (io !== 'file' && io !== 'stdout') throw new DatalogError(`output IO=${io} is not supported (only file and stdout)`, dir.loc);
      rel.outputs.push(spec);
    } else {
      rel.printsize = true;
    }
  }

  const clauses: Clause[] = [];
  const warned = new Set<string>();
  const defined = new Set<number>();
  ast.rules.forEach((rule, ruleIndex) => {
    for (const h of rule.heads) {
      const rel = lookup(h.rel, h.loc);
      checkArity(rel, h);
      defined.add(rel.id);
    }
    const conjunctions = rule.body ? dnf(rule.body) : [[]];
    if (rule.dominating) {
      const head = rule.heads[0];
      const rel = lookup(rule.dominating.rel, rule.dominating.loc);
      checkArity(rel, rule.dominating);
      if (rel.id !== lookup(head.rel, head.loc).id) throw new DatalogError('subsumption must compare tuples from the same relation', rule.loc);
      if (rel.eqrel) throw new DatalogError(`relation ${rel.name} has subsumptive rules but is an equivalence relation (eqrel)`, rule.loc);
      for (const conj of conjunctions) {
        const b = new ClauseBuilder(types, lookup, relations);
        clauses.push(b.buildSubsumptive(clauses.length, ruleIndex, rule.text, rule.loc, head, rule.dominating, conj));
        for (const w of b.warnings) {
          const key = `${w.file}:${w.line}:${w.col}:${w.message}`;
          if (!warned.has(key)) {
            warned.add(key);
            warnings.push(w);
          }
        }
      }
      return;
    }
    for (const head of rule.heads) {
      for (const conj of conjunctions) {
        const b = new ClauseBuilder(types, lookup, relations);
        const clause = b.build(clauses.length, ruleIndex, rule.text, rule.loc, head, conj);
        clauses.push(clause);
        for (const w of b.warnings) {
          const key = `${w.file}:${w.line}:${w.col}:${w.message}`;
          if (!warned.has(key)) {
            warned.add(key);
            warnings.push(w);
          }
        }
      }
    }
  });

  // Soufflé warns when a relation is read but nothing can ever fill it.
  for (const c of clauses) {
    const visit = (lits: BodyLit[]) => {
      for (const l of lits) {
        if (l.t === 'atom') {
          const r = relations[l.rel];
          if (!r.input && !defined.has(r.id) && !warned.has(`norules:${r.name}`)) {
            warned.add(`norules:${r.name}`);
            warnings.push(new DatalogError(`no rules or facts defined for relation ${r.name}`, l.loc));
          }
        } else if (l.t === 'agg') visit(l.body);
      }
    };
    visit(c.body);
  }
  return { relations, byName, clauses, warnings, types };
}

/**
 * Check an ad-hoc query body against a checked program: the result is a clause whose head is
 * a fresh relation (id = number of relations) with one column per named variable, in order
 * of first appearance.
 */
export function checkQuery(prog: CheckedProgram, body: BodyNode, text: string, loc: Loc): { clause: Clause; head: RelationSchema } {
  const names: string[] = [];
  const firstLoc = new Map<string, Loc>();
  const visitExpr = (e: Expr) => {
    if (e.kind === 'var' && !names.includes(e.name)) {
      names.push(e.name);
      firstLoc.set(e.name, e.loc);
    }
    else if (e.kind === 'call') e.args.forEach(visitExpr);
    else if (e.kind === 'as') visitExpr(e.expr);
  };
  const visit = (n: BodyNode) => {
    switch (n.kind) {
      case 'atom': n.atom.args.forEach(visitExpr); break;
      case 'cmp':
      case 'test': visitExpr(n.left); visitExpr(n.right); break;
      case 'and':
      case 'or': n.items.forEach(visit); break;
      case 'not': visit(n.item); break;
      default: break;
    }
  };
  visit(body);
  const head: RelationSchema = {
    id: prog.relations.length,
    name: '$query',
    columns: names.map((n) => ({ name: n, type: 'number', kind: 'number' as Kind })),
    loc,
    input: null,
    outputs: [],
    printsize: false,
  };
  const conj = dnf(body);
  if (conj.length !== 1) throw new DatalogError('a query cannot contain a disjunction', loc);
  const lookup = (name: string, l: Loc): RelationSchema => {
    const r = prog.byName.get(name);
    if (!r) throw new DatalogError(`undefined relation ${name}${didYouMean(name, prog.byName.keys())}`, l);
    return r;
  };
  const b = new ClauseBuilder(prog.types, lookup, [...prog.relations, head]);
  const headAtom: Atom = { rel: '$query', args: names.map((n) => ({ kind: 'var', name: n, loc: firstLoc.get(n)! })), loc };
  const clause = b.build(-1, -1, text, loc, headAtom, conj[0], head);
  return { clause, head };
}

export type { RelDecl };
