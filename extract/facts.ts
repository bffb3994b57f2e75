// From syntax tree to fact rows. One ComponentWriter per component: it reads the component's
// modules in order (its own IR, then each library's), gives every symbol its component-
// qualified id (`pm:do_fork`; an internal symbol that collides across modules gets
// `pm:name@module`), and writes the rows of schema.ts through a FactSink, function by function.

import path from 'node:path';
import { RowBuilder } from './sink.js';
import type { FactSink, RowWriter } from './sink.js';
import { ExtractError } from './errors.js';
import { Parser } from './parser.js';
import { scanModule } from './scan.js';
import type { ModuleScan } from './scan.js';
import { DebugInfo } from './debuginfo.js';
import type { TextSource } from './source.js';
import { Layout, parseDataLayout, DEFAULT_LAYOUT, UNKNOWN } from './layout.js';
import { Type, typeText, resolved, signatureText } from './types.js';
import type { TV, Value, Instr, InstrBody, CallInstr, Block, FunctionAst, GlobalAst, AliasAst } from './ast.js';

/** The body of an instruction of the given kinds. */
type Body<O extends InstrBody['op']> = Extract<InstrBody, { op: O }>;
import { escapeControls, bytesToText, copyOf } from './lexer.js';

export interface ExtractOptions {
  keepGoing?: boolean;
  /**
   * Extract every library whole in each component (default: the description's
   * libraries_whole, else only the library code the component's own modules reach: prune.ts)
   */
  wholeLibraries?: boolean;
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
  varargs?: boolean; // the function's type ends in ...
  sig?: string; // signatureText of the definition, else of the first declaration
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
  /** the rows of function bodies, value by value */
  readonly rows: RowWriter;
  private readonly opts: ExtractOptions;
  private readonly syms = new Map<string, Sym>();
  private readonly consts = { const_int: new Set<string>(), const_gep: new Set<string>(), const_expr: new Set<string>() };
  /** alias id -> aliasee id */
  private readonly aliases = new Map<string, string>();
  skipped = 0;

  constructor(component: string, sink: FactSink, opts: ExtractOptions = {}) {
    this.component = component;
    this.sink = sink;
    this.rows = sink.rowWriter?.() ?? new RowBuilder(sink);
    this.opts = opts;
  }

