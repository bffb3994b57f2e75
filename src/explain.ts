// Why an entry point has its recovery class: for each store that made it so, the shortest path
// of calls and IPC edges from the entry to the function holding the store.
import { componentOf, type CallEdge, type EntryPoint, type Results, type Store } from './results.js';

export interface Step { from: string; to: string; kind: string; site?: string }
/** The stores of one function to one global (one path explains them all). */
export interface Because { global: string; comp: string; func: string; stores: string[]; globalClass: string; path: Step[] | undefined }
export interface Explanation { entry: EntryPoint; because: Because[] }

/** The call graph indexed by caller, callees in a fixed order (by name, direct calls before IPC at equal names). */
export function callGraphIndex(edges: CallEdge[]): Map<string, CallEdge[]> {
  const out = new Map<string, CallEdge[]>();
  for (const e of edges) {
    const l = out.get(e.caller);
    if (l) l.push(e);
    else out.set(e.caller, [e]);
  }
  for (const l of out.values()) l.sort((a, b) => (a.callee < b.callee ? -1 : a.callee > b.callee ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return out;
}

/** One breadth-first search from `from`: the edge by which each reachable function was first reached. */
export function firstEdges(graph: Map<string, CallEdge[]>, from: string): Map<string, CallEdge> {
  const prev = new Map<string, CallEdge>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const e of graph.get(f) ?? []) {
        if (seen.has(e.callee)) continue;
        seen.add(e.callee);
        prev.set(e.callee, e);
        next.push(e.callee);
      }
    }
    frontier = next;
  }
  return prev;
}

function pathTo(prev: Map<string, CallEdge>, from: string, to: string): Step[] | undefined {
  if (from === to) return [];
  if (!prev.has(to)) return undefined;
  const steps: Step[] = [];
  for (let cur = to; cur !== from; ) {
    const pe = prev.get(cur)!;
    steps.unshift({ from: pe.caller, to: pe.callee, kind: pe.kind });
    cur = pe.caller;
  }
  return steps;
}

/** Shortest path (fewest edges) from `from` to `to` over the call graph; [] when from === to. */
export function shortestPath(edges: CallEdge[], from: string, to: string): Step[] | undefined {
  return pathTo(firstEdges(callGraphIndex(edges), from), from, to);
}

/** pm:f:i9 before pm:f:i10. */
function byInstr(a: string, b: string): number {
  const n = (s: string): number => Number(/:i(\d+)$/.exec(s)?.[1] ?? NaN);
  return a.slice(0, a.lastIndexOf(':')).localeCompare(b.slice(0, b.lastIndexOf(':'))) || n(a) - n(b) || a.localeCompare(b);
}

export function explainEntry(res: Results, entry: string, graph: Map<string, CallEdge[]> = callGraphIndex(res.callEdges)): Explanation {
  const ep = res.entries.get(entry);
  if (!ep) throw new Error(`no entry point ${entry}`);
  // the IPC site of each caller->handler IPC edge, to show where the message leaves
  const siteOf = new Map(res.ipcEdges.map((e) => [`${e.caller}\0${e.handler}`, e.site]));
  const prev = firstEdges(graph, entry);
  // the stores of the deciding globals in the functions the entry reaches, and those at its calls
  const deciding = new Map(ep.evidence.map((m) => [m.global, m.comp]));
  const reached = (f: string): boolean => f === entry || prev.has(f);
  const groups = new Map<string, Store[]>();
  const add = (s: Store): void => {
    const k = `${s.func}\0${s.global}`;
    const g = groups.get(k);
    if (!g) groups.set(k, [s]);
    else if (!g.some((x) => x.store === s.store)) g.push(s);
  };
  for (const g of deciding.keys()) for (const s of res.storesByGlobal().get(g) ?? []) if (reached(s.func)) add(s);
  for (const s of ep.argStores) if (deciding.has(s.global)) add(s);
  const because = [...groups.values()].map((evs): Because => {
    const { func, global } = evs[0]!;
    const comp = deciding.get(global)!;
    const path = pathTo(prev, entry, func);
    for (const st of path ?? []) if (st.kind === 'ipc') st.site = siteOf.get(`${st.from}\0${st.to}`);
    return { global, comp, func, stores: evs.map((e) => e.store).sort(byInstr), globalClass: res.globalClass.get(global) ?? 'unknown', path };
  });
  // nearest first: the entry's own stores, then deeper ones
  because.sort((a, b) => (a.path?.length ?? Infinity) - (b.path?.length ?? Infinity) || a.func.localeCompare(b.func) || a.global.localeCompare(b.global));
  return { entry: ep, because };
}

/** Steps grouped in runs that stay inside one component; an IPC edge starts a new run. */
export function byComponent(path: Step[], start: string): Array<{ comp: string; steps: Step[] }> {
  const runs: Array<{ comp: string; steps: Step[] }> = [{ comp: componentOf(start), steps: [] }];
  for (const st of path) {
    const comp = componentOf(st.to);
    if (st.kind === 'ipc' || comp !== runs[runs.length - 1].comp) runs.push({ comp, steps: [st] });
    else runs[runs.length - 1].steps.push(st);
  }
  return runs.filter((r, i) => i === 0 || r.steps.length);
}

export function renderExplanation(x: Explanation): string {
  const ep = x.entry;
  const out: string[] = [];
  out.push(`${ep.entry} (${ep.kind} of ${ep.comp}${ep.mtypes.length ? `, m_type ${ep.mtypes.join(', ')}` : ''}): recovery class ${ep.cls ?? 'unknown'}`);
  if (ep.components.length) out.push(`reaches components: ${ep.components.join(', ')}`);
  // unbounded_on_path (classify.dl): such a request may reach any server, so the entry is global whatever it stores
  for (const req of ep.unbounded) out.push(`a request on its path has an endpoint that could not be bounded, so it may reach any server: ${req}`);
  if (!x.because.length) {
    if (ep.unbounded.length) return out.join('\n') + '\n';
    out.push(ep.modifies.length
      ? `no store forces a stronger class; it modifies only: ${ep.modifies.map((m) => `${m.global} (${m.cls})`).join(', ')}`
      : 'it modifies no global state reachable from it: no store forces a stronger class');
    return out.join('\n') + '\n';
  }
  x.because.forEach((b, i) => {
    const stores = b.stores.length === 1 ? `store ${b.stores[0]}` : `${b.stores.length} stores (${b.stores.join(', ')})`;
    out.push('', `${i + 1}. ${b.global} (${b.globalClass}) written in ${b.func} [${b.comp}] by ${stores}`);
    if (!b.path) { out.push('   (no call path found from the entry to this function)'); return; }
    if (!b.path.length) { out.push('   in the entry point itself'); return; }
    for (const run of byComponent(b.path, ep.entry)) {
      const head = run.steps[0];
      if (!head) continue;
      if (head.kind === 'ipc') {
        out.push(`   ${componentOf(head.from)} => ${run.comp}: IPC ${head.from} => ${head.to}${head.site ? ` (send at ${head.site})` : ''}`);
        for (const st of run.steps.slice(1)) out.push(`      ${st.from} -> ${st.to}${st.kind !== 'direct' ? ` (${st.kind})` : ''}`);
      } else {
        out.push(`   in ${run.comp}:`);
        for (const st of run.steps) out.push(`      ${st.from} -> ${st.to}${st.kind !== 'direct' ? ` (${st.kind})` : ''}`);
      }
    }
  });
  return out.join('\n') + '\n';
}
