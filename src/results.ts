// The analysis results as plain data, read once from the rules' output relations (by column
// name, through the reads declared below), then handed to the pure renderers (summary,
// explain, graph, report, policy). Every class in here was decided by the rules
// (rules/policy.dl); this file only groups rows, each relation indexed once by its key.
import { CliError } from './errors.js';
import { read, readProblem, reads, type ResultSource } from './outputs.js';

export type { ResultSource } from './outputs.js';

const BY = 'the results reader (src/results.ts)';
const R = {
  component: reads(BY, 'component', { c: 'symbol' }),
  classRank: reads(BY, 'class_rank', { class: 'symbol', rank: 'number' }),
  stateClassRank: reads(BY, 'state_class_rank', { class: 'symbol', rank: 'number' }),
  stats: reads(BY, 'stats', { metric: 'symbol', value: 'number' }),
  sendSite: reads(BY, 'send_site', { site: 'symbol', comp: 'symbol', func: 'symbol', primitive: 'symbol', mode: 'symbol' }),
  request: reads(BY, 'request', { req: 'symbol', site: 'symbol', origin: 'symbol' }),
  requestEndpoint: reads(BY, 'request_endpoint', { req: 'symbol', endpoint: 'number' }),
  requestDest: reads(BY, 'request_dest', { req: 'symbol', c: 'symbol' }),
  requestMtype: reads(BY, 'request_mtype', { req: 'symbol', mtype: 'number' }),
  requestHandler: reads(BY, 'request_handler', { req: 'symbol', handler: 'symbol' }),
  requestUnresolved: reads(BY, 'request_unresolved', { req: 'symbol', reason: 'symbol' }),
  requestPolicy: reads(BY, 'request_policy', { req: 'symbol', class: 'symbol' }),
  receiveLoop: reads(BY, 'receive_loop', { fn: 'symbol', c: 'symbol', buffer: 'symbol' }),
  dispatch: reads(BY, 'dispatch', { c: 'symbol', mtype: 'number', handler: 'symbol' }),
  entryPoint: reads(BY, 'entry_point', { e: 'symbol', c: 'symbol', kind: 'symbol' }),
  entryMtype: reads(BY, 'entry_mtype', { e: 'symbol', mtype: 'number' }),
  entryClass: reads(BY, 'entry_class', { e: 'symbol', class: 'symbol' }),
  entryTaint: reads(BY, 'entry_taint', { e: 'symbol', c: 'symbol' }),
  entryReachesComponent: reads(BY, 'entry_reaches_component', { e: 'symbol', c: 'symbol' }),
  entryModifies: reads(BY, 'entry_modifies', { e: 'symbol', g: 'symbol', c: 'symbol' }),
  recoveryEvidence: reads(BY, 'recovery_evidence', { e: 'symbol', g: 'symbol', c: 'symbol' }),
  globalStore: reads(BY, 'global_store', { i: 'symbol', f: 'symbol', g: 'symbol' }),
  handlerArgStore: reads(BY, 'handler_arg_store', { e: 'symbol', i: 'symbol', f: 'symbol', g: 'symbol' }),
  unboundedOnPath: reads(BY, 'unbounded_on_path', { e: 'symbol', req: 'symbol' }),
  globalClass: reads(BY, 'global_class', { g: 'symbol', class: 'symbol' }),
  syscall: reads(BY, 'syscall', { name: 'symbol', user_fn: 'symbol', comp: 'symbol', handler: 'symbol' }),
  syscallUnmapped: reads(BY, 'syscall_unmapped', { name: 'symbol', user_fn: 'symbol', reason: 'symbol' }),
  callEdge: reads(BY, 'call_edge', { caller: 'symbol', callee: 'symbol', kind: 'symbol' }),
  ipcEdge: reads(BY, 'ipc_edge', { origin: 'symbol', site: 'symbol', handler: 'symbol' }),
  mtypePolicy: reads(BY, 'mtype_policy', { c: 'symbol', mtype: 'number', handler: 'symbol', class: 'symbol' }),
  sitePolicy: reads(BY, 'site_policy', { site: 'symbol', class: 'symbol' }),
  siteTaint: reads(BY, 'site_taint', { site: 'symbol', c: 'symbol' }),
  siteDest: reads(BY, 'site_dest', { site: 'symbol', c: 'symbol' }),
  siteMtype: reads(BY, 'site_mtype', { site: 'symbol', mtype: 'number' }),
  siteUnresolvedReason: reads(BY, 'site_unresolved_reason', { site: 'symbol', reason: 'symbol' }),
  componentFlow: reads(BY, 'component_flow', { from: 'symbol', to: 'symbol', requests: 'number', class: 'symbol' }),
  unboundedFlow: reads(BY, 'unbounded_flow', { from: 'symbol', requests: 'number', class: 'symbol' }),
};

