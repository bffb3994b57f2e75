// The table `fuselog analyze` prints: what was found, and where the time went.
import { alignedTable } from './table.js';
import { RECOVERY_CLASSES, type Results } from './results.js';
import type { ComponentRun } from './analysis.js';

export interface SummaryInput {
  system: string;
  results: Results;
  components: ComponentRun[];
  phases: Array<{ phase: string; seconds: number }>;
}

export function summaryRows(s: SummaryInput): Array<[string, number | string]> {
  const r = s.results;
  const st = (m: string): number | string => r.stats.get(m) ?? '-';
  const entries = [...r.entries.values()];
  const byClass = (c: string): number => entries.filter((e) => e.cls === c).length;
  const rows: Array<[string, number | string]> = [
    ['components', s.components.length],
    ['  extracted', s.components.filter((c) => !c.cached).length],
    ['  from the cache', s.components.filter((c) => c.cached).length],
    ['send sites', r.stats.get('send_sites') ?? new Set(r.sendSites.map((x) => x.site)).size],
    ['  with a constant endpoint', st('send_sites_const_endpoint')],
    ['  with exactly one destination', st('send_sites_exact_dest')],
    ['  with several destinations', st('send_sites_multi_dest')],
    ['  with the m_type found', st('send_sites_mtype_found')],
    ['  unresolved', st('send_sites_unresolved')],
    ['receive loops', r.stats.get('receive_loops') ?? r.receiveLoops.length],
    ['entry points', entries.length],
    ...RECOVERY_CLASSES.map((c): [string, number] => [`  ${c}`, byClass(c)]),
  ];
  const other = entries.filter((e) => !RECOVERY_CLASSES.includes(e.cls as never)).length;
  if (other) rows.push(['  unclassified', other]);
  if (r.syscalls.length || r.stats.has('syscalls_mapped')) rows.push(['system calls mapped', r.stats.get('syscalls_mapped') ?? r.syscalls.length]);
  return rows;
}

export function renderSummary(s: SummaryInput): string {
  const found = alignedTable(['result', 'count'], summaryRows(s).map(([k, v]) => [k, typeof v === 'number' ? v : v]), { footer: false });
  const total = s.phases.reduce((n, p) => n + p.seconds, 0);
  const time = alignedTable(['phase', 'seconds'], [...s.phases, { phase: 'total', seconds: total }].map((p) => [p.phase, p.seconds.toFixed(3)]), { footer: false });
  return `system ${s.system}\n\n${found}\n${time}`;
}
