// The system description (system.json): which components there are, their IR files and
// endpoints, the libraries each links, and the IPC conventions. Loaded and checked here;
// every error names the file, the JSON path of the field and what was expected.
// Documented in docs/system-description.md; JSON Schema in facts/system.schema.json.

import fs from 'node:fs';
import path from 'node:path';
import { ExtractError } from './errors.js';

/** message: index of the message argument, -1 when the m_type is an argument (mtype) instead */
export interface SendPrimitive { function: string; endpoint: number; message: number; mtype?: number; mode: 'sync' | 'async' }
export interface ReceivePrimitive { function: string; message: number }
export interface LookupPrimitive { function: string; label: number; result: number }
/** An argument index of a primitive, -1 when the primitive has no such argument. */
type ArgIndex = number;
/** A call that returns a handle (session) to the component serving `service`. */
export interface ConnectPrimitive { function: string; service: number; interface: ArgIndex; by: 'number' | 'name' }
/** A call that returns a handle to the same destination as its handle argument `from`. */
export interface DerivePrimitive { function: string; from: number; interface: ArgIndex }
/** A call that makes the calling component serve a service, an interface or a name, with a handler. */
export interface ServePrimitive { function: string; service: ArgIndex; interface: ArgIndex; handler: ArgIndex; name: ArgIndex }
/** A global whose address is, in every component, a handle to `component`. */
export interface WellKnownHandle { global: string; component: string }
export type GlobalClass = 'request-local' | 'process-local' | 'global';

export interface ComponentDescription {
  name: string;
  /** fixed endpoint number; undefined when assigned at run time */
  endpoint?: number;
  /** run-time name (component_label) */
  label: string;
  /** IR files, absolute */
  ir: string[];
  /** the same, relative to the description's folder with / separators (for module facts) */
  irRel: string[];
  libraries: string[];
  /** the user-side component (libc) */
  user: boolean;
}

export interface LibraryDescription {
  name: string;
  ir: string[];
  irRel: string[];
}

export interface SystemDescription {
  /** the description file, absolute */
  path: string;
  dir: string;
  name: string;
  /** in description order; the user component (if any) last */
  components: ComponentDescription[];
  libraries: Map<string, LibraryDescription>;
  ipc: {
    send: SendPrimitive[];
    receive: ReceivePrimitive[];
    ignore: string[];
    lookup: LookupPrimitive[];
    /** where a send primitive is inlined (-O2), the function-pointer slot it calls through */
    inlinedSend: Array<{ function: string; table: string; offset: number }>;
    /** replies to a received message (the message argument) */
    reply: ReceivePrimitive[];
    connect: ConnectPrimitive[];
    derive: DerivePrimitive[];
    serve: ServePrimitive[];
    wellKnown: WellKnownHandle[];
    /** functions that return the m_type of the received message they are given */
    mtypeAccessors: Array<{ function: string; message: number }>;
    mtypeOffset: number;
    sourceOffset: number;
    any?: number;
  };
  /** functions the run time enters without a call in the IR (a trampoline started from assembly) */
  entryFunctions: string[];
  /** user annotations: forced classes of globals, by global id (pm:mproc) */
  globalClasses: Array<{ global: string; class: GlobalClass }>;
  /** extract all of every library, not only what each component reaches (libraries_whole) */
  librariesWhole: boolean;
}

