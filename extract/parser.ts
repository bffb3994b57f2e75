// Recursive-descent parser for textual LLVM IR (LLVM 14 to 19 and later), after LLVM's
// LLParser: one method per production. It hands each top-level entity to a handler as soon
// as it is read, so only one function body is in memory at a time. Nesting is bounded
// (MAX_DEPTH) and every loop consumes a token, so no input can make it recurse without
// bound or spin.

import { ExtractError } from './errors.js';
import { Lexer, Tok, tokName, unescapeLL, pinKeywords } from './lexer.js';
import type { TextSource } from './source.js';
import { readDebugNode } from './debuginfo.js';
import type { DebugInfo } from './debuginfo.js';
import {
  Type, NamedType, intType, fpType, ptrType, typedPtr, VOID, LABEL, META, TOKEN, PTR0, I1,
} from './types.js';
import {
  TV, Value, Instr, InstrBody, Block, Param, FunctionAst, GlobalAst, AliasAst, CallInstr,
  NULL, UNDEF, ZERO, NONE, ASM, META_VALUE,
} from './ast.js';

const MAX_DEPTH = 200;

export interface ModuleHandler {
  datalayout?(text: string): void;
  global?(g: GlobalAst): void;
  alias?(a: AliasAst): void;
  func?(f: FunctionAst): void;
  /**
   * Without keepGoing: called when a definition's header is read. A returned consumer gets
   * each block as it is parsed and the blocks are not kept (f.blocks stays empty), so a huge
   * function never exists as a whole tree. func(f) is still called after the body.
   */
  beginBody?(f: FunctionAst): ((b: Block) => void) | undefined;
  /** With keepGoing: a broken entity was skipped. */
  skipped?(e: ExtractError): void;
  /**
   * Is the global or function of this IR name wanted? If not, its initialiser or body is
   * skipped unparsed and no other handler hears of it (library code a component never runs).
   */
  keep?(name: string): boolean;
}

const LINKAGES = new Set([
  'private', 'internal', 'available_externally', 'linkonce', 'weak', 'common', 'appending',
  'extern_weak', 'linkonce_odr', 'weak_odr', 'external',
]);

const CAST_OPS = new Set([
  'trunc', 'zext', 'sext', 'fptrunc', 'fpext', 'fptoui', 'fptosi', 'uitofp', 'sitofp',
  'ptrtoint', 'inttoptr', 'bitcast', 'addrspacecast',
]);
const BIN_OPS = new Set([
  'add', 'sub', 'mul', 'udiv', 'sdiv', 'urem', 'srem', 'shl', 'lshr', 'ashr', 'and', 'or', 'xor',
  'fadd', 'fsub', 'fmul', 'fdiv', 'frem',
]);
const TERMINATORS = new Set([
  'ret', 'br', 'switch', 'indirectbr', 'invoke', 'resume', 'unreachable', 'cleanupret',
  'catchret', 'catchswitch', 'callbr',
]);
/** Every instruction keyword (stops the skipping of call-site attributes). */
export const OPCODES = new Set([
  ...CAST_OPS, ...BIN_OPS, ...TERMINATORS, 'fneg', 'icmp', 'fcmp', 'alloca', 'load', 'store',
  'atomicrmw', 'cmpxchg', 'fence', 'getelementptr', 'select', 'phi', 'freeze', 'extractvalue',
  'insertvalue', 'extractelement', 'insertelement', 'shufflevector', 'va_arg', 'landingpad',
  'catchpad', 'cleanuppad', 'call', 'tail', 'musttail', 'notail',
]);
/** Words that begin a value (everything else before a value is an attribute). */
const VALUE_WORDS = new Set([
  'true', 'false', 'null', 'undef', 'poison', 'zeroinitializer', 'none', 'blockaddress',
  'dso_local_equivalent', 'no_cfi', 'asm', 'splat', 'ptrauth', 'getelementptr', 'select', 'icmp',
  'fcmp', 'extractelement', 'insertelement', 'shufflevector', 'extractvalue', 'insertvalue', 'fneg',
  ...CAST_OPS, ...BIN_OPS,
]);
const TYPE_WORDS = new Set([
  'void', 'ptr', 'label', 'metadata', 'token', 'half', 'bfloat', 'float', 'double', 'x86_fp80',
  'fp128', 'ppc_fp128', 'x86_mmx', 'x86_amx', 'target',
]);
const ORDERINGS = new Set(['syncscope', 'unordered', 'monotonic', 'acquire', 'release', 'acq_rel', 'seq_cst']);
const CMP_FLAGS = new Set(['samesign', 'fast', 'nnan', 'ninf', 'nsz', 'arcp', 'contract', 'afn', 'reassoc']);
const TOP_WORDS = new Set([
  'define', 'declare', 'attributes', 'source_filename', 'target', 'module', 'uselistorder', 'uselistorder_bb',
]);

// the words of every line first, so they win their cache slots
pinKeywords([
  ...OPCODES, ...TYPE_WORDS, 'align', 'volatile', 'atomic', 'inbounds', 'nuw', 'nsw', 'exact', 'disjoint',
  'eq', 'ne', 'ugt', 'uge', 'ult', 'ule', 'sgt', 'sge', 'slt', 'sle', 'label', 'to', 'dso_local', 'noundef',
  ...VALUE_WORDS, ...LINKAGES, ...TOP_WORDS, ...ORDERINGS, ...CMP_FLAGS,
]);

export class Parser {
  readonly lx: Lexer;
  readonly file: string;
  /**
   * Named struct types of the module, shared with the layout. A type used before its
   * definition (legal for globals in hand-written IR) gets its body from a scan ahead that
   * the layout asks for (facts.ts), or from a map handed in.
   */
  readonly types: Map<string, NamedType>;
  datalayoutText = '';
  /** where the debug-info nodes of the module go (they follow the functions that use them) */
  debug?: DebugInfo;
  private depth = 0;
  // per function: implicit numbering of unnamed values and blocks
  private nextNum = 0;

  constructor(src: string | TextSource, file: string, types = new Map<string, NamedType>()) {
    this.file = file;
    this.lx = new Lexer(src, file);
    this.types = types;
  }

  // ------------------------------------------------------------------ helpers

  private err(msg: string): ExtractError {
    return this.lx.error(msg);
  }

  private expected(what: string): ExtractError {
    return this.err(`expected ${what}, found ${this.lx.describe()}`);
  }

  private expect(k: Tok, what?: string): void {
    if (this.lx.k() !== k) throw this.expected(what ?? tokName(k));
    this.lx.next();
  }

  private expectWord(w: string): void {
    if (!this.lx.is(w)) throw this.expected(`'${w}'`);
    this.lx.next();
  }

  private eatWord(w: string): boolean {
    if (this.lx.is(w)) {
      this.lx.next();
      return true;
    }
    return false;
  }

