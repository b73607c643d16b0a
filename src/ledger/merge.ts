import type { Ledger, LedgerEntry } from './ledger.js';

/** What makes two entries the same award: who, what, on which basis, when. */
function keyOf(e: LedgerEntry): string {
  return [e.plan, e.year, e.round, e.form, e.basis ?? '', e.subject, e.identityToken ?? e.nameKey].join('\u0000');
}

// One collator for the whole sort: `localeCompare(…, 'vi')` builds one per call.
const collator = new Intl.Collator('vi');

/** Collation order; equal strings skip the collator. */
function collate(a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}

/**
 * Each distinct value's place in collation order, strings the collator calls equal
 * (a name in NFC and NFD) sharing one. A province has a few districts and a few
 * thousand communes: ranking them once leaves the sort comparing numbers, and the
 * collator only for names within one commune.
 */
function ranks(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort(collate);
  const rank = new Map<string, number>();
  let r = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && collate(sorted[i - 1]!, sorted[i]!) !== 0) r++;
    rank.set(sorted[i]!, r);
  }
  return rank;
}

interface Sortable {
  key: string;
  entry: LedgerEntry;
  plan: number;
  district: number;
  commune: number;
}

/** Stable order, so reruns write the same file: year, plan, district, commune, name, then the key. */
function compare(a: Sortable, b: Sortable): number {
  const x = a.entry;
  const y = b.entry;
  return (
    x.year - y.year ||
    a.plan - b.plan ||
    a.district - b.district ||
    a.commune - b.commune ||
    collate(x.name, y.name) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
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
  const entries = [...seen.values()];
  const plans = ranks(entries.map((e) => e.plan));
  const districts = ranks(entries.map((e) => e.district ?? ''));
  const communes = ranks(entries.map((e) => e.commune ?? ''));
  const sortable = [...seen].map(([key, entry]): Sortable => ({
    key,
    entry,
    plan: plans.get(entry.plan)!,
    district: districts.get(entry.district ?? '')!,
    commune: communes.get(entry.commune ?? '')!,
  }));
  return sortable.sort(compare).map((s) => s.entry);
}

/** The `so-khen-thuong.json` document around entries. */
export function ledgerDocument(entries: readonly LedgerEntry[]): Ledger {
  return { tool: 'ntm-check', kind: 'awards-ledger', version: 1, entries: [...entries] };
}