/** The name of the user-side component. */
export const USER = 'user';
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const CLASSES: GlobalClass[] = ['request-local', 'process-local', 'global'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

class Checker {
  constructor(readonly file: string) {}

  fail(at: string, msg: string): never {
    throw new ExtractError(`${at ? `${at}: ` : ''}${msg}`, this.file);
  }

  obj(v: Json | undefined, at: string): { [k: string]: Json } {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(at, `expected an object, found ${show(v)}`);
    return v;
  }

  arr(v: Json | undefined, at: string): Json[] {
    if (!Array.isArray(v)) this.fail(at, `expected an array, found ${show(v)}`);
    return v;
  }

  str(v: Json | undefined, at: string): string {
    if (typeof v !== 'string' || v === '') this.fail(at, `expected a non-empty string, found ${show(v)}`);
    return v;
  }

  name(v: Json | undefined, at: string): string {
    const s = this.str(v, at);
    if (!NAME_RE.test(s)) this.fail(at, `expected a name of letters, digits, '_', '.', '-' (not starting with a digit), found ${show(v)}`);
    return s;
  }

  int(v: Json | undefined, at: string, min: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > 2147483647) {
      this.fail(at, `expected an integer${min === 0 ? ' >= 0' : min === -1 ? ' >= -1' : ''} that fits in 32 bits, found ${show(v)}`);
    }
    return v;
  }

  /** A list of IR files, resolved against the description's folder; each must exist. */
  files(v: Json | undefined, at: string, dir: string): { abs: string[]; rel: string[] } {
    const list = this.arr(v, at);
    if (list.length === 0) this.fail(at, 'expected at least one IR file');
    const abs: string[] = [];
    const rel: string[] = [];
    list.forEach((x, i) => {
      const p = this.str(x, `${at}[${i}]`);
      const a = path.resolve(dir, p);
      if (!fs.existsSync(a)) this.fail(`${at}[${i}]`, `no such file: ${p} (looked for ${a})`);
      abs.push(a);
      rel.push(path.relative(dir, a).split(path.sep).join('/'));
    });
    return { abs, rel };
  }
}

function show(v: Json | undefined): string {
  if (v === undefined) return 'nothing (the field is missing)';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Read, parse and check a system description. Throws ExtractError. */
export function loadSystem(file: string): SystemDescription {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ExtractError(`cannot read the system description: ${(e as Error).message}`, file);
  }
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      throw new ExtractError(`invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`, file, line, col);
    }
    throw new ExtractError(`invalid JSON: ${msg}`, file);
  }
  return checkSystem(json, file, path.dirname(abs), abs);
}

