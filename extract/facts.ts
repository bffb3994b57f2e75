// From syntax tree to fact rows. One ComponentWriter per component: it reads the component's
// modules in order (its own IR, then each library's), gives every symbol its component-
// qualified id (`pm:do_fork`; an internal symbol that collides across modules gets
// `pm:name@module`), and writes the rows of schema.ts through a FactSink, function by function.

import path from 'node:path';
import type { FactSink } from './sink.js';
import { ExtractError } from './errors.js';
import { Parser } from './parser.js';
import type { ModuleScan } from './scan.js';
import type { DebugInfo } from './debuginfo.js';
import type { TextSource } from './source.js';
import { Layout, parseDataLayout, DEFAULT_LAYOUT, UNKNOWN } from './layout.js';
import { Type, typeText, resolved } from './types.js';
import type { TV, Value, Instr, Block, FunctionAst, GlobalAst, AliasAst } from './ast.js';
import { escapeControls, bytesToText } from './lexer.js';

export interface ExtractOptions {
  keepGoing?: boolean;
  onProgress?: (done: number, total: number) => void;
  onWarning?: (e: ExtractError) => void;
}

/** One IR module of a component. */
export interface ModuleSource {
  /** module id, e.g. pm/libsys.ll */
  id: string;
  /** the file as named in messages */
  display: string;
  /** base name without extension, for renamed internal symbols (pm:helper@libsys) */
  base: string;
}

interface Sym {
  kind: 'function' | 'global';
  name: string;
  linkage: string;
  defined?: string; // module id of the definition
  declParams?: number; // parameter count seen in a declaration
  constant?: boolean;
  ty?: string;
  bytes?: number;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const fits32 = (n: number): boolean => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;

/** The IR name without copy suffixes: _ipc_sendrec.183 -> _ipc_sendrec. */
export function baseName(name: string): string {
  let b = name;
  for (;;) {
    const m = /\.\d+$/.exec(b);
    if (!m || m.index === 0) return b;
    b = b.slice(0, m.index);
  }
}

const MEMCPY_INTRINSIC = /^llvm\.mem(cpy|move)(\.inline)?(\.|$)/;
const MEMSET_INTRINSIC = /^llvm\.memset(\.inline)?(\.|$)/;

/**
 * Which internal symbols of each module must be renamed: those whose name also belongs to an
 * earlier module of the component, or to a non-internal symbol of a later one.
 */
export function planRenames(scans: ModuleScan[]): Array<Set<string>> {
  return scans.map((scan, k) => {
    const out = new Set<string>();
    for (const [name, sym] of scan.symbols) {
      if (!sym.local) continue;
      let clash = false;
      for (let j = 0; j < scans.length && !clash; j++) {
        if (j === k) continue;
        const other = scans[j]!.symbols.get(name);
        if (other && (j < k || !other.local)) clash = true;
      }
      if (clash) out.add(name);
    }
    return out;
  });
}

export class ComponentWriter {
  readonly component: string;
  private readonly sink: FactSink;
  private readonly opts: ExtractOptions;
  private readonly syms = new Map<string, Sym>();
  private readonly consts = { const_int: new Set<string>(), const_gep: new Set<string>(), const_expr: new Set<string>() };
  /** alias id -> aliasee id */
  private readonly aliases = new Map<string, string>();
  skipped = 0;

  constructor(component: string, sink: FactSink, opts: ExtractOptions = {}) {
    this.component = component;
    this.sink = sink;
    this.opts = opts;
  }

  /** Parse one module and write its facts. `renames`: internal names to qualify with @base. */
  addModule(mod: ModuleSource, source: TextSource | string, scan: ModuleScan, renames: Set<string>, progress?: (pos: number) => void): void {
    const w = new ModuleWriter(this, mod, source, scan, renames);
    w.run(progress);
  }

