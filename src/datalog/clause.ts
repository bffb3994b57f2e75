// One clause: a rule's head (or a subsumptive rule's two atoms) and one conjunction of its
// body, checked and normalised. Kinds are solved over all its terms (kinds.ts); every atom,
// column and type must be declared and match; expressions in body atoms become equalities and
// aggregates literals binding a fresh variable; declared (sub)types are checked where values
// flow into a head or a negation; groundedness is checked (ground.ts).
import { Atom, Expr, Kind, Literal } from './ast.js';
import { dnf } from './dnf.js';
import { DatalogError, Loc } from './errors.js';
import { groundScope } from './ground.js';
import {
  AggLit, AtomLit, BodyLit, Clause, litVars, RelationSchema, Term, termVars,
} from './ir.js';
import { ANY, F, KIND_BIT, KindSolver, N, NUMERIC, S, SIGNATURES, U } from './kinds.js';
import { TypeEnv } from './types.js';
import { parseLiteral } from './values.js';

export function checkArity(rel: RelationSchema, atom: Atom): void {
  if (atom.args.length !== rel.columns.length) {
    throw new DatalogError(`mismatching arity of relation ${rel.name}: declared with ${rel.columns.length}, used with ${atom.args.length}`, atom.loc);
  }
}

export class ClauseBuilder {
  readonly warnings: DatalogError[] = [];
  private readonly kinds = new KindSolver();
  private readonly slotOf = new Map<Term, number>();
  private readonly varSlot = new Map<string, number>();
  private readonly numText = new Map<Term, string>();
  /** Declared type an `as(e, T)` gives a term. */
  private readonly castType = new Map<Term, string>();
  private readonly aggs: AggLit[] = [];
  private readonly occurrences = new Map<string, Term[]>();
  private fresh = 0;

  constructor(
    private readonly types: TypeEnv,
    private readonly lookup: (n: string, l: Loc) => RelationSchema,
    private readonly relations: RelationSchema[],
  ) {}

  /**
   * Build one clause. With `queryHead`, the head is a temporary relation whose column kinds
   * are whatever the body gives its variables (they are written into queryHead).
   */
  build(id: number, ruleIndex: number, text: string, loc: Loc, headAtom: Atom, conj: Literal[], queryHead?: RelationSchema): Clause {
    const body: BodyLit[] = [];
    const rel = queryHead ?? this.lookup(headAtom.rel, headAtom.loc);
    const headArgs = headAtom.args.map((a, i) => {
      if (a.kind === 'wild') throw new DatalogError(`underscore in head of rule (relation ${rel.name})`, a.loc);
      const t = this.expr(a, body);
      if (!queryHead) this.restrictTo(t, rel.columns[i].kind, `column ${rel.columns[i].name} of ${rel.name}`);
      return t;
    });
    for (const lit of conj) this.literal(lit, body);
    if (queryHead) {
      this.finishKinds(body);
      headArgs.forEach((t, i) => {
        queryHead.columns[i].kind = t.kind;
        queryHead.columns[i].type = t.kind;
      });
      const clause: Clause = { id, ruleIndex, text, loc, head: { rel: rel.id, args: headArgs, loc: headAtom.loc }, body };
      this.computeOuter(body, headArgs);
      groundScope(body, new Set(), headArgs, 'the query');
      return clause;
    }

    this.finishKinds(body);
    const clause: Clause = { id, ruleIndex, text, loc, head: { rel: rel.id, args: headArgs, loc: headAtom.loc }, body };
    for (const t of headArgs) rejectWild(t);
    this.computeOuter(body, headArgs);
    groundScope(body, new Set(), headArgs, 'head');
    this.checkSubtypes(clause);
    this.singletonWarnings();
    return clause;
  }

