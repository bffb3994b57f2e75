// Sizes, alignments and struct field offsets from a module's `target datalayout`, after
// LLVM's DataLayout. This is what makes `getelementptr %struct.message, ptr %m, i32 0, i32 1`
// and `getelementptr i8, ptr %m, i32 4` the same byte offset.

import { Type, resolved } from './types.js';

interface Align { abi: number; pref: number } // in bytes

export interface DataLayout {
  readonly text: string;
  readonly bigEndian: boolean;
  /** pointer size in bytes per address space */
  readonly ptrSize: Map<number, number>;
  readonly ptrAlign: Map<number, number>;
  readonly intAlign: Map<number, Align>; // by bit width
  readonly fpAlign: Map<number, Align>;
  readonly vecAlign: Map<number, Align>;
  readonly aggAlign: number;
}

/** Unknown size: opaque structs, scalable vectors, function and label types. */
export const UNKNOWN = -1;

/** Parse a datalayout string; missing entries take LLVM's defaults. */
export function parseDataLayout(text: string): DataLayout {
  const ptrSize = new Map<number, number>([[0, 8]]);
  const ptrAlign = new Map<number, number>([[0, 8]]);
  const intAlign = new Map<number, Align>([
    [1, { abi: 1, pref: 1 }], [8, { abi: 1, pref: 1 }], [16, { abi: 2, pref: 2 }],
    [32, { abi: 4, pref: 4 }], [64, { abi: 4, pref: 8 }],
  ]);
  const fpAlign = new Map<number, Align>([
    [16, { abi: 2, pref: 2 }], [32, { abi: 4, pref: 4 }], [64, { abi: 8, pref: 8 }], [128, { abi: 16, pref: 16 }],
  ]);
  const vecAlign = new Map<number, Align>([[64, { abi: 8, pref: 8 }], [128, { abi: 16, pref: 16 }]]);
  let aggAlign = 1;
  let bigEndian = false;
  for (const spec of text.split('-')) {
    if (!spec) continue;
    const head = spec[0];
    const parts = spec.slice(1).split(':');
    const num = (i: number): number => Number(parts[i]);
    const bytes = (bits: number): number => (Number.isFinite(bits) && bits > 0 ? Math.max(1, bits / 8) : 1);
    switch (head) {
      case 'E': bigEndian = true; break;
      case 'e': bigEndian = false; break;
      case 'p': {
        const as = parts[0] === '' ? 0 : num(0);
        if (!Number.isFinite(as) || parts.length < 2) break;
        ptrSize.set(as, bytes(num(1)));
        ptrAlign.set(as, parts.length > 2 ? bytes(num(2)) : bytes(num(1)));
        break;
      }
      case 'i': case 'f': case 'v': {
        const bits = num(0);
        if (!Number.isFinite(bits) || parts.length < 2) break;
        const abi = bytes(num(1));
        const al = { abi, pref: parts.length > 2 ? bytes(num(2)) : abi };
        (head === 'i' ? intAlign : head === 'f' ? fpAlign : vecAlign).set(bits, al);
        break;
      }
      case 'a':
        if (parts.length >= 2 && Number(parts[1]) > 0) aggAlign = bytes(Number(parts[1]));
        else if (parts.length === 1 && Number(parts[0]) > 0) aggAlign = bytes(Number(parts[0]));
        break;
      default: break; // m, n, S, F, G, A, P, ni: irrelevant to sizes
    }
  }
  return { text, bigEndian, ptrSize, ptrAlign, intAlign, fpAlign, vecAlign, aggAlign };
}

/** The default layout of a module without a datalayout line (LLVM's defaults: 64-bit pointers). */
export const DEFAULT_LAYOUT = parseDataLayout('');

interface StructInfo { size: number; align: number; offsets: number[] }

/** Size and alignment computations, cached per type object. */
export class Layout {
  readonly dl: DataLayout;
  private structCache = new WeakMap<Type, StructInfo>();
  /** called when a named type without a body is met (lets the reader find a later definition) */
  private readonly resolveNamed?: (name: string) => void;

  /** `resolveNamed`: reads the body of a named type used before its definition. */
  constructor(dl: DataLayout, resolveNamed?: (name: string) => void) {
    this.dl = dl;
    this.resolveNamed = resolveNamed;
  }

  private body(t: Type): Type {
    if (t.k === 'named' && t.body === undefined && this.resolveNamed) this.resolveNamed(t.name);
    return resolved(t);
  }