  /** Emit the symbol rows (functions, globals) once all modules are read. */
  finish(): void {
    const c = this.component;
    for (const [id, s] of this.syms) {
      if (s.kind === 'function') {
        this.emit('function', [id, c, s.name]);
        this.emit('function_basename', [id, baseName(s.name)]);
        this.emit('function_linkage', [id, s.linkage]);
        if (s.defined) this.emit('function_defined', [id, s.defined]);
        else for (let i = 0; i < (s.declParams ?? 0); i++) this.emit('function_param', [id, i, `${id}:%${i}`]);
      } else {
        this.emit('global', [id, c, s.name, s.linkage]);
        if (s.defined) this.emit('global_defined', [id, s.defined]);
        if (s.constant) this.emit('global_constant', [id]);
        if (s.ty !== undefined) this.emit('global_type', [id, s.ty, s.bytes ?? -1]);
      }
    }
  }

  emit(rel: string, row: Array<string | number>): void {
    this.sink.emit(rel, row);
  }

  /** Emit a constant's row once per component (constant ids are unique per relation). */
  emitConst(rel: 'const_int' | 'const_gep' | 'const_expr', row: Array<string | number>): void {
    const seen = this.consts[rel];
    const key = row[0] as string;
    if (seen.has(key)) return;
    seen.add(key);
    this.sink.emit(rel, row);
  }

  sym(id: string): Sym | undefined {
    return this.syms.get(id);
  }

  setSym(id: string, s: Sym): void {
    this.syms.set(id, s);
  }

  alias(id: string): string {
    return this.aliases.get(id) ?? id;
  }

  setAlias(id: string, target: string): void {
    if (id !== target) this.aliases.set(id, target);
  }

  warn(e: ExtractError): void {
    this.opts.onWarning?.(e);
  }

  get keepGoing(): boolean {
    return !!this.opts.keepGoing;
  }
}

/** Writes the facts of one module. */
class ModuleWriter {
  private readonly cw: ComponentWriter;
  private readonly mod: ModuleSource;
  private readonly parser: Parser;
  private readonly scan: ModuleScan;
  private readonly renames: Set<string>;
  private readonly debug: DebugInfo;
  private layoutObj?: Layout;
  private readonly c: string;

  constructor(cw: ComponentWriter, mod: ModuleSource, source: TextSource | string, scan: ModuleScan, renames: Set<string>) {
    this.cw = cw;
    this.mod = mod;
    this.scan = scan;
    this.renames = renames;
    this.c = cw.component;
    this.parser = new Parser(source, mod.display, scan.types);
    this.debug = scan.debug;
  }

  private get layout(): Layout {
    if (!this.layoutObj) {
      const dl = this.scan.datalayout ?? this.parser.datalayoutText;
      this.layoutObj = new Layout(dl ? parseDataLayout(dl) : DEFAULT_LAYOUT);
    }
    return this.layoutObj;
  }

  run(progress?: (pos: number) => void): void {
    this.parser.parseModule({
      global: (g) => this.global(g),
      alias: (a) => this.aliasDef(a),
      beginBody: (f) => {
        this.streamed = true;
        return this.declareFunction(f) ?? dropBlock;
      },
      func: (f) => {
        if (this.streamed) this.streamed = false; // already written block by block
        else {
          const w = this.declareFunction(f);
          if (w) f.blocks.forEach(w);
        }
        progress?.(this.parser.lx.offset());
      },
      skipped: (e) => {
        this.cw.skipped++;
        this.cw.warn(e);
      },
    }, this.cw.keepGoing);
  }

  // ---------------------------------------------------------------- ids

  /** Id of a global symbol (function, variable, alias) by IR name. */
  gid(name: string): string {
    const id = this.renames.has(name) ? `${this.c}:${name}@${this.mod.base}` : `${this.c}:${name}`;
    return this.cw.alias(id);
  }

