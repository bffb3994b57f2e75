// The report: statistics, the whole system as a picture, the system-call table (the shape of
// the research work's Table 4, one row per system call and entry point, the call chains
// behind a click), every entry point, unresolved send sites with reasons, and each system
// call's component graph — as one self-contained HTML page (tables sorted and filtered by a
// small inline script) or as Markdown. Every class is the rules' (rules/policy.dl).
import { countByClass, groupBy, type ComponentFlow, type Results } from './results.js';
import { componentSummary, entryGraph, toDot } from './graph.js';
import { metricRows, type MetricRow } from './metrics.js';

export interface SyscallRow {
  syscall: string; entry: string; components: string[];
  modified: Record<string, number>; cls: string;
  /** the requests (one per call chain) by which the system call reaches the entry point */
  chains: string[];
}
export interface EntryRow { entry: string; comp: string; kind: string; mtypes: number[]; cls: string; components: string[]; taints: string[] }
export interface UnresolvedRow { site: string; func: string; comp: string; reasons: string[] }
export interface EntryGraphInfo { entry: string; summary: string[]; dot: string; svg?: string }

export interface ReportModel {
  system: string;
  generated: string;
  /** recovery classes and classes of globals, lowest rank first (the rules' order) */
  classes: string[];
  stateClasses: string[];
  stats: MetricRow[];
  overview: Array<[string, string]>;
  syscalls: SyscallRow[];
  entries: EntryRow[];
  unmapped: Array<{ name: string; userFn: string; reason: string }>;
  unresolved: UnresolvedRow[];
  /** requests between components, and the picture of them: components as nodes, flows as edges */
  flows: ComponentFlow[];
  systemGraph: { dot: string; svg?: string };
  graphs: EntryGraphInfo[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Colours of the recovery classes by rank; a class the palette does not reach is grey. */
const PALETTE = ['#1e8449', '#b9770e', '#a93226'];
export function classColour(classes: string[], cls: string): string {
  const r = classes.indexOf(cls);
  if (r < 0) return '#7f8c8d';
  // the highest rank is always red, the lowest always green
  const i = classes.length <= 1 ? 0 : Math.round((r / (classes.length - 1)) * (PALETTE.length - 1));
  return PALETTE[i]!;
}

const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The whole system: a node per component, an edge per (from, to) with requests, weighted and
 * coloured by class. Laid out by SYSTEM_LAYOUT: a spring model suits a network of servers that
 * all talk to each other, where dot's layers take seconds for a few hundred edges.
 */
export const SYSTEM_LAYOUT = 'neato';
export function systemDot(res: Results): string {
  const out = ['digraph system {', '  overlap=false; splines=true; sep="+12";', '  node [shape=box, style="rounded", fontname="Helvetica", fontsize=11];', '  edge [fontname="Helvetica", fontsize=9];'];
  const used = new Set(res.flows.flatMap((f) => (f.to === undefined ? [f.from] : [f.from, f.to])));
  for (const c of res.components) if (used.has(c)) out.push(`  ${q(c)};`);
  // requests that may reach any server go to one node of their own, drawn dashed
  const ANY = 'any server';
  if (res.flows.some((f) => f.to === undefined)) out.push(`  ${q(ANY)} [shape=ellipse, style=dashed, fontcolor="#555555"];`);
  const most = Math.max(1, ...res.flows.map((f) => f.requests));
  for (const f of res.flows) {
    const width = (1 + 4 * Math.log2(1 + f.requests) / Math.log2(1 + most)).toFixed(1);
    const colour = classColour(res.classes, f.cls);
    const label = `${f.requests} request${f.requests === 1 ? '' : 's'}${f.to === undefined ? ' that may reach any server' : ''}, ${f.cls}`;
    out.push(`  ${q(f.from)} -> ${q(f.to ?? ANY)} [penwidth=${width}, color=${q(colour)}, fontcolor=${q(colour)}, label=${q(String(f.requests))}, tooltip=${q(label)}${f.to === undefined ? ', style=dashed' : ''}];`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}

export function buildReport(res: Results, opts: { system: string; generated?: string; overview?: Array<[string, string]> }): ReportModel {
  // the call chains of each system call: its user functions' requests that reach the handler
  const requestsByOrigin = groupBy(res.requests, (r) => r.origin, (r) => r);
  const pairs = new Map<string, SyscallRow>();
  for (const s of res.syscalls) {
    const key = `${s.name}\0${s.handler}`;
    let row = pairs.get(key);
    if (!row) {
      const ep = res.entries.get(s.handler);
      row = { syscall: s.name, entry: s.handler, components: ep?.components ?? [], modified: countByClass(ep?.modifies ?? []), cls: ep?.cls ?? 'unknown', chains: [] };
      pairs.set(key, row);
    }
    for (const r of requestsByOrigin.get(s.userFn) ?? []) if (r.handlers.includes(s.handler)) row.chains.push(r.req);
  }
  const syscalls = [...pairs.values()]
    .map((r) => ({ ...r, chains: [...new Set(r.chains)].sort(byText) }))
    .sort((a, b) => byText(a.syscall, b.syscall) || byText(a.entry, b.entry));

  const entries = [...res.entries.values()]
    .map((e): EntryRow => ({ entry: e.entry, comp: e.comp, kind: e.kind, mtypes: e.mtypes, cls: e.cls ?? 'unknown', components: e.components, taints: e.taints }))
    .sort((a, b) => byText(a.entry, b.entry));

  const graphEntries = [...new Set(syscalls.map((s) => s.entry).filter((e) => res.entries.has(e)))];
  const graphs = graphEntries.map((entry) => {
    const g = entryGraph(res, entry);
    return { entry, summary: componentSummary(g), dot: toDot(g, 'component') };
  });

  return {
    system: opts.system,
    generated: opts.generated ?? new Date().toISOString(),
    classes: res.classes,
    stateClasses: res.stateClasses,
    stats: metricRows(res.stats),
    overview: opts.overview ?? [],
    syscalls,
    entries,
    unmapped: [...res.syscallsUnmapped].sort((a, b) => byText(a.name, b.name) || byText(a.userFn, b.userFn)),
    unresolved: res.sites.filter((s) => s.unresolved.length)
      .map((s) => ({ site: s.site, func: s.func, comp: s.component, reasons: s.unresolved })),
    flows: res.flows,
    systemGraph: { dot: systemDot(res) },
    graphs,
  };
}

const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlTable(id: string, head: string[], rows: Array<Array<string | number>>, numericCols: number[] = []): string {
  if (!rows.length) return `<p class="empty" id="${id}">none</p>`;
  const thead = head.some(Boolean) ? `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>\n` : '';
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td${numericCols.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table id="${id}">${thead}<tbody>\n${tr}\n</tbody></table>`;
}

const modifiedText = (stateClasses: string[], m: Record<string, number>): string => {
  const known = stateClasses.map((c) => `${c} ${m[c] ?? 0}`);
  const other = Object.keys(m).filter((c) => !stateClasses.includes(c)).sort().map((c) => `${c} ${m[c]}`);
  return [...known, ...other].join(', ');
};

/** A cell: its text, how it sorts (data-sort) and, for a filter column, its values (data-values). */
interface Cell { html: string; sort?: string | number; num?: boolean }
interface Column { head: string; filter?: string; num?: boolean }

/**
 * A table the inline script sorts (a click on a header) and filters (the selects above it:
 * a row shows when each chosen value is among the row's values for that filter).
 */
function interactiveTable(id: string, cols: Column[], rows: Array<{ cells: Cell[]; filters: Record<string, string[]> }>): string {
  if (!rows.length) return `<p class="empty" id="${id}">none</p>`;
  const filterNames = cols.filter((c) => c.filter).map((c) => c.filter!);
  const selects = filterNames.map((f) => {
    const values = [...new Set(rows.flatMap((r) => r.filters[f] ?? []))].sort(byText);
    return `<label>${esc(f)} <select data-filter="${esc(f)}"><option value="">(any)</option>${values.map((v) => `<option>${esc(v)}</option>`).join('')}</select></label>`;
  }).join(' ');
  const head = cols.map((c, i) => `<th data-col="${i}"${c.num ? ' data-num="1"' : ''} title="click to sort">${esc(c.head)}</th>`).join('');
  const body = rows.map((r) => {
    const data = filterNames.map((f) => ` data-f-${f}="${esc((r.filters[f] ?? []).join(' '))}"`).join('');
    return `<tr${data}>${r.cells.map((c) => `<td${c.sort !== undefined ? ` data-sort="${esc(c.sort)}"` : ''}${c.num ? ' class="num"' : ''}>${c.html}</td>`).join('')}</tr>`;
  }).join('\n');
  return `<div class="filters" data-for="${id}">${selects} <span class="shown"></span></div>
<table id="${id}" class="interactive"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}

const clsCell = (classes: string[], cls: string): Cell => ({ html: `<span class="cls" style="color:${classColour(classes, cls)}">${esc(cls)}</span>`, sort: classes.indexOf(cls) });

// Sorting and filtering, inline: the page must work from a file, with no other resource.
const SCRIPT = `(function () {
  function cellKey(td, num) { var v = td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent; return num ? Number(v) : v; }
  document.querySelectorAll('table.interactive').forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll('th').forEach(function (th) {
      th.addEventListener('click', function () {
        var col = Number(th.getAttribute('data-col')), num = th.hasAttribute('data-num');
        var dir = th.getAttribute('data-dir') === 'asc' ? 'desc' : 'asc';
        table.querySelectorAll('th').forEach(function (o) { o.removeAttribute('data-dir'); });
        th.setAttribute('data-dir', dir);
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellKey(a.cells[col], num), y = cellKey(b.cells[col], num);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return dir === 'asc' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var bar = document.querySelector('.filters[data-for="' + table.id + '"]');
    if (!bar) return;
    var shown = bar.querySelector('.shown');
    function apply() {
      var chosen = Array.prototype.map.call(bar.querySelectorAll('select'), function (s) { return [s.getAttribute('data-filter'), s.value]; });
      var n = 0;
      Array.prototype.forEach.call(body.rows, function (r) {
        var ok = chosen.every(function (f) { return !f[1] || (r.getAttribute('data-f-' + f[0]) || '').split(' ').indexOf(f[1]) >= 0; });
        r.hidden = !ok;
        if (ok) n++;
      });
      shown.textContent = n + ' of ' + body.rows.length + ' rows';
    }
    bar.querySelectorAll('select').forEach(function (s) { s.addEventListener('change', apply); });
    apply();
  });
})();`;

/** One HTML page with no external resources: inline CSS and script, the SVGs inlined. */
export function renderHtml(m: ReportModel): string {
  const css = `body{font-family:system-ui,sans-serif;margin:2em auto;max-width:80em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f2f2f2}table.interactive th{cursor:pointer}th[data-dir=asc]::after{content:" \\25B2"}th[data-dir=desc]::after{content:" \\25BC"}
td.num{text-align:right}.cls{font-weight:bold}.filters{margin-top:1em}.filters label{margin-right:1em}.shown{color:#666}
details summary{cursor:pointer}details ul{margin:.3em 0;padding-left:1.2em;font-family:monospace;font-size:90%}
figure{display:inline-block;margin:1em;vertical-align:top}figcaption{font-family:monospace}code{background:#f6f6f6;padding:0 .2em}
.legend span{margin-right:1.5em;font-weight:bold}`;
  const list = (xs: string[]): string => esc(xs.join(', '));
  const sysTable = interactiveTable('syscalls',
    [{ head: 'system call' }, { head: 'entry point', filter: 'component' }, { head: 'components reached', filter: 'reached' },
      { head: 'modified globals by class' }, { head: 'recovery class', filter: 'class' }, { head: 'call chains', num: true }],
    m.syscalls.map((s) => ({
      cells: [
        { html: esc(s.syscall) }, { html: `<code>${esc(s.entry)}</code>` }, { html: list(s.components) },
        { html: esc(modifiedText(m.stateClasses, s.modified)) }, clsCell(m.classes, s.cls),
        { html: `<details><summary>${s.chains.length}</summary><ul>${s.chains.map((c) => `<li>${esc(c)} &rArr; ${esc(s.entry)}</li>`).join('')}</ul></details>`, sort: s.chains.length, num: true },
      ],
      filters: { component: [s.entry.split(':')[0]!], reached: s.components, class: [s.cls] },
    })));
  const entryTable = interactiveTable('entries',
    [{ head: 'entry point' }, { head: 'component', filter: 'component' }, { head: 'kind' }, { head: 'm_type' },
      { head: 'recovery class', filter: 'class' }, { head: 'components reached', filter: 'reached' }, { head: 'state modified in' }],
    m.entries.map((e) => ({
      cells: [
        { html: `<code>${esc(e.entry)}</code>` }, { html: esc(e.comp) }, { html: esc(e.kind) },
        { html: esc(e.mtypes.join(', ')), sort: e.mtypes[0] ?? -1 }, clsCell(m.classes, e.cls), { html: list(e.components) }, { html: list(e.taints) },
      ],
      filters: { component: [e.comp], class: [e.cls], reached: e.components },
    })));
  const legend = `<p class="legend">${m.classes.map((c) => `<span style="color:${classColour(m.classes, c)}">${esc(c)}</span>`).join('')} (edge colour: the highest class of the requests it carries; width and label: how many requests; dashed, to "any server": requests whose endpoint could not be bounded)</p>`;
  const graphs = m.graphs.map((g) => `<figure class="entry-graph" data-entry="${esc(g.entry)}">${g.svg ?? `<pre>${esc(g.dot)}</pre>`}
<figcaption>${esc(g.entry)}: ${esc(g.summary.join('; ') || 'stays in its component')}</figcaption></figure>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>fuselog report: ${esc(m.system)}</title>
<style>${css}</style></head><body>
<h1>fuselog report: ${esc(m.system)}</h1>
<p>Generated ${esc(m.generated)}.</p>
${m.overview.length ? htmlTable('overview', ['', ''], m.overview) : ''}
<h2>Statistics</h2>
${statsTable(m.stats, (head, rows) => htmlTable('stats', head, rows, [2]))}
<h2>The system</h2>
<div id="system-graph">${m.systemGraph.svg ?? `<pre>${esc(m.systemGraph.dot)}</pre>`}</div>
${legend}
<h2>System calls</h2>
${sysTable}
${m.unmapped.length ? `<h3>System calls not mapped to a handler</h3>\n${htmlTable('unmapped', ['system call', 'library function', 'reason'], m.unmapped.map((u) => [u.name, u.userFn, u.reason]))}` : ''}
<h2>Entry points</h2>
${entryTable}
<h2>Unresolved send sites</h2>
${htmlTable('unresolved', ['send site', 'function', 'component', 'reasons'], m.unresolved.map((u) => [u.site, u.func, u.comp, u.reasons.join('; ')]))}
<h2>Component graphs</h2>
<div id="graphs">
${graphs || '<p class="empty">none</p>'}
</div>
<script>${SCRIPT}</script>
</body></html>
`;
}

/** The stats rows, with the research work's MINIX figure beside ours where the label table has one. */
function statsTable(stats: MetricRow[], table: (head: string[], rows: Array<Array<string | number>>) => string): string {
  const minix = stats.some((s) => s.minix !== undefined);
  const row = (s: MetricRow): Array<string | number> => [s.metric, s.depth ? `  ${s.label}` : s.label, s.value, ...(minix ? [s.minix ?? ''] : [])];
  return table(['metric', 'description', 'value', ...(minix ? ['MINIX 3 (research work)'] : [])], stats.map(row));
}

const mdCell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
function mdTable(head: string[], rows: Array<Array<string | number>>): string {
  if (!rows.length) return '_none_\n';
  return [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}

export function renderMarkdown(m: ReportModel): string {
  const parts = [`# fuselog report: ${m.system}`, '', `Generated ${m.generated}.`, ''];
  if (m.overview.length) parts.push(mdTable(['analysis', ''], m.overview));
  parts.push('## Statistics', '', statsTable(m.stats, mdTable));
  parts.push('## Requests between components', '', mdTable(['from', 'to', 'requests', 'highest class'], m.flows.map((f) => [f.from, f.to ?? '(any server)', f.requests, f.cls])));
  parts.push('## System calls', '', mdTable(['system call', 'entry point', 'components reached', 'modified globals by class', 'recovery class', 'call chains'],
    m.syscalls.map((s) => [s.syscall, `\`${s.entry}\``, s.components.join(', '), modifiedText(m.stateClasses, s.modified), s.cls, s.chains.length])));
  if (m.unmapped.length) parts.push('### System calls not mapped to a handler', '', mdTable(['system call', 'library function', 'reason'], m.unmapped.map((u) => [u.name, u.userFn, u.reason])));
  parts.push('## Entry points', '', mdTable(['entry point', 'component', 'kind', 'm_type', 'recovery class', 'components reached', 'state modified in'],
    m.entries.map((e) => [`\`${e.entry}\``, e.comp, e.kind, e.mtypes.join(', '), e.cls, e.components.join(', '), e.taints.join(', ')])));
  parts.push('## Unresolved send sites', '', mdTable(['send site', 'function', 'component', 'reasons'],
    m.unresolved.map((u) => [`\`${u.site}\``, u.func, u.comp, u.reasons.join('; ')])));
  parts.push('## Component graphs', '');
  for (const g of m.graphs) parts.push(`- \`${g.entry}\`: ${g.summary.join('; ') || 'stays in its component'}`);
  if (!m.graphs.length) parts.push('_none_');
  return parts.join('\n') + '\n';
}
