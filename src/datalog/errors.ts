// Errors with a source location, formatted the way compilers (and Soufflé) report them, so an
// editor can jump to them: "file:line:col: error: message".

export interface Loc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export class DatalogError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;

  constructor(message: string, where?: { file?: string; line?: number; col?: number }) {
    super(message);
    this.name = 'DatalogError';
    this.file = where?.file;
    this.line = where?.line;
    this.col = where?.col;
  }

  /** "file:line:col: error: message", leaving out the location parts that are unknown. */
  format(): string {
    const parts: string[] = [];
    if (this.file !== undefined) parts.push(this.file);
    if (this.line !== undefined) parts.push(String(this.line));
    if (this.col !== undefined) parts.push(String(this.col));
    return (parts.length ? parts.join(':') + ': ' : '') + 'error: ' + this.message;
  }
}

export function errorAt(loc: Loc | undefined, message: string): DatalogError {
  return new DatalogError(message, loc);
}

export function formatLoc(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest name among candidates, if it is close enough to be a plausible typo. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(name.length / 3)) && bestD < name.length ? best : undefined;
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s ? ` (did you mean '${s}'?)` : '';
}
