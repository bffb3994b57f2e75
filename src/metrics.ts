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
  requests: '196',
  requests_const_endpoint: '179',
  requests_exact_dest: '154 (90%)',
  requests_mtype_found: '98%',
};

// the ways a send site is resolved (stats.dl), over the sites that send requests into the system
const SITE_RESOLUTION: ReadonlyArray<[string, string]> = [
  ['const_endpoint', 'with a constant endpoint'],
  ['exact_dest', 'with exactly one destination and a handler'],
  ['multi_dest', 'with several destinations'],
  ['mtype_found', 'with the m_type found'],
  ['unresolved', 'left unresolved'],
  ['replies', 'sending replies'],
  ['outside_system', 'sending outside the system'],
];

// the same per request (stats.dl), with the reasons a request is left unresolved
const REQUEST_RESOLUTION: ReadonlyArray<[string, string]> = [
  ['const_endpoint', 'with a constant endpoint'],
  ['one_dest', 'with exactly one destination'],
  ['with_handler', 'with a handler found'],
  ['exact_dest', 'with one destination and a handler there'],
  ['multi_dest', 'with several destinations'],
  ['mtype_found', 'with the m_type found'],
  ['no_handler', 'with no handler for its m_type'],
  ['unresolved', 'left unresolved'],
  ['unresolved_endpoint', 'left unresolved: the endpoint'],
  ['unresolved_mtype', 'left unresolved: the m_type'],
  ['outside_system', 'to endpoints outside the system'],
];

export const METRIC_LABELS: readonly MetricLabel[] = [
  { metric: 'send_callers', label: 'functions calling a send primitive' },
  { metric: 'send_sites', label: 'send sites' },
  ...SITE_RESOLUTION.map(([k, label]) => ({ metric: `send_sites_${k}`, label, under: 'send_sites' })),
  { metric: 'requests', label: 'requests (send sites resolved per call chain)', minix: MINIX.requests },
  ...REQUEST_RESOLUTION.map(([k, label]) => ({ metric: `requests_${k}`, label, under: 'requests', minix: MINIX[`requests_${k}`] })),
  { metric: 'replies', label: 'replies (sends back to a requester)' },
  { metric: 'replies_to_requester', label: 'to the requester of the request being served', under: 'replies' },
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
