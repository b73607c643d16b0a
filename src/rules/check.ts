import { cellOf, type Dossier, type RowOrigin } from '../dossier/types.js';
import type { FindingCode } from '../findings/codes.js';
import type { Finding, Location } from '../findings/finding.js';
import { rowOf } from '../workbook/a1.js';
import type { Plan } from '../plans/schema.js';
import type { LedgerEntry } from '../ledger/ledger.js';
import type { IsoDate } from '../text/dates.js';

/** What every check may read besides the dossiers. */
export interface CheckContext {
  plan: Plan;
  /** Date used where `Ngày trình` is empty (`--as-of`, else today). */
  asOf: IsoDate;
  /** Earlier years' awards (`--history`), for once-only awards. */
  history: readonly LedgerEntry[];
}

/** A check over one dossier. */
export interface DossierCheck {
  name: string;
  /** The codes this check may report (for the catalogue and the tests). */
  codes: readonly FindingCode[];
  run(dossier: Dossier, ctx: CheckContext): Finding[];
}

/** A check over all dossiers of a run together (duplicates and quotas across workbooks). */
export interface BatchCheck {
  name: string;
  codes: readonly FindingCode[];
  runBatch(dossiers: readonly Dossier[], ctx: CheckContext): Finding[];
}

/** Typed identity helpers, so each check file declares exactly one of these. */
export const defineCheck = <T extends DossierCheck>(check: T): T => check;
export const defineBatchCheck = <T extends BatchCheck>(check: T): T => check;

/**
 * The location of a row's field, for findings. `Thông tin` fields each sit on their
 * own row, so the row comes from the cell when there is one.
 */
export function at(dossier: Dossier, origin: RowOrigin, field: string): Location {
  const cell = cellOf(origin, field);
  const row = rowOf(cell) ?? (origin.row || undefined);
  return { file: dossier.file, sheet: origin.sheet, ...(row ? { row } : {}), ...(cell ? { cell } : {}) };
}