export function checkSystem(json: Json, file: string, dir: string, abs: string): SystemDescription {
  const ck = new Checker(file);
  const top = ck.obj(json, '');
  const name = ck.str(top.name, 'name');

  const libraries = new Map<string, LibraryDescription>();
  if (top.libraries !== undefined) {
    const libs = ck.obj(top.libraries, 'libraries');
    for (const [ln, lv] of Object.entries(libs)) {
      ck.name(ln, `libraries.${ln}`);
      const f = ck.files(lv, `libraries.${ln}`, dir);
      libraries.set(ln, { name: ln, ir: f.abs, irRel: f.rel });
    }
  }

  const libList = (v: Json | undefined, at: string): string[] => {
    if (v === undefined) return [];
    return ck.arr(v, at).map((x, i) => {
      const l = ck.str(x, `${at}[${i}]`);
      if (!libraries.has(l)) ck.fail(`${at}[${i}]`, `unknown library "${l}" (libraries: ${[...libraries.keys()].join(', ') || 'none'})`);
      return l;
    });
  };

  const components: ComponentDescription[] = [];
  const comps = ck.obj(top.components, 'components');
  if (Object.keys(comps).length === 0) ck.fail('components', 'expected at least one component');
  const endpoints = new Map<number, string>();
  for (const [cn, cv] of Object.entries(comps)) {
    const at = `components.${cn}`;
    ck.name(cn, at);
    if (cn === USER && top.user !== undefined) ck.fail(at, `"${USER}" is the name of the user-side component; rename this one`);
    const c = ck.obj(cv, at);
    let endpoint: number | undefined;
    if (c.endpoint !== undefined) {
      endpoint = ck.int(c.endpoint, `${at}.endpoint`, -2147483648);
      const other = endpoints.get(endpoint);
      if (other !== undefined) ck.fail(`${at}.endpoint`, `endpoint ${endpoint} is also the endpoint of ${other}`);
      endpoints.set(endpoint, cn);
    }
    const label = c.label === undefined ? cn : ck.str(c.label, `${at}.label`);
    const f = ck.files(c.ir, `${at}.ir`, dir);
    components.push({ name: cn, endpoint, label, ir: f.abs, irRel: f.rel, libraries: libList(c.libraries, `${at}.libraries`), user: false });
  }
  if (top.user !== undefined) {
    const u = ck.obj(top.user, 'user');
    const f = ck.files(u.ir, 'user.ir', dir);
    const label = u.label === undefined ? USER : ck.str(u.label, 'user.label');
    components.push({ name: USER, label, ir: f.abs, irRel: f.rel, libraries: libList(u.libraries, 'user.libraries'), user: true });
  }

  const ipcJ = ck.obj(top.ipc, 'ipc');
  const send = ck.arr(ipcJ.send, 'ipc.send').map((x, i): SendPrimitive => {
    const at = `ipc.send[${i}]`;
    const o = ck.obj(x, at);
    const mode = o.mode === undefined ? 'sync' : o.mode;
    if (mode !== 'sync' && mode !== 'async') ck.fail(`${at}.mode`, `expected "sync" or "async", found ${show(mode)}`);
    const fn = ck.str(o.function, `${at}.function`);
    const endpoint = ck.int(o.endpoint, `${at}.endpoint`, 0);
    if (o.mtype !== undefined) {
      const mtype = ck.int(o.mtype, `${at}.mtype`, 0);
      const message = o.message === undefined ? -1 : ck.int(o.message, `${at}.message`, 0);
      return { function: fn, endpoint, message, mtype, mode: mode as 'sync' | 'async' };
    }
    if (o.message === undefined) ck.fail(at, 'expected "message" (the message argument) or "mtype" (the m_type argument), found neither');
    return { function: fn, endpoint, message: ck.int(o.message, `${at}.message`, 0), mode: mode as 'sync' | 'async' };
  });
  const receive = (ipcJ.receive === undefined ? [] : ck.arr(ipcJ.receive, 'ipc.receive')).map((x, i): ReceivePrimitive => {
    const at = `ipc.receive[${i}]`;
    const o = ck.obj(x, at);
    return { function: ck.str(o.function, `${at}.function`), message: ck.int(o.message, `${at}.message`, 0) };
  });
  const ignore = (ipcJ.ignore === undefined ? [] : ck.arr(ipcJ.ignore, 'ipc.ignore')).map((x, i) => ck.str(x, `ipc.ignore[${i}]`));
  const lookup = (ipcJ.lookup === undefined ? [] : ck.arr(ipcJ.lookup, 'ipc.lookup')).map((x, i): LookupPrimitive => {
    const at = `ipc.lookup[${i}]`;
    const o = ck.obj(x, at);
    return { function: ck.str(o.function, `${at}.function`), label: ck.int(o.label, `${at}.label`, 0), result: ck.int(o.result, `${at}.result`, -1) };
  });
  const inlinedSend = (ipcJ.inlined_send === undefined ? [] : ck.arr(ipcJ.inlined_send, 'ipc.inlined_send')).map((x, i) => {
    const at = `ipc.inlined_send[${i}]`;
    const o = ck.obj(x, at);
    return { function: ck.str(o.function, `${at}.function`), table: ck.str(o.table, `${at}.table`), offset: ck.int(o.offset, `${at}.offset`, 0) };
  });
  const list = (v: Json | undefined, at: string): Array<{ o: { [k: string]: Json }; at: string }> =>
    (v === undefined ? [] : ck.arr(v, at)).map((x, i) => ({ o: ck.obj(x, `${at}[${i}]`), at: `${at}[${i}]` }));
  /** An optional argument index: -1 when absent. */
  const optArg = (v: Json | undefined, at: string): number => (v === undefined ? -1 : ck.int(v, at, 0));
  const reply = list(ipcJ.reply, 'ipc.reply').map(({ o, at }): ReceivePrimitive =>
    ({ function: ck.str(o.function, `${at}.function`), message: ck.int(o.message, `${at}.message`, 0) }));
  const connect = list(ipcJ.connect, 'ipc.connect').map(({ o, at }): ConnectPrimitive => {
    const by = o.by === undefined ? 'number' : o.by;
    if (by !== 'number' && by !== 'name') ck.fail(`${at}.by`, `expected "number" or "name", found ${show(by)}`);
    return { function: ck.str(o.function, `${at}.function`), service: ck.int(o.service, `${at}.service`, 0), interface: optArg(o.interface, `${at}.interface`), by: by as 'number' | 'name' };
  });
  const derive = list(ipcJ.derive, 'ipc.derive').map(({ o, at }): DerivePrimitive =>
    ({ function: ck.str(o.function, `${at}.function`), from: ck.int(o.from, `${at}.from`, 0), interface: optArg(o.interface, `${at}.interface`) }));
  const serve = list(ipcJ.serve, 'ipc.serve').map(({ o, at }): ServePrimitive => {
    const s: ServePrimitive = {
      function: ck.str(o.function, `${at}.function`), service: optArg(o.service, `${at}.service`),
      interface: optArg(o.interface, `${at}.interface`), handler: optArg(o.handler, `${at}.handler`), name: optArg(o.name, `${at}.name`),
    };
    if (s.service < 0 && s.interface < 0 && s.handler < 0 && s.name < 0) ck.fail(at, 'expected at least one of "service", "interface", "handler", "name"');
    return s;
  });
  const compNames = new Set(components.map((c) => c.name));
  const wellKnown = list(ipcJ.well_known, 'ipc.well_known').map(({ o, at }): WellKnownHandle => {
    const component = ck.str(o.component, `${at}.component`);
    if (!compNames.has(component)) ck.fail(`${at}.component`, `unknown component "${component}"`);
    return { global: ck.str(o.global, `${at}.global`), component };
  });
  const msg = ck.obj(ipcJ.message, 'ipc.message');
  const mtypeOffset = ck.int(msg.mtype_offset, 'ipc.message.mtype_offset', 0);
  const mtypeAccessors = list(msg.mtype_accessors, 'ipc.message.mtype_accessors').map(({ o, at }) =>
    ({ function: ck.str(o.function, `${at}.function`), message: ck.int(o.message, `${at}.message`, 0) }));
  const sourceOffset = msg.source_offset === undefined ? 0 : ck.int(msg.source_offset, 'ipc.message.source_offset', 0);
  const any = ipcJ.any === undefined ? undefined : ck.int(ipcJ.any, 'ipc.any', -2147483648);

  const entryFunctions = (top.entry_functions === undefined ? [] : ck.arr(top.entry_functions, 'entry_functions'))
    .map((x, i) => ck.str(x, `entry_functions[${i}]`));

  const globalClasses: Array<{ global: string; class: GlobalClass }> = [];
  if (top.annotations !== undefined) {
    const an = ck.obj(top.annotations, 'annotations');
    if (an.global_class !== undefined) {
      const gc = ck.obj(an.global_class, 'annotations.global_class');
      const names = new Set(components.map((c) => c.name));
      for (const [g, cls] of Object.entries(gc)) {
        const at = `annotations.global_class.${g}`;
        const m = /^([^:]+):(.+)$/.exec(g);
        if (!m || !names.has(m[1]!)) ck.fail(at, `expected a global id "<component>:<name>" of a known component, found ${show(g)}`);
        if (typeof cls !== 'string' || !CLASSES.includes(cls as GlobalClass)) ck.fail(at, `expected one of ${CLASSES.map((x) => `"${x}"`).join(', ')}, found ${show(cls)}`);
        globalClasses.push({ global: g, class: cls as GlobalClass });
      }
    }
  }

  const whole = top.libraries_whole ?? false;
  if (typeof whole !== 'boolean') ck.fail('libraries_whole', `expected true or false, found ${show(whole)}`);

  return {
    path: abs, dir, name, components, libraries,
    ipc: { send, receive, ignore, lookup, inlinedSend, reply, connect, derive, serve, wellKnown, mtypeAccessors, mtypeOffset, sourceOffset, any },
    entryFunctions, globalClasses, librariesWhole: whole === true,
  };
}