  /** Id of an operand; writes const_int/const_gep/const_expr rows for constants. fp: `fid:` */
  vid(v: Value, fp: string): string {
    switch (v.k) {
      case 'local': return `${fp}%${v.name}`;
      case 'global': return this.gid(v.name);
      case 'int': {
        const id = `int:${v.text}`;
        if (v.text.length <= 11) {
          const n = Number(v.text);
          if (fits32(n)) this.cw.emitConst('const_int', [id, n]);
        }
        return id;
      }
      case 'float': return `fp:${v.text}`;
      case 'null': return 'null';
      case 'undef': return 'undef';
      case 'zero': return 'zeroinitializer';
      case 'none': return 'none';
      case 'asm': return 'asm';
      case 'meta': return 'metadata';
      case 'str': case 'agg': return 'aggregate';
      case 'blockaddr': return `${this.gid(v.fn)}:%${v.block}`;
      case 'cast': {
        if (v.op === 'bitcast' || v.op === 'addrspacecast') return this.vid(v.v.v, fp);
        const inner = this.vid(v.v.v, fp);
        const id = `ce:${v.op}:${inner}`;
        this.cw.emitConst('const_expr', [id, v.op, inner]);
        return id;
      }
      case 'gep': {
        const addr = this.constAddress(v, fp);
        if (addr) {
          if (addr.off === 0) return addr.base;
          const id = `${addr.base}+${addr.off}`;
          this.cw.emitConst('const_gep', [id, addr.base, addr.off]);
          return id;
        }
        const base = this.vid(v.base.v, fp);
        const id = `ce:getelementptr:${[base, ...v.idx.map((x) => this.vid(x.v, fp))].join(',')}`;
        this.cw.emitConst('const_expr', [id, 'getelementptr', base]);
        return id;
      }
      case 'ce': {
        const args = v.args.map((a) => this.vid(a.v, fp));
        const op = v.op.replace(' ', ':');
        const id = `ce:${op}:${args.join(',')}`;
        this.cw.emitConst('const_expr', [id, op, args[0] ?? 'none']);
        return id;
      }
    }
  }

  /** A constant address: base symbol + byte offset (through GEPs and bitcasts), if computable. */
  private constAddress(v: Value, fp: string): { base: string; off: number } | undefined {
    if (v.k === 'cast' && (v.op === 'bitcast' || v.op === 'addrspacecast')) return this.constAddress(v.v.v, fp);
    if (v.k !== 'gep') {
      if (v.k === 'global') return { base: this.gid(v.name), off: 0 };
      if (v.k === 'null') return { base: 'null', off: 0 };
      return undefined;
    }
    const inner = this.constAddress(v.base.v, fp);
    if (!inner) return undefined;
    const g = this.gepOffsets(v.srcTy, v.idx, fp);
    if (!g || g.vars.length) return undefined;
    const off = inner.off + g.off;
    if (!fits32(off)) return undefined;
    return { base: inner.base, off };
  }

  /** Byte offset of a GEP's constant indices and the stride of each variable index. */
  private gepOffsets(srcTy: Type, idx: TV[], fp: string): { off: number; vars: Array<{ id: string; stride: number }> } | undefined {
    const L = this.layout;
    let off = 0;
    const vars: Array<{ id: string; stride: number }> = [];
    let cur: Type = srcTy;
    for (let i = 0; i < idx.length; i++) {
      const ix = idx[i]!;
      const k = constIndex(ix.v);
      if (i === 0) {
        const stride = L.allocSize(cur);
        if (stride < 0) return undefined;
        if (k !== undefined && fits32(k * stride)) off += k * stride;
        else vars.push({ id: this.vid(ix.v, fp), stride });
        continue;
      }
      const r = resolved(cur);
      if (r.k === 'struct') {
        if (k === undefined) return undefined;
        const fo = L.fieldOffset(r, k);
        if (fo < 0) return undefined;
        off += fo;
        cur = r.fields[k]!;
      } else if (r.k === 'array' || r.k === 'vec') {
        const stride = L.allocSize(r.elem);
        if (stride < 0) return undefined;
        if (k !== undefined && fits32(k * stride)) off += k * stride;
        else vars.push({ id: this.vid(ix.v, fp), stride });
        cur = r.elem;
      } else return undefined;
    }
    if (!fits32(off)) return undefined;
    return { off, vars };
  }

  // ---------------------------------------------------------------- globals

  private global(g: GlobalAst): void {
    const id = this.gid(g.name);
    const prev = this.cw.sym(id);
    const L = this.layout;
    const bytes = L.allocSize(g.ty);
    const s: Sym = prev ?? { kind: 'global', name: g.name, linkage: g.linkage };
    if (!prev) this.cw.setSym(id, s);
    if (g.init) {
      if (s.defined) {
        this.cw.warn(new ExtractError(`global @${g.name} is defined again (first in ${s.defined}); keeping the first`, this.mod.display, g.pos.line, g.pos.col));
        return;
      }
      s.defined = this.mod.id;
      s.linkage = g.linkage;
      s.constant = g.constant;
      s.ty = typeText(g.ty);
      s.bytes = fits32(bytes) ? bytes : -1;
      if (g.init.v.k === 'str') {
        this.cw.emit('global_string', [id, cString(g.init.v.bytes)]);
      } else {
        this.flatten(id, g.init, 0);
      }
    } else if (!s.defined) {
      s.constant = s.constant || g.constant;
      s.ty = typeText(g.ty);
      s.bytes = fits32(bytes) ? bytes : -1;
    }
  }

