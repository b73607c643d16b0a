/** What the CLI may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress). */
  isTty: boolean;
  /** The terminal's width in columns, when stdout is a terminal. */
  columns?: number;
}

/** Exit codes of cli.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A failure that ends the run with exit 2 and one sentence. */
export class UsageError extends Error {
  constructor(readonly sentence: string) {
    super(sentence);
    this.name = 'UsageError';
  }
}
