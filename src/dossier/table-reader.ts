import { finding, type Finding } from '../findings/finding.js';
import { columnLetters } from '../workbook/a1.js';
import { fold } from '../text/fold.js';
import type { Cell, Row } from '../workbook/types.js';
import { INVALID, readCell, type CellContext } from './cell-reader.js';
import type { SheetSpec } from './columns.js';
import { HEADER_SEARCH_ROWS, isHeaderRow, mapHeader, type HeaderMap } from './header.js';

/** One data row, each present column read as its kind. */
export interface TableRow {
  row: number;
  values: Record<string, unknown>;
  /** Fields whose cell could not be read (a finding was recorded). */
  invalid: Set<string>;
}

/** The sheet's shape: field key → column letters, for every column the sheet has. */
export type Layout = Readonly<Record<string, string>>;

/**
 * Reads a table sheet: finds the header below any title rows, then hands every
 * non-empty row to `onRow` as it streams past, so no sheet is held whole. Returns
 * the layout, or undefined (with `column.missing` findings) when no row looks
 * like the header.
 */
export async function readTable(rows: AsyncIterable<Row>, spec: SheetSpec, ctx: CellContext, onRow: (row: TableRow, layout: Layout) => void): Promise<Layout | undefined> {
  let header: HeaderMap | undefined;
  let layout: Layout | undefined;
  let afterHeader = false;
  let scanned = 0;
  for await (const row of rows) {
    if (!header || !layout) {
      if (isHeaderRow(row, spec)) {
        header = mapHeader(row, spec, ctx, ctx.findings);
        layout = layoutOf(header);
        afterHeader = true;
      } else if (++scanned >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    // Vietnamese forms often number the columns under the header: (1) (2) (3)…
    if (afterHeader && isColumnNumbering(row)) continue;
    afterHeader = false;
    if (isFooter(row, header)) break;
    const read = readRow(row, header, ctx);
    if (read) onRow(read, layout);
  }
  if (!layout) {
    for (const column of spec.columns.filter((c) => c.required)) {
      ctx.findings.push(finding('column.missing', { file: ctx.file, sheet: ctx.sheet }, { column: column.label }));
    }
    return undefined;
  }
  return layout;
}

function layoutOf(header: HeaderMap): Layout {
  const layout: Record<string, string> = Object.create(null);
  for (const [col, role] of header.roles) layout['column' in role ? role.column.key : `tc${role.criterion}`] = columnLetters(col);
  return Object.freeze(layout);
}

function readRow(row: Row, header: HeaderMap, ctx: CellContext): TableRow | undefined {
  const byCol = new Map<number, Cell>(row.cells.map((c) => [c.col, c]));
  if (isBlankOrTotal(row, header)) return undefined;
  const values: Record<string, unknown> = Object.create(null);
  const invalid = new Set<string>();
  let criteria: boolean[] | undefined;
  let criteriaGiven = false;
  let criteriaBad = false;
  for (const [col, role] of header.roles) {
    const cell = byCol.get(col);
    if ('criterion' in role) {
      criteria ??= new Array<boolean>(19).fill(false);
      const v = readCell(cell, { key: `tc${role.criterion}`, label: `TC${role.criterion}`, kind: 'yes-no' }, ctx);
      if (v === INVALID) criteriaBad = true;
      else if (v !== undefined) {
        criteriaGiven = true;
        criteria[role.criterion - 1] = v === true;
      }
      continue;
    }
    const { column } = role;
    const v = readCell(cell, column, ctx);
    if (v === INVALID) invalid.add(column.key);
    else if (v !== undefined) values[column.key] = v;
    // Yes/no columns may be ticked "x / empty": in a column the sheet has, an empty cell says no.
    else if (column.kind === 'yes-no') values[column.key] = false;
  }
  // TC1…TC19 all left empty means the breakdown was not given, not "none met".
  if (criteria && (criteriaGiven || criteriaBad)) {
    if (criteriaBad) invalid.add('criteriaMet');
    else values.criteriaMet = criteria;
  }
  return { row: row.index, values, invalid };
}

/** A row with nothing but an STT number is empty (spec); a "Tổng cộng" line closes a table. */
function isBlankOrTotal(row: Row, header: HeaderMap): boolean {
  // Formula-only rows are the empty lines of a template (=COUNTIF(…) showing 0).
  const meaningful = filledCells(row).filter((c) => {
    const role = header.roles.get(c.col);
    return role !== undefined && !('column' in role && role.column.key === 'stt') && c.formula === undefined;
  });
  return meaningful.length === 0;
}

/**
 * Where the table ends: a total line ("Tổng cộng", "Toàn huyện", "Tổng: 15") or the
 * signature block under it (the place-and-date line, "NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH"…),
 * in a row without an STT number. "Tống Văn A", a surname, is not a total.
 */
const FOOTER = /^(tong cong|tong so|toan huyen|toan xa|toan tinh|cong)\b|^tong\s*(\d|$)|\bngay\b.*\bthang\b.*\bnam\b|^(nguoi lap bieu|nguoi lap|kt|tm|chu tich|pho chu tich|thu truong|giam doc|truong phong|xac nhan)\b/;

function isFooter(row: Row, header: HeaderMap): boolean {
  const filled = filledCells(row);
  const hasStt = filled.some((c) => {
    const role = header.roles.get(c.col);
    return role !== undefined && 'column' in role && role.column.key === 'stt';
  });
  const firstText = filled.find((c) => c.value.kind === 'string')?.value;
  return !hasStt && firstText?.kind === 'string' && FOOTER.test(fold(firstText.text));
}

function filledCells(row: Row): Cell[] {
  return row.cells.filter((c) => c.value.kind !== 'empty' && !(c.value.kind === 'string' && c.value.text.trim() === ''));
}

function isColumnNumbering(row: Row): boolean {
  const numbers = row.cells.map((c) => {
    const v = c.value;
    const text = v.kind === 'string' ? v.text.trim() : v.kind === 'number' ? String(v.value) : '';
    const m = /^\(?(\d{1,2})\)?$/.exec(text);
    return m ? Number(m[1]) : NaN;
  });
  return numbers.length >= 3 && numbers.every((n, i) => !Number.isNaN(n) && (i === 0 || n > numbers[i - 1]!));
}