  /** global_init rows: each non-zero scalar leaf of an initialiser at its byte offset. */
  private flatten(g: string, tv: TV, off: number): void {
    const v = tv.v;
    switch (v.k) {
      case 'zero': case 'undef': case 'null': case 'none': case 'meta': return;
      case 'int': if (v.text === '0') return; break;
      case 'float': if (/^(0x0+|0\.0+e\+00|0\.0+)$/i.test(v.text)) return; break;
      case 'str': return; // strings nested in aggregates: not flattened (see global_string)
      case 'agg': {
        const t = resolved(tv.ty);
        const L = this.layout;
        for (let i = 0; i < v.elems.length; i++) {
          const e = v.elems[i]!;
          let eo: number;
          if (t.k === 'struct') eo = L.fieldOffset(t, i);
          else if (t.k === 'array' || t.k === 'vec') eo = i * L.allocSize(t.elem);
          else return;
          if (eo < 0 || !fits32(off + eo)) return;
          this.flatten(g, e, off + eo);
        }
        return;
      }
      default: break;
    }
    if (!fits32(off)) return;
    this.cw.emit('global_init', [g, off, this.vid(v, `${g}:`)]);
  }

  private aliasDef(a: AliasAst): void {
    const id = this.gid(a.name);
    const target = this.vid(a.target.v, `${id}:`);
    this.cw.setAlias(id, target);
  }

  // ---------------------------------------------------------------- functions

  /** Was the current function's body handed over block by block (beginBody)? */
  private streamed = false;

  /** Record a function's symbol; for a definition to write, the writer of its blocks. */
  private declareFunction(f: FunctionAst): ((b: Block) => void) | undefined {
    const fid = this.gid(f.name);
    const prev = this.cw.sym(fid);
    const s: Sym = prev ?? { kind: 'function', name: f.name, linkage: f.linkage };
    if (!prev) this.cw.setSym(fid, s);
    if (!f.defined) {
      if (!s.defined) s.declParams = Math.max(s.declParams ?? 0, f.params.length);
      return undefined;
    }
    if (s.defined) {
      if (!/^(linkonce|weak|available_externally|common)/.test(f.linkage)) {
        this.cw.warn(new ExtractError(`function @${f.name} is defined again (first in ${s.defined}); keeping the first`, this.mod.display, f.pos.line, f.pos.col));
      }
      return undefined;
    }
    s.defined = this.mod.id;
    s.linkage = f.linkage;
    return this.bodyWriter(fid, f);
  }

  /** Writes the function's own rows now and returns the writer of its blocks, in order. */
  private bodyWriter(fid: string, f: FunctionAst): (b: Block) => void {
    const cw = this.cw;
    const fp = `${fid}:`;
    f.params.forEach((p, i) => {
      cw.emit('function_param', [fid, i, `${fp}%${p.name ?? i}`]);
    });
    if (f.dbg !== undefined) {
      const sp = this.debug.subprogram(f.dbg);
      if (sp) cw.emit('function_source', [fid, sp.file, sp.line]);
    }
    let index = 0;
    let bi = 0;
    return (b) => {
      const bid = `${fp}%${b.label}`;
      cw.emit('block', [bid, fid]);
      if (bi++ === 0) cw.emit('block_entry', [fid, bid]);
      const succ = new Set<string>();
      for (const ins of b.instrs) {
        if (isDebugIntrinsic(ins)) continue;
        const iid = `${fp}i${index}`;
        cw.emit('instruction', [iid, fid, bid, ins.opcode, index]);
        index++;
        if (ins.dbg !== undefined) {
          const loc = this.debug.location(ins.dbg);
          if (loc) cw.emit('instruction_source', [iid, loc.file, loc.line, loc.col]);
        }
        this.instr(iid, fp, ins, succ);
      }
      for (const t of succ) cw.emit('cfg_edge', [bid, `${fp}%${t}`]);
    };
  }

