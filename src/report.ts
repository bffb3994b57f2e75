// The report: statistics, the system-call table (the shape of the research work's Table 4),
// unresolved send sites with reasons, and each entry's component graph — as one self-contained
// HTML page or as Markdown.
import { countByClass, GLOBAL_CLASSES, type Results } from './results.js';
import { componentSummary, entryGraph, toDot } from './graph.js';

export const STAT_LABELS: Record<string, string> = {
  send_callers: 'functions calling a send primitive',
  send_sites: 'send sites',
  send_sites_const_endpoint: 'send sites with a constant endpoint',
  send_sites_exact_dest: 'send sites with exactly one destination',
  send_sites_multi_dest: 'send sites with several destinations',
  send_sites_unresolved: 'send sites left unresolved',
  send_sites_mtype_found: 'send sites whose m_type was found',
  receive_loops: 'receive loops',
  servers_with_receive_loop: 'servers with a receive loop',
  syscalls_mapped: 'system calls mapped to a handler',
  entry_points: 'entry points',
  entries_idempotent: 'entry points that are idempotent',
  entries_process_local: 'entry points that are process-local',
  entries_global: 'entry points that are global',
};

export function statLabel(metric: string): string {
  if (STAT_LABELS[metric]) return STAT_LABELS[metric];
  const base = metric.replace(/_resolved_requests$/, '');
  if (base !== metric && STAT_LABELS[base]) return `${STAT_LABELS[base]} (resolved requests)`;
  return metric.replace(/_/g, ' ');
}

export interface SyscallRow {
  syscall: string; entry: string; components: string[];
  modified: Record<string, number>; cls: string;
}
export interface UnresolvedRow { site: string; func: string; comp: string; reasons: string[] }
export interface EntryGraphInfo { entry: string; summary: string[]; dot: string; svg?: string }

export interface ReportModel {
  system: string;
  generated: string;
  stats: Array<[string, string, number]>; // metric, label, value
  overview: Array<[string, string]>;
  syscalls: SyscallRow[];
  unmapped: Array<{ name: string; userFn: string; reason: string }>;
  unresolved: UnresolvedRow[];
  graphs: EntryGraphInfo[];
}

