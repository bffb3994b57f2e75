// Precision and recall of a derived set of keys against an expected set, with the differences
// listed, so a failing comparison says exactly what was missed or invented.

export interface Score {
  name: string;
  precision: number;
  recall: number;
  missing: string[]; // expected, not derived
  extra: string[]; // derived, not expected
}

export function score(name: string, expected: Iterable<string>, derived: Iterable<string>): Score {
  const exp = new Set(expected);
  const got = new Set(derived);
  const missing = [...exp].filter((k) => !got.has(k)).sort();
  const extra = [...got].filter((k) => !exp.has(k)).sort();
  const hits = exp.size - missing.length;
  return {
    name,
    precision: got.size === 0 ? (exp.size === 0 ? 1 : 0) : hits / got.size,
    recall: exp.size === 0 ? 1 : hits / exp.size,
    missing,
    extra,
  };
}

/** Lines of missing and extra items shown (FUSELOG_SCORE_LINES to see more). */
const LIMIT = Number(process.env.FUSELOG_SCORE_LINES ?? 12);

export function formatScore(s: Score): string {
  const head = `${s.name.padEnd(28)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`;
  const lines = [head];
  for (const m of s.missing.slice(0, LIMIT)) lines.push(`    missing: ${m}`);
  if (s.missing.length > LIMIT) lines.push(`    ... ${s.missing.length - LIMIT} more missing`);
  for (const e of s.extra.slice(0, LIMIT)) lines.push(`    extra:   ${e}`);
  if (s.extra.length > LIMIT) lines.push(`    ... ${s.extra.length - LIMIT} more extra`);
  return lines.join('\n');
}
