import type { Ledger, LedgerEntry } from './ledger.js';

/** What makes two entries the same award: who, what, on which basis, when. */
function keyOf(e: LedgerEntry): string {
  return [e.plan, e.year, e.round, e.form, e.basis ?? '', e.subject, e.identityToken ?? e.nameKey].join('\u0000');
}

// One collator for the whole sort: `localeCompare(…, 'vi')` builds one per call.
const collator = new Intl.Collator('vi');

/** Collation order; equal strings (most plans and districts in a sort) skip the collator. */
function collate(a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}

/** Stable order, so reruns write the same file: year, plan, district, commune, name, then the key. */
function compare(a: [string, LedgerEntry], b: [string, LedgerEntry]): number {
  const [ka, x] = a;
  const [kb, y] = b;
  return (
    x.year - y.year ||
    collate(x.plan, y.plan) ||
    collate(x.district ?? '', y.district ?? '') ||
    collate(x.commune ?? '', y.commune ?? '') ||
    collate(x.name, y.name) ||
    (ka < kb ? -1 : ka > kb ? 1 : 0)
  );
}

/** Merges ledgers into one, each award once (the first seen wins), sorted. */
export function mergeLedgers(...lists: ReadonlyArray<readonly LedgerEntry[]>): LedgerEntry[] {
  const seen = new Map<string, LedgerEntry>();
  for (const list of lists) {
    for (const e of list) {
      const key = keyOf(e);
      if (!seen.has(key)) seen.set(key, e);
    }
  }
  return [...seen].sort(compare).map(([, e]) => e);
}

/** The `so-khen-thuong.json` document around entries. */
export function ledgerDocument(entries: readonly LedgerEntry[]): Ledger {
  return { tool: 'ntm-check', kind: 'awards-ledger', version: 1, entries: [...entries] };
}