  private word(): string {
    return this.lx.k() === Tok.Word ? this.lx.text() : '';
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw this.err('nesting too deep');
  }

  private leave(): void {
    this.depth--;
  }

  private parseUInt(what: string): number {
    const lx = this.lx;
    if (lx.k() !== Tok.Int) throw this.expected(what);
    // digits read in place (`align 8` follows nearly every load, store and alloca)
    const b = lx.b;
    let n = 0;
    let ok = lx.end - lx.start <= 15;
    for (let p = b[lx.start] === 43 ? lx.start + 1 : lx.start; ok && p < lx.end; p++) { // '+8' as before
      const c = b[p]!;
      if (c < 48 || c > 57) ok = false;
      else n = n * 10 + (c - 48);
    }
    if (!ok) throw this.err(`${what} out of range: ${lx.text()}`);
    lx.next();
    return n;
  }

  /** Skip a balanced ( ... ), [ ... ] or { ... } group starting at the current token. */
  private skipGroup(): void {
    const open = this.lx.k();
    const close = open === Tok.LParen ? Tok.RParen : open === Tok.LBracket ? Tok.RBracket : Tok.RBrace;
    let depth = 0;
    for (;;) {
      const k = this.lx.k();
      if (k === Tok.EOF) throw this.err(`unbalanced '${open === Tok.LParen ? '(' : open === Tok.LBracket ? '[' : '{'}'`);
      if (k === Tok.LParen || k === Tok.LBracket || k === Tok.LBrace) depth++;
      else if (k === Tok.RParen || k === Tok.RBracket || k === Tok.RBrace) {
        depth--;
        if (depth === 0) {
          if (k !== close) throw this.expected(tokName(close));
          this.lx.next();
          return;
        }
      }
      this.lx.next();
    }
  }

  /** Skip attributes before a type or value: words (with a (...) group or an int), strings. */
  private skipAttrs(stopAtValueWords: boolean): void {
    for (;;) {
      const k = this.lx.k();
      if (k === Tok.Word) {
        if (this.isTypeStart()) return;
        const w = this.lx.text();
        if (stopAtValueWords && (VALUE_WORDS.has(w) || isHexIntWord(w))) return;
        this.lx.next();
        if (this.lx.k() === Tok.LParen) this.skipGroup();
        else if (this.lx.k() === Tok.Int && (w === 'align' || w === 'cc' || w === 'addrspace')) this.lx.next();
      } else if (k === Tok.String) {
        this.lx.next();
        if (this.lx.k() === Tok.Equal) {
          this.lx.next();
          this.expect(Tok.String, 'an attribute value string');
        }
      } else if (k === Tok.AttrGrp) {
        this.lx.next();
      } else return;
    }
  }

  /** Does the current token begin a type? */
  private isTypeStart(): boolean {
    switch (this.lx.k()) {
      case Tok.LocalVar: case Tok.LBrace: case Tok.LBracket: case Tok.Less: return true;
      case Tok.Word: {
        const b = this.lx.b;
        const st = this.lx.start;
        if (b[st] === 105 && this.lx.end > st + 1) { // iN
          let ok = true;
          for (let p = st + 1; p < this.lx.end; p++) {
            const c = b[p]!;
            if (c < 48 || c > 57) { ok = false; break; }
          }
          if (ok) return true;
        }
        return TYPE_WORDS.has(this.lx.text());
      }
      default: return false;
    }
  }

  /** A metadata reference after an attachment name or as an operand: !N, !{...}, !"s", !DIX(...). */
  private parseMetadataRef(): number | undefined {
    const lx = this.lx;
    if (lx.k() === Tok.MetaVar) {
      const t = lx.text();
      lx.next();
      if (lx.k() === Tok.LParen) {
        this.skipGroup();
        return undefined;
      }
      return isAllDigits(t) ? Number(t) : undefined;
    }
    if (lx.k() === Tok.Exclaim) {
      lx.next();
      if (lx.k() === Tok.LBrace) this.skipGroup();
      else if (lx.k() === Tok.String) lx.next();
      else throw this.expected('metadata');
      return undefined;
    }
    throw this.expected('metadata');
  }

  /** A metadata operand of a call (after the `metadata` type): a node, or a typed value. */
  private parseMetadataOperand(): void {
    const k = this.lx.k();
    if (k === Tok.MetaVar || k === Tok.Exclaim) {
      this.parseMetadataRef();
      return;
    }
    const ty = this.parseType();
    this.parseValue(ty);
  }

  // ------------------------------------------------------------------ types

  parseType(): Type {
    this.enter();
    try {
      let t = this.parseBaseType();
      // suffixes: * (typed pointer), addrspace(N)*, (params) function type
      for (;;) {
        const k = this.lx.k();
        if (k === Tok.Star) {
          if (t.k === 'void' || t.k === 'label' || t.k === 'meta') throw this.err('pointer to this type is not allowed');
          this.lx.next();
          t = typedPtr(t, 0);
        } else if (k === Tok.Word && this.lx.is('addrspace') && t.k !== 'ptr') {
          const as = this.parseAddrSpace();
          if (this.lx.k() !== Tok.Star) throw this.expected("'*'");
          this.lx.next();
          t = typedPtr(t, as);
        } else if (k === Tok.LParen) {
          t = this.parseFunctionTypeParams(t);
        } else break;
      }
      return t;
    } finally {
      this.leave();
    }
  }

  private parseAddrSpace(): number {
    this.expectWord('addrspace');
    this.expect(Tok.LParen);
    let n = 0;
    if (this.lx.k() === Tok.String) this.lx.next(); // addrspace("A") symbolic form
    else n = this.parseUInt('an address space');
    this.expect(Tok.RParen);
    return n;
  }

  private parseFunctionTypeParams(ret: Type): Type {
    this.expect(Tok.LParen);
    const params: Type[] = [];
    let varargs = false;
    while (this.lx.k() !== Tok.RParen) {
      if (this.lx.k() === Tok.Ellipsis) {
        this.lx.next();
        varargs = true;
      } else {
        params.push(this.parseType());
        this.skipAttrs(false);
      }
      if (this.lx.k() === Tok.Comma) this.lx.next();
      else if (this.lx.k() !== Tok.RParen) throw this.expected("',' or ')'");
    }
    this.lx.next();
    return { k: 'fn', ret, params, varargs };
  }

  /** The N of an `iN` word read in place (the commonest type token), else -1. */
  private intWidth(): number {
    const lx = this.lx;
    const b = lx.b;
    const st = lx.start;
    const end = lx.end;
    if (b[st] !== 105 || end - st < 2) return -1;
    let n = 0;
    for (let p = st + 1; p < end; p++) {
      const c = b[p]!;
      if (c < 48 || c > 57) return -1;
      if (n < 1e9) n = n * 10 + (c - 48); // past 1e9 it is out of range anyway
    }
    return n;
  }