  /**
   * Build the clause of a subsumptive rule: the body is the dominated atom, the dominating atom,
   * then the rule's body (expressions in the two atoms' arguments become equalities after them).
   */
  buildSubsumptive(id: number, ruleIndex: number, text: string, loc: Loc, dominated: Atom, dominating: Atom, conj: Literal[]): Clause {
    const loose = disconnectedVariables(dominated, dominating, conj);
    if (loose.length) {
      throw new DatalogError(`variables ${loose.join(', ')} of this subsumptive rule are not connected to the dominated atom through shared variables: Soufflé 2.5 then ignores the rule (its PartitionBodyLiterals pass), so it is refused here (every '_' counts as a variable)`, loc);
    }
    const first: BodyLit[] = [];
    const second: BodyLit[] = [];
    this.literal({ kind: 'atom', atom: dominated, negated: false }, first);
    this.literal({ kind: 'atom', atom: dominating, negated: false }, second);
    const body: BodyLit[] = [first[0], second[0], ...first.slice(1), ...second.slice(1)];
    for (const lit of conj) this.literal(lit, body);
    const agg = body.find((l) => l.t === 'agg');
    if (agg) {
      // Soufflé 2.5 does not order the aggregate's relations before the subsumed one (it
      // counts over relations not yet computed), so no program relies on this.
      throw new DatalogError('aggregates in the body of a subsumptive rule are not supported', agg.loc);
    }
    this.finishKinds(body);
    const head = body[0] as AtomLit;
    const clause: Clause = { id, ruleIndex, text, loc, head: { rel: head.rel, args: head.args, loc: dominated.loc }, body, subsumptive: true };
    this.computeOuter(body, []);
    groundScope(body, new Set(), [], 'head');
    this.checkSubtypes(clause);
    // Soufflé counts the dominated atom twice (as head and in the body): its variables never
    // occur only once.
    this.singletonWarnings(new Set(head.args.flatMap((a) => (a.t === 'var' ? [a.name] : []))));
    return clause;
  }

  private slot(t: Term, mask: number): number {
    const s = this.kinds.fresh(mask);
    this.slotOf.set(t, s);
    return s;
  }

  private restrictTo(t: Term, kind: Kind, why: string): void {
    this.kinds.restrict(this.slotOf.get(t)!, KIND_BIT[kind], t.loc, describeTerm(t), why);
  }

  private expr(e: Expr, scope: BodyLit[]): Term {
    switch (e.kind) {
      case 'var': {
        const t: Term = { t: 'var', name: e.name, kind: 'number', loc: e.loc };
        let s = this.varSlot.get(e.name);
        if (s === undefined) {
          s = this.kinds.fresh(ANY);
          this.varSlot.set(e.name, s);
        }
        this.slotOf.set(t, s);
        const occ = this.occurrences.get(e.name) ?? [];
        occ.push(t);
        this.occurrences.set(e.name, occ);
        return t;
      }
      case 'wild': {
        const t: Term = { t: 'wild', kind: 'number', loc: e.loc };
        this.slot(t, ANY);
        return t;
      }
      case 'num': {
        const t: Term = { t: 'const', kind: 'number', value: 0, loc: e.loc };
        this.slot(t, e.type === 'int' ? NUMERIC : e.type === 'unsigned' ? U : F);
        this.numText.set(t, e.text);
        return t;
      }
      case 'str': {
        const t: Term = { t: 'const', kind: 'symbol', value: e.value, loc: e.loc };
        this.slot(t, S);
        return t;
      }
      case 'as': {
        if (!this.types.has(e.type)) throw new DatalogError(`undefined type ${e.type}`, e.loc);
        const kind = this.types.kindOf(e.type, e.loc);
        const inner = this.expr(e.expr, scope);
        this.restrictTo(inner, kind, `as(..., ${e.type})`);
        this.castType.set(inner, e.type);
        return inner;
      }
      case 'call':
        return this.call(e, scope);
      case 'agg':
        return this.aggregate(e, scope);
    }
  }

  private call(e: Extract<Expr, { kind: 'call' }>, scope: BodyLit[]): Term {
    const sig = SIGNATURES[e.op];
    if (!sig) throw new DatalogError(`unknown functor '${e.op}'`, e.loc);
    const [lo, hi] = sig.arity;
    if (e.args.length < lo || e.args.length > hi) {
      throw new DatalogError(`${e.op} expects ${lo === hi ? lo : `at least ${lo}`} argument${lo === 1 && hi === 1 ? '' : 's'}, got ${e.args.length}`, e.loc);
    }
    const args = e.args.map((a) => {
      if (a.kind === 'wild') throw new DatalogError(`'_' cannot be an argument of ${e.op}`, a.loc);
      return this.expr(a, scope);
    });
    const t: Term = { t: 'call', op: e.op, kind: 'number', argKinds: [], args, loc: e.loc };
    if (sig.same !== undefined) {
      const s = this.slot(t, sig.same);
      for (const a of args) this.kinds.union(s, this.slotOf.get(a)!, a.loc, `operands of '${e.op}' must have the same type`);
    } else {
      this.slot(t, sig.result!);
      args.forEach((a, i) => {
        const m = sig.args![Math.min(i, sig.args!.length - 1)];
        this.kinds.restrict(this.slotOf.get(a)!, m, a.loc, describeTerm(a), `argument ${i + 1} of ${e.op}`);
      });
    }
    return t;
  }

