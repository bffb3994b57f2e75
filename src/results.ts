// The analysis results as plain data: read once from the derived relations (names as in
// rules/*.dl), then handed to the pure renderers (summary, explain, graph, report, policy).
import type { Row } from './backend.js';

/** Where results come from: an engine database, or tables in memory (tests). */
export interface ResultSource {
  has(rel: string): boolean;
  rows(rel: string): Row[];
}

export function tableSource(tables: Map<string, Row[]> | Record<string, Row[]>): ResultSource {
  const m = tables instanceof Map ? tables : new Map(Object.entries(tables));
  return { has: (r) => m.has(r), rows: (r) => m.get(r) ?? [] };
}

export type RecoveryClass = 'idempotent' | 'process-local' | 'global';
export const RECOVERY_CLASSES: readonly RecoveryClass[] = ['idempotent', 'process-local', 'global'];
export type GlobalClass = 'request-local' | 'process-local' | 'global';
export const GLOBAL_CLASSES: readonly GlobalClass[] = ['request-local', 'process-local', 'global'];

export interface SendSite { site: string; comp: string; func: string; primitive: string; mode: string }
export interface Request {
  req: string; site: string; origin: string;
  endpoints: number[]; dests: string[]; mtypes: number[]; handlers: string[];
  unresolved: string[]; cls?: string;
}
export interface Modification { global: string; comp: string; cls: string }
export interface Evidence { store: string; global: string; comp: string; func: string }
export interface EntryPoint {
  entry: string; comp: string; kind: string; mtypes: number[]; cls?: string;
  components: string[]; modifies: Modification[]; evidence: Evidence[];
}
export interface Syscall { name: string; userFn: string; comp: string; handler: string }
export interface CallEdge { caller: string; callee: string; kind: string }
export interface Dispatch { comp: string; mtype: number; handler: string }

export interface Results {
  components: string[];
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
  reaches: Map<string, Set<string>>;
  globalClass: Map<string, string>;
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

function groupBy<T>(rows: Row[], key: (r: Row) => string, val: (r: Row) => T): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(val(r));
  }
  return m;
}

const uniqSorted = <T extends string | number>(xs: T[]): T[] =>
  [...new Set(xs)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));

export function readResults(src: ResultSource): Results {
  const get = (rel: string): Row[] => (src.has(rel) ? src.rows(rel) : []);
  const s = (v: unknown): string => String(v);
  const n = (v: unknown): number => Number(v);

  const components = uniqSorted(get('component').map((r) => s(r[0])));
  const stats = new Map(get('stats').map((r) => [s(r[0]), n(r[1])] as [string, number]));
  const sendSites = get('send_site').map((r) => ({ site: s(r[0]), comp: s(r[1]), func: s(r[2]), primitive: s(r[3]), mode: s(r[4]) }));

  const byReq = (rel: string) => groupBy(get(rel), (r) => s(r[0]), (r) => r[1]);
  const ep = byReq('request_endpoint'), dest = byReq('request_dest'), mt = byReq('request_mtype');
  const hd = byReq('request_handler'), un = byReq('request_unresolved'), rc = byReq('request_class');
  const requests = get('request').map((r): Request => {
    const req = s(r[0]);
    return {
      req, site: s(r[1]), origin: s(r[2]),
      endpoints: uniqSorted((ep.get(req) ?? []).map(n)), dests: uniqSorted((dest.get(req) ?? []).map(s)),
      mtypes: uniqSorted((mt.get(req) ?? []).map(n)), handlers: uniqSorted((hd.get(req) ?? []).map(s)),
      unresolved: uniqSorted((un.get(req) ?? []).map(s)), cls: worstClass((rc.get(req) ?? []).map(s)),
    };
  });

  const globalClass = new Map(get('global_class').map((r) => [s(r[0]), s(r[1])] as [string, string]));
  const mtypes = groupBy(get('entry_mtype'), (r) => s(r[0]), (r) => n(r[1]));
  const classes = groupBy(get('recovery_class'), (r) => s(r[0]), (r) => s(r[1]));
  const comps = groupBy(get('entry_reaches_component'), (r) => s(r[0]), (r) => s(r[1]));
  const mods = groupBy(get('entry_modifies'), (r) => s(r[0]), (r): Modification => ({
    global: s(r[1]), comp: s(r[2]), cls: globalClass.get(s(r[1])) ?? 'unknown',
  }));
  const evid = groupBy(get('recovery_evidence'), (r) => s(r[0]), (r): Evidence => ({
    store: s(r[1]), global: s(r[2]), comp: s(r[3]), func: s(r[4]),
  }));
  const entries = new Map<string, EntryPoint>();
  for (const r of get('entry_point')) {
    const entry = s(r[0]);
    const prev = entries.get(entry);
    if (prev) { if (!prev.kind.split('+').includes(s(r[2]))) prev.kind += '+' + s(r[2]); continue; }
    entries.set(entry, {
      entry, comp: s(r[1]), kind: s(r[2]), mtypes: uniqSorted(mtypes.get(entry) ?? []),
      cls: worstClass(classes.get(entry) ?? []), components: uniqSorted(comps.get(entry) ?? []),
      modifies: dedupe(mods.get(entry) ?? [], (m) => m.global + '\0' + m.comp).sort((a, b) => a.global.localeCompare(b.global)),
      evidence: dedupe(evid.get(entry) ?? [], (e) => e.store + '\0' + e.global).sort((a, b) => a.global.localeCompare(b.global) || a.store.localeCompare(b.store)),
    });
  }

  const reaches = new Map<string, Set<string>>();
  for (const r of get('reaches')) {
    const e = s(r[0]);
    let set = reaches.get(e);
    if (!set) reaches.set(e, (set = new Set()));
    set.add(s(r[1]));
  }

  return {
    components, stats, sendSites, requests, entries, globalClass, reaches,
    receiveLoops: get('receive_loop').map((r) => ({ func: s(r[0]), comp: s(r[1]), buffer: s(r[2]) })),
    dispatch: get('dispatch').map((r) => ({ comp: s(r[0]), mtype: n(r[1]), handler: s(r[2]) })),
    syscalls: get('syscall').map((r) => ({ name: s(r[0]), userFn: s(r[1]), comp: s(r[2]), handler: s(r[3]) })),
    syscallsUnmapped: get('syscall_unmapped').map((r) => ({ name: s(r[0]), userFn: s(r[1]), reason: s(r[2]) })),
    callEdges: get('call_edge').map((r) => ({ caller: s(r[0]), callee: s(r[1]), kind: s(r[2]) })),
    ipcEdges: get('ipc_edge').map((r) => ({ caller: s(r[0]), site: s(r[1]), handler: s(r[2]) })),
  };
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/** Rules may derive several classes for one entry; the most severe one is what recovery must assume. */
export function worstClass(classes: string[]): string | undefined {
  let best: string | undefined;
  let rank = -1;
  for (const c of classes) {
    const r = RECOVERY_CLASSES.indexOf(c as RecoveryClass);
    const rr = r < 0 ? RECOVERY_CLASSES.length : r; // an unknown class is kept, as the most severe
    if (rr > rank) { rank = rr; best = c; }
  }
  return best;
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
