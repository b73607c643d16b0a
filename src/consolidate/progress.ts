/** A one-line progress display, rewritten in place with `\r`. */
export interface Progress {
  update(text: string): void;
  /** Clears the line, leaving the terminal as it was. */
  done(): void;
}

/**
 * A progress line on stderr when `enabled` (a terminal, not `--quiet`); otherwise
 * nothing at all, so pipes and CI logs stay clean.
 */
export function createProgress(write: (text: string) => void, enabled: boolean): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let width = 0;
  return {
    update(text) {
      // Pad over the previous line's tail, which may be longer than this one.
      write(`\r${text.padEnd(width)}`);
      width = Math.max(width, text.length);
    },
    done() {
      if (width > 0) write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