  private aggregate(e: Extract<Expr, { kind: 'agg' }>, scope: BodyLit[]): Term {
    const conj = dnf(e.body);
    if (conj.length !== 1) throw new DatalogError('disjunctions in aggregate bodies are not supported', e.loc);
    if (e.op === 'count' && e.target) throw new DatalogError('count takes no expression (count : { ... })', e.target.loc);
    if (e.op !== 'count' && !e.target) throw new DatalogError(`${e.op} needs an expression (${e.op} x : { ... })`, e.loc);
    const inner: BodyLit[] = [];
    for (const lit of conj[0]) this.literal(lit, inner);
    const target = e.target ? this.expr(e.target, inner) : null;
    if (target?.t === 'wild') throw new DatalogError(`'_' cannot be the expression of ${e.op}`, target.loc);
    const result = `$agg${this.fresh++}`;
    const resTerm: Term = { t: 'var', name: result, kind: 'number', loc: e.loc };
    const rs = this.kinds.fresh(ANY);
    this.varSlot.set(result, rs);
    this.slotOf.set(resTerm, rs);
    if (e.op === 'count') this.kinds.restrict(rs, N, e.loc, 'count', 'count');
    else {
      this.kinds.restrict(this.slotOf.get(target!)!, NUMERIC, target!.loc, describeTerm(target!), e.op);
      this.kinds.union(rs, this.slotOf.get(target!)!, e.loc, `the result of ${e.op}`);
    }
    const lit: AggLit = { t: 'agg', op: e.op, kind: 'number', result, target, body: inner, outer: [], distinctOver: null, loc: e.loc };
    this.aggs.push(lit);
    scope.push(lit);
    return resTerm;
  }

  private literal(lit: Literal, scope: BodyLit[]): void {
    switch (lit.kind) {
      case 'atom': {
        const rel = this.lookup(lit.atom.rel, lit.atom.loc);
        checkArity(rel, lit.atom);
        const pending: BodyLit[] = [];
        const args = lit.atom.args.map((a, i) => {
          const col = rel.columns[i];
          const why = `column ${col.name} of ${rel.name}`;
          let t: Term;
          if (a.kind === 'var' || a.kind === 'wild' || a.kind === 'num' || a.kind === 'str'
            || (a.kind === 'as' && (a.expr.kind === 'var' || a.expr.kind === 'num' || a.expr.kind === 'str'))) {
            t = this.expr(a, scope);
          } else {
            // An expression argument becomes a fresh variable equal to it.
            const value = this.expr(a, pending);
            t = { t: 'var', name: `$t${this.fresh++}`, kind: 'number', loc: a.loc };
            const s = this.kinds.fresh(ANY);
            this.varSlot.set(t.name, s);
            this.slotOf.set(t, s);
            this.kinds.union(s, this.slotOf.get(value)!, a.loc, why);
            pending.push({ t: 'cmp', op: '=', kind: 'number', left: t, right: value, loc: a.loc });
          }
          this.restrictTo(t, col.kind, why);
          return t;
        });
        const atom: AtomLit = { t: 'atom', rel: rel.id, args, negated: lit.negated, loc: lit.atom.loc };
        scope.push(atom, ...pending);
        return;
      }
      case 'cmp': {
        const left = this.expr(lit.left, scope);
        const right = this.expr(lit.right, scope);
        rejectWild(left);
        rejectWild(right);
        this.kinds.union(this.slotOf.get(left)!, this.slotOf.get(right)!, lit.loc, `the two sides of '${lit.op}' must have the same type`);
        scope.push({ t: 'cmp', op: lit.op, kind: 'number', left, right, loc: lit.loc });
        return;
      }
      case 'test': {
        const left = this.expr(lit.left, scope);
        const right = this.expr(lit.right, scope);
        rejectWild(left);
        rejectWild(right);
        this.restrictTo(left, 'symbol', `argument 1 of ${lit.op}`);
        this.restrictTo(right, 'symbol', `argument 2 of ${lit.op}`);
        scope.push({ t: 'test', op: lit.op, negated: lit.negated, left, right, loc: lit.loc });
        return;
      }
      case 'bool':
        // dnf() has already folded true/false away
        return;
    }
  }

