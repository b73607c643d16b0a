import { z } from 'zod';

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
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const ledgerSchema = z.object({
  tool: z.literal('ntm-check'),
  kind: z.literal('awards-ledger'),
  version: z.literal(1),
  entries: z.array(ledgerEntrySchema),
});
export type Ledger = z.infer<typeof ledgerSchema>;