  private instr(i: string, fp: string, ins: Instr, succ: Set<string>): void {
    const cw = this.cw;
    const v = ins.result !== undefined ? `${fp}%${ins.result}` : '';
    switch (ins.op) {
      case 'ret':
        if (ins.val) cw.emit('ret', [i, this.vid(ins.val.v, fp)]);
        return;
      case 'br':
        cw.emit('br', [i, fp + '%' + ins.target]);
        succ.add(ins.target);
        return;
      case 'br_cond':
        cw.emit('br_cond', [i, this.vid(ins.cond.v, fp), fp + '%' + ins.t, fp + '%' + ins.f]);
        succ.add(ins.t);
        succ.add(ins.f);
        return;
      case 'switch': {
        cw.emit('switch_instr', [i, this.vid(ins.cond.v, fp), fp + '%' + ins.dflt]);
        succ.add(ins.dflt);
        for (const c of ins.cases) {
          const n = constIndex(c.v.v);
          if (n !== undefined && fits32(n)) cw.emit('switch_case', [i, n, fp + '%' + c.block]);
          succ.add(c.block);
        }
        return;
      }
      case 'indirectbr':
        for (const d of ins.dests) succ.add(d);
        return;
      case 'catchswitch':
        for (const d of ins.handlers) succ.add(d);
        if (ins.unwind) succ.add(ins.unwind);
        return;
      case 'catchret':
        succ.add(ins.target);
        return;
      case 'cleanupret':
        if (ins.unwind) succ.add(ins.unwind);
        return;
      case 'binop':
        cw.emit('binop', [i, v, ins.name, this.vid(ins.lhs, fp), this.vid(ins.rhs, fp)]);
        return;
      case 'icmp':
        cw.emit('icmp', [i, v, ins.pred, this.vid(ins.lhs, fp), this.vid(ins.rhs, fp)]);
        return;
      case 'cast':
        cw.emit('cast', [i, v, ins.name, this.vid(ins.val.v, fp)]);
        return;
      case 'freeze':
        cw.emit('cast', [i, v, 'freeze', this.vid(ins.val.v, fp)]);
        return;
      case 'alloca': {
        let bytes = this.layout.allocSize(ins.ty);
        if (ins.count) {
          const n = constIndex(ins.count.v);
          bytes = n === undefined || bytes < 0 ? -1 : bytes * n;
        }
        cw.emit('alloca', [i, v, typeText(ins.ty), fits32(bytes) ? bytes : -1]);
        return;
      }
      case 'load':
        cw.emit('load', [i, v, this.vid(ins.ptr.v, fp)]);
        return;
      case 'store':
        cw.emit('store', [i, this.vid(ins.val.v, fp), this.vid(ins.ptr.v, fp)]);
        return;
      case 'atomicrmw': {
        const p = this.vid(ins.ptr.v, fp);
        cw.emit('store', [i, this.vid(ins.val.v, fp), p]);
        cw.emit('load', [i, v, p]);
        return;
      }
      case 'cmpxchg':
        cw.emit('store', [i, this.vid(ins.val.v, fp), this.vid(ins.ptr.v, fp)]);
        return;
      case 'gep': {
        cw.emit('gep', [i, v, this.vid(ins.base.v, fp)]);
        const g = this.gepOffsets(ins.srcTy, ins.idx, fp);
        if (g) {
          cw.emit('gep_const_offset', [i, g.off]);
          for (const x of g.vars) cw.emit('gep_var_index', [i, x.id, x.stride]);
        } else {
          // no layout (opaque type or vector index): the offset is unknown, keep the indices visible
          cw.emit('gep_const_offset', [i, 0]);
          for (const x of ins.idx) if (constIndex(x.v) === undefined) cw.emit('gep_var_index', [i, this.vid(x.v, fp), -1]);
        }
        return;
      }
      case 'select':
        cw.emit('select', [i, v, this.vid(ins.cond.v, fp), this.vid(ins.t.v, fp), this.vid(ins.f.v, fp)]);
        return;
      case 'phi':
        cw.emit('phi', [i, v]);
        for (const inc of ins.incoming) cw.emit('phi_incoming', [i, this.vid(inc.v, fp), fp + '%' + inc.block]);
        return;
      case 'extractvalue': {
        const off = this.aggOffset(ins.agg.ty, ins.idx);
        cw.emit('extractvalue', [i, v, this.vid(ins.agg.v, fp), off]);
        return;
      }
      case 'insertvalue': {
        const off = this.aggOffset(ins.agg.ty, ins.idx);
        cw.emit('insertvalue', [i, v, this.vid(ins.agg.v, fp), this.vid(ins.elem.v, fp), off]);
        return;
      }
      case 'call': case 'invoke': case 'callbr':
        this.call(i, v, ins, fp);
        for (const s of ins.succ) succ.add(s);
        return;
      default:
        return; // fneg, fcmp, vector ops, va_arg, landingpad, pads, fence, unreachable, resume
    }
  }