  /** Give every term its kind and every numeric literal its stored value. */
  private finishKinds(body: BodyLit[]): void {
    for (const [t, s] of this.slotOf) {
      const kind = this.kinds.kind(s);
      (t as { kind: Kind }).kind = kind;
    }
    for (const [t, text] of this.numText) {
      if (t.t !== 'const') continue;
      const v = parseLiteral(text, t.kind);
      if (typeof v === 'string') throw new DatalogError(v, t.loc);
      t.value = v;
    }
    for (const t of this.slotOf.keys()) {
      if (t.t === 'call') t.argKinds = t.args.map((a) => a.kind);
    }
    const fixLits = (lits: BodyLit[]) => {
      for (const l of lits) {
        if (l.t === 'cmp') l.kind = l.left.kind;
        else if (l.t === 'agg') {
          l.kind = this.kinds.kind(this.varSlot.get(l.result)!);
          fixLits(l.body);
        }
      }
    };
    fixLits(body);
  }

  /** Which variables of each aggregate come from outside it, and what sum deduplicates over. */
  private computeOuter(body: BodyLit[], headArgs: Term[]): void {
    const visible = new Set<string>();
    for (const t of headArgs) termVars(t, visible);
    for (const l of body) litVars(l, visible, false);
    const walk = (lits: BodyLit[], vis: Set<string>) => {
      for (const l of lits) {
        if (l.t !== 'agg') continue;
        const all = new Set<string>();
        allAggVars(l, all);
        l.outer = [...all].filter((v) => vis.has(v)).sort();
        const own = new Set<string>();
        for (const b of l.body) litVars(b, own, false);
        if (l.target) termVars(l.target, own);
        const atoms = l.body.filter((b) => b.t === 'atom' && !b.negated) as AtomLit[];
        const nested = l.body.some((b) => b.t === 'agg');
        let dupVars = false;
        if (atoms.length === 1) {
          const seen = new Set<string>();
          for (const a of atoms[0].args) {
            if (a.t !== 'var') continue;
            if (seen.has(a.name)) dupVars = true;
            seen.add(a.name);
          }
        }
        if (l.op === 'sum' && (atoms.length > 1 || nested || dupVars)) {
          l.distinctOver = [...own].filter((v) => !vis.has(v)).sort();
        }
        walk(l.body, new Set([...vis, ...own]));
      }
    };
    walk(body, visible);
  }