  /** ABI alignment in bytes. */
  align(t: Type, depth = 0): number {
    if (depth > 100) return 1;
    t = this.body(t);
    switch (t.k) {
      case 'int': return intAlignFor(this.dl.intAlign, t.bits);
      case 'fp': {
        const a = this.dl.fpAlign.get(t.bits);
        if (a) return a.abi;
        return t.bits === 80 ? 16 : Math.max(1, t.bits / 8);
      }
      case 'ptr': return this.dl.ptrAlign.get(t.as) ?? this.dl.ptrAlign.get(0) ?? 8;
      case 'array': return this.align(t.elem, depth + 1);
      case 'vec': {
        const bits = t.n * this.sizeBits(t.elem, depth + 1);
        const a = this.dl.vecAlign.get(bits);
        if (a) return a.abi;
        return Math.max(1, nextPow2(Math.ceil(bits / 8)));
      }
      case 'struct': return this.struct(t, depth + 1).align;
      default: return 1;
    }
  }

  /** Bits a scalar occupies (for vector element packing). */
  private sizeBits(t: Type, depth: number): number {
    t = this.body(t);
    if (t.k === 'int') return t.bits;
    if (t.k === 'fp') return t.bits;
    const s = this.storeSize(t, depth);
    return s < 0 ? 0 : s * 8;
  }

  /** Bytes written by a store of the type (no tail padding). */
  storeSize(t: Type, depth = 0): number {
    if (depth > 100) return UNKNOWN;
    t = this.body(t);
    switch (t.k) {
      case 'int': return Math.ceil(t.bits / 8);
      case 'fp': return t.bits === 80 ? 10 : t.bits / 8;
      case 'ptr': return this.dl.ptrSize.get(t.as) ?? this.dl.ptrSize.get(0) ?? 8;
      case 'array': {
        const e = this.allocSize(t.elem, depth + 1);
        return e < 0 ? UNKNOWN : e * t.n;
      }
      case 'vec': {
        if (t.scalable) return UNKNOWN;
        return Math.ceil((t.n * this.sizeBits(t.elem, depth + 1)) / 8);
      }
      case 'struct': return this.struct(t, depth + 1).size;
      default: return UNKNOWN;
    }
  }

  /** allocSize of iN for small N and of `ptr`: asked for nearly every alloca and GEP */
  private readonly intAlloc: number[] = [];
  private ptrAlloc = 0;

  /** Bytes between consecutive array elements: store size rounded up to the alignment. */
  allocSize(t: Type, depth = 0): number {
    if (t.k === 'int' && t.bits <= 128) {
      return this.intAlloc[t.bits] ?? (this.intAlloc[t.bits] = this.computeAllocSize(t, depth));
    }
    if (t.k === 'ptr' && t.as === 0) return this.ptrAlloc || (this.ptrAlloc = this.computeAllocSize(t, depth));
    return this.computeAllocSize(t, depth);
  }

  private computeAllocSize(t: Type, depth: number): number {
    const s = this.storeSize(t, depth);
    if (s < 0) return UNKNOWN;
    const a = this.align(t, depth);
    return Math.ceil(s / a) * a;
  }

  /** Byte offset of field i of a struct type (named or literal); UNKNOWN if not a struct. */
  fieldOffset(t: Type, i: number): number {
    t = this.body(t);
    if (t.k !== 'struct') return UNKNOWN;
    const off = this.struct(t, 0).offsets[i];
    return off === undefined ? UNKNOWN : off;
  }

  private struct(t: Type & { k: 'struct' }, depth: number): StructInfo {
    let info = this.structCache.get(t);
    if (info) return info;
    // placeholder against (invalid) recursive types
    this.structCache.set(t, { size: UNKNOWN, align: 1, offsets: [] });
    let off = 0;
    let align = 1;
    const offsets: number[] = [];
    let unknown = false;
    for (const f of t.fields) {
      const fa = t.packed ? 1 : this.align(f, depth + 1);
      off = Math.ceil(off / fa) * fa;
      offsets.push(unknown ? UNKNOWN : off);
      const fs = this.allocSize(f, depth + 1);
      if (fs < 0) unknown = true;
      else off += fs;
      if (fa > align) align = fa;
    }
    if (!t.packed && this.dl.aggAlign > align) align = this.dl.aggAlign;
    const size = unknown ? UNKNOWN : Math.ceil(off / align) * align;
    info = { size, align, offsets };
    this.structCache.set(t, info);
    return info;
  }
}

function intAlignFor(table: Map<number, Align>, bits: number): number {
  const exact = table.get(bits);
  if (exact) return exact.abi;
  // LLVM: the smallest specified integer type wider than bits, else the widest
  let best: number | undefined;
  let widest = 0;
  for (const w of table.keys()) {
    if (w > bits && (best === undefined || w < best)) best = w;
    if (w > widest) widest = w;
  }
  return table.get(best ?? widest)!.abi;
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
