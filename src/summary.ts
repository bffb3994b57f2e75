// The table `fuselog analyze` prints: what was found (every row of the `stats` relation), and
// where the time went.
import { alignedTable } from './table.js';
import { metricRows } from './metrics.js';
import type { ComponentRun } from './analysis.js';

export interface SummaryInput {
  system: string;
  /** the `stats` relation (readStats): all the summary reads of the results */
  stats: Map<string, number>;
  components: ComponentRun[];
  phases: Array<{ phase: string; seconds: number }>;
}

export function summaryRows(s: SummaryInput): Array<[string, number | string]> {
  return [
    ['components', s.components.length],
    ['  extracted', s.components.filter((c) => !c.cached).length],
    ['  from the cache', s.components.filter((c) => c.cached).length],
    ...metricRows(s.stats).map((m): [string, number] => [`${'  '.repeat(m.depth)}${m.label}`, m.value]),
  ];
}

export function renderSummary(s: SummaryInput): string {
  const found = alignedTable(['result', 'count'], summaryRows(s), { footer: false });
  const total = s.phases.reduce((n, p) => n + p.seconds, 0);
  const time = alignedTable(['phase', 'seconds'], [...s.phases, { phase: 'total', seconds: total }].map((p) => [p.phase, p.seconds.toFixed(3)]), { footer: false });
  return `system ${s.system}\n\n${found}\n${time}`;
}