  private parseBaseType(): Type {
    const lx = this.lx;
    switch (lx.k()) {
      case Tok.Word: {
        const bits = this.intWidth();
        if (bits >= 0) {
          if (bits < 1 || bits > 8388608) throw this.err(`bad integer width ${lx.text()}`);
          lx.next();
          return intType(bits);
        }
        const w = lx.text();
        lx.next();
        switch (w) {
          case 'void': return VOID;
          case 'ptr':
            if (lx.is('addrspace')) return ptrType(this.parseAddrSpace());
            return PTR0;
          case 'label': return LABEL;
          case 'metadata': return META;
          case 'token': return TOKEN;
          case 'x86_mmx': case 'x86_amx': return { k: 'other', name: w };
          case 'target': {
            const start = lx.tokenOffset();
            if (lx.k() !== Tok.LParen) throw this.expected("'('");
            this.skipGroup();
            return { k: 'other', name: `target${lx.slice(start, lx.tokenOffset()).trimEnd()}` };
          }
          default: {
            const fp = fpType(w);
            if (fp) return fp;
            throw this.err(`expected a type, found '${w}'`);
          }
        }
      }
      case Tok.LocalVar: {
        const name = lx.value();
        lx.next();
        return this.namedType(name);
      }
      case Tok.LBrace: {
        lx.next();
        return this.parseStructBody(false);
      }
      case Tok.Less: {
        lx.next();
        if (lx.k() === Tok.LBrace) {
          lx.next();
          const t = this.parseStructBody(true);
          this.expect(Tok.Greater, "'>'");
          return t;
        }
        let scalable = false;
        if (lx.is('vscale')) {
          lx.next();
          this.expectWord('x');
          scalable = true;
        }
        const n = this.parseUInt('a vector length');
        this.expectWord('x');
        const elem = this.parseType();
        this.expect(Tok.Greater, "'>'");
        return { k: 'vec', n, elem, scalable };
      }
      case Tok.LBracket: {
        lx.next();
        const n = this.parseUInt('an array length');
        this.expectWord('x');
        const elem = this.parseType();
        this.expect(Tok.RBracket, "']'");
        return { k: 'array', n, elem };
      }
      default:
        throw this.expected('a type');
    }
  }

  /** After '{': fields up to '}'. */
  private parseStructBody(packed: boolean): Type {
    const fields: Type[] = [];
    if (this.lx.k() === Tok.RBrace) {
      this.lx.next();
      return { k: 'struct', fields, packed };
    }
    for (;;) {
      fields.push(this.parseType());
      if (this.lx.k() === Tok.Comma) {
        this.lx.next();
        continue;
      }
      this.expect(Tok.RBrace, "',' or '}'");
      return { k: 'struct', fields, packed };
    }
  }

  namedType(name: string): NamedType {
    let t = this.types.get(name);
    if (!t) {
      t = { k: 'named', name, body: undefined };
      this.types.set(name, t);
    }
    return t;
  }

  // ------------------------------------------------------------------ values

  parseTypeAndValue(): TV {
    const ty = this.parseType();
    if (ty.k === 'meta') {
      this.parseMetadataOperand();
      return { ty, v: META_VALUE };
    }
    return { ty, v: this.parseValue(ty) };
  }

  parseValue(ty: Type): Value {
    const lx = this.lx;
    switch (lx.k()) {
      case Tok.LocalVar: {
        const name = lx.value();
        lx.next();
        return { k: 'local', name };
      }
      case Tok.GlobalVar: {
        const name = lx.value();
        lx.next();
        return { k: 'global', name };
      }
      case Tok.Int: {
        let text = lx.text();
        if (text.charCodeAt(0) === 43) text = text.slice(1);
        lx.next();
        return { k: 'int', text: normalizeInt(text) };
      }
      case Tok.Float: {
        const text = lx.text();
        lx.next();
        return { k: 'float', text };
      }
      case Tok.CString: {
        const bytes = lx.bytes();
        lx.next();
        return { k: 'str', bytes };
      }
      case Tok.LBrace: {
        lx.next();
        return { k: 'agg', elems: this.parseConstList(Tok.RBrace) };
      }
      case Tok.LBracket: {
        lx.next();
        return { k: 'agg', elems: this.parseConstList(Tok.RBracket) };
      }
      case Tok.Less: {
        lx.next();
        if (lx.k() === Tok.LBrace) {
          lx.next();
          const elems = this.parseConstList(Tok.RBrace);
          this.expect(Tok.Greater, "'>'");
          return { k: 'agg', elems };
        }
        return { k: 'agg', elems: this.parseConstList(Tok.Greater) };
      }
      case Tok.MetaVar: case Tok.Exclaim:
        if (ty.k === 'meta') {
          this.parseMetadataRef();
          return META_VALUE;
        }
        throw this.expected('a value');
      case Tok.Word:
        return this.parseWordValue(ty);
      default:
        throw this.expected('a value');
    }
  }

  /** Elements `T v, T v` up to the closing token. */
  private parseConstList(close: Tok): TV[] {
    this.enter();
    try {
      const out: TV[] = [];
      if (this.lx.k() === close) {
        this.lx.next();
        return out;
      }
      for (;;) {
        out.push(this.parseTypeAndValue());
        if (this.lx.k() === Tok.Comma) {
          this.lx.next();
          continue;
        }
        this.expect(close, `',' or ${tokName(close)}`);
        return out;
      }
    } finally {
      this.leave();
    }
  }

  private parseWordValue(ty: Type): Value {
    const lx = this.lx;
    const w = lx.text();
    switch (w) {
      case 'true': lx.next(); return { k: 'int', text: '1' };
      case 'false': lx.next(); return { k: 'int', text: '0' };
      case 'null': lx.next(); return NULL;
      case 'undef': case 'poison': lx.next(); return UNDEF;
      case 'zeroinitializer': lx.next(); return ZERO;
      case 'none': lx.next(); return NONE;
      case 'blockaddress': {
        lx.next();
        this.expect(Tok.LParen);
        if (lx.k() !== Tok.GlobalVar) throw this.expected('a function name');
        const fn = lx.value();
        lx.next();
        this.expect(Tok.Comma);
        if (lx.k() !== Tok.LocalVar) throw this.expected('a block name');
        const block = lx.value();
        lx.next();
        this.expect(Tok.RParen);
        return { k: 'blockaddr', fn, block };
      }
      case 'dso_local_equivalent': case 'no_cfi':
        lx.next();
        if (lx.k() !== Tok.GlobalVar) throw this.expected('a function name');
        return this.parseValue(ty);
      case 'asm': {
        lx.next();
        while (lx.k() === Tok.Word) lx.next(); // sideeffect alignstack inteldialect unwind
        this.expect(Tok.String, 'an asm string');
        this.expect(Tok.Comma);
        this.expect(Tok.String, 'an asm constraint string');
        return ASM;
      }
      case 'splat': {
        lx.next();
        this.expect(Tok.LParen);
        const v = this.parseTypeAndValue();
        this.expect(Tok.RParen);
        return { k: 'ce', op: 'splat', args: [v] };
      }
      case 'ptrauth': {
        lx.next();
        this.expect(Tok.LParen);
        const args = this.parseConstList(Tok.RParen);
        return args.length ? args[0]!.v : NULL;
      }
      default:
        if (isHexIntWord(w)) {
          lx.next();
          const neg = w[0] === 's';
          let v = BigInt('0x' + w.slice(3));
          if (neg && ty.k === 'int') {
            const bits = BigInt(ty.bits);
            if (v >= 1n << (bits - 1n)) v -= 1n << bits;
          }
          return { k: 'int', text: v.toString() };
        }
        return this.parseConstExpr();
    }
  }

