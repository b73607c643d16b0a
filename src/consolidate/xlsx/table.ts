import { maskIdentities } from '../../text/mask.js';
/**
 * A sheet of `tong-hop.xlsx` as plain data: columns with widths and number
 * formats, rows of plain values. Built by pure functions, written by `write-xlsx.ts`.
 */
/** A cell's value: text, a number, or empty. */
export type Value = string | number | null;

/** A cell whose number format differs from its column's (shares and averages in `Chỉ tiêu`). */
export interface Formatted {
  value: Value;
  numFmt: string;
}

/** A cell as the sheet builders give it. */
export type CellSpec = Value | Formatted;

/** A column: its header, width in characters, and number format for its numbers. */
export interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
}

/** One sheet: its name, columns and rows (the header row is made from the columns). */
export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  rows: CellSpec[][];
}

/** Excel number formats (stored locale-free; Excel shows them in the reader's locale). */
export const NUM = { int: '0', count: '#,##0', share: '0.0%', average: '0.00', money: '#,##0.##' } as const;

// XML 1.0 cannot carry C0 control characters; a cell holds at most 32,767 characters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/**
 * Text from a workbook, made safe to write: control characters dropped, length
 * capped. It stays a string value — never a formula, whatever it starts with.
 */
export function plain(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  return maskIdentities(text.replace(CONTROL, '')).slice(0, 32_767);
}

/** Yes / no / unknown as words. */
export function yesNo(value: boolean | undefined, words: { yes: string; no: string }): string | null {
  return value === undefined ? null : value ? words.yes : words.no;
}
