/** A problem in the input that stops the build. Line and column are 1-based; 0 means "the whole file/line". */
export interface DataError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatError(error: DataError): string {
  const place = [error.file, error.line > 0 ? error.line : null, error.column > 0 ? error.column : null]
    .filter((part) => part !== null)
    .join(':');
  return `${place}: ${error.message}`;
}

/** Collects every error of a run, so a user fixes them all at once instead of one per build. */
export class ErrorList {
  readonly items: DataError[] = [];

  add(file: string, line: number, column: number, message: string): void {
    this.items.push({ file, line, column, message });
  }

  get size(): number {
    return this.items.length;
  }

  /** Sorted by file, then line, then column, so output is stable whatever the order of checks. */
  sorted(): DataError[] {
    return [...this.items].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
    );
  }
}
