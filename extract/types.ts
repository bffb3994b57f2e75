// LLVM types as plain data, with interning of the common scalar types (so the parser does not
// allocate one object per `i32`) and a printer that gives the canonical text used in facts.

export type Type =
  | { readonly k: 'int'; readonly bits: number }
  | { readonly k: 'fp'; readonly name: string; readonly bits: number }
  | { readonly k: 'ptr'; readonly as: number; readonly pointee?: Type } // pointee only with typed pointers
  | { readonly k: 'void' }
  | { readonly k: 'label' }
  | { readonly k: 'meta' }
  | { readonly k: 'token' }
  | { readonly k: 'other'; readonly name: string } // x86_mmx, x86_amx, target(...)
  | NamedType
  | { readonly k: 'struct'; readonly fields: readonly Type[]; readonly packed: boolean }
  | { readonly k: 'array'; readonly n: number; readonly elem: Type }
  | { readonly k: 'vec'; readonly n: number; readonly elem: Type; readonly scalable: boolean }
  | { readonly k: 'fn'; readonly ret: Type; readonly params: readonly Type[]; readonly varargs: boolean };

/** A named (identified) struct type; its body is filled in when its definition is read. */
export interface NamedType {
  readonly k: 'named';
  readonly name: string;
  /** undefined: not defined (yet); null: opaque */
  body: Type | null | undefined;
}

/** One object per integer width (an array for the usual widths: asked for at every iN token). */
const smallInts: Type[] = [];
const intCache = new Map<number, Type>();
export function intType(bits: number): Type {
  if (bits <= 128) return smallInts[bits] ?? (smallInts[bits] = { k: 'int', bits });
  let t = intCache.get(bits);
  if (!t) {
    t = { k: 'int', bits };
    intCache.set(bits, t);
  }
  return t;
}

export const VOID: Type = { k: 'void' };
export const LABEL: Type = { k: 'label' };
export const META: Type = { k: 'meta' };
export const TOKEN: Type = { k: 'token' };
export const PTR0: Type = { k: 'ptr', as: 0 };
export const I1 = intType(1);
export const I8 = intType(8);
export const I32 = intType(32);
export const I64 = intType(64);

const FP: Record<string, Type> = {
  half: { k: 'fp', name: 'half', bits: 16 },
  bfloat: { k: 'fp', name: 'bfloat', bits: 16 },
  float: { k: 'fp', name: 'float', bits: 32 },
  double: { k: 'fp', name: 'double', bits: 64 },
  x86_fp80: { k: 'fp', name: 'x86_fp80', bits: 80 },
  fp128: { k: 'fp', name: 'fp128', bits: 128 },
  ppc_fp128: { k: 'fp', name: 'ppc_fp128', bits: 128 },
};
export function fpType(name: string): Type | undefined {
  return FP[name];
}

const ptrCache = new Map<number, Type>([[0, PTR0]]);
export function ptrType(as: number): Type {
  let t = ptrCache.get(as);
  if (!t) {
    t = { k: 'ptr', as };
    ptrCache.set(as, t);
  }
  return t;
}

const typedPtrCache = new WeakMap<Type, Type>();
export function typedPtr(pointee: Type, as: number): Type {
  if (as !== 0) return { k: 'ptr', as, pointee };
  let t = typedPtrCache.get(pointee);
  if (!t) {
    t = { k: 'ptr', as: 0, pointee };
    typedPtrCache.set(pointee, t);
  }
  return t;
}

export function isVoid(t: Type): boolean {
  return t.k === 'void';
}

/** The named type's body, or the type itself. */
export function resolved(t: Type): Type {
  return t.k === 'named' && t.body ? t.body : t;
}

const textCache = new WeakMap<Type, string>();
/** Canonical IR text of a type: `i32`, `ptr`, `%struct.message*`, `[4 x ptr]`, `{ i32, ptr }`. */
export function typeText(t: Type): string {
  let s = textCache.get(t);
  if (s === undefined) {
    s = render(t, 0);
    textCache.set(t, s);
  }
  return s;
}

function render(t: Type, depth: number): string {
  if (depth > 64) return '...';
  const r = (x: Type): string => render(x, depth + 1);
  switch (t.k) {
    case 'int': return `i${t.bits}`;
    case 'fp': return t.name;
    case 'ptr':
      if (t.pointee) return `${r(t.pointee)}${t.as ? ` addrspace(${t.as})` : ''}*`;
      return t.as ? `ptr addrspace(${t.as})` : 'ptr';
    case 'void': return 'void';
    case 'label': return 'label';
    case 'meta': return 'metadata';
    case 'token': return 'token';
    case 'other': return t.name;
    case 'named': return `%${quoteName(t.name)}`;
    case 'struct': {
      const body = t.fields.map(r).join(', ');
      const inner = body ? `{ ${body} }` : '{}';
      return t.packed ? `<${inner}>` : inner;
    }
    case 'array': return `[${t.n} x ${r(t.elem)}]`;
    case 'vec': return `<${t.scalable ? 'vscale x ' : ''}${t.n} x ${r(t.elem)}>`;
    case 'fn': {
      const ps = t.params.map(r);
      if (t.varargs) ps.push('...');
      return `${r(t.ret)} (${ps.join(', ')})`;
    }
  }
}

/**
 * A function type as calls through a pointer match it: its return and parameter types with
 * every pointer alike (`i32 (ptr, i64)`, `void (ptr, ...)`), so that typed-pointer IR (LLVM 14:
 * `%struct.FILE*`, a `void (i8*)*` callback) and opaque-pointer IR give the same text, and a C
 * callback taking `void *` matches one taking `struct x *`.
 */
export function signatureText(ret: Type, params: readonly Type[], varargs: boolean): string {
  const ps = params.map(signaturePart);
  if (varargs) ps.push('...');
  return `${signaturePart(ret)} (${ps.join(', ')})`;
}

function signaturePart(t: Type): string {
  const r = resolved(t);
  if (r.k === 'ptr') return 'ptr';
  if (r.k === 'int' || r.k === 'fp' || r.k === 'void') return typeText(r);
  // an aggregate or vector passed by value: its layout, pointers alike
  switch (r.k) {
    case 'struct': return `{ ${r.fields.map(signaturePart).join(', ')} }`;
    case 'array': return `[${r.n} x ${signaturePart(r.elem)}]`;
    case 'vec': return `<${r.scalable ? 'vscale x ' : ''}${r.n} x ${signaturePart(r.elem)}>`;
    default: return typeText(r);
  }
}

/** A name as LLVM prints it: bare if it is made of name chars, else quoted. */
export function quoteName(name: string): string {
  return /^[-a-zA-Z$._][-a-zA-Z$._0-9]*$|^[0-9]+$/.test(name) ? name : `"${name.replace(/["\\]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()}`)}"`;
}
