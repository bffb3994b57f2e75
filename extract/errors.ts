// The one error type of the extractor: malformed IR, a bad system description, a missing
// tool. It carries a location when there is one, and formats as `file:line:col: message`.

export class ExtractError extends Error {
  file?: string;
  line?: number;
  col?: number;

  constructor(message: string, file?: string, line?: number, col?: number) {
    super(message);
    this.name = 'ExtractError';
    this.file = file;
    this.line = line;
    this.col = col;
  }

  /** `file:line:col: message` (as much of the location as is known). */
  format(): string {
    let where = this.file ?? '';
    if (this.file !== undefined && this.line !== undefined) {
      where += `:${this.line}`;
      if (this.col !== undefined) where += `:${this.col}`;
    }
    return where ? `${where}: ${this.message}` : this.message;
  }
}
