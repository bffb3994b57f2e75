// Recursive-descent parser for the Soufflé subset (docs/datalog.md). It follows Soufflé's
// grammar (parser.yy): operator precedence, multi-head rules, `;` and `!` anywhere in a body,
// aggregates `op expr : { body }` or `op expr : atom`, and the reserved words of its scanner.
import {
  AggOp, Atom, AttrDecl, BodyNode, CmpOp, Expr, IoDirective, ProgramAst, RelDecl, RuleDecl, TypeDecl,
} from './ast.js';
import { DatalogError, Loc } from './errors.js';
import { Token } from './lexer.js';

/** Words Soufflé's scanner reserves: they cannot name a relation, a variable or a type. */
export const RESERVED = new Set([
  'autoinc', 'band', 'bor', 'bxor', 'bnot', 'bshl', 'bshr', 'bshru', 'land', 'lor', 'lxor', 'lnot',
  'match', 'mean', 'cat', 'ord', 'fold', 'range', 'strlen', 'substr', 'stateful', 'contains',
  'output', 'input', 'overridable', 'printsize', 'eqrel', 'inline', 'no_inline', 'magic', 'no_magic',
  'brie', 'btree_delete', 'btree', 'min', 'max', 'as', 'nil', 'count', 'sum', 'true', 'false',
  'to_float', 'to_number', 'to_string', 'to_unsigned', '__ITERATION__', '__FILE__', '__LINE__', '__INCL__',
]);

const FUNCTORS = new Set(['cat', 'strlen', 'substr', 'to_number', 'to_string', 'to_float', 'to_unsigned', 'ord', 'range']);
const AGGREGATES = new Set(['count', 'sum', 'min', 'max', 'mean']);
const CMP_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);
const QUALIFIERS = new Set(['overridable', 'inline', 'no_inline', 'magic', 'no_magic', 'brie', 'btree', 'btree_delete', 'eqrel', 'input', 'output', 'printsize']);
// Binary operators by precedence level, lowest first (parser.yy's %left lines).
const BINARY_LEVELS: string[][] = [['lor'], ['lxor'], ['land'], ['bor'], ['bxor'], ['band'], ['bshl', 'bshr', 'bshru'], ['+', '-'], ['*', '/', '%']];

const UNSUPPORTED_DIRECTIVES: Record<string, string> = {
  functor: 'user-defined functors (.functor)',
  comp: 'components (.comp)',
  init: 'component instantiation (.init)',
  override: 'component overrides (.override)',
  limitsize: '.limitsize',
  lattice: 'lattices (.lattice)',
  include: '.include (use #include "file")',
  once: '.once',
};

export function parse(tokens: Token[], sources: Map<string, string>): ProgramAst {
  return new Parser(tokens, sources).program();
}

/** Parse a rule body alone (ad-hoc queries). */
export function parseBody(tokens: Token[]): BodyNode {
  const p = new Parser(tokens, new Map());
  const body = p.disjunction();
  p.expectEnd();
  return body;
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof': return 'end of file';
    case 'string': return `string "${t.value}"`;
    case 'directive': return `'.${t.value}'`;
    case 'pp': return `'#${t.value}'`;
    default: return `'${t.value}'`;
  }
}

class Parser {
  private pos = 0;
  /** The furthest token any failed alternative reached, to report the most useful error. */
  private furthest: DatalogError | undefined;
  private furthestPos = -1;

  constructor(private readonly toks: Token[], private readonly sources: Map<string, string>) {}

