/** Why a `--history` ledger could not be used; one sentence, exit 2. */
export class HistoryLoadError extends Error {
  constructor(readonly file: string, readonly reason: 'unreadable' | 'invalid', readonly detail = '') {
    super(`history ${reason}: ${file}`);
    this.name = 'HistoryLoadError';
  }
}
