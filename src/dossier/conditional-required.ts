import { finding, type Finding } from '../findings/finding.js';
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
      const cell = cellOf(row.origin, req.field);
      const rowNumber = rowOf(cell) ?? (row.origin.row || undefined);
      ctx.findings.push(
        finding(
          'cell.required',
          { file: ctx.file, sheet: row.origin.sheet, ...(cell ? { cell } : {}), ...(rowNumber ? { row: rowNumber } : {}) },
          { column: ctx.labelOf(req.field), condition: req.condition },
        ),
      );
    }
  }
}
