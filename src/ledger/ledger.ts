import { z } from 'zod';
import { fold, foldPlaceName } from '../text/fold.js';

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
  /** The submission the entry came from (`submissionOf`): a later run of the same submission replaces it. */
  source: z.string().optional(),
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
 * Which submission a workbook is: its district, submitting unit and Số tờ trình.
 * A supplement (bổ sung) has its own number, so it adds to the year's awards; a
 * corrected workbook keeps its number, so it replaces its earlier run; two
 * departments never share one.
 */
export function submissionOf(info: { district?: string; submitter: string; documentNumber?: string }): string {
  return [foldPlaceName(info.district ?? ''), fold(info.submitter), fold(info.documentNumber ?? '')].join('|');
}

/**
 * The batch an entry or a workbook belongs to: plan, year, round and submission.
 * Consolidating or checking a submission again (a corrected workbook) must never
 * find its own nominations "already awarded" in its own ledger.
 */
export function batchKey(plan: string, year: number, round: string, source: string | undefined): string {
  return [plan, year, round, source ?? ''].join('|');
}