  private peek(k = 0): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)];
  }
  private next(): Token {
    const t = this.toks[this.pos];
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }
  private is(value: string, k = 0): boolean {
    const t = this.peek(k);
    return (t.kind === 'punct' || t.kind === 'ident') && t.value === value;
  }
  private fail(expecting: string, t: Token = this.peek()): never {
    throw new DatalogError(`syntax error, unexpected ${describe(t)}, expecting ${expecting}`, t.loc);
  }
  private expect(value: string): Token {
    if (!this.is(value)) this.fail(`'${value}'`);
    return this.next();
  }
  expectEnd(): void {
    if (this.peek().kind !== 'eof') this.fail('end of input');
  }
  private name(what: string): Token {
    const t = this.peek();
    if (t.kind !== 'ident') this.fail(what);
    if (RESERVED.has(t.value)) throw new DatalogError(`'${t.value}' is a reserved word and cannot be used as ${what}`, t.loc);
    return this.next();
  }

  /** Try an alternative; on failure rewind and remember its error if it got furthest. */
  private attempt<T>(f: () => T): T | undefined {
    const save = this.pos;
    try {
      return f();
    } catch (e) {
      if (!(e instanceof DatalogError)) throw e;
      if (this.pos >= this.furthestPos) {
        this.furthestPos = this.pos;
        this.furthest = e;
      }
      this.pos = save;
      return undefined;
    }
  }

  program(): ProgramAst {
    const ast: ProgramAst = { relations: [], types: [], directives: [], rules: [] };
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'directive') this.directive(ast);
      else if (t.kind === 'ident') ast.rules.push(this.rule());
      else this.fail('a declaration, a directive, a rule or a fact');
    }
    return ast;
  }

  private directive(ast: ProgramAst): void {
    const t = this.next();
    switch (t.value) {
      case 'decl':
        ast.relations.push(...this.relDecl(t.loc, ast));
        return;
      case 'type':
        ast.types.push(this.typeDecl(t.loc));
        return;
      case 'number_type':
      case 'symbol_type': {
        const n = this.name('a type name');
        ast.types.push({ kind: 'subset', name: n.value, base: t.value === 'number_type' ? 'number' : 'symbol', loc: n.loc });
        return;
      }
      case 'input':
      case 'output':
      case 'printsize':
        ast.directives.push(...this.ioDirective(t.value));
        return;
      case 'pragma':
        if (this.peek().kind !== 'string') this.fail('a string');
        this.next();
        if (this.peek().kind === 'string') this.next();
        return;
      case 'plan':
        throw new DatalogError('a .plan belongs right after the rule it orders', t.loc);
      default:
        throw new DatalogError(`${UNSUPPORTED_DIRECTIVES[t.value] ?? '.' + t.value} is not supported by fuselog's engine`, t.loc);
    }
  }

  private relDecl(loc: Loc, ast: ProgramAst): RelDecl[] {
    const names = [this.name('a relation name')];
    while (this.is(',')) {
      this.next();
      names.push(this.name('a relation name'));
    }
    this.expect('(');
    const attrs: AttrDecl[] = [];
    if (!this.is(')')) {
      for (;;) {
        const an = this.name('an attribute name');
        this.expect(':');
        const ty = this.qualifiedName('a type name');
        if (this.is('<') && this.is('>', 1)) throw new DatalogError('lattice attributes are not supported', this.peek().loc);
        attrs.push({ name: an.value, type: ty.value, loc: ty.loc });
        if (!this.is(',')) break;
        this.next();
      }
    }
    this.expect(')');
    const qualifiers: string[] = [];
    while (this.peek().kind === 'ident' && QUALIFIERS.has(this.peek().value)) {
      const q = this.next();
      if (q.value === 'input' || q.value === 'output' || q.value === 'printsize') {
        for (const n of names) ast.directives.push({ kind: q.value, rel: n.value, params: {}, loc: q.loc });
      }
      qualifiers.push(q.value);
    }
    if (this.is('choice') || (this.peek().kind === 'ident' && this.peek().value === 'choice')) {
      throw new DatalogError('choice-domain is not supported', this.peek().loc);
    }
    void loc;
    return names.map((n) => ({ name: n.value, attrs: attrs.map((a) => ({ ...a })), loc: n.loc, qualifiers }));
  }

  private qualifiedName(what: string): Token {
    const t = this.name(what);
    if (this.is('.') && this.peek(1).kind === 'ident' && this.peek(1).loc.line === t.loc.line && this.peek(1).start === this.peek().end) {
      throw new DatalogError('qualified names (components) are not supported', this.peek().loc);
    }
    return t;
  }

  private typeDecl(loc: Loc): TypeDecl {
    const n = this.name('a type name');
    if (this.is('<:')) {
      this.next();
      const base = this.qualifiedName('a type name');
      return { kind: 'subset', name: n.value, base: base.value, loc: n.loc };
    }
    if (this.is('=')) {
      this.next();
      if (this.is('[')) throw new DatalogError('record types are not supported', this.peek().loc);
      const first = this.qualifiedName('a type name');
      if (this.is('{')) throw new DatalogError('algebraic data types are not supported', this.peek().loc);
      const members = [first.value];
      while (this.is('|')) {
        this.next();
        const m = this.qualifiedName('a type name');
        if (this.is('{')) throw new DatalogError('algebraic data types are not supported', this.peek().loc);
        members.push(m.value);
      }
      if (members.length === 1) return { kind: 'alias', name: n.value, target: first.value, loc: n.loc };
      return { kind: 'union', name: n.value, members, loc: n.loc };
    }
    void loc;
    // `.type T` alone is Soufflé's deprecated spelling of `.type T <: symbol`.
    return { kind: 'subset', name: n.value, base: 'symbol', loc: n.loc };
  }

  private ioDirective(kind: 'input' | 'output' | 'printsize'): IoDirective[] {
    const rels = [this.qualifiedName('a relation name')];
    while (this.is(',')) {
      this.next();
      rels.push(this.qualifiedName('a relation name'));
    }
    const params: Record<string, string> = {};
    if (this.is('(')) {
      this.next();
      if (!this.is(')')) {
        for (;;) {
          const key = this.peek();
          if (key.kind !== 'ident') this.fail('a parameter name');
          this.next();
          this.expect('=');
          const v = this.peek();
          if (v.kind === 'string' || v.kind === 'ident' || v.kind === 'number') params[key.value] = this.next().value;
          else this.fail('a parameter value');
          if (!this.is(',')) break;
          this.next();
        }
      }
      this.expect(')');
    }
    return rels.map((r) => ({ kind, rel: r.value, params: { ...params }, loc: r.loc }));
  }

  private rule(): RuleDecl {
    const first = this.peek();
    const heads = [this.atom()];
    while (this.is(',')) {
      this.next();
      heads.push(this.atom());
    }
    let dominating: Atom | undefined;
    if (heads.length === 1 && this.is('<=')) {
      // Subsumption (Soufflé 2.3+): `dominated <= dominating :- body.`; the body is required.
      this.next();
      dominating = this.atom();
      if (!this.is(':-')) this.fail("':-'");
    }
    let body: BodyNode | null = null;
    if (this.is(':-')) {
      this.next();
      body = this.disjunction();
    } else if (heads.length > 1) {
      this.fail("':-'");
    }
    if (!this.is('.')) this.fail(body ? "',', ';' or '.'" : "':-' or '.'");
    const dot = this.next();
    if (this.peek().kind === 'directive' && this.peek().value === 'plan') this.plan();
    const src = this.sources.get(first.loc.file);
    const text = src !== undefined && dot.loc.file === first.loc.file
      ? src.slice(first.start, dot.end).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ').replace(/\s+/g, ' ').trim()
      : heads.map((h) => h.rel).join(', ') + (body ? ' :- ...' : '.');
    return dominating ? { heads, dominating, body, loc: first.loc, text } : { heads, body, loc: first.loc, text };
  }

  /**
   * A rule's `.plan 0:(1,2), 1:(2,1)`: Soufflé's join order per version. Checked for its shape
   * and then ignored: the planner orders atoms by the relations' sizes (plan.ts).
   */
  private plan(): void {
    this.next();
    for (;;) {
      if (this.peek().kind !== 'number') this.fail('a version number');
      this.next();
      this.expect(':');
      this.expect('(');
      for (;;) {
        if (this.peek().kind !== 'number') this.fail('an atom number');
        this.next();
        if (!this.is(',')) break;
        this.next();
      }
      this.expect(')');
      if (!this.is(',')) break;
      this.next();
    }
  }

  private atom(): Atom {
    const n = this.qualifiedName('a relation name');
    return { rel: n.value, args: this.args(), loc: n.loc };
  }

  disjunction(): BodyNode {
    const items = [this.conjunction()];
    while (this.is(';')) {
      this.next();
      items.push(this.conjunction());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  private conjunction(): BodyNode {
    const items = [this.term()];
    while (this.is(',')) {
      this.next();
      items.push(this.term());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  private term(): BodyNode {
    const t = this.peek();
    if (this.is('!')) {
      this.next();
      return { kind: 'not', item: this.term(), loc: t.loc };
    }
    if (this.is('(')) {
      // Either a parenthesised disjunction or a constraint whose left side starts with '('.
      const group = this.attempt(() => {
        this.next();
        const d = this.disjunction();
        this.expect(')');
        if (this.peek().kind === 'punct' && CMP_OPS.has(this.peek().value)) this.fail("',' or ')'");
        return d;
      });
      if (group) return group;
      const c = this.attempt(() => this.constraint());
      if (c) return c;
      throw this.furthest!;
    }
    if (t.kind === 'ident') {
      if ((t.value === 'match' || t.value === 'contains') && this.is('(', 1)) {
        this.next();
        this.next();
        const left = this.expr();
        this.expect(',');
        const right = this.expr();
        this.expect(')');
        return { kind: 'test', op: t.value, left, right, loc: t.loc };
      }
      if (t.value === 'true' || t.value === 'false') {
        this.next();
        return { kind: 'bool', value: t.value === 'true', loc: t.loc };
      }
      if (!RESERVED.has(t.value) && this.is('(', 1)) return { kind: 'atom', atom: this.atom() };
    }
    return this.constraint();
  }

  private constraint(): BodyNode {
    const left = this.expr();
    const op = this.peek();
    if (op.kind !== 'punct' || !CMP_OPS.has(op.value)) this.fail('a comparison (=, !=, <, <=, >, >=)');
    this.next();
    const right = this.expr();
    return { kind: 'cmp', op: op.value as CmpOp, left, right, loc: op.loc };
  }

  expr(): Expr {
    return this.binary(0);
  }

  private binary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if ((t.kind !== 'punct' && t.kind !== 'ident') || !BINARY_LEVELS[level].includes(t.value)) return left;
      this.next();
      const right = this.binary(level + 1);
      left = { kind: 'call', op: t.value, args: [left, right], loc: t.loc };
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (this.is('-')) {
      this.next();
      const arg = this.unary();
      // Soufflé folds a minus into a numeric literal, so -2147483648 is a valid number.
      if (arg.kind === 'num' && !arg.text.startsWith('-')) return { ...arg, text: '-' + arg.text, loc: t.loc };
      return { kind: 'call', op: 'neg', args: [arg], loc: t.loc };
    }
    if (t.kind === 'ident' && (t.value === 'bnot' || t.value === 'lnot')) {
      this.next();
      return { kind: 'call', op: t.value, args: [this.unary()], loc: t.loc };
    }
    const base = this.primary();
    if (this.is('^')) {
      const op = this.next();
      return { kind: 'call', op: '^', args: [base, this.unary()], loc: op.loc };
    }
    return base;
  }

  /** `(expr, ...)`: the arguments of an atom or a functor. */
  private args(): Expr[] {
    this.expect('(');
    const args: Expr[] = [];
    if (!this.is(')')) {
      args.push(this.expr());
      while (this.is(',')) {
        this.next();
        args.push(this.expr());
      }
    }
    this.expect(')');
    return args;
  }

  private primary(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'num', text: t.value, type: 'int', loc: t.loc };
      case 'unsigned':
        this.next();
        return { kind: 'num', text: t.value, type: 'unsigned', loc: t.loc };
      case 'float':
        this.next();
        return { kind: 'num', text: t.value, type: 'float', loc: t.loc };
      case 'string':
        this.next();
        return { kind: 'str', value: t.value, loc: t.loc };
      case 'punct':
        if (t.value === '_') {
          this.next();
          return { kind: 'wild', loc: t.loc };
        }
        if (t.value === '(') {
          this.next();
          const e = this.expr();
          this.expect(')');
          return e;
        }
        if (t.value === '[') throw new DatalogError('records are not supported', t.loc);
        if (t.value === '$') throw new DatalogError('ADT constructors and $ counters are not supported', t.loc);
        if (t.value === '@') throw new DatalogError('user-defined functors are not supported', t.loc);
        return this.fail('an argument');
      case 'ident':
        return this.identExpr(t);
      default:
        return this.fail('an argument');
    }
  }

  private identExpr(t: Token): Expr {
    const w = t.value;
    if (w === 'as') {
      this.next();
      this.expect('(');
      const e = this.expr();
      this.expect(',');
      const ty = this.qualifiedName('a type name');
      this.expect(')');
      return { kind: 'as', expr: e, type: ty.value, loc: t.loc };
    }
    if (FUNCTORS.has(w)) {
      this.next();
      if (w === 'ord') throw new DatalogError('ord() is not supported (its value depends on the symbol table order)', t.loc);
      if (w === 'range') throw new DatalogError('range() is not supported', t.loc);
      return { kind: 'call', op: w, args: this.args(), loc: t.loc };
    }
    if (AGGREGATES.has(w)) {
      this.next();
      if ((w === 'min' || w === 'max') && this.is('(')) {
        // min(a, b, ...) is a functor; min (e) : body is an aggregate over a parenthesised target.
        const save = this.pos;
        const args = this.args();
        if (!this.is(':')) {
          if (args.length < 2) throw new DatalogError(`${w}() as a functor needs at least two arguments`, t.loc);
          return { kind: 'call', op: w, args, loc: t.loc };
        }
        this.pos = save;
      }
      if (w === 'mean') throw new DatalogError('the mean aggregate is not supported', t.loc);
      let target: Expr | null = null;
      if (!this.is(':')) target = this.expr();
      this.expect(':');
      let body: BodyNode;
      if (this.is('{')) {
        this.next();
        body = this.disjunction();
        this.expect('}');
      } else {
        body = { kind: 'atom', atom: this.atom() };
      }
      return { kind: 'agg', op: w as AggOp, target, body, loc: t.loc };
    }
    if (w === 'nil' || w === 'autoinc' || w === '__ITERATION__') throw new DatalogError(`'${w}' is not supported`, t.loc);
    if (RESERVED.has(w)) this.fail('an argument');
    this.next();
    if (this.is('(')) throw new DatalogError(`unknown functor '${w}'`, t.loc);
    return { kind: 'var', name: w, loc: t.loc };
  }
}
