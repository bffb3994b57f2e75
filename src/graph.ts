// The call graph reachable from an entry point, as Graphviz DOT: functions grouped in one cluster
// per component, IPC edges bold and dashed; or the component-level summary ("pm -> vm, vfs").
import { callGraphIndex, firstEdges } from './explain.js';
import { componentOf, type CallEdge, type Results } from './results.js';

export type GraphLevel = 'component' | 'function';

export interface EntryGraph { entry: string; nodes: string[]; edges: CallEdge[] }

/** Functions reachable from the entry over call_edge (what `reaches` holds), and the call edges among them. */
export function entryGraph(res: Results, entry: string): EntryGraph {
  const nodes = new Set([entry, ...firstEdges(callGraphIndex(res.callEdges), entry).keys()]);
  const edges = res.callEdges
    .filter((e) => nodes.has(e.caller) && nodes.has(e.callee))
    .sort((a, b) => a.caller.localeCompare(b.caller) || a.callee.localeCompare(b.callee) || a.kind.localeCompare(b.kind));
  return { entry, nodes: [...nodes].sort(), edges };
}

/** Component-level edges: which component sends to which, from the IPC edges of the entry's graph. */
export function componentEdges(g: EntryGraph): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const e of g.edges) {
    const a = componentOf(e.caller), b = componentOf(e.callee);
    if (a === b) continue;
    let s = m.get(a);
    if (!s) m.set(a, (s = new Set()));
    s.add(b);
  }
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}

/** "pm -> vm, vfs" lines, one per component that sends. */
export function componentSummary(g: EntryGraph): string[] {
  return [...componentEdges(g)].map(([from, tos]) => `${from} -> ${tos.join(', ')}`);
}

const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function toDot(g: EntryGraph, level: GraphLevel): string {
  const out = [`digraph ${q(g.entry)} {`, '  rankdir=LR;', '  node [shape=box, fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  const entryComp = componentOf(g.entry);
  if (level === 'component') {
    const comps = new Set(g.nodes.map(componentOf));
    for (const c of [...comps].sort()) out.push(`  ${q(c)} [shape=component${c === entryComp ? ', style=bold' : ''}];`);
    for (const [from, tos] of componentEdges(g)) for (const to of tos) out.push(`  ${q(from)} -> ${q(to)} [style=dashed, penwidth=2, color="#c0392b", label="IPC"];`);
  } else {
    const byComp = new Map<string, string[]>();
    for (const n of g.nodes) {
      const c = componentOf(n);
      let l = byComp.get(c);
      if (!l) byComp.set(c, (l = []));
      l.push(n);
    }
    let i = 0;
    for (const [c, fns] of [...byComp].sort(([a], [b]) => a.localeCompare(b))) {
      out.push(`  subgraph ${q('cluster_' + i++)} {`, `    label=${q(c)};`, '    style=rounded; color="#7f8c8d";');
      for (const f of fns) {
        const label = f.slice(c.length + 1) || f;
        out.push(`    ${q(f)} [label=${q(label)}${f === g.entry ? ', style="bold,filled", fillcolor="#f9e79f"' : ''}];`);
      }
      out.push('  }');
    }
    for (const e of g.edges) {
      const attrs = e.kind === 'ipc' ? ' [style=dashed, penwidth=2, color="#c0392b", label="IPC"]'
        : e.kind === 'indirect' ? ' [style=dotted]' : '';
      out.push(`  ${q(e.caller)} -> ${q(e.callee)}${attrs};`);
    }
  }
  out.push('}');
  return out.join('\n') + '\n';
}

let graphviz: Promise<{ layout(src: string, format: 'svg', engine: LayoutEngine): string }> | undefined;

/** Graphviz layout programs: dot draws layers (call graphs), neato a spring model (networks). */
export type LayoutEngine = 'dot' | 'neato';

/** SVG from DOT, rendered in-process by a WebAssembly Graphviz (no system Graphviz needed). */
export async function renderSvg(dot: string, engine: LayoutEngine = 'dot'): Promise<string> {
  graphviz ??= import('@hpcc-js/wasm-graphviz').then((m) => m.Graphviz.load());
  return (await graphviz).layout(dot, 'svg', engine);
}
