// The syntax tree between the parser and the fact writer: plain objects, one discriminated
// union per kind of node. Only one function body is alive at a time.

import type { Type } from './types.js';

/** A typed operand. */
export interface TV {
  ty: Type;
  v: Value;
}

export type Value =
  | { k: 'local'; name: string } // %x (name without %)
  | { k: 'global'; name: string } // @x
  | { k: 'int'; text: string } // decimal text; true -> 1, false -> 0
  | { k: 'float'; text: string }
  | { k: 'null' }
  | { k: 'undef' } // undef and poison
  | { k: 'zero' } // zeroinitializer
  | { k: 'none' } // token none
  | { k: 'str'; bytes: string } // c"..." decoded, one char per byte
  | { k: 'agg'; elems: TV[] } // { ... } [ ... ] < ... >
  | { k: 'gep'; srcTy: Type; base: TV; idx: TV[] } // constant getelementptr
  | { k: 'cast'; op: string; v: TV; to: Type } // constant cast
  | { k: 'ce'; op: string; args: TV[] } // other constant expressions
  | { k: 'blockaddr'; fn: string; block: string }
  | { k: 'asm' }
  | { k: 'meta' }; // a metadata operand (of llvm.dbg.* and friends)

export const NULL: Value = { k: 'null' };
export const UNDEF: Value = { k: 'undef' };
export const ZERO: Value = { k: 'zero' };
export const NONE: Value = { k: 'none' };
export const ASM: Value = { k: 'asm' };
export const META_VALUE: Value = { k: 'meta' };

/** Source position of a node, for messages. */
export interface Pos {
  line: number;
  col: number;
}

/** A call or invoke (also callbr). */
export interface CallInstr {
  op: 'call' | 'invoke' | 'callbr';
  /** the function type or return type as written */
  retTy: Type;
  callee: TV;
  args: TV[];
  /** successors of invoke/callbr */
  succ: string[];
}

export type InstrBody =
  | { op: 'ret'; val?: TV }
  | { op: 'br'; target: string }
  | { op: 'br_cond'; cond: TV; t: string; f: string }
  | { op: 'switch'; cond: TV; dflt: string; cases: Array<{ v: TV; block: string }> }
  | { op: 'indirectbr'; addr: TV; dests: string[] }
  | { op: 'unreachable' }
  | { op: 'resume'; val: TV }
  | { op: 'catchswitch'; parent: TV; handlers: string[]; unwind?: string }
  | { op: 'catchret'; pad: TV; target: string }
  | { op: 'cleanupret'; pad: TV; unwind?: string }
  | { op: 'binop'; name: string; ty: Type; lhs: Value; rhs: Value }
  | { op: 'fneg'; ty: Type; val: Value }
  | { op: 'icmp'; pred: string; ty: Type; lhs: Value; rhs: Value }
  | { op: 'fcmp'; pred: string; ty: Type; lhs: Value; rhs: Value }
  | { op: 'cast'; name: string; val: TV; to: Type }
  | { op: 'alloca'; ty: Type; count?: TV }
  | { op: 'load'; ty: Type; ptr: TV; atomic: boolean }
  | { op: 'store'; val: TV; ptr: TV }
  | { op: 'atomicrmw'; rmw: string; ptr: TV; val: TV }
  | { op: 'cmpxchg'; ptr: TV; cmp: TV; val: TV }
  | { op: 'fence' }
  | { op: 'gep'; srcTy: Type; base: TV; idx: TV[] }
  | { op: 'select'; cond: TV; t: TV; f: TV }
  | { op: 'phi'; ty: Type; incoming: Array<{ v: Value; block: string }> }
  | { op: 'freeze'; val: TV }
  | { op: 'extractvalue'; agg: TV; idx: number[] }
  | { op: 'insertvalue'; agg: TV; elem: TV; idx: number[] }
  | { op: 'extractelement'; vec: TV; idx: TV }
  | { op: 'insertelement'; vec: TV; elem: TV; idx: TV }
  | { op: 'shufflevector'; a: TV; b: TV; mask: TV }
  | { op: 'va_arg'; list: TV; ty: Type }
  | { op: 'landingpad'; ty: Type }
  | { op: 'pad'; name: 'catchpad' | 'cleanuppad'; parent: Value; args: TV[] }
  | CallInstr;

/**
 * An instruction. Every one has this same shape (one hidden class, so the fact writer reads
 * its fields at one cost), its kind's operands in `body`.
 */
export interface Instr {
  body: InstrBody;
  /** the opcode keyword as written (call, add, getelementptr, ...) */
  opcode: string;
  /** result name as written (without %), or a number for an unnamed one; undefined: no value */
  result: string | undefined;
  /** does the instruction produce a value (non-void)? */
  hasValue: boolean;
  /** !dbg attachment number */
  dbg: number | undefined;
}

export interface Block {
  /** label as written, or undefined for an implicitly numbered block */
  label?: string;
  instrs: Instr[];
}

export interface Param {
  ty: Type;
  name?: string;
}

export interface FunctionAst {
  name: string;
  linkage: string;
  retTy: Type;
  params: Param[];
  varargs: boolean;
  defined: boolean;
  blocks: Block[];
  dbg?: number;
  pos: Pos;
}

export interface GlobalAst {
  name: string;
  linkage: string;
  constant: boolean;
  ty: Type;
  init?: TV;
  pos: Pos;
}

export interface AliasAst {
  name: string;
  linkage: string;
  ty: Type;
  target: TV;
  pos: Pos;
}
