// "Did you mean ...?" for names people type: relations, entry points, formats.

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The candidate nearest to name, if near enough to be a plausible slip (or a prefix/suffix match). */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let d = editDistance(lower, cl);
    // "do_fork" for "pm:do_fork": compare with the unqualified tail too, a little dearer
    const tail = cl.slice(cl.lastIndexOf(':') + 1);
    if (tail !== cl && !lower.includes(':')) d = Math.min(d, editDistance(lower, tail) + 1);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = nearest(name, candidates);
  return s ? ` (did you mean '${s}'?)` : '';
}