  /** A constant expression: `bitcast (ptr @f to ptr)`, `getelementptr inbounds (...)`, `add (...)`. */
  private parseConstExpr(): Value {
    const lx = this.lx;
    const op = lx.text();
    this.enter();
    try {
      lx.next();
      if (CAST_OPS.has(op)) {
        while (lx.k() === Tok.Word) lx.next(); // nneg, nuw, nsw
        this.expect(Tok.LParen);
        const v = this.parseTypeAndValue();
        this.expectWord('to');
        const to = this.parseType();
        this.expect(Tok.RParen);
        return { k: 'cast', op, v, to };
      }
      if (op === 'getelementptr') {
        while (lx.k() === Tok.Word) { // inbounds nusw nuw inrange(a, b)
          const inrange = lx.is('inrange');
          lx.next();
          if (inrange && lx.k() === Tok.LParen) this.skipGroup();
        }
        this.expect(Tok.LParen);
        const srcTy = this.parseType();
        this.expect(Tok.Comma);
        const base = this.parseTypeAndValue();
        const idx: TV[] = [];
        while (lx.k() === Tok.Comma) {
          lx.next();
          if (lx.is('inrange')) {
            lx.next();
            if (lx.k() === Tok.LParen) this.skipGroup();
          }
          idx.push(this.parseTypeAndValue());
        }
        this.expect(Tok.RParen, "',' or ')'");
        return { k: 'gep', srcTy, base, idx };
      }
      if (op === 'icmp' || op === 'fcmp') {
        if (lx.k() !== Tok.Word) throw this.expected('a comparison predicate');
        const pred = lx.text();
        lx.next();
        this.expect(Tok.LParen);
        const args = this.parseConstList(Tok.RParen);
        return { k: 'ce', op: `${op} ${pred}`, args };
      }
      if (BIN_OPS.has(op) || op === 'select' || op === 'extractelement' || op === 'insertelement' ||
        op === 'shufflevector' || op === 'fneg') {
        while (lx.k() === Tok.Word) lx.next(); // nuw nsw exact disjoint, fast-math flags
        this.expect(Tok.LParen);
        const args = this.parseConstList(Tok.RParen);
        return { k: 'ce', op, args };
      }
      if (op === 'extractvalue' || op === 'insertvalue') {
        this.expect(Tok.LParen);
        const args: TV[] = [this.parseTypeAndValue()];
        while (lx.k() === Tok.Comma) {
          lx.next();
          if (lx.k() === Tok.Int) lx.next();
          else args.push(this.parseTypeAndValue());
        }
        this.expect(Tok.RParen);
        return { k: 'ce', op, args };
      }
      throw this.err(`expected a value, found '${op}'`);
    } finally {
      this.leave();
    }
  }

  /** `label %bb` */
  private parseLabelRef(): string {
    this.expectWord('label');
    if (this.lx.k() !== Tok.LocalVar) throw this.expected('a block name');
    const name = this.lx.value();
    this.lx.next();
    return name;
  }

  // ------------------------------------------------------------------ module

  /** Read the whole module, handing each entity to the handler. */
  parseModule(h: ModuleHandler, keepGoing = false): void {
    const lx = this.lx;
    // with keepGoing a broken function must leave no rows, so its blocks are collected first
    this.streamBody = keepGoing ? undefined : h.beginBody?.bind(h);
    this.keepEntity = h.keep?.bind(h);
    lx.next();
    while (lx.k() !== Tok.EOF) {
      const line = lx.tokLine;
      lx.mark(); // the text of earlier entities may go
      try {
        this.parseTopLevel(h);
      } catch (e) {
        if (!(e instanceof ExtractError) || !keepGoing) throw e;
        h.skipped?.(e);
        this.depth = 0;
        // recover: a broken function body is skipped up to its closing brace; anything else to the next line
        if (this.inBody && lx.k() === Tok.RBrace && lx.tokCol === 1) lx.skipLine();
        else if (this.inBody) lx.skipPastBodyEnd();
        else if (lx.tokLine === line || lx.k() === Tok.EOF) lx.skipLine();
        else lx.pos = lx.lineStart;
        this.inBody = false;
        this.resync();
      }
    }
  }

  private inBody = false;
  private streamBody?: (f: FunctionAst) => ((b: Block) => void) | undefined;
  private keepEntity?: (name: string) => boolean;

  /** After an error: continue at the next line that can begin a top-level entity. */
  private resync(): void {
    const lx = this.lx;
    for (;;) {
      lx.markPos();
      const c = lx.peekRaw();
      if (c < 0) {
        lx.next();
        return;
      }
      // @ ! % $ ^ d(efine/eclare) a(ttributes) t(arget) s(ource_filename) m(odule) u(selistorder)
      if (c === 64 || c === 33 || c === 37 || c === 36 || c === 94 || c === 100 || c === 97 || c === 116 ||
        c === 115 || c === 109 || c === 117) {
        try {
          lx.next();
          return;
        } catch {
          lx.skipLine();
          continue;
        }
      }
      lx.skipLine();
    }
  }

