import { identityToken, nameKeyOf } from '../dossier/identity.js';
import { batchKey, submissionOf, type LedgerEntry } from '../ledger/ledger.js';

export { batchKey };
import { mergeLedgers } from '../ledger/merge.js';
import type { Dossier } from '../dossier/types.js';
import type { Plan } from '../plans/schema.js';
import { maskIdentity } from '../text/mask.js';
import type { NominationRow } from './nominations.js';


/** The batches a run covers, from its readable workbooks' `Thông tin`. */
export function coveredBatches(dossiers: readonly Dossier[], plan: Plan): Set<string> {
  return new Set(dossiers.flatMap((d) => (d.info ? [batchKey(plan.id, d.info.achievementYear, d.info.round, submissionOf(d.info))] : [])));
}

/** Entries of earlier submissions only: those `covered` are being consolidated again. */
export function priorHistory(history: readonly LedgerEntry[], covered: ReadonlySet<string>): LedgerEntry[] {
  return history.filter((e) => !covered.has(batchKey(e.plan, e.year, e.round, e.source)));
}

/**
 * This year's entries: every nomination without an error finding, as
 * awarded-if-approved history. Identity numbers go in only as a one-way token
 * (to recognise the person next year) and masked.
 */
export function ledgerEntriesOf(rows: readonly NominationRow[], plan: Plan): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const r of rows) {
    const info = r.dossier.info;
    if (r.verdict === 'error' || !info) continue;
    const n = r.nomination;
    const identity = n.subject === 'individual' ? n.identity : undefined;
    entries.push({
      subject: n.subject,
      name: n.name,
      nameKey: nameKeyOf(n),
      ...(identity ? { identityToken: identityToken(identity), identityMasked: maskIdentity(identity) } : {}),
      ...(n.commune ? { commune: n.commune } : {}),
      ...(info.district ? { district: info.district } : {}),
      source: submissionOf(info),
      form: n.form,
      ...(r.basis ? { basis: r.basis } : {}),
      year: info.achievementYear,
      round: info.round,
      plan: plan.id,
    });
  }
  return entries;
}

/** Next year's history: the earlier ledgers (less what this run replaces) and this year's entries. */
export function nextLedger(prior: readonly LedgerEntry[], current: readonly LedgerEntry[]): LedgerEntry[] {
  return mergeLedgers(prior, current);
}
