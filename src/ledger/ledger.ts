import { z } from 'zod';
import { foldPlaceName } from '../text/fold.js';

/**
 * The awards ledger (`so-khen-thuong.json`): every nomination of a year that had
 * no errors, as awarded-if-approved history. Next year's `--history` reads it so
 * once-only awards are caught. Identity numbers are kept only as a one-way token
 * and a masked form.
 */
export const ledgerEntrySchema = z.object({
  subject: z.enum(['individual', 'collective']),
  name: z.string(),
  /** `nameKeyOf` of the nominee. */
  nameKey: z.string(),
  identityToken: z.string().optional(),
  identityMasked: z.string().optional(),
  commune: z.string().optional(),
  district: z.string().optional(),
  form: z.string(),
  basis: z.string().optional(),
  year: z.number().int(),
  round: z.string(),
  plan: z.string(),
});
/** One award of the ledger: who, which form on which basis, in which year, round and plan. */
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** The whole `so-khen-thuong.json` document. */
export const ledgerSchema = z.object({
  tool: z.literal('ntm-check'),
  kind: z.literal('awards-ledger'),
  version: z.literal(1),
  entries: z.array(ledgerEntrySchema),
});
/** A ledger document as read. */
export type Ledger = z.infer<typeof ledgerSchema>;

/**
 * The batch an entry or a workbook belongs to: plan, year, round and district.
 * Consolidating or checking a batch again (a corrected workbook) must never find
 * its own nominations "already awarded" in its own ledger.
 */
export function batchKey(plan: string, year: number, round: string, district: string | undefined): string {
  return [plan, year, round, foldPlaceName(district ?? '')].join('|');
}
