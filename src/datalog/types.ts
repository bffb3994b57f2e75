// Declared types: the four primitive kinds, subset types (`.type A <: symbol`), aliases
// (`.type A = B`) and unions (`.type U = A | B`), with the subtype order the checker uses.
import { Kind, TypeDecl } from './ast.js';
import { DatalogError, didYouMean, Loc } from './errors.js';

export const PRIMITIVES: readonly Kind[] = ['symbol', 'number', 'unsigned', 'float'];

interface TypeDef {
  name: string;
  decl: TypeDecl | null; // null for primitives
}

export class TypeEnv {
  private readonly defs = new Map<string, TypeDef>();
  private readonly kinds = new Map<string, Kind>();

  constructor(decls: TypeDecl[]) {
    for (const p of PRIMITIVES) this.defs.set(p, { name: p, decl: null });
    for (const d of decls) {
      const prev = this.defs.get(d.name);
      if (prev) {
        throw new DatalogError(prev.decl ? `redefinition of type ${d.name} (first defined at ${prev.decl.loc.file}:${prev.decl.loc.line}:${prev.decl.loc.col})` : `cannot redefine primitive type ${d.name}`, d.loc);
      }
      this.defs.set(d.name, { name: d.name, decl: d });
    }
    for (const d of decls) this.kindOf(d.name, d.loc, new Set());
  }

  /** The declared types, in the order given (what the environment was made from). */
  decls(): TypeDecl[] {
    return [...this.defs.values()].flatMap((d) => (d.decl ? [d.decl] : []));
  }

  has(name: string): boolean {
    return this.defs.has(name);
  }

  /** The primitive kind under a type; throws for an unknown type (at loc). */
  kindOf(name: string, loc: Loc, visiting: Set<string> = new Set()): Kind {
    const known = this.kinds.get(name);
    if (known) return known;
    const def = this.defs.get(name);
    if (!def) throw new DatalogError(`undefined type ${name}${didYouMean(name, this.defs.keys())}`, loc);
    if (!def.decl) return name as Kind;
    if (visiting.has(name)) throw new DatalogError(`type ${name} is defined in terms of itself`, def.decl.loc);
    visiting.add(name);
    const d = def.decl;
    let kind: Kind;
    if (d.kind === 'subset') kind = this.kindOf(d.base, d.loc, visiting);
    else if (d.kind === 'alias') kind = this.kindOf(d.target, d.loc, visiting);
    else {
      const ks = d.members.map((m) => this.kindOf(m, d.loc, visiting));
      kind = ks[0];
      if (ks.some((k) => k !== kind)) throw new DatalogError(`union type ${d.name} mixes types of different kinds (${[...new Set(ks)].join(', ')})`, d.loc);
    }
    visiting.delete(name);
    this.kinds.set(name, kind);
    return kind;
  }

  /** An alias stands for its target. */
  private canon(name: string): string {
    let n = name;
    for (let i = 0; i < 100; i++) {
      const d = this.defs.get(n)?.decl;
      if (!d || d.kind !== 'alias') return n;
      n = d.target;
    }
    return n;
  }

  isSubtype(a: string, b: string): boolean {
    const x = this.canon(a);
    const y = this.canon(b);
    if (x === y) return true;
    const dx = this.defs.get(x)?.decl;
    if (dx?.kind === 'union') return dx.members.every((m) => this.isSubtype(m, y));
    if (dx?.kind === 'subset' && this.isSubtype(dx.base, y)) return true;
    const dy = this.defs.get(y)?.decl;
    if (dy?.kind === 'union') return dy.members.some((m) => this.isSubtype(x, m));
    return false;
  }

  /** The greatest common subtype of two types, if one is a subtype of the other. */
  meet(a: string, b: string): string | null {
    if (this.isSubtype(a, b)) return a;
    if (this.isSubtype(b, a)) return b;
    return null;
  }
}