export interface SendSite { site: string; comp: string; func: string; primitive: string; mode: string }
export interface Request {
  req: string; site: string; origin: string;
  endpoints: number[]; dests: string[]; mtypes: number[]; handlers: string[];
  unresolved: string[];
  /** what a runtime must assume when it fails (rules/policy.dl) */
  cls?: string;
}
export interface Modification { global: string; comp: string; cls: string }
/** A store of a global: instruction, function, global. */
export interface Store { store: string; func: string; global: string }
export interface EntryPoint {
  entry: string; comp: string; kind: string; mtypes: number[];
  /** its one recovery class (rules/policy.dl: entry_class) */
  cls?: string;
  components: string[]; modifies: Modification[];
  /** the globals that decided its class (recovery_evidence) */
  evidence: Modification[];
  /** writes made on its behalf at the calls that pass it an argument (handler_arg_store) */
  argStores: Store[];
  /** components whose persistent state it modifies (entry_taint) */
  taints: string[];
  /** requests on its paths whose endpoint could not be bounded (unbounded_on_path) */
  unbounded: string[];
}
export interface Syscall { name: string; userFn: string; comp: string; handler: string }
export interface CallEdge { caller: string; callee: string; kind: string }
export interface Dispatch { comp: string; mtype: number; handler: string }
export interface MtypePolicy { component: string; mtype: number; handler: string; cls: string }
export interface SitePolicy { site: string; component: string; func: string; dests: string[]; mtypes: number[]; cls: string; taints: string[]; unresolved: string[] }
/** Requests from one component to another; `to` undefined: requests that may reach any server. */
export interface ComponentFlow { from: string; to?: string; requests: number; cls: string }

export interface Results {
  components: string[];
  /** recovery classes, lowest rank first (class_rank) */
  classes: string[];
  /** classes of globals, lowest rank first (state_class_rank) */
  stateClasses: string[];
  /** the `stats` relation, metric -> value, in metric order */
  stats: Map<string, number>;
  sendSites: SendSite[];
  requests: Request[];
  receiveLoops: Array<{ func: string; comp: string; buffer: string }>;
  dispatch: Dispatch[];
  entries: Map<string, EntryPoint>;
  syscalls: Syscall[];
  /** user-library functions that look like system calls but reach no handler, with why */
  syscallsUnmapped: Array<{ name: string; userFn: string; reason: string }>;
  callEdges: CallEdge[];
  ipcEdges: Array<{ caller: string; site: string; handler: string }>;
  /**
   * every store to a global, by global (global_store), read when first asked: only `explain`
   * needs them (it keeps those an entry reaches), and they are the largest relation read here
   */
  storesByGlobal(): Map<string, Store[]>;
  globalClass: Map<string, string>;
  mtypePolicy: MtypePolicy[];
  /** per send site that makes requests */
  sites: SitePolicy[];
  /** requests from one component to another, with the highest class they carry; then those that may reach any server */
  flows: ComponentFlow[];
}

/** `pm:do_fork:i4` -> `pm`: every id is qualified by its component. */
export function componentOf(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(0, i);
}

/** `pm:do_fork:i4` -> `pm:do_fork`. */
export function functionOf(instr: string): string {
  const parts = instr.split(':');
  return parts.length >= 3 ? parts.slice(0, 2).join(':') : instr;
}

/** Rows grouped by a key: one pass, so that a reader looks a key up instead of scanning. */
export function groupBy<T, V>(rows: readonly T[], key: (r: T) => string, val: (r: T) => V): Map<string, V[]> {
  const m = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(val(r));
    else m.set(k, [val(r)]);
  }
  return m;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const uniqStrings = (xs: readonly string[] | undefined): string[] => [...new Set(xs ?? [])].sort(byText);