  private parseTopLevel(h: ModuleHandler): void {
    const lx = this.lx;
    switch (lx.k()) {
      case Tok.Word: {
        const w = lx.text();
        switch (w) {
          case 'define': case 'declare': {
            const f = this.parseFunction(w === 'define');
            if (f) h.func?.(f);
            return;
          }
          case 'source_filename':
            lx.next();
            this.expect(Tok.Equal);
            this.expect(Tok.String, 'a string');
            return;
          case 'target': {
            lx.next();
            const what = this.word();
            if (what !== 'datalayout' && what !== 'triple') throw this.expected("'datalayout' or 'triple'");
            lx.next();
            this.expect(Tok.Equal);
            if (lx.k() !== Tok.String) throw this.expected('a string');
            const text = lx.value();
            lx.next();
            if (what === 'datalayout') {
              this.datalayoutText = text;
              h.datalayout?.(text);
            }
            return;
          }
          case 'module':
            lx.next();
            this.expectWord('asm');
            this.expect(Tok.String, 'a string');
            return;
          case 'attributes':
            lx.next();
            this.expect(Tok.AttrGrp, 'an attribute group id');
            this.expect(Tok.Equal);
            if (lx.k() !== Tok.LBrace) throw this.expected("'{'");
            this.skipGroup();
            return;
          case 'uselistorder': case 'uselistorder_bb':
            lx.next();
            while (lx.k() !== Tok.LBrace && lx.k() !== Tok.EOF) lx.next();
            if (lx.k() !== Tok.LBrace) throw this.expected("'{'");
            this.skipGroup();
            return;
          default:
            throw this.err(`expected a top-level entity, found '${w}'`);
        }
      }
      case Tok.LocalVar:
        this.parseTypeDef();
        return;
      case Tok.GlobalVar: {
        const name = lx.value();
        const pos = { line: lx.tokLine, col: lx.tokCol };
        lx.next();
        this.expect(Tok.Equal);
        if (this.keepEntity && !this.keepEntity(name)) {
          lx.unread(); // the statement, unparsed, to its end (the end of a line outside brackets)
          lx.skipBalancedLine();
          lx.next();
          return;
        }
        this.parseGlobal(name, pos, h);
        return;
      }
      case Tok.Comdat:
        lx.next();
        this.expect(Tok.Equal);
        this.expectWord('comdat');
        if (lx.k() !== Tok.Word) throw this.expected('a comdat selection kind');
        lx.next();
        return;
      case Tok.MetaVar: case Tok.Summary:
        if (this.debug && lx.k() === Tok.MetaVar) {
          // a node source locations are made of: into the debug tables (the text stays in
          // the window, after the mark); a malformed one is reported by the skip below
          const at = lx.save();
          lx.unread();
          try {
            readDebugNode(lx, this.debug);
          } catch { /* reported below */ }
          lx.restore(at);
        }
        lx.next();
        this.expect(Tok.Equal);
        lx.pos = lx.start;
        lx.skipBalancedLine();
        lx.next();
        return;
      default:
        throw this.err(`expected a top-level entity, found ${lx.describe()}`);
    }
  }

  /**
   * `%T = type {...}` or `type opaque`, at its first token. A body the module scan already
   * read stays (its objects are the ones types refer to); the scan itself sets it here.
   */
  parseTypeDef(): void {
    const lx = this.lx;
    const name = lx.value();
    lx.next();
    this.expect(Tok.Equal);
    this.expectWord('type');
    const t = this.namedType(name);
    if (lx.is('opaque')) {
      lx.next();
      if (t.body === undefined) t.body = null;
    } else {
      const body = this.parseType();
      if (t.body === undefined) t.body = body;
    }
  }

  private parseGlobal(name: string, pos: { line: number; col: number }, h: ModuleHandler): void {
    const lx = this.lx;
    let linkage = '';
    for (;;) {
      if (lx.k() !== Tok.Word) throw this.expected("'global', 'constant' or 'alias'");
      const w = lx.text();
      if (w === 'global' || w === 'constant' || w === 'alias' || w === 'ifunc') break;
      if (LINKAGES.has(w)) linkage = w;
      lx.next();
      if (lx.k() === Tok.LParen) this.skipGroup(); // thread_local(...), addrspace(N)
    }
    const kind = lx.text();
    lx.next();
    if (kind === 'alias' || kind === 'ifunc') {
      const ty = this.parseType();
      this.expect(Tok.Comma);
      const target = this.parseTypeAndValue();
      while (lx.k() === Tok.Comma) { // , partition "x"
        lx.next();
        this.skipGlobalOption();
      }
      h.alias?.({ name, linkage: linkage || 'external', ty, target, pos });
      return;
    }
    const ty = this.parseType();
    let init: TV | undefined;
    const isDecl = linkage === 'external' || linkage === 'extern_weak';
    if (!isDecl) init = { ty, v: this.parseValue(ty) };
    while (lx.k() === Tok.Comma) {
      lx.next();
      this.skipGlobalOption();
    }
    while (lx.k() === Tok.AttrGrp) lx.next();
    h.global?.({ name, linkage: linkage || 'external', constant: kind === 'constant', ty, init, pos });
  }

  /** After a comma of a global: section "x", comdat($c), align N, !dbg !N, partition, ... */
  private skipGlobalOption(): void {
    const lx = this.lx;
    if (lx.k() === Tok.MetaVar) {
      lx.next();
      this.parseMetadataRef();
      return;
    }
    if (lx.k() !== Tok.Word) throw this.expected('a global attribute');
    lx.next();
    const k = lx.k();
    if (k === Tok.String || k === Tok.Int) lx.next();
    else if (k === Tok.LParen) this.skipGroup();
  }

  // ------------------------------------------------------------------ functions

  /** A declaration or definition; undefined when keep() does not want it (a body is skipped unparsed). */
  private parseFunction(isDefine: boolean): FunctionAst | undefined {
    const lx = this.lx;
    const pos = { line: lx.tokLine, col: lx.tokCol };
    lx.next();
    let linkage = '';
    // linkage, visibility, cconv, return attributes up to the return type
    if (isDefine) this.inBody = true; // an error anywhere in a definition skips its body
    for (;;) {
      if (lx.k() === Tok.MetaVar) { // declarations print their attachments here
        lx.next();
        this.parseMetadataRef();
      } else if (lx.k() === Tok.Word && !this.isTypeStart()) {
        const w = lx.text();
        if (LINKAGES.has(w)) linkage = w;
        lx.next();
        if (lx.k() === Tok.LParen) this.skipGroup();
        else if (lx.k() === Tok.Int && (w === 'align' || w === 'cc')) lx.next();
      } else if (lx.k() === Tok.String) {
        lx.next();
        if (lx.k() === Tok.Equal) {
          lx.next();
          this.expect(Tok.String);
        }
      } else break;
    }
    const retTy = this.parseType();
    if (lx.k() !== Tok.GlobalVar) throw this.expected('a function name');
    const name = lx.value();
    lx.next();
    // parameters
    this.expect(Tok.LParen);
    const params: Param[] = [];
    let varargs = false;
    this.nextNum = 0;
    while (lx.k() !== Tok.RParen) {
      if (lx.k() === Tok.Ellipsis) {
        lx.next();
        varargs = true;
      } else {
        const ty = this.parseType();
        this.skipAttrs(false);
        let pname: string | undefined;
        if (lx.k() === Tok.LocalVar) {
          pname = lx.value();
          lx.next();
          this.noteNumbered(pname);
        } else if (isDefine) {
          pname = String(this.nextNum++);
        }
        params.push({ ty, name: pname });
      }
      if (lx.k() === Tok.Comma) lx.next();
      else if (lx.k() !== Tok.RParen) throw this.expected("',' or ')'");
    }
    lx.next();
    // trailing attributes
    let dbg: number | undefined;
    for (;;) {
      const k = lx.k();
      if (k === Tok.LBrace) {
        if (isDefine) break;
        throw this.err("unexpected '{' after a declaration");
      }
      if (k === Tok.AttrGrp) {
        lx.next();
      } else if (k === Tok.String) {
        lx.next();
        if (lx.k() === Tok.Equal) {
          lx.next();
          this.expect(Tok.String);
        }
      } else if (k === Tok.MetaVar) {
        // an attachment, unless this is already the next top-level `!N = ...` (declarations)
        if (!isDefine && lx.peekChar() === 61) break;
        const an = lx.text();
        lx.next();
        const n = this.parseMetadataRef();
        if (an === 'dbg') dbg = n;
      } else if (k === Tok.Word) {
        const w = lx.text();
        if (!isDefine && TOP_WORDS.has(w)) break;
        lx.next();
        if (w === 'section' || w === 'partition' || w === 'gc') this.expect(Tok.String, 'a string');
        else if (w === 'align') this.parseUInt('an alignment');
        else if (w === 'prefix' || w === 'prologue' || w === 'personality') this.parseTypeAndValue();
        else if (lx.k() === Tok.LParen) this.skipGroup(); // comdat($c), addrspace(1), memory(none)
      } else {
        if (isDefine) throw this.expected("'{'");
        break;
      }
    }
    if (this.keepEntity && !this.keepEntity(name)) {
      if (isDefine) {
        lx.skipBraces();
        lx.next();
        this.inBody = false;
      }
      return undefined;
    }
    const f: FunctionAst = {
      name, linkage: linkage || 'external', retTy, params, varargs, defined: isDefine, blocks: [], dbg, pos,
    };
    if (isDefine) this.parseBody(f, this.streamBody?.(f));
    return f;
  }

