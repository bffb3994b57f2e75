// Words for the metrics of the `stats` relation (rules/stats.dl). The summary and the report
// print every row of `stats`: a metric listed here gets its words and its place, any other
// (a rule file may add metrics) is printed after these under its own name.
export interface MetricLabel {
  metric: string;
  label: string;
  /** printed indented under this metric */
  under?: string;
  /** the research work's figure for MINIX 3, printed beside ours in the report */
  minix?: string;
}

/** The research work's counts for MINIX 3 (a request = a send site resolved per call chain). */
const MINIX: Record<string, string> = {
  send_sites_resolved_requests: '196',
  send_sites_const_endpoint_resolved_requests: '179',
  send_sites_exact_dest_resolved_requests: '154 (90%)',
  send_sites_mtype_found_resolved_requests: '98%',
};

// the ways a send site (or a request) is resolved, counted per site and per request (stats.dl)
const RESOLUTION: ReadonlyArray<[string, string]> = [
  ['const_endpoint', 'with a constant endpoint'],
  ['exact_dest', 'with exactly one destination'],
  ['multi_dest', 'with several destinations'],
  ['mtype_found', 'with the m_type found'],
  ['unresolved', 'left unresolved'],
];

export const METRIC_LABELS: readonly MetricLabel[] = [
  { metric: 'send_callers', label: 'functions calling a send primitive' },
  { metric: 'send_sites', label: 'send sites' },
  ...RESOLUTION.map(([k, label]) => ({ metric: `send_sites_${k}`, label, under: 'send_sites' })),
  { metric: 'send_sites_resolved_requests', label: 'requests (send sites resolved per call chain)', minix: MINIX.send_sites_resolved_requests },
  ...RESOLUTION.map(([k, label]) => ({ metric: `send_sites_${k}_resolved_requests`, label, under: 'send_sites_resolved_requests', minix: MINIX[`send_sites_${k}_resolved_requests`] })),
  { metric: 'receive_loops', label: 'receive loops' },
  { metric: 'servers_with_receive_loop', label: 'servers with a receive loop' },
  { metric: 'entry_points', label: 'entry points' },
  { metric: 'entries_idempotent', label: 'idempotent', under: 'entry_points' },
  { metric: 'entries_process_local', label: 'process-local', under: 'entry_points' },
  { metric: 'entries_global', label: 'global', under: 'entry_points' },
  { metric: 'syscalls_mapped', label: 'system calls mapped to a handler' },
];

const byMetric = new Map(METRIC_LABELS.map((m) => [m.metric, m]));

/** The label of a metric, with the label of the metric it belongs under ("send sites: left unresolved"). */
export function metricLabel(metric: string): string {
  const m = byMetric.get(metric);
  if (!m) return metric.replace(/_/g, ' ');
  const parent = m.under ? byMetric.get(m.under) : undefined;
  return parent ? `${parent.label}: ${m.label}` : m.label;
}

export interface MetricRow { metric: string; label: string; value: number; depth: number; minix?: string }

/** Every metric of `stats`, known ones in the table's order (each under its parent), then the others by name. */
export function metricRows(stats: ReadonlyMap<string, number>): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const m of METRIC_LABELS) {
    const v = stats.get(m.metric);
    if (v !== undefined) rows.push({ metric: m.metric, label: m.label, value: v, depth: m.under && stats.has(m.under) ? 1 : 0, ...(m.minix ? { minix: m.minix } : {}) });
  }
  const other = [...stats.keys()].filter((k) => !byMetric.has(k)).sort();
  for (const k of other) rows.push({ metric: k, label: metricLabel(k), value: stats.get(k)!, depth: 0 });
  return rows;
}