export function buildReport(res: Results, opts: { system: string; generated?: string; overview?: Array<[string, string]> }): ReportModel {
  const syscalls: SyscallRow[] = res.syscalls
    .map((s) => {
      const ep = res.entries.get(s.handler);
      return {
        syscall: s.name, entry: s.handler, components: ep?.components ?? [],
        modified: countByClass(ep?.modifies ?? []), cls: ep?.cls ?? 'unknown',
      };
    })
    .sort((a, b) => a.syscall.localeCompare(b.syscall) || a.entry.localeCompare(b.entry));

  const siteInfo = new Map(res.sendSites.map((s) => [s.site, s]));
  const unresolvedBySite = new Map<string, UnresolvedRow>();
  for (const r of res.requests) {
    if (!r.unresolved.length) continue;
    const ss = siteInfo.get(r.site);
    let u = unresolvedBySite.get(r.site);
    if (!u) unresolvedBySite.set(r.site, (u = { site: r.site, func: ss?.func ?? '', comp: ss?.comp ?? '', reasons: [] }));
    u.reasons = [...new Set([...u.reasons, ...r.unresolved])].sort();
  }

  const graphEntries = [...new Set(syscalls.map((s) => s.entry).filter((e) => res.entries.has(e)))];
  const graphs = graphEntries.map((entry) => {
    const g = entryGraph(res, entry);
    return { entry, summary: componentSummary(g), dot: toDot(g, 'component') };
  });

  return {
    system: opts.system,
    generated: opts.generated ?? new Date().toISOString(),
    stats: [...res.stats].sort(([a], [b]) => a.localeCompare(b)).map(([m, v]) => [m, statLabel(m), v]),
    overview: opts.overview ?? [],
    syscalls,
    unmapped: [...res.syscallsUnmapped].sort((a, b) => a.name.localeCompare(b.name)),
    unresolved: [...unresolvedBySite.values()].sort((a, b) => a.site.localeCompare(b.site)),
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

const modifiedText = (m: Record<string, number>): string =>
  GLOBAL_CLASSES.map((c) => `${c} ${m[c] ?? 0}`).join(', ') + (m.unknown ? `, unknown ${m.unknown}` : '');

/** One HTML page with no external resources: inline CSS, the SVGs inlined. */
export function renderHtml(m: ReportModel): string {
  const css = `body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right}.cls-global{color:#a93226;font-weight:bold}.cls-process-local{color:#b9770e}
.cls-idempotent{color:#1e8449}figure{display:inline-block;margin:1em;vertical-align:top}figcaption{font-family:monospace}
code{background:#f6f6f6;padding:0 .2em}`;
  const sys = m.syscalls.map((s) => [s.syscall, s.entry, s.components.join(', '), modifiedText(s.modified), s.cls]);
  const sysTable = m.syscalls.length
    ? `<table id="syscalls"><thead><tr><th>system call</th><th>entry point</th><th>components reached</th><th>modified globals by class</th><th>recovery class</th></tr></thead>\n<tbody>\n${
      sys.map((r) => `<tr>${r.slice(0, 4).map((c) => `<td>${esc(c)}</td>`).join('')}<td class="cls-${esc(r[4])}">${esc(r[4])}</td></tr>`).join('\n')
    }\n</tbody></table>`
    : '<p class="empty" id="syscalls">none</p>';
  const graphs = m.graphs.map((g) => `<figure class="entry-graph" data-entry="${esc(g.entry)}">${g.svg ?? `<pre>${esc(g.dot)}</pre>`}
<figcaption>${esc(g.entry)}: ${esc(g.summary.join('; ') || 'stays in its component')}</figcaption></figure>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>fuselog report: ${esc(m.system)}</title>
<style>${css}</style></head><body>
<h1>fuselog report: ${esc(m.system)}</h1>
<p>Generated ${esc(m.generated)}.</p>
${m.overview.length ? htmlTable('overview', ['', ''], m.overview) : ''}
<h2>Statistics</h2>
${htmlTable('stats', ['metric', 'description', 'value'], m.stats, [2])}
<h2>System calls</h2>
${sysTable}
${m.unmapped.length ? `<h3>System calls not mapped to a handler</h3>\n${htmlTable('unmapped', ['system call', 'library function', 'reason'], m.unmapped.map((u) => [u.name, u.userFn, u.reason]))}` : ''}
<h2>Unresolved send sites</h2>
${htmlTable('unresolved', ['send site', 'function', 'component', 'reasons'], m.unresolved.map((u) => [u.site, u.func, u.comp, u.reasons.join('; ')]))}
<h2>Component graphs</h2>
<div id="graphs">
${graphs || '<p class="empty">none</p>'}
</div>
</body></html>
`;
}

const mdCell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
function mdTable(head: string[], rows: Array<Array<string | number>>): string {
  if (!rows.length) return '_none_\n';
  return [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}

export function renderMarkdown(m: ReportModel): string {
  const parts = [`# fuselog report: ${m.system}`, '', `Generated ${m.generated}.`, ''];
  if (m.overview.length) parts.push(mdTable(['analysis', ''], m.overview));
  parts.push('## Statistics', '', mdTable(['metric', 'description', 'value'], m.stats));
  parts.push('## System calls', '', mdTable(['system call', 'entry point', 'components reached', 'modified globals by class', 'recovery class'],
    m.syscalls.map((s) => [s.syscall, `\`${s.entry}\``, s.components.join(', '), modifiedText(s.modified), s.cls])));
  if (m.unmapped.length) parts.push('### System calls not mapped to a handler', '', mdTable(['system call', 'library function', 'reason'], m.unmapped.map((u) => [u.name, u.userFn, u.reason])));
  parts.push('## Unresolved send sites', '', mdTable(['send site', 'function', 'component', 'reasons'],
    m.unresolved.map((u) => [`\`${u.site}\``, u.func, u.comp, u.reasons.join('; ')])));
  parts.push('## Component graphs', '');
  for (const g of m.graphs) parts.push(`- \`${g.entry}\`: ${g.summary.join('; ') || 'stays in its component'}`);
  if (!m.graphs.length) parts.push('_none_');
  return parts.join('\n') + '\n';
}
