// Turns a clause plan into a JavaScript function of nested loops (compiled with `new Function`),
// so that the inner loop is plain typed-array reads, local variables and hash probes rather
// than an interpreter walking a plan. One function per clause and delta version; it returns
// the number of new tuples it inserted.
import { Kind } from './ast.js';
import { DatalogError } from './errors.js';
import { Clause, RelationSchema, Term } from './ir.js';
import { AggStep, AtomStep, ClausePlan, NegStep, Step } from './plan.js';
import { Index, Relation } from './relation.js';
import { Runtime } from './runtime.js';

/**
 * deltaStart/deltaEnd: the rows of the delta atom's relation to read. In a delta version,
 * the other atoms over relations of the same stratum read only rows below a bound: old rows
 * (below start[rel]) for atoms before the delta atom, rows below end[rel] for atoms after it.
 * A subsumptive clause's atoms read the ranges its plan names (plan.AtomRange: end[rel] bounds
 * the rows before this iteration, dlo/dhi the delta of a subsumption phase); it pushes the rows
 * of the tuples it finds dominated onto `kill` instead of inserting.
 */
export type ClauseFn = (deltaStart: number, deltaEnd: number, start?: Int32Array, end?: Int32Array, dlo?: Int32Array, dhi?: Int32Array, kill?: number[]) => number;

export interface CodegenContext {
  rels: Relation[];
  schemas: RelationSchema[];
  rt: Runtime;
  /** Relations of the stratum being evaluated (bounded in delta versions). */
  recursive?: Set<number>;
}

export interface CompiledClause {
  plan: ClausePlan;
  fn: ClauseFn;
  source: string;
  /**
   * Indexes over the delta's rows only, for a delta read through an index (a version that
   * starts from another atom): the caller builds them for [deltaStart, deltaEnd) before a call.
   */
  deltaIndexes: Index[];
}

/**
 * Where an atom's rows start and end: an argument of the clause function (ds, de: the delta) or
 * the atom's relation's entry in one of its arrays (LS, LE: the stratum's rows before and up to
 * the end of the last iteration; DLO, DHI: a subsumption phase's delta); null stands for 0 and
 * for the relation's row count when the loop starts.
 */
export type RowBound = 'ds' | 'de' | 'LS' | 'LE' | 'DLO' | 'DHI';

/**
 * The rows [lo, hi) an atom of a plan reads, for the generated code and the interpreter alike:
 * the delta; the range a subsumption phase set; for another atom over a relation of the
 * stratum (`recursive`) in a delta version, the rows older than their delta before the delta
 * atom and up to the end of their delta after it; else every row.
 */
export function atomRows(clause: Clause, deltaAtom: number, s: AtomStep, recursive: Set<number> | undefined): { lo: RowBound | null; hi: RowBound | null } {
  if (s.delta) return { lo: 'ds', hi: 'de' };
  switch (s.range) {
    case 'upto': return { lo: null, hi: 'LE' };
    case 'new': return { lo: 'LE', hi: null };
    case 'sdelta': return { lo: 'DLO', hi: 'DHI' };
  }
  if (deltaAtom < 0 || !recursive?.has(s.lit.rel)) return { lo: null, hi: null };
  return { lo: null, hi: clause.body.indexOf(s.lit) < deltaAtom ? 'LS' : 'LE' };
}

