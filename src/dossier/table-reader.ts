import { finding, type Finding } from '../findings/finding.js';
import { columnLetters } from '../workbook/a1.js';
import { withValue } from '../workbook/cell-value.js';
import { fold } from '../text/fold.js';
import type { Cell, Row } from '../workbook/types.js';
import { INVALID, readCell, type CellContext } from './cell-reader.js';
import type { ColumnSpec, SheetSpec } from './columns.js';
import { HEADER_SEARCH_ROWS, isHeaderRow, mapHeader, roleOf, type HeaderMap } from './header.js';

/** One data row, each present column read as its kind. */
export interface TableRow {
  row: number;
  values: Record<string, unknown>;
  /** Fields whose cell could not be read (a finding was recorded). */
  invalid: ReadonlySet<string>;
}

/** The sheet's shape: field key → column letters, for every column the sheet has. */
export type Layout = Readonly<Record<string, string>>;

/**
 * Reads a table sheet: finds the header below any title rows, then hands every
 * non-empty row to `onRow` as it streams past, so no sheet is held whole. Returns
 * the layout, or undefined (with `column.missing` findings) when no row looks
 * like the header.
 */
export async function readTable(batches: AsyncIterable<readonly Row[]>, spec: SheetSpec, ctx: CellContext, onRow: (row: TableRow, layout: Layout) => void): Promise<Layout | undefined> {
  let header: HeaderMap | undefined;
  let layout: Layout | undefined;
  // The header row waits one row: forms often split it in two ("Số tiêu chí" over "Đạt | Năm trước").
  let pending: Row | undefined;
  let afterHeader = false;
  let scanned = 0;
  const settle = (headerRow: Row) => {
    header = mapHeader(headerRow, spec, ctx, ctx.findings);
    layout = layoutOf(header);
    afterHeader = true;
    pending = undefined;
  };
  // Rows come in batches (one await per chunk of the sheet, not per row).
  sheet: for await (const batch of batches) {
    for (const row of batch) {
      if (!header || !layout) {
        if (pending) {
          const merged = withSubheader(pending, row, spec);
          settle(merged ?? pending);
          if (merged) continue;
        } else {
          if (isHeaderRow(row, spec)) pending = row;
          else if (++scanned >= HEADER_SEARCH_ROWS) break sheet;
          continue;
        }
      }
      if (!header || !layout) continue;
      // Vietnamese forms often number the columns under the header: (1) (2) (3)…
      if (afterHeader && isColumnNumbering(row)) continue;
      afterHeader = false;
      if (isFooter(row, header)) break sheet;
      const read = readRow(row, header, ctx);
      if (read) onRow(read, layout);
    }
  }
  if (pending) settle(pending);
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

/** TC1…TC19 read as yes/no columns (index = criterion). */
const CRITERION_COLUMNS: ColumnSpec[] = Array.from({ length: 20 }, (_, n) => ({ key: `tc${n}`, label: `TC${n}`, kind: 'yes-no' as const }));

/** Cells of the current row by column; refilled for every row instead of a Map per row. */
const byCol: Array<Cell | undefined> = [];

function readRow(row: Row, header: HeaderMap, ctx: CellContext): TableRow | undefined {
  if (isBlankOrTotal(row, header)) return undefined;
  for (const c of row.cells) byCol[c.col] = c;
  try {
    return readCells(row.index, header, ctx);
  } finally {
    for (const c of row.cells) byCol[c.col] = undefined;
  }
}

/** The `invalid` of every row whose cells all read (nearly all): one shared set, never changed. */
const NONE_INVALID: ReadonlySet<string> = new Set();

function readCells(index: number, header: HeaderMap, ctx: CellContext): TableRow {
  // A plain object rather than Object.create(null): the rows of a sheet then share
  // V8's hidden classes instead of each being a slow dictionary. Field keys are the
  // column specs' own names, none an Object.prototype member (tested).
  const values: Record<string, unknown> = {};
  let invalid: Set<string> | undefined;
  let criteria: boolean[] | undefined;
  let criteriaGiven = false;
  let criteriaBad = false;
  for (const { col, role } of header.columns) {
    const cell = byCol[col];
    if ('criterion' in role) {
      criteria ??= new Array<boolean>(19).fill(false);
      const v = readCell(cell, CRITERION_COLUMNS[role.criterion]!, ctx);
      if (v === INVALID) criteriaBad = true;
      else if (v !== undefined) {
        criteriaGiven = true;
        criteria[role.criterion - 1] = v === true;
      }
      continue;
    }
    const { column } = role;
    const v = readCell(cell, column, ctx);
    if (v === INVALID) (invalid ??= new Set()).add(column.key);
    else if (v !== undefined) values[column.key] = v;
    // Yes/no columns may be ticked "x / empty": in a column the sheet has, an empty cell says no.
    else if (column.kind === 'yes-no') values[column.key] = false;
  }
  // TC1…TC19 all left empty means the breakdown was not given, not "none met".
  if (criteria && (criteriaGiven || criteriaBad)) {
    if (criteriaBad) (invalid ??= new Set()).add('criteriaMet');
    else values.criteriaMet = criteria;
  }
  return { row: index, values, invalid: invalid ?? NONE_INVALID };
}

/** A cell with something in it: not empty, not only spaces. */
function isFilled(c: Cell): boolean {
  return c.value.kind !== 'empty' && !(c.value.kind === 'string' && c.value.text.trim() === '');
}

/** A row with nothing but an STT number is empty (spec); a "Tổng cộng" line closes a table. */
function isBlankOrTotal(row: Row, header: HeaderMap): boolean {
  // Formula-only rows are the empty lines of a template (=COUNTIF(…) showing 0).
  for (const c of row.cells) {
    if (c.formula === undefined && header.makesDataRow[c.col] === true && isFilled(c)) return false;
  }
  return true;
}

/**
 * Where the table ends: a total line ("Tổng cộng", "Toàn huyện", "Tổng: 15") or the
 * signature block under it (the place-and-date line, "NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH"…),
 * in a row without an STT number. "Tống Văn A", a surname, is not a total.
 */
const FOOTER = /^(tong cong|tong so|toan huyen|toan xa|toan tinh|cong)\b|^tong\s*(\d|$)|\bngay\b.*\bthang\b.*\bnam\b|^(nguoi lap bieu|nguoi lap|kt|tm|chu tich|pho chu tich|thu truong|giam doc|truong phong|xac nhan)\b/;

function isFooter(row: Row, header: HeaderMap): boolean {
  let firstText: string | undefined;
  for (const c of row.cells) {
    if (!isFilled(c)) continue;
    if (c.col === header.sttCol) return false;
    if (firstText === undefined && c.value.kind === 'string') firstText = c.value.text;
  }
  return firstText !== undefined && FOOTER.test(fold(firstText));
}

function filledCells(row: Row): Cell[] {
  return row.cells.filter(isFilled);
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

/**
 * The header merged with a sub-header row under it, or undefined when the row is
 * not one. A sub-header row holds only text, and at least half its cells name a
 * column the header row did not: alone ("TC1") or after the group title above
 * them ("Số tiêu chí" + "Đạt"). The group title of a column is the header cell
 * above it or, for a title merged across columns, the nearest one to its left.
 */
function withSubheader(head: Row, next: Row, spec: SheetSpec): Row | undefined {
  const filled = filledCells(next);
  if (filled.length === 0 || filled.some((c) => c.value.kind !== 'string') || isColumnNumbering(next)) return undefined;
  const keyOf = (text: string) => {
    const role = roleOf(text, spec);
    return role && ('column' in role ? role.column.key : `tc${role.criterion}`);
  };
  const mapped = new Set(head.cells.flatMap((c) => (c.value.kind === 'string' && keyOf(c.value.text) ? [keyOf(c.value.text)!] : [])));
  const groupOf = (col: number) => [...head.cells].reverse().find((c) => c.col <= col && c.value.kind === 'string' && !keyOf(c.value.text));
  const cells = new Map<number, Cell>(head.cells.map((c) => [c.col, c]));
  let named = 0;
  for (const cell of filled) {
    const text = (cell.value as { text: string }).text.trim();
    const group = groupOf(cell.col);
    const candidates = [text, ...(group ? [`${(group.value as { text: string }).text} ${text}`] : [])];
    const hit = candidates.find((t) => keyOf(t) && !mapped.has(keyOf(t)!));
    if (!hit) continue;
    named++;
    mapped.add(keyOf(hit)!);
    cells.set(cell.col, withValue(cell, { kind: 'string', text: hit }));
  }
  if (named === 0 || named * 2 < filled.length) return undefined;
  return { index: head.index, cells: [...cells.values()].sort((a, b) => a.col - b.col) };
}