  private checkSubtypes(clause: Clause): void {
    const declared = new Map<string, { type: string; where: string }>();
    const visitPositive = (lits: BodyLit[]) => {
      for (const l of lits) {
        if (l.t === 'agg') visitPositive(l.body);
        if (l.t !== 'atom' || l.negated) continue;
        const rel = this.relations[l.rel];
        l.args.forEach((a, i) => {
          if (a.t !== 'var') return;
          const col = rel.columns[i];
          const prev = declared.get(a.name);
          if (!prev) {
            declared.set(a.name, { type: col.type, where: `${rel.name}` });
            return;
          }
          const m = this.types.meet(prev.type, col.type);
          if (m === null) {
            throw new DatalogError(`unable to deduce type for variable ${a.name}: it is a ${prev.type} in ${prev.where} but a ${col.type} in ${rel.name}`, a.loc);
          }
          declared.set(a.name, { type: m, where: prev.type === m ? prev.where : rel.name });
        });
      }
    };
    visitPositive(clause.body);
    // Variables bound by equalities take the type of what they equal.
    const typeOfTerm = (t: Term): string | null => {
      const cast = this.castType.get(t);
      if (cast) return cast;
      if (t.t === 'var') return declared.get(t.name)?.type ?? null;
      if (t.t === 'call') return t.kind;
      return null; // constants fit any type of their kind
    };
    for (let changed = true; changed;) {
      changed = false;
      const visit = (lits: BodyLit[]) => {
        for (const l of lits) {
          if (l.t === 'agg') {
            visit(l.body);
            if (!declared.has(l.result)) {
              const ty = l.op === 'count' ? 'number' : l.target ? typeOfTerm(l.target) ?? l.kind : l.kind;
              declared.set(l.result, { type: ty, where: l.op });
              changed = true;
            }
          }
          if (l.t !== 'cmp' || l.op !== '=') continue;
          for (const [a, b] of [[l.left, l.right], [l.right, l.left]] as const) {
            if (a.t === 'var' && !declared.has(a.name)) {
              const ty = typeOfTerm(b);
              if (ty) {
                declared.set(a.name, { type: ty, where: 'an equality' });
                changed = true;
              }
            }
          }
        }
      };
      visit(clause.body);
    }
    const checkAtomArgs = (relId: number, args: Term[]) => {
      const rel = this.relations[relId];
      args.forEach((a, i) => {
        const col = rel.columns[i];
        const ty = typeOfTerm(a);
        if (ty && !this.types.isSubtype(ty, col.type)) {
          throw new DatalogError(`${describeTerm(a)} has type ${ty}, which is not a subtype of ${col.type} (column ${col.name} of ${rel.name})`, a.loc);
        }
      });
    };
    checkAtomArgs(clause.head.rel, clause.head.args);
    const visitNeg = (lits: BodyLit[]) => {
      for (const l of lits) {
        if (l.t === 'agg') visitNeg(l.body);
        else if (l.t === 'atom' && l.negated) checkAtomArgs(l.rel, l.args);
      }
    };
    visitNeg(clause.body);
  }


  private singletonWarnings(exempt: Set<string> = new Set()): void {
    for (const [name, occ] of this.occurrences) {
      if (occ.length === 1 && !exempt.has(name) && !name.startsWith('_') && !name.startsWith('$')) {
        this.warnings.push(new DatalogError(`variable ${name} only occurs once`, occ[0].loc));
      }
    }
  }
}

/**
 * The variables of a subsumptive clause that no chain of shared literals connects to the
 * dominated atom (each '_' a variable of its own, as after Soufflé's NameUnnamedVariables).
 */
function disconnectedVariables(dominated: Atom, dominating: Atom, conj: Literal[]): string[] {
  let wild = 0;
  const parent = new Map<string, string>();
  const find = (v: string): string => {
    let r = v;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const varsOf = (exprs: Expr[]): string[] => {
    const out: string[] = [];
    const visit = (e: Expr) => {
      if (e.kind === 'var') out.push(e.name);
      else if (e.kind === 'wild') out.push(`_${wild++}`);
      else if (e.kind === 'call') e.args.forEach(visit);
      else if (e.kind === 'as') visit(e.expr);
    };
    exprs.forEach(visit);
    for (const v of out) if (!parent.has(v)) parent.set(v, v);
    for (const v of out.slice(1)) parent.set(find(v), find(out[0]));
    return out;
  };
  const head = varsOf(dominated.args);
  varsOf(dominating.args);
  for (const l of conj) {
    if (l.kind === 'atom') varsOf(l.atom.args);
    else if (l.kind === 'cmp' || l.kind === 'test') varsOf([l.left, l.right]);
  }
  const root = head.length ? find(head[0]) : null;
  return [...parent.keys()].filter((v) => find(v) !== root).map((v) => (v.startsWith('_') ? "'_'" : v)).filter((v, i, a) => a.indexOf(v) === i);
}

function describeTerm(t: Term): string {
  switch (t.t) {
    case 'var': return t.name.startsWith('$agg') ? 'the aggregate' : t.name.startsWith('$t') ? 'the expression' : `variable ${t.name}`;
    case 'wild': return "'_'";
    case 'const': return typeof t.value === 'string' ? `"${t.value}"` : 'the constant';
    case 'call': return `the result of ${t.op}`;
  }
}

function rejectWild(t: Term): void {
  if (t.t === 'wild') throw new DatalogError("'_' cannot be used in an expression or constraint", t.loc);
  if (t.t === 'call') t.args.forEach(rejectWild);
}

function allAggVars(l: AggLit, out: Set<string>): void {
  if (l.target) termVars(l.target, out);
  for (const b of l.body) {
    if (b.t === 'agg') {
      allAggVars(b, out);
      out.add(b.result);
    } else litVars(b, out, false);
  }
}
