import { readFile } from 'node:fs/promises';
import { ledgerSchema, type LedgerEntry } from './ledger.js';

/** Why a `--history` ledger could not be used; one sentence, exit 2. */
export class HistoryLoadError extends Error {
  constructor(readonly file: string, readonly reason: 'unreadable' | 'invalid', readonly detail = '') {
    super(`history ${reason}: ${file}`);
    this.name = 'HistoryLoadError';
  }
}

/** Reads one or more ledgers (JSON, as `consolidate` writes them) and merges their entries. */
export async function loadHistory(files: readonly string[]): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new HistoryLoadError(file, error instanceof SyntaxError ? 'invalid' : 'unreadable', error instanceof SyntaxError ? error.message : '');
    }
    const parsed = ledgerSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HistoryLoadError(file, 'invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    entries.push(...parsed.data.entries);
  }
  return entries;
}