const uniqNumbers = (xs: readonly number[] | undefined): number[] => [...new Set(xs ?? [])].sort((a, b) => a - b);
const ranked = (rows: Array<{ class: string; rank: number }>): string[] => [...rows].sort((a, b) => a.rank - b.rank || byText(a.class, b.class)).map((r) => r.class);
/** the only value of a key, when the rules derive one (the policy relations do) */
const single = <T>(m: Map<string, T[]>, k: string): T | undefined => m.get(k)?.[0];

/** The `stats` relation alone, metric -> value in metric order: what the summary of `analyze` prints. */
export function readStats(src: ResultSource): Map<string, number> {
  return new Map(read(src, R.stats).sort((a, b) => byText(a.metric, b.metric)).map((r) => [r.metric, r.value]));
}

/**
 * Stop, naming what is missing, when the rules lack a relation or column that readResults
 * reads; from the declarations alone, no row read.
 */
export function checkResultReads(src: ResultSource): void {
  for (const r of Object.values(R)) {
    const problem = readProblem(src.decl(r.relation), r);
    if (problem) throw new CliError(problem);
  }
}

export function readResults(src: ResultSource): Results {
  const components = uniqStrings(read(src, R.component).map((r) => r.c));
  const stats = readStats(src);
  const sendSites = read(src, R.sendSite);

  const ep = groupBy(read(src, R.requestEndpoint), (r) => r.req, (r) => r.endpoint);
  const dest = groupBy(read(src, R.requestDest), (r) => r.req, (r) => r.c);
  const mt = groupBy(read(src, R.requestMtype), (r) => r.req, (r) => r.mtype);
  const hd = groupBy(read(src, R.requestHandler), (r) => r.req, (r) => r.handler);
  const un = groupBy(read(src, R.requestUnresolved), (r) => r.req, (r) => r.reason);
  const rp = groupBy(read(src, R.requestPolicy), (r) => r.req, (r) => r.class);
  const requests = read(src, R.request).map(({ req, site, origin }): Request => ({
    req, site, origin,
    endpoints: uniqNumbers(ep.get(req)), dests: uniqStrings(dest.get(req)), mtypes: uniqNumbers(mt.get(req)),
    handlers: uniqStrings(hd.get(req)), unresolved: uniqStrings(un.get(req)), cls: single(rp, req),
  }));

  const globalClass = new Map(read(src, R.globalClass).map((r) => [r.g, r.class]));
  const mtypes = groupBy(read(src, R.entryMtype), (r) => r.e, (r) => r.mtype);
  const classes = groupBy(read(src, R.entryClass), (r) => r.e, (r) => r.class);
  const taints = groupBy(read(src, R.entryTaint), (r) => r.e, (r) => r.c);
  const comps = groupBy(read(src, R.entryReachesComponent), (r) => r.e, (r) => r.c);
  const unbounded = groupBy(read(src, R.unboundedOnPath), (r) => r.e, (r) => r.req);
  const mods = groupBy(read(src, R.entryModifies), (r) => r.e, (r): Modification => ({ global: r.g, comp: r.c, cls: globalClass.get(r.g) ?? 'unknown' }));
  const evid = groupBy(read(src, R.recoveryEvidence), (r) => r.e, (r): Modification => ({ global: r.g, comp: r.c, cls: globalClass.get(r.g) ?? 'unknown' }));
  const argStores = groupBy(read(src, R.handlerArgStore), (r) => r.e, (r): Store => ({ store: r.i, func: r.f, global: r.g }));
  const entries = new Map<string, EntryPoint>();
  for (const r of read(src, R.entryPoint)) {
    const prev = entries.get(r.e);
    if (prev) { if (!prev.kind.split('+').includes(r.kind)) prev.kind += '+' + r.kind; continue; }
    entries.set(r.e, {
      entry: r.e, comp: r.c, kind: r.kind, mtypes: uniqNumbers(mtypes.get(r.e)), cls: single(classes, r.e),
      components: uniqStrings(comps.get(r.e)), taints: uniqStrings(taints.get(r.e)), unbounded: uniqStrings(unbounded.get(r.e)),
      modifies: dedupe(mods.get(r.e) ?? [], (m) => m.global + '\0' + m.comp).sort((a, b) => byText(a.global, b.global)),
      evidence: dedupe(evid.get(r.e) ?? [], (m) => m.global + '\0' + m.comp).sort((a, b) => byText(a.global, b.global)),
      argStores: dedupe(argStores.get(r.e) ?? [], (s) => s.store + '\0' + s.global),
    });
  }

  const siteInfo = new Map(sendSites.map((s) => [s.site, s]));
  const siteTaints = groupBy(read(src, R.siteTaint), (r) => r.site, (r) => r.c);
  const siteDests = groupBy(read(src, R.siteDest), (r) => r.site, (r) => r.c);
  const siteMtypes = groupBy(read(src, R.siteMtype), (r) => r.site, (r) => r.mtype);
  const siteReasons = groupBy(read(src, R.siteUnresolvedReason), (r) => r.site, (r) => r.reason);
  const sites = read(src, R.sitePolicy).map(({ site, class: cls }): SitePolicy => ({
    site, component: siteInfo.get(site)?.comp ?? componentOf(site), func: siteInfo.get(site)?.func ?? '', cls,
    dests: uniqStrings(siteDests.get(site)), mtypes: uniqNumbers(siteMtypes.get(site)),
    taints: uniqStrings(siteTaints.get(site)), unresolved: uniqStrings(siteReasons.get(site)),
  })).sort((a, b) => byText(a.site, b.site));

  return {
    components, stats, sendSites, requests, entries, globalClass, sites,
    storesByGlobal: once(() => groupBy(read(src, R.globalStore), (r) => r.g, (r): Store => ({ store: r.i, func: r.f, global: r.g }))),
    classes: ranked(read(src, R.classRank)),
    stateClasses: ranked(read(src, R.stateClassRank)),
    receiveLoops: read(src, R.receiveLoop).map((r) => ({ func: r.fn, comp: r.c, buffer: r.buffer })),
    dispatch: read(src, R.dispatch).map((r) => ({ comp: r.c, mtype: r.mtype, handler: r.handler })),
    syscalls: read(src, R.syscall).map((r) => ({ name: r.name, userFn: r.user_fn, comp: r.comp, handler: r.handler })),
    syscallsUnmapped: read(src, R.syscallUnmapped).map((r) => ({ name: r.name, userFn: r.user_fn, reason: r.reason })),
    callEdges: read(src, R.callEdge),
    ipcEdges: read(src, R.ipcEdge).map((r) => ({ caller: r.origin, site: r.site, handler: r.handler })),
    mtypePolicy: read(src, R.mtypePolicy)
      .map((r) => ({ component: r.c, mtype: r.mtype, handler: r.handler, cls: r.class }))
      .sort((a, b) => byText(a.component, b.component) || a.mtype - b.mtype || byText(a.handler, b.handler)),
    flows: [
      ...read(src, R.componentFlow).map((r) => ({ from: r.from, to: r.to, requests: r.requests, cls: r.class }))
        .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to)),
      ...read(src, R.unboundedFlow).map((r) => ({ from: r.from, requests: r.requests, cls: r.class }))
        .sort((a, b) => byText(a.from, b.from)),
    ],
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/** The rank of a class in the rules' order (class_rank); -1 for a class the rules do not rank. */
export function classRank(res: Results, cls: string | undefined): number {
  return cls === undefined ? -1 : res.classes.indexOf(cls);
}

/** The entry names a user may type for an entry point: `pm:do_fork`, `do_fork`, or a syscall name `fork`. */
export function resolveEntry(res: Results, name: string): string[] {
  if (res.entries.has(name)) return [name];
  const bySyscall = res.syscalls.filter((s) => s.name === name || s.userFn === name).map((s) => s.handler);
  if (bySyscall.length) return [...new Set(bySyscall)];
  return [...res.entries.keys()].filter((e) => e.endsWith(':' + name));
}

/** Modified globals of an entry point, counted per global class. */
export function countByClass(mods: Modification[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const m of mods) c[m.cls] = (c[m.cls] ?? 0) + 1;
  return c;
}
