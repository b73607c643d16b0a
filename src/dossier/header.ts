import { finding, type Finding } from '../findings/finding.js';
import { fold, nearest } from '../text/fold.js';
import type { Cell, Row } from '../workbook/types.js';
import { CRITERION_HEADER, type ColumnSpec, type SheetSpec } from './columns.js';
import { lookupName } from './vocab-match.js';

const columnNames = (c: ColumnSpec) => [c.label, ...(c.aliases ?? [])];
import { CRITERIA } from './vocabularies.js';

/** Which field each column of a table holds: a spec column, or criterion `n` (1..19). */
export type ColumnRole = { column: ColumnSpec } | { criterion: number };

export interface HeaderMap {
  row: number;
  roles: Map<number, ColumnRole>;
  /** The same roles as a list in column order, for the per-row loop (no entry arrays per row). */
  columns: ReadonlyArray<{ col: number; role: ColumnRole }>;
  /**
   * By column: true where a filled cell makes a row a data row (a mapped column other
   * than STT). An array, not the Map: every row of a big sheet asks, for every cell.
   */
  makesDataRow: readonly boolean[];
  /** The STT column, 0 when the sheet has none. */
  sttCol: number;
}

/** How many rows from the top may hold titles before the header. */
export const HEADER_SEARCH_ROWS = 30;

/** The role a header text names in this sheet, if any. */
export function roleOf(text: string, spec: SheetSpec): ColumnRole | undefined {
  const column = lookupName(text, spec.columns, columnNames);
  if (column) return { column };
  if (spec.id !== 'communes') return undefined;
  const key = fold(text);
  const m = CRITERION_HEADER.exec(key);
  const n = m ? Number(m[1] ?? m[2]) : CRITERIA.findIndex((name) => fold(name) === key) + 1;
  return n >= 1 && n <= 19 ? { criterion: n } : undefined;
}

/**
 * Is this row the header? It is when its cells name at least half of the sheet's
 * required columns (and at least two columns): the spec's "half the known columns",
 * read against the required ones so a minimal sheet with only those still qualifies.
 */
export function isHeaderRow(row: Row, spec: SheetSpec): boolean {
  const required = spec.columns.filter((c) => c.required).length;
  const keys = new Set<string>();
  for (const cell of row.cells) {
    const text = headerText(cell);
    const role = text ? roleOf(text, spec) : undefined;
    if (role) keys.add('column' in role ? role.column.key : `tc${role.criterion}`);
  }
  return keys.size >= Math.max(2, Math.ceil(required / 2));
}

/** Maps the header row's cells to roles; reports unknown and missing columns. */
export function mapHeader(row: Row, spec: SheetSpec, at: { file: string; sheet: string }, findings: Finding[]): HeaderMap {
  const roles = new Map<number, ColumnRole>();
  const seen = new Set<string>();
  const unknown: Cell[] = [];
  for (const cell of row.cells) {
    const text = headerText(cell);
    if (!text) continue;
    const role = roleOf(text, spec);
    const key = role && ('column' in role ? role.column.key : `tc${role.criterion}`);
    if (role && key && !seen.has(key)) {
      seen.add(key);
      roles.set(cell.col, role);
    } else unknown.push(cell);
  }
  const suggested = new Set<Cell>();
  for (const column of spec.columns.filter((c) => c.required && !seen.has(c.key))) {
    const near = nearest(column.label, unknown, (c) => [headerText(c) ?? '']);
    if (near) suggested.add(near);
    findings.push(finding('column.missing', { ...at, row: row.index }, { column: column.label, headerRow: row.index, ...(near ? { suggestion: headerText(near) } : {}) }));
  }
  for (const cell of unknown) {
    if (suggested.has(cell)) continue;
    findings.push(finding('column.unknown', { ...at, cell: cell.ref, row: cell.row }, { column: headerText(cell) ?? '' }));
  }
  const makesDataRow = new Array<boolean>(Math.max(0, ...roles.keys()) + 1).fill(false);
  let sttCol = 0;
  for (const [col, role] of roles) {
    if ('column' in role && role.column.key === 'stt') sttCol = col;
    else makesDataRow[col] = true;
  }
  return { row: row.index, roles, columns: [...roles].map(([col, role]) => ({ col, role })), makesDataRow, sttCol };
}

function headerText(cell: Cell): string | undefined {
  const v = cell.value;
  const text = v.kind === 'string' ? v.text : v.kind === 'number' ? String(v.value) : undefined;
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}