  /**
   * Parse one module and write its facts, in one pass. `renames`: internal names to qualify
   * with @base. `reopen` gives the module's text again, for the rare look ahead (a type used
   * before its definition, the datalayout after the first global); without it the text is
   * the source itself, which must then be a string.
   */
  addModule(mod: ModuleSource, source: TextSource | string, renames: Set<string>, opts: ModuleOptions = {}): void {
    const w = new ModuleWriter(this, mod, source, renames, opts.reopen ?? (() => source as string));
    w.run(opts.progress, opts.keep);
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
        if (s.varargs) this.emit('function_varargs', [id]);
        if (s.sig !== undefined) this.emit('function_signature', [id, s.sig]);
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

export interface ModuleOptions {
  /** called with the offset reached after each function */
  progress?: (pos: number) => void;
  /** a fresh source of the same module text, for a look ahead */
  reopen?: () => TextSource | string;
  /** which globals and functions (by IR name) to extract; all without it */
  keep?: (name: string) => boolean;
}

/**
 * Writes the facts of one module as it is parsed. Source locations are written at the end:
 * the debug-info nodes they come from follow the functions in the file.
 */
class ModuleWriter {
  private readonly cw: ComponentWriter;
  private readonly mod: ModuleSource;
  private readonly parser: Parser;
  private readonly renames: Set<string>;
  private readonly debug = new DebugInfo();
  private readonly reopen: () => TextSource | string;
  private ahead?: ModuleScan;
  private layoutObj?: Layout;
  private readonly c: string;
  /** deferred source rows: functions, and (function index, instruction index, !dbg) triples */
  private readonly locFns: string[] = [];
  private locs = new Int32Array(3 * 1024);
  private nlocs = 0;
  private readonly fnSources: Array<{ fid: string; dbg: number }> = [];

  constructor(cw: ComponentWriter, mod: ModuleSource, source: TextSource | string, renames: Set<string>, reopen: () => TextSource | string) {
    this.cw = cw;
    this.mod = mod;
    this.renames = renames;
    this.reopen = reopen;
    this.c = cw.component;
    this.parser = new Parser(source, mod.display);
    this.parser.debug = this.debug;
  }

  private get layout(): Layout {
    if (!this.layoutObj) {
      // the datalayout comes first in what compilers write; else it is looked for ahead
      const dl = this.parser.datalayoutText || this.lookahead().datalayout;
      this.layoutObj = new Layout(dl ? parseDataLayout(dl) : DEFAULT_LAYOUT, (name) => this.resolveForward(name));
    }
    return this.layoutObj;
  }

  /** One scan of the whole module for its types and datalayout, when the parse needs one early. */
  private lookahead(): ModuleScan {
    if (!this.ahead) {
      const src = this.reopen();
      try {
        this.ahead = scanModule(src, this.mod.display, { types: true });
      } finally {
        if (typeof src !== 'string') src.close?.();
      }
    }
    return this.ahead;
  }

  /** A named type used before its definition gets the body defined later in the module. */
  private resolveForward(name: string): void {
    const t = this.parser.namedType(name);
    if (t.body !== undefined) return;
    const later = this.lookahead().types.get(name);
    t.body = later?.body ?? null; // never defined: opaque
  }

  /** Source rows of functions and instructions, now that the debug-info nodes are read. */
  private writeLocations(): void {
    for (const { fid, dbg } of this.fnSources) {
      const sp = this.debug.subprogram(dbg);
      if (sp) this.cw.emit('function_source', [fid, sp.file, sp.line]);
    }
    const r = this.cw.rows;
    const locs = this.locs;
    for (let i = 0; i < this.nlocs; i += 3) {
      const loc = this.debug.location(locs[i + 2]!);
      if (!loc) continue;
      r.setFunction(this.locFns[locs[i]!]!);
      r.begin('instruction_source'); r.instr(locs[i + 1]!); r.sym(loc.file); r.num(loc.line); r.num(loc.col); r.end();
    }
  }

  private deferLocation(fn: number, k: number, dbg: number): void {
    if (this.nlocs + 3 > this.locs.length) {
      const bigger = new Int32Array(2 * this.locs.length);
      bigger.set(this.locs);
      this.locs = bigger;
    }
    this.locs[this.nlocs++] = fn;
    this.locs[this.nlocs++] = k;
    this.locs[this.nlocs++] = dbg;
  }

  run(progress?: (pos: number) => void, keep?: (name: string) => boolean): void {
    this.parser.parseModule({
      keep,
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
    this.writeLocations();
  }

  // ---------------------------------------------------------------- ids

  /** Global ids by IR name: every call and global access asks again (cleared when an alias is defined). */
  private readonly gids = new Map<string, string>();
  /** `int:N` ids by text, once their const_int row is written */
  private readonly ints = new Map<string, string>();

  /** Id of a global symbol (function, variable, alias) by IR name. */
  gid(name: string): string {
    const known = this.gids.get(name);
    if (known !== undefined) return known;
    const id = this.cw.alias(this.renames.has(name) ? `${this.c}:${name}@${this.mod.base}` : `${this.c}:${name}`);
    this.gids.set(name, copyOf(id)); // flat: it is written again and again
    return id;
  }

  /** Id of an operand; writes const_int/const_gep/const_expr rows for constants. fp: `fid:` */
  vid(v: Value, fp: string): string {
    switch (v.k) {
      case 'local': return `${fp}%${v.name}`;
      case 'global': return this.gid(v.name);
      case 'int': {
        const known = this.ints.get(v.text);
        if (known !== undefined) return known;
        const id = `int:${v.text}`;
        if (v.text.length <= 11) {
          const n = Number(v.text);
          if (fits32(n)) this.cw.emitConst('const_int', [id, n]);
        }
        this.ints.set(v.text, copyOf(id));
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
    this.gids.clear(); // ids seen so far may name the alias
  }

  // ---------------------------------------------------------------- functions

  /** The successors of the block being written (one list, reused: blocks are written one at a time). */
  private readonly succ = new Successors();

  /** Was the current function's body handed over block by block (beginBody)? */
  private streamed = false;

  /** Record a function's symbol; for a definition to write, the writer of its blocks. */
  private declareFunction(f: FunctionAst): ((b: Block) => void) | undefined {
    const fid = this.gid(f.name);
    const prev = this.cw.sym(fid);
    const s: Sym = prev ?? { kind: 'function', name: f.name, linkage: f.linkage };
    if (!prev) this.cw.setSym(fid, s);
    if (!f.defined) {
      if (!s.defined) {
        s.declParams = Math.max(s.declParams ?? 0, f.params.length);
        s.varargs = (s.varargs ?? false) || f.varargs;
        s.sig ??= signatureText(f.retTy, f.params.map((p) => p.ty), f.varargs);
      }
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
    s.varargs = f.varargs;
    s.sig = signatureText(f.retTy, f.params.map((p) => p.ty), f.varargs);
    return this.bodyWriter(fid, f);
  }

  /** Writes the function's own rows now and returns the writer of its blocks, in order. */
  private bodyWriter(fid: string, f: FunctionAst): (b: Block) => void {
    const cw = this.cw;
    const r = cw.rows;
    const fp = `${fid}:`;
    f.params.forEach((p, i) => {
      cw.emit('function_param', [fid, i, `${fp}%${p.name ?? i}`]);
    });
    if (f.dbg !== undefined) this.fnSources.push({ fid, dbg: f.dbg });
    const fn = this.locFns.push(fid) - 1;
    let index = 0;
    let bi = 0;
    return (b) => {
      r.setFunction(fid);
      const label = b.label ?? ''; // the parser numbers unnamed blocks
      r.begin('block'); r.local(label); r.fn(); r.end();
      if (bi++ === 0) {
        r.begin('block_entry'); r.fn(); r.local(label); r.end();
      }
      const succ = this.succ;
      succ.clear();
      for (const ins of b.instrs) {
        if (isDebugIntrinsic(ins)) continue;
        const k = index++;
        r.begin('instruction'); r.instr(k); r.fn(); r.local(label); r.sym(ins.opcode); r.num(k); r.end();
        if (ins.dbg !== undefined && ins.dbg <= 0x7fffffff) this.deferLocation(fn, k, ins.dbg);
        this.instr(k, fp, ins, succ);
      }
      for (const t of succ.list) {
        r.begin('cfg_edge'); r.local(label); r.local(t); r.end();
      }
    };
  }

  /** An operand into the current row: a local by name (the writer adds the function), else its id. */
  private val(v: Value, fp: string): void {
    if (v.k === 'local') this.cw.rows.local(v.name);
    else this.cw.rows.sym(this.vid(v, fp));
  }

  /** Begin a row of relation rel with the instruction's id. */
  private row(rel: string, k: number): RowWriter {
    const r = this.cw.rows;
    r.begin(rel);
    r.instr(k);
    return r;
  }

  /** The instruction's result (its name, which every instruction producing a value has). */
  private result(ins: Instr): void {
    if (ins.result !== undefined) this.cw.rows.local(ins.result);
    else this.cw.rows.sym('');
  }

  /**
   * The rows of one instruction by kind. The commonest each have a method of their own and the
   * rest share one: small pieces for TurboFan to compile (see Parser.parseInstrBody).
   */
  private instr(k: number, fp: string, ins: Instr, succ: Successors): void {
    const b = ins.body;
    switch (b.op) {
      case 'load': this.writeLoad(k, fp, ins, b); return;
      case 'store': case 'cmpxchg': this.writeStore(k, fp, b); return;
      case 'gep': this.writeGep(k, fp, ins, b); return;
      case 'call': case 'invoke': case 'callbr':
        this.call(k, b, ins, fp);
        for (const s of b.succ) succ.add(s);
        return;
      case 'br': this.writeBr(k, b, succ); return;
      case 'alloca': this.writeAlloca(k, ins, b); return;
      case 'br_cond': this.writeBrCond(k, fp, b, succ); return;
      case 'binop': case 'icmp': this.writeBinop(k, fp, ins, b); return;
      case 'cast': case 'freeze': this.writeCast(k, fp, ins, b); return;
      default: this.instrOther(k, fp, ins, b, succ);
    }
  }

  private writeLoad(k: number, fp: string, ins: Instr, b: Body<'load'>): void {
    const r = this.row('load', k);
    this.result(ins);
    this.val(b.ptr.v, fp);
    r.end();
  }

  private writeStore(k: number, fp: string, b: Body<'store' | 'cmpxchg'>): void {
    const r = this.row('store', k);
    this.val(b.val.v, fp);
    this.val(b.ptr.v, fp);
    r.end();
  }

  private writeGep(k: number, fp: string, ins: Instr, b: Body<'gep'>): void {
    const r = this.row('gep', k);
    this.result(ins);
    this.val(b.base.v, fp);
    r.end();
    const g = this.gepOffsets(b.srcTy, b.idx, fp);
    if (g) {
      this.row('gep_const_offset', k);
      r.num(g.off);
      r.end();
      for (const x of g.vars) {
        this.row('gep_var_index', k);
        r.sym(x.id);
        r.num(x.stride);
        r.end();
      }
    } else {
      // no layout (opaque type or vector index): the offset is unknown, keep the indices visible
      this.row('gep_const_offset', k);
      r.num(0);
      r.end();
      for (const x of b.idx) {
        if (constIndex(x.v) !== undefined) continue;
        this.row('gep_var_index', k);
        this.val(x.v, fp);
        r.num(-1);
        r.end();
      }
    }
  }

  private writeBr(k: number, b: Body<'br'>, succ: Successors): void {
    const r = this.row('br', k);
    r.local(b.target);
    r.end();
    succ.add(b.target);
  }

  private writeAlloca(k: number, ins: Instr, b: Body<'alloca'>): void {
    let bytes = this.layout.allocSize(b.ty);
    if (b.count) {
      const n = constIndex(b.count.v);
      bytes = n === undefined || bytes < 0 ? -1 : bytes * n;
    }
    const r = this.row('alloca', k);
    this.result(ins);
    r.sym(typeText(b.ty));
    r.num(fits32(bytes) ? bytes : -1);
    r.end();
  }

  private writeBrCond(k: number, fp: string, b: Body<'br_cond'>, succ: Successors): void {
    const r = this.row('br_cond', k);
    this.val(b.cond.v, fp);
    r.local(b.t);
    r.local(b.f);
    r.end();
    succ.add(b.t);
    succ.add(b.f);
  }

  private writeBinop(k: number, fp: string, ins: Instr, b: Body<'binop' | 'icmp'>): void {
    const r = this.row(b.op, k);
    this.result(ins);
    r.sym(b.op === 'binop' ? b.name : b.pred);
    this.val(b.lhs, fp);
    this.val(b.rhs, fp);
    r.end();
  }

  private writeCast(k: number, fp: string, ins: Instr, b: Body<'cast' | 'freeze'>): void {
    const r = this.row('cast', k);
    this.result(ins);
    r.sym(b.op === 'cast' ? b.name : 'freeze');
    this.val(b.val.v, fp);
    r.end();
  }

  private instrOther(k: number, fp: string, ins: Instr, b: InstrBody, succ: Successors): void {
    switch (b.op) {
      case 'ret':
        if (b.val) {
          this.row('ret', k);
          this.val(b.val.v, fp);
          this.cw.rows.end();
        }
        return;
      case 'switch': {
        const r = this.row('switch_instr', k);
        this.val(b.cond.v, fp);
        r.local(b.dflt);
        r.end();
        succ.add(b.dflt);
        for (const c of b.cases) {
          const n = constIndex(c.v.v);
          if (n !== undefined && fits32(n)) {
            this.row('switch_case', k);
            r.num(n);
            r.local(c.block);
            r.end();
          }
          succ.add(c.block);
        }
        return;
      }
      case 'indirectbr':
        for (const d of b.dests) succ.add(d);
        return;
      case 'catchswitch':
        for (const d of b.handlers) succ.add(d);
        if (b.unwind) succ.add(b.unwind);
        return;
      case 'catchret':
        succ.add(b.target);
        return;
      case 'cleanupret':
        if (b.unwind) succ.add(b.unwind);
        return;
      case 'atomicrmw': {
        const r = this.row('store', k);
        this.val(b.val.v, fp);
        this.val(b.ptr.v, fp);
        r.end();
        this.row('load', k);
        this.result(ins);
        this.val(b.ptr.v, fp);
        r.end();
        return;
      }
      case 'select': {
        const r = this.row('select', k);
        this.result(ins);
        this.val(b.cond.v, fp);
        this.val(b.t.v, fp);
        this.val(b.f.v, fp);
        r.end();
        return;
      }
      case 'phi': {
        const r = this.row('phi', k);
        this.result(ins);
        r.end();
        for (const inc of b.incoming) {
          this.row('phi_incoming', k);
          this.val(inc.v, fp);
          r.local(inc.block);
          r.end();
        }
        return;
      }
      case 'extractvalue': {
        const off = this.aggOffset(b.agg.ty, b.idx);
        const r = this.row('extractvalue', k);
        this.result(ins);
        this.val(b.agg.v, fp);
        r.num(off);
        r.end();
        return;
      }
      case 'insertvalue': {
        const off = this.aggOffset(b.agg.ty, b.idx);
        const r = this.row('insertvalue', k);
        this.result(ins);
        this.val(b.agg.v, fp);
        this.val(b.elem.v, fp);
        r.num(off);
        r.end();
        return;
      }
      default:
        return; // fneg, fcmp, vector ops, va_arg, landingpad, pads, fence, unreachable, resume
    }
  }

  private call(k: number, c: CallInstr, ins: Instr, fp: string): void {
    const callee = stripCasts(c.callee.v);
    const r = this.row('call', k);
    this.val(callee, fp);
    r.end();
    if (callee.k === 'global') {
      this.row('direct_call', k);
      r.sym(this.gid(callee.name));
      r.end();
    } else {
      // written `call i32 (ptr, ...) %f(...)` when the type has ..., else `call i32 %f(...)`
      const fnTy = c.retTy.k === 'fn' ? c.retTy : undefined;
      const sig = fnTy ? signatureText(fnTy.ret, fnTy.params, fnTy.varargs) : signatureText(c.retTy, c.args.map((a) => a.ty), false);
      this.row('call_signature', k);
      r.sym(sig);
      r.end();
    }
    if (ins.hasValue && ins.result !== undefined) {
      this.row('call_result', k);
      r.local(ins.result);
      r.end();
    }
    const args = c.args;
    for (let n = 0; n < args.length; n++) {
      this.row('call_arg', k);
      r.num(n);
      this.val(args[n]!.v, fp);
      r.end();
    }
    if (callee.k === 'global' && callee.name.includes('mem') && args.length >= 3) {
      const name = callee.name;
      const plain = baseName(name);
      if (MEMCPY_INTRINSIC.test(name) || plain === 'memcpy' || plain === 'memmove') {
        this.row('memcpy', k);
        this.val(args[0]!.v, fp);
        this.val(args[1]!.v, fp);
        r.num(bytesArg(args[2]!.v));
        r.end();
      } else if (MEMSET_INTRINSIC.test(name) || plain === 'memset') {
        this.row('memset', k);
        this.val(args[0]!.v, fp);
        r.num(bytesArg(args[2]!.v));
        r.end();
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

/** A block's successor labels in order, each once: most blocks have one or two, a Set each cost more. */
class Successors {
  readonly list: string[] = [];

  clear(): void {
    this.list.length = 0;
  }

  add(label: string): void {
    if (!this.list.includes(label)) this.list.push(label);
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
  if (ins.body.op !== 'call') return false;
  const c = ins.body.callee.v;
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