  private call(i: string, v: string, ins: Instr & { op: 'call' | 'invoke' | 'callbr' }, fp: string): void {
    const cw = this.cw;
    const callee = stripCasts(ins.callee.v);
    const calleeId = this.vid(callee, fp);
    cw.emit('call', [i, calleeId]);
    if (callee.k === 'global') cw.emit('direct_call', [i, calleeId]);
    if (ins.hasValue && v) cw.emit('call_result', [i, v]);
    const args = ins.args.map((a) => this.vid(a.v, fp));
    args.forEach((a, k) => cw.emit('call_arg', [i, k, a]));
    if (callee.k === 'global' && callee.name.includes('mem')) {
      const name = callee.name;
      const plain = baseName(name);
      if (MEMCPY_INTRINSIC.test(name) || plain === 'memcpy' || plain === 'memmove') {
        if (args.length >= 3) cw.emit('memcpy', [i, args[0]!, args[1]!, bytesArg(ins.args[2]!.v)]);
      } else if (MEMSET_INTRINSIC.test(name) || plain === 'memset') {
        if (args.length >= 3) cw.emit('memset', [i, args[0]!, bytesArg(ins.args[2]!.v)]);
      }
    }
  }

  /** Byte offset of an extractvalue/insertvalue index path (-1 if unknown). */
  private aggOffset(ty: Type, idx: number[]): number {
    const L = this.layout;
    let off = 0;
    let cur = ty;
    for (const k of idx) {
      const r = resolved(cur);
      if (r.k === 'struct') {
        const fo = L.fieldOffset(r, k);
        if (fo < 0 || !r.fields[k]) return -1;
        off += fo;
        cur = r.fields[k]!;
      } else if (r.k === 'array' || r.k === 'vec') {
        const s = L.allocSize(r.elem);
        if (s < 0) return -1;
        off += k * s;
        cur = r.elem;
      } else return -1;
    }
    return fits32(off) ? off : -1;
  }
}

/** The block consumer of a body that is not written (a second definition). */
function dropBlock(): void {}

function constIndex(v: Value): number | undefined {
  if (v.k === 'int') {
    if (v.text.length > 16) return undefined;
    const n = Number(v.text);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (v.k === 'zero' || v.k === 'null') return 0;
  return undefined;
}

function bytesArg(v: Value): number {
  const n = constIndex(v);
  return n !== undefined && fits32(n) ? n : -1;
}

function stripCasts(v: Value): Value {
  let x = v;
  for (let guard = 0; guard < 256 && x.k === 'cast' && (x.op === 'bitcast' || x.op === 'addrspacecast'); guard++) x = x.v.v;
  return x;
}

function isDebugIntrinsic(ins: Instr): boolean {
  if (ins.op !== 'call') return false;
  const c = ins.callee.v;
  return c.k === 'global' && (c.name.startsWith('llvm.dbg.'));
}

/** c"..." text up to the first NUL, as escaped text. */
function cString(bytes: string): string {
  const nul = bytes.indexOf('\0');
  return escapeControls(bytesToText(nul >= 0 ? bytes.slice(0, nul) : bytes));
}

/** Module base name for ids: pm/libsys.ll -> libsys. */
export function moduleBase(file: string): string {
  const b = path.basename(file);
  const dot = b.lastIndexOf('.');
  return dot > 0 ? b.slice(0, dot) : b;
}

export { UNKNOWN };
