import { finding, type Cite, type Finding } from '../findings/finding.js';
import { rowOf } from '../workbook/a1.js';
import { cellOf, type RowOrigin } from './types.js';

/** A requirement that holds only in some rows: `field` must be filled when `when` is true. */
export interface ConditionalRequirement<R> {
  field: keyof R & string;
  /** A short id of the condition, carried in the finding's data (`condition`). */
  condition: string;
  when: (row: R) => boolean;
}

/**
 * Reports `cell.required` for each row where a condition holds and its field is
 * empty. The sheet may lack the column entirely; then the finding names the row.
 */
export function checkConditionalRequirements<R extends { origin: RowOrigin }>(
  rows: readonly R[],
  requirements: readonly ConditionalRequirement<R>[],
  ctx: { file: string; labelOf: (key: string) => string; findings: Finding[] },
): void {
  for (const row of rows) {
    for (const req of requirements) {
      if (!req.when(row) || row[req.field] !== undefined || row.origin.unreadable.includes(req.field)) continue;
      ctx.findings.push(missingValue(ctx.file, row.origin, req.field, ctx.labelOf(req.field), req.condition));
    }
  }
}

/**
 * The finding for a value a rule needs: `cell.required` on its cell; or, when the
 * table has no such column at all, `column.missing` for the sheet (the engine keeps
 * one per sheet and column), rather than one finding per row with no cell.
 */
export function missingValue(file: string, origin: RowOrigin, field: string, column: string, condition: string, cite?: Cite): Finding {
  const cell = cellOf(origin, field);
  const options = cite ? { cite } : {};
  if (!cell && origin.row > 0) return finding('column.missing', { file, sheet: origin.sheet }, { column, condition }, options);
  const row = rowOf(cell) ?? (origin.row || undefined);
  return finding('cell.required', { file, sheet: origin.sheet, ...(cell ? { cell } : {}), ...(row ? { row } : {}) }, { column, condition }, options);
}
