// Rows to text: an aligned table for people, TSV/CSV/JSON for tools.
import type { Row, Value } from './backend.js';

export type TableFormat = 'table' | 'tsv' | 'csv' | 'json';
export const TABLE_FORMATS: readonly TableFormat[] = ['table', 'tsv', 'csv', 'json'];

export function formatRows(columns: string[], rows: Row[], format: TableFormat): string {
  switch (format) {
    case 'table': return alignedTable(columns, rows);
    case 'tsv': return rows.map((r) => r.map(String).join('\t')).join('\n') + (rows.length ? '\n' : '');
    case 'csv': return [columns, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
    case 'json': return rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i]])))).join('\n') + (rows.length ? '\n' : '');
  }
}

/** RFC 4180 field: quoted only when it must be. */
export function csvField(v: Value): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Columns padded to their widest cell; numbers right-aligned; a rule under the header. */
export function alignedTable(columns: string[], rows: Row[], opts: { footer?: boolean } = {}): string {
  const cells = rows.map((r) => r.map(String));
  // a loop, not Math.max(...cells): a query may return more rows than a call takes arguments
  const widths = columns.map((c) => c.length);
  for (const r of cells) r.forEach((s, i) => { if (s.length > (widths[i] ?? 0)) widths[i] = s.length; });
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]): string =>
    r.map((s, i) => (numeric[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  if (opts.footer !== false) out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
