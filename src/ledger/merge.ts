import type { Ledger, LedgerEntry } from './ledger.js';

/** What makes two entries the same award: who, what, on which basis, when. */
function keyOf(e: LedgerEntry): string {
  return [e.plan, e.year, e.round, e.form, e.basis ?? '', e.subject, e.identityToken ?? e.nameKey].join('\u0000');
}

/** Stable order, so reruns write the same file: year, plan, district, commune, name. */
function compare(a: LedgerEntry, b: LedgerEntry): number {
  return (
    a.year - b.year ||
    a.plan.localeCompare(b.plan) ||
    (a.district ?? '').localeCompare(b.district ?? '', 'vi') ||
    (a.commune ?? '').localeCompare(b.commune ?? '', 'vi') ||
    a.name.localeCompare(b.name, 'vi') ||
    keyOf(a).localeCompare(keyOf(b))
  );
}

/** Merges ledgers into one, each award once (the first seen wins), sorted. */
export function mergeLedgers(...lists: ReadonlyArray<readonly LedgerEntry[]>): LedgerEntry[] {
  const seen = new Map<string, LedgerEntry>();
  for (const list of lists) for (const e of list) if (!seen.has(keyOf(e))) seen.set(keyOf(e), e);
  return [...seen.values()].sort(compare);
}

/** The `so-khen-thuong.json` document around entries. */
export function ledgerDocument(entries: readonly LedgerEntry[]): Ledger {
  return { tool: 'ntm-check', kind: 'awards-ledger', version: 1, entries: [...entries] };
}