  /** A numbered name moves the implicit counter past it (LLVM 19 allows gaps). */
  private noteNumbered(name: string): void {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57 && isAllDigits(name)) {
      const n = Number(name);
      if (n >= this.nextNum) this.nextNum = n + 1;
    }
  }

  private parseBody(f: FunctionAst, onBlock?: (b: Block) => void): void {
    const lx = this.lx;
    this.expect(Tok.LBrace);
    let count = 0;
    while (lx.k() !== Tok.RBrace) {
      if (lx.k() === Tok.EOF) throw this.err("expected '}' at the end of the function body");
      const b = this.parseBlock();
      if (onBlock) onBlock(b);
      else f.blocks.push(b);
      count++;
    }
    if (count === 0) throw this.err('function body requires at least one basic block');
    lx.next();
    this.inBody = false;
  }

  private parseBlock(): Block {
    const lx = this.lx;
    lx.mark(); // blocks are handed on whole (or kept as trees): earlier text may go
    let label: string;
    if (lx.k() === Tok.Label) {
      label = lx.value();
      lx.next();
      this.noteNumbered(label);
    } else {
      label = String(this.nextNum++);
    }
    const instrs: Instr[] = [];
    for (;;) {
      if (lx.k() === Tok.DbgRecord) { // #dbg_value(...) etc.: debug records, not instructions
        lx.next();
        if (lx.k() !== Tok.LParen) throw this.expected("'('");
        this.skipGroup();
        continue;
      }
      if (lx.k() === Tok.RBrace || lx.k() === Tok.Label || lx.k() === Tok.EOF) {
        throw this.err(instrs.length ? 'expected an instruction: the block does not end with a terminator' : 'expected an instruction');
      }
      const ins = this.parseInstruction();
      instrs.push(ins);
      if (TERMINATORS.has(ins.opcode)) break;
    }
    return { label, instrs };
  }

  // ------------------------------------------------------------------ instructions

  parseInstruction(): Instr {
    const lx = this.lx;
    let result: string | undefined;
    if (lx.k() === Tok.LocalVar) {
      result = lx.value();
      lx.next();
      this.expect(Tok.Equal);
    }
    if (lx.k() !== Tok.Word) throw this.expected('an instruction');
    let opcode = lx.text();
    if (opcode === 'tail' || opcode === 'musttail' || opcode === 'notail') {
      lx.next();
      if (!lx.is('call')) throw this.expected("'call'");
      opcode = 'call';
    }
    if (!OPCODES.has(opcode)) throw this.err(`unknown instruction '${opcode}'`);
    lx.next();
    const body = this.parseInstrBody(opcode);
    const ins: Instr = { body, opcode, result: undefined, hasValue: producesValue(body), dbg: undefined };
    // trailing `, align N`, `, !dbg !N`, other attachments
    while (lx.k() === Tok.Comma) {
      lx.next();
      if (lx.k() === Tok.MetaVar) {
        const an = lx.text();
        lx.next();
        const n = this.parseMetadataRef();
        if (an === 'dbg') ins.dbg = n;
      } else if (lx.is('align')) {
        lx.next();
        this.parseUInt('an alignment');
      } else if (lx.is('addrspace')) {
        this.parseAddrSpace();
      } else throw this.expected('metadata or an alignment');
    }
    // attachments may also follow without a comma after call-site attribute lists
    if (result !== undefined) {
      if (!ins.hasValue) throw this.err(`instructions returning void cannot have a name ('%${result}')`);
      ins.result = result;
      this.noteNumbered(result);
    } else if (ins.hasValue) {
      ins.result = String(this.nextNum++);
    }
    return ins;
  }

  /** After a comma: is the next token an attachment (so a list has ended)? */
  private commaEndsList(): boolean {
    const c = this.lx.peekChar();
    return c === 33; // '!'
  }

  /**
   * The operands of an instruction by opcode. The commonest each have a method of their own and
   * the rest share one: TurboFan compiles what runs, in small pieces; one switch over every
   * opcode took more time to compile than it saved in the parse, and a deopt in it lost it all.
   */
  private parseInstrBody(op: string): InstrBody {
    switch (op) {
      case 'load': return this.parseLoad();
      case 'store': return this.parseStore();
      case 'getelementptr': return this.parseGep();
      case 'call': case 'invoke': case 'callbr': return this.parseCall(op);
      case 'br': return this.parseBr();
      case 'alloca': return this.parseAlloca();
      case 'icmp': case 'fcmp': return this.parseCmp(op);
      default: return this.parseOtherInstr(op);
    }
  }

  private parseLoad(): InstrBody {
    const atomic = this.eatWord('atomic');
    this.eatWord('volatile');
    const ty = this.parseType();
    this.expect(Tok.Comma);
    const ptr = this.parseTypeAndValue();
    if (atomic) this.skipOrdering();
    return { op: 'load', ty, ptr, atomic };
  }

  private parseStore(): InstrBody {
    const atomic = this.eatWord('atomic');
    this.eatWord('volatile');
    const val = this.parseTypeAndValue();
    this.expect(Tok.Comma);
    const ptr = this.parseTypeAndValue();
    if (atomic) this.skipOrdering();
    return { op: 'store', val, ptr };
  }

  private parseGep(): InstrBody {
    const lx = this.lx;
    this.skipFlags(); // inbounds nusw nuw inrange(...)
    const srcTy = this.parseType();
    this.expect(Tok.Comma);
    const base = this.parseTypeAndValue();
    const idx: TV[] = [];
    while (lx.k() === Tok.Comma && !this.commaEndsList()) {
      lx.next();
      idx.push(this.parseTypeAndValue());
    }
    return { op: 'gep', srcTy, base, idx };
  }

  private parseBr(): InstrBody {
    const lx = this.lx;
    if (lx.is('label')) return { op: 'br', target: this.parseLabelRef() };
    const cond = this.parseTypeAndValue();
    this.expect(Tok.Comma);
    const t = this.parseLabelRef();
    this.expect(Tok.Comma);
    const f = this.parseLabelRef();
    return { op: 'br_cond', cond, t, f };
  }

  private parseAlloca(): InstrBody {
    const lx = this.lx;
    if (lx.is('inalloca')) lx.next();
    const ty = this.parseType();
    let count: TV | undefined;
    while (lx.k() === Tok.Comma && !this.commaEndsList()) {
      lx.next();
      if (lx.is('align')) {
        lx.next();
        this.parseUInt('an alignment');
      } else if (lx.is('addrspace')) {
        this.parseAddrSpace();
      } else count = this.parseTypeAndValue();
    }
    return { op: 'alloca', ty, count };
  }

  private parseCmp(op: 'icmp' | 'fcmp'): InstrBody {
    const lx = this.lx;
    while (lx.k() === Tok.Word && CMP_FLAGS.has(lx.text())) lx.next(); // samesign, fast-math flags
    if (lx.k() !== Tok.Word) throw this.expected('a comparison predicate');
    const pred = lx.text();
    lx.next();
    const ty = this.parseType();
    const lhs = this.parseValue(ty);
    this.expect(Tok.Comma);
    const rhs = this.parseValue(ty);
    return { op, pred, ty, lhs, rhs };
  }
  private parseOtherInstr(op: string): InstrBody {
    const lx = this.lx;
    switch (op) {
      case 'ret': {
        // `ret void`, but `ret void ()* %f` returns a function pointer (typed pointers)
        if (lx.is('void')) {
          const ty = this.parseType();
          return ty.k === 'void' ? { op: 'ret' } : { op: 'ret', val: { ty, v: this.parseValue(ty) } };
        }
        return { op: 'ret', val: this.parseTypeAndValue() };
      }
      case 'select': {
        this.skipFlags();
        const cond = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const t = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const f = this.parseTypeAndValue();
        return { op: 'select', cond, t, f };
      }
      case 'phi': {
        this.skipFlags();
        const ty = this.parseType();
        const incoming: Array<{ v: Value; block: string }> = [];
        for (;;) {
          this.expect(Tok.LBracket, "'['");
          const v = this.parseValue(ty);
          this.expect(Tok.Comma);
          if (lx.k() !== Tok.LocalVar) throw this.expected('a block name');
          const block = lx.value();
          lx.next();
          this.expect(Tok.RBracket, "']'");
          incoming.push({ v, block });
          if (lx.k() === Tok.Comma && !this.commaEndsList()) {
            lx.next();
            continue;
          }
          break;
        }
        return { op: 'phi', ty, incoming };
      }
      case 'switch': {
        const cond = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const dflt = this.parseLabelRef();
        this.expect(Tok.LBracket, "'['");
        const cases: Array<{ v: TV; block: string }> = [];
        while (lx.k() !== Tok.RBracket) {
          const v = this.parseTypeAndValue();
          this.expect(Tok.Comma);
          cases.push({ v, block: this.parseLabelRef() });
        }
        lx.next();
        return { op: 'switch', cond, dflt, cases };
      }
      case 'indirectbr': {
        const addr = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        this.expect(Tok.LBracket, "'['");
        const dests: string[] = [];
        while (lx.k() !== Tok.RBracket) {
          dests.push(this.parseLabelRef());
          if (lx.k() === Tok.Comma) lx.next();
          else if (lx.k() !== Tok.RBracket) throw this.expected("',' or ']'");
        }
        lx.next();
        return { op: 'indirectbr', addr, dests };
      }
      case 'unreachable': return { op: 'unreachable' };
      case 'resume': return { op: 'resume', val: this.parseTypeAndValue() };
      case 'catchswitch': {
        this.expectWord('within');
        const parent = this.parsePadParent();
        this.expect(Tok.LBracket, "'['");
        const handlers: string[] = [];
        while (lx.k() !== Tok.RBracket) {
          handlers.push(this.parseLabelRef());
          if (lx.k() === Tok.Comma) lx.next();
          else if (lx.k() !== Tok.RBracket) throw this.expected("',' or ']'");
        }
        lx.next();
        this.expectWord('unwind');
        let unwind: string | undefined;
        if (lx.is('to')) {
          lx.next();
          this.expectWord('caller');
        } else unwind = this.parseLabelRef();
        return { op: 'catchswitch', parent: { ty: TOKEN, v: parent }, handlers, unwind };
      }
      case 'catchret': {
        this.expectWord('from');
        const pad = this.parseTypeAndValue0(TOKEN);
        this.expectWord('to');
        return { op: 'catchret', pad, target: this.parseLabelRef() };
      }
      case 'cleanupret': {
        this.expectWord('from');
        const pad = this.parseTypeAndValue0(TOKEN);
        this.expectWord('unwind');
        let unwind: string | undefined;
        if (lx.is('to')) {
          lx.next();
          this.expectWord('caller');
        } else unwind = this.parseLabelRef();
        return { op: 'cleanupret', pad, unwind };
      }
      case 'catchpad': case 'cleanuppad': {
        this.expectWord('within');
        const parent = this.parsePadParent();
        this.expect(Tok.LBracket, "'['");
        const args = this.parseConstList(Tok.RBracket);
        return { op: 'pad', name: op, parent, args };
      }
      case 'fneg': {
        this.skipFlags();
        const ty = this.parseType();
        return { op: 'fneg', ty, val: this.parseValue(ty) };
      }
      case 'fence':
        this.skipOrdering();
        return { op: 'fence' };
      case 'cmpxchg': {
        this.eatWord('weak');
        this.eatWord('volatile');
        const ptr = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const cmp = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const val = this.parseTypeAndValue();
        this.skipOrdering();
        return { op: 'cmpxchg', ptr, cmp, val };
      }
      case 'atomicrmw': {
        this.eatWord('volatile');
        if (lx.k() !== Tok.Word) throw this.expected('an atomicrmw operation');
        const rmw = lx.text();
        lx.next();
        const ptr = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const val = this.parseTypeAndValue();
        this.skipOrdering();
        return { op: 'atomicrmw', rmw, ptr, val };
      }
      case 'freeze': return { op: 'freeze', val: this.parseTypeAndValue() };
      case 'extractvalue': case 'insertvalue': {
        const agg = this.parseTypeAndValue();
        let elem: TV | undefined;
        if (op === 'insertvalue') {
          this.expect(Tok.Comma);
          elem = this.parseTypeAndValue();
        }
        const idx: number[] = [];
        while (lx.k() === Tok.Comma && !this.commaEndsList()) {
          lx.next();
          idx.push(this.parseUInt('an index'));
        }
        if (idx.length === 0) throw this.expected('an index');
        return elem ? { op: 'insertvalue', agg, elem, idx } : { op: 'extractvalue', agg, idx };
      }
      case 'extractelement': {
        const vec = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        return { op: 'extractelement', vec, idx: this.parseTypeAndValue() };
      }
      case 'insertelement': {
        const vec = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const elem = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        return { op: 'insertelement', vec, elem, idx: this.parseTypeAndValue() };
      }
      case 'shufflevector': {
        const a = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        const b = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        return { op: 'shufflevector', a, b, mask: this.parseTypeAndValue() };
      }
      case 'va_arg': {
        const list = this.parseTypeAndValue();
        this.expect(Tok.Comma);
        return { op: 'va_arg', list, ty: this.parseType() };
      }
      case 'landingpad': {
        const ty = this.parseType();
        this.eatWord('cleanup');
        while (lx.is('catch') || lx.is('filter')) {
          lx.next();
          this.parseTypeAndValue();
        }
        return { op: 'landingpad', ty };
      }
      default:
        if (BIN_OPS.has(op)) {
          this.skipFlags();
          const ty = this.parseType();
          const lhs = this.parseValue(ty);
          this.expect(Tok.Comma);
          const rhs = this.parseValue(ty);
          return { op: 'binop', name: op, ty, lhs, rhs };
        }
        if (CAST_OPS.has(op)) {
          this.skipFlags();
          const val = this.parseTypeAndValue();
          this.expectWord('to');
          return { op: 'cast', name: op, val, to: this.parseType() };
        }
        throw this.err(`unknown instruction '${op}'`);
    }
  }

  /** `%x` or `none` after `within`. */
  private parsePadParent(): Value {
    if (this.lx.is('none')) {
      this.lx.next();
      return NONE;
    }
    return this.parseValue(TOKEN);
  }

  /** A value of a known type (pads take no type). */
  private parseTypeAndValue0(ty: Type): TV {
    return { ty, v: this.parseValue(ty) };
  }

  /** Flag words before a type: nuw nsw exact disjoint nneg inbounds fast-math flags inrange(..). */
  private skipFlags(): void {
    const lx = this.lx;
    while (lx.k() === Tok.Word && !this.isTypeStart()) {
      const inrange = lx.is('inrange');
      lx.next();
      if (inrange && lx.k() === Tok.LParen) this.skipGroup();
    }
  }

  /** [syncscope("x")] ordering [ordering] */
  private skipOrdering(): void {
    const lx = this.lx;
    while (lx.k() === Tok.Word && ORDERINGS.has(lx.text())) {
      const scope = lx.is('syncscope');
      lx.next();
      if (scope && lx.k() === Tok.LParen) this.skipGroup();
    }
  }

  private parseCall(op: 'call' | 'invoke' | 'callbr'): CallInstr {
    const lx = this.lx;
    // fast-math flags, calling convention, return attributes, addrspace(N)
    this.skipAttrs(false);
    const retTy = this.parseType();
    const callee = { ty: retTy, v: this.parseValue(PTR0) };
    this.expect(Tok.LParen);
    const args: TV[] = [];
    while (lx.k() !== Tok.RParen) {
      if (lx.k() === Tok.Ellipsis) {
        lx.next();
      } else {
        const ty = this.parseType();
        if (ty.k === 'meta') {
          this.parseMetadataOperand();
          args.push({ ty, v: META_VALUE });
        } else {
          this.skipAttrs(true);
          args.push({ ty, v: this.parseValue(ty) });
        }
      }
      if (lx.k() === Tok.Comma) lx.next();
      else if (lx.k() !== Tok.RParen) throw this.expected("',' or ')'");
    }
    lx.next();
    // function attributes and operand bundles, up to the end of the instruction
    for (;;) {
      const k = lx.k();
      if (k === Tok.AttrGrp) lx.next();
      else if (k === Tok.String) {
        lx.next();
        if (lx.k() === Tok.Equal) {
          lx.next();
          this.expect(Tok.String);
        }
      } else if (k === Tok.LBracket) this.skipGroup();
      else if (k === Tok.Word) {
        const w = lx.text();
        if (OPCODES.has(w) || w === 'to') break;
        lx.next();
        if (lx.k() === Tok.LParen) this.skipGroup();
      } else break;
    }
    const succ: string[] = [];
    if (op === 'invoke') {
      this.expectWord('to');
      succ.push(this.parseLabelRef());
      this.expectWord('unwind');
      succ.push(this.parseLabelRef());
    } else if (op === 'callbr') {
      this.expectWord('to');
      succ.push(this.parseLabelRef());
      this.expect(Tok.LBracket, "'['");
      while (lx.k() !== Tok.RBracket) {
        succ.push(this.parseLabelRef());
        if (lx.k() === Tok.Comma) lx.next();
        else if (lx.k() !== Tok.RBracket) throw this.expected("',' or ']'");
      }
      lx.next();
    }
    return { op, retTy, callee, args, succ };
  }
}

/** Instructions that never produce a value (a Set: one lookup instead of a chain of string compares). */
const NO_VALUE = new Set(['ret', 'br', 'br_cond', 'switch', 'indirectbr', 'unreachable', 'resume', 'catchret', 'cleanupret', 'store', 'fence']);

function producesValue(b: InstrBody): boolean {
  if (b.op === 'call' || b.op === 'invoke' || b.op === 'callbr') {
    const r = b.retTy.k === 'fn' ? b.retTy.ret : b.retTy;
    return r.k !== 'void';
  }
  return !NO_VALUE.has(b.op);
}

function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isHexIntWord(w: string): boolean {
  return (w.startsWith('s0x') || w.startsWith('u0x')) && w.length > 3 && /^[su]0x[0-9a-fA-F]+$/.test(w);
}

/** Canonical decimal text of an integer literal: no leading zeros, no -0. */
function normalizeInt(t: string): string {
  const neg = t.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  while (i < t.length - 1 && t.charCodeAt(i) === 48) i++;
  const digits = t.slice(i);
  if (digits === '0') return '0';
  return neg ? `-${digits}` : (i === 0 ? t : digits);
}

export { unescapeLL, I1 };