const CMP_JS: Record<string, string> = { '=': '===', '!=': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

export function compileClause(plan: ClausePlan, ctx: CodegenContext): CompiledClause {
  const g = new Generator(plan.clause, ctx, plan.deltaAtom);
  const body = g.steps(plan.steps, 0, (depth) => g.insert(depth));
  const source = [
    '"use strict";',
    ...g.prelude,
    `return function ${functionName(plan)}(ds, de, LS, LE, DLO, DHI, KILL) {`,
    '  let n = 0;',
    body,
    g.epilogue(),
    '  return n;',
    '};',
  ].join('\n');
  let factory: (...args: unknown[]) => ClauseFn;
  try {
    factory = new Function('R', 'IX', 'KB', 'SEEN', 'rt', source) as (...args: unknown[]) => ClauseFn;
  } catch (e) {
    // a bug of the generator, not of the program: not a DatalogError
    throw new Error(`compiling the rule at ${plan.clause.loc.file}:${plan.clause.loc.line}: ${(e as Error).message}\n${source}`);
  }
  const fn = factory(ctx.rels, g.indexes, g.keyBuffers, g.seenSets, ctx.rt);
  return { plan, fn, source, deltaIndexes: g.deltaIndexes };
}

/** A name for the compiled function that tells profiles which rule and version it is. */
function functionName(plan: ClausePlan): string {
  let name = plan.clause.id >= 0 ? `rule${plan.clause.id}_line${plan.clause.loc.line}` : `query`;
  if (plan.deltaAtom >= 0) name += `_delta${plan.deltaAtom}`;
  if (plan.firstAtom >= 0) name += `_from${plan.firstAtom}`;
  if (plan.ranges) name += '_' + plan.ranges.map((r) => r ?? 'all').join('_');
  return name;
}

class Generator {
  readonly prelude: string[] = [];
  readonly indexes: Index[] = [];
  readonly keyBuffers: Int32Array[] = [];
  readonly seenSets: Relation[] = [];
  readonly deltaIndexes: Index[] = [];
  private readonly varNames = new Map<string, string>();
  private readonly relsUsed = new Set<number>();
  private aggCounter = 0;
  /** Subsumptive clauses: the row variables of the dominated (0) and dominating (1) atoms. */
  private readonly rowVars: string[] = [];
  /** Label of the block to leave once the dominated row is found dominated. */
  private killLabel = '';

  constructor(private readonly clause: Clause, private readonly ctx: CodegenContext, private readonly deltaAtom: number) {
    this.prelude.push('const S = rt.S;');
  }

  private rel(id: number): string {
    if (!this.relsUsed.has(id)) {
      this.relsUsed.add(id);
      this.prelude.push(`const R${id} = R[${id}];`);
    }
    return `R${id}`;
  }

  private v(name: string): string {
    let js = this.varNames.get(name);
    if (js === undefined) {
      js = `v${this.varNames.size}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
      this.varNames.set(name, js);
    }
    return js;
  }

  private index(rel: number, cols: number[], delta = false): string {
    const ix = delta ? this.ctx.rels[rel].deltaIndex(cols) : this.ctx.rels[rel].index(cols);
    if (delta && !this.deltaIndexes.includes(ix)) this.deltaIndexes.push(ix);
    let i = this.indexes.indexOf(ix);
    if (i < 0) {
      i = this.indexes.length;
      this.indexes.push(ix);
      this.prelude.push(`const IX${i} = IX[${i}];`);
    }
    return `IX${i}`;
  }

  private keyBuffer(n: number): string {
    const i = this.keyBuffers.length;
    this.keyBuffers.push(new Int32Array(Math.max(1, n)));
    this.prelude.push(`const KB${i} = KB[${i}];`);
    return `KB${i}`;
  }

  private site(t: { loc: Clause['loc'] }): number {
    this.ctx.rt.sites.push({ loc: t.loc, rule: this.clause.text });
    return this.ctx.rt.sites.length - 1;
  }

  steps(steps: Step[], i: number, innermost: (depth: number) => string): string {
    if (i === steps.length) return innermost(i);
    const s = steps[i];
    const rest = () => this.steps(steps, i + 1, innermost);
    switch (s.op) {
      case 'atom':
        return this.atom(s, i, rest);
      case 'not':
        return this.neg(s, rest);
      case 'filter': {
        const l = s.lit;
        const cond = l.t === 'cmp'
          ? this.cmp(l.op, l.kind, this.expr(l.left), this.expr(l.right))
          : `${l.negated ? '!' : ''}rt.${l.op}(${this.expr(l.left)}, ${this.expr(l.right)})`;
        return `if (${cond}) {\n${rest()}\n}`;
      }
      case 'bind':
        return `{ const ${this.v(s.name)} = ${this.expr(s.expr)};\n${rest()}\n}`;
      case 'agg':
        return this.agg(s, rest);
    }
  }

  /** The rows [lo, hi) an atom reads, as code; null stands for 0 and for the relation's row count. */
  private range(s: AtomStep): { lo: string | null; hi: string | null } {
    const { lo, hi } = atomRows(this.clause, this.deltaAtom, s, this.ctx.recursive);
    const code = (b: RowBound | null): string | null => (b === null ? null : b === 'ds' || b === 'de' ? b : `${b}[${s.lit.rel}]`);
    return { lo: code(lo), hi: code(hi) };
  }

  private atom(s: AtomStep, depth: number, rest: () => string): string {
    const relId = s.lit.rel;
    const { lo, hi } = this.range(s);
    // An atom that binds nothing is a test: stop at its first matching row.
    const brk = s.existsOnly ? '\nbreak;' : '';
    const R = this.rel(relId);
    const arity = this.ctx.schemas[relId].columns.length;
    const i = `i${depth}`;
    const d = `d${depth}`;
    const b = `b${depth}`;
    // The dominated and dominating atoms of a subsumptive clause: a tuple never dominates itself.
    const pos = this.clause.subsumptive ? this.clause.body.indexOf(s.lit) : -1;
    const compared = pos === 0 || pos === 1;
    const other = compared ? this.rowVars[1 - pos] : undefined;
    const body = (row: string): string => {
      if (compared) this.rowVars[pos] = row;
      if (pos !== 0) return rest();
      this.killLabel = `K${depth}`;
      return `K${depth}: {\n${rest()}\n}`;
    };
    const binds = s.bindCols.map((c, k) => `const ${this.v(s.bindVars[k])} = ${d}[${b} + ${c}];`).join(' ');
    const eqs = s.eqCols.map(([c, c0]) => `if (${d}[${b} + ${c}] !== ${d}[${b} + ${c0}]) continue;`).join(' ');
    // Rows deleted by subsumption (only in the stratum that deletes) are skipped.
    const deletes = this.ctx.rels[relId].dead !== null;
    const dd = `dd${depth}`;
    const live = (deletes ? `if (${dd}[${i}] !== 0) continue; ` : '') + (other ? `if (${i} === ${other}) continue; ` : '');
    const loadDead = deletes ? `, ${dd} = ${R}.dead` : '';
    if (s.mode === 'exists') {
      if (lo === null && hi === null && !compared) {
        // contains()/contains2() see deleted tuples as absent.
        if (arity === 2) {
          const [x, y] = [0, 1].map((c) => this.expr(s.keyTerms[s.keyCols.indexOf(c)]));
          return `if (${R}.contains2(${x}, ${y})) {\n${rest()}\n}`;
        }
        const kb = this.keyBuffer(arity);
        const fill = s.keyTerms.map((t, k) => `${kb}[${s.keyCols[k]}] = ${this.expr(t)};`).join(' ');
        return `${fill}\nif (${R}.contains(${kb})) {\n${rest()}\n}`;
      }
      // rowOf() is -1 for an absent or deleted tuple.
      const kb = this.keyBuffer(arity);
      const fill = s.keyTerms.map((t, k) => `${kb}[${s.keyCols[k]}] = ${this.expr(t)};`).join(' ');
      const r = `r${depth}`;
      const conds = [`${r} >= ${lo ?? 0}`, ...(hi !== null ? [`${r} < ${hi}`] : []), ...(other ? [`${r} !== ${other}`] : [])];
      return `${fill}\n{ const ${r} = ${R}.rowOf(${kb}); if (${conds.join(' && ')}) {\n${body(r)}\n} }`;
    }
    if (s.mode === 'delta' || s.mode === 'scan') {
      const keys = s.keyTerms.map((t, k) => `const k${depth}_${k} = ${this.expr(t)};`).join(' ');
      const checks = s.keyCols.map((c, k) => `if (${d}[${b} + ${c}] !== k${depth}_${k}) continue;`).join(' ');
      return `{ ${keys}\nconst ${d} = ${R}.data${loadDead};\nfor (let ${i} = ${lo ?? 0}, e${depth} = ${hi ?? `${R}.count`}; ${i} < e${depth}; ${i}++) {\n${live}const ${b} = ${i} * ${arity}; ${checks} ${eqs} ${binds}\n${body(i)}${brk}\n}\n}`;
    }
    // lookup through a hash index on the known columns (the delta's: over its rows only)
    const ix = this.index(relId, s.keyCols, s.delta);
    let first: string;
    let fill = '';
    if (s.keyCols.length === 1) first = `${ix}.first1(${this.expr(s.keyTerms[0])})`;
    else if (s.keyCols.length === 2) first = `${ix}.first2(${this.expr(s.keyTerms[0])}, ${this.expr(s.keyTerms[1])})`;
    else {
      const kb = this.keyBuffer(s.keyCols.length);
      fill = s.keyTerms.map((t, k) => `${kb}[${k}] = ${this.expr(t)};`).join(' ');
      first = `${ix}.first(${kb})`;
    }
    const nx = `nx${depth}`;
    // Chains run from the newest row down, so rows above the range are a prefix to skip, and
    // the range ends where the chain drops below its start.
    const skip = hi === null ? '' : `\nwhile (${i} >= ${hi}) ${i} = ${nx}[${i}] - 1;`;
    return `{ ${fill}\nlet ${i} = ${first}; const ${nx} = ${ix}.next, ${d} = ${R}.data${loadDead};${skip}\nfor (; ${i} >= ${lo ?? 0}; ${i} = ${nx}[${i}] - 1) {\n${live}const ${b} = ${i} * ${arity}; ${eqs} ${binds}\n${body(i)}${brk}\n}\n}`;
  }

  private neg(s: NegStep, rest: () => string): string {
    const relId = s.lit.rel;
    const R = this.rel(relId);
    const arity = this.ctx.schemas[relId].columns.length;
    let cond: string;
    let fill = '';
    if (s.keyCols.length === 0) cond = `${R}.count === 0`;
    else if (s.keyCols.length === arity) {
      const kb = this.keyBuffer(arity);
      fill = s.keyTerms.map((t, k) => `${kb}[${s.keyCols[k]}] = ${this.expr(t)};`).join(' ');
      cond = `!${R}.contains(${kb})`;
    } else {
      const ix = this.index(relId, s.keyCols);
      if (s.keyCols.length === 1) cond = `${ix}.first1(${this.expr(s.keyTerms[0])}) < 0`;
      else {
        const kb = this.keyBuffer(s.keyCols.length);
        fill = s.keyTerms.map((t, k) => `${kb}[${k}] = ${this.expr(t)};`).join(' ');
        cond = `${ix}.first(${kb}) < 0`;
      }
    }
    return `${fill}\nif (${cond}) {\n${rest()}\n}`;
  }

  private agg(s: AggStep, rest: () => string): string {
    const l = s.lit;
    const k = this.aggCounter++;
    const acc = `acc${k}`;
    const has = `has${k}`;
    let seen = '';
    let reset = '';
    if (l.distinctOver && l.distinctOver.length > 0) {
      const si = this.seenSets.length;
      this.seenSets.push(new Relation(`$seen${si}`, l.distinctOver.length));
      seen = `SEEN${si}`;
      this.prelude.push(`let ${seen} = SEEN[${si}];`);
      // A fresh set per evaluation; reusing a big one would cost its whole capacity to clear.
      reset = `if (${seen}.count > 0) ${seen} = SEEN[${si}] = new ${seen}.constructor('', ${l.distinctOver.length});`;
    }
    const target = l.target ? this.expr(l.target) : '';
    let update: string;
    switch (l.op) {
      case 'count':
        update = `${acc} = (${acc} + 1) | 0;`;
        break;
      case 'sum':
        update = l.kind === 'float' ? `${acc} = rt.fb(rt.bf(${acc}) + rt.bf(${target}));` : `${acc} = (${acc} + ${target}) | 0;`;
        break;
      case 'min':
      case 'max': {
        const better = this.cmp(l.op === 'min' ? '<' : '>', l.kind, `x${k}`, acc);
        update = `{ const x${k} = ${target}; if (!${has} || ${better}) { ${acc} = x${k}; ${has} = true; } }`;
        break;
      }
    }
    if (seen) {
      const fill = l.distinctOver!.map((v, j) => `${seen}.tmp[${j}] = ${this.v(v)};`).join(' ');
      update = `${fill} if (${seen}.insert(${seen}.tmp)) { ${update} }`;
    }
    const inner = this.steps(s.steps, 0, () => update);
    const res = this.v(l.result);
    const after = s.resultBound
      ? `if (${this.cmp('=', l.kind, res, acc)}) {\n${rest()}\n}`
      : `{ const ${res} = ${acc};\n${rest()}\n}`;
    const guarded = l.op === 'min' || l.op === 'max' ? `if (${has}) ${after}` : after;
    return `{ let ${acc} = 0; let ${has} = false; ${reset}\n${inner}\n${guarded}\n}`;
  }

  /** The head relation whose tuples the rule stages, if it does. */
  private staged: string | undefined;

  /** What the rule runs before it returns: the staged tuples inserted. */
  epilogue(): string {
    return this.staged ? `  n += ${this.staged}.flushStaged();` : '';
  }

  insert(_depth: number): string {
    if (this.clause.subsumptive) {
      // The dominated row is deleted once the phase is over; one witness is enough.
      return `KILL.push(${this.rowVars[0]}); n++; break ${this.killLabel};`;
    }
    const head = this.clause.head;
    const H = this.rel(head.rel);
    const n = head.args.length;
    if (this.ctx.rels[head.rel].best) {
      // Only the best tuple per key is kept (best.ts).
      const fill = head.args.map((t, k) => `${H}.tmp[${k}] = ${this.expr(t)};`).join(' ');
      return `${fill}\nif (${H}.best.insert(${H}.tmp)) n++;`;
    }
    // staged: inserted a batch at a time, the rest when the rule ends (epilogue())
    this.staged = H;
    if (n === 1 || n === 2) return `n += ${H}.stage${n}(${head.args.map((t) => this.expr(t)).join(', ')});`;
    const fill = head.args.map((t, k) => `${H}.tmp[${k}] = ${this.expr(t)};`).join(' ');
    return `${fill}\nn += ${H}.stage(${H}.tmp);`;
  }

  cmp(op: string, kind: Kind, a: string, b: string): string {
    const js = CMP_JS[op];
    switch (kind) {
      case 'symbol':
        return op === '=' || op === '!=' ? `(${a} ${js} ${b})` : `(rt.cmpSym(${a}, ${b}) ${js} 0)`;
      case 'unsigned':
        return `((${a} >>> 0) ${js} (${b} >>> 0))`;
      case 'float':
        return `(rt.bf(${a}) ${js} rt.bf(${b}))`;
      default:
        return `(${a} ${js} ${b})`;
    }
  }

  expr(t: Term): string {
    switch (t.t) {
      case 'var':
        return this.v(t.name);
      case 'const':
        return typeof t.value === 'string' ? String(this.ctx.rt.intern(t.value)) : `(${t.value})`;
      case 'wild':
        throw new DatalogError("'_' cannot be evaluated", t.loc);
      case 'call':
        return this.call(t);
    }
  }

  private call(t: Extract<Term, { t: 'call' }>): string {
    const a = t.args.map((x) => this.expr(x));
    const k = t.kind;
    const ak = t.argKinds[0];
    const f = (op: string) => `rt.fb(rt.bf(${a[0]}) ${op} rt.bf(${a[1]}))`;
    switch (t.op) {
      case '+': return k === 'float' ? f('+') : `((${a[0]} + ${a[1]}) | 0)`;
      case '-': return k === 'float' ? f('-') : `((${a[0]} - ${a[1]}) | 0)`;
      case '*': return k === 'float' ? f('*') : `Math.imul(${a[0]}, ${a[1]})`;
      case '/':
        if (k === 'float') return f('/');
        return `rt.${k === 'unsigned' ? 'divU' : 'div'}(${a[0]}, ${a[1]}, ${this.site(t)})`;
      case '%': return `rt.${k === 'unsigned' ? 'modU' : 'mod'}(${a[0]}, ${a[1]}, ${this.site(t)})`;
      case '^':
        if (k === 'float') return `rt.fb(Math.pow(rt.bf(${a[0]}), rt.bf(${a[1]})))`;
        return `rt.${k === 'unsigned' ? 'powU' : 'pow'}(${a[0]}, ${a[1]})`;
      case 'neg': return k === 'float' ? `rt.fb(-rt.bf(${a[0]}))` : `((-(${a[0]})) | 0)`;
      case 'band': return `(${a[0]} & ${a[1]})`;
      case 'bor': return `(${a[0]} | ${a[1]})`;
      case 'bxor': return `(${a[0]} ^ ${a[1]})`;
      case 'bnot': return `(~${a[0]})`;
      case 'bshl': return `(${a[0]} << (${a[1]} & 31))`;
      case 'bshr': return k === 'unsigned' ? `((${a[0]} >>> (${a[1]} & 31)) | 0)` : `(${a[0]} >> (${a[1]} & 31))`;
      case 'bshru': return `((${a[0]} >>> (${a[1]} & 31)) | 0)`;
      case 'land': return `((${a[0]} !== 0 && ${a[1]} !== 0) ? 1 : 0)`;
      case 'lor': return `((${a[0]} !== 0 || ${a[1]} !== 0) ? 1 : 0)`;
      case 'lxor': return `(((${a[0]} !== 0) !== (${a[1]} !== 0)) ? 1 : 0)`;
      case 'lnot': return `(${a[0]} === 0 ? 1 : 0)`;
      case 'min':
      case 'max': {
        // std::max(x, y) = x < y ? y : x; std::min(x, y) = y < x ? y : x — folded left.
        let acc = a[0];
        for (let i = 1; i < a.length; i++) {
          const x = `mm${this.aggCounter}_${i}`;
          const y = `mn${this.aggCounter}_${i}`;
          const pick = t.op === 'max' ? this.cmp('<', k, x, y) : this.cmp('<', k, y, x);
          acc = `((${x}, ${y}) => ${pick} ? ${y} : ${x})(${acc}, ${a[i]})`;
        }
        this.aggCounter++;
        return acc;
      }
      case 'cat': return `rt.intern(${a.map((x) => `S[${x}]`).join(' + ')})`;
      case 'strlen': return `rt.strlen(${a[0]})`;
      case 'substr': return `rt.substr(${a[0]}, ${a[1]}, ${a[2]})`;
      case 'to_number':
        return ak === 'symbol' ? `rt.toNumber(${a[0]}, ${this.site(t)})` : ak === 'float' ? `rt.f2i(${a[0]})` : a[0];
      case 'to_unsigned':
        return ak === 'symbol' ? `rt.toUnsigned(${a[0]}, ${this.site(t)})` : ak === 'float' ? `rt.f2u(${a[0]})` : a[0];
      case 'to_float':
        return ak === 'symbol' ? `rt.toFloat(${a[0]}, ${this.site(t)})` : ak === 'number' ? `rt.fb(${a[0]})` : ak === 'unsigned' ? `rt.fb(${a[0]} >>> 0)` : a[0];
      case 'to_string':
        return ak === 'symbol' ? a[0] : ak === 'number' ? `rt.numberToString(${a[0]})` : ak === 'unsigned' ? `rt.numberToString(${a[0]} >>> 0)` : `rt.floatToString(${a[0]})`;
      default:
        throw new DatalogError(`unknown functor '${t.op}'`, t.loc);
    }
  }
}
