import { maskIdentities } from '../../text/mask.js';
import type { WriteCell, WriteSheet } from '../../xlsx-write/write-workbook.js';

/**
 * The sheets of `tong-hop.xlsx` are plain data, built by pure functions in exactly
 * the shape the workbook writer takes, so its types serve here under the builders'
 * names. A cell: text, a number, empty, or a number with its own format (shares and
 * averages in `Chỉ tiêu`).
 */
export type CellSpec = WriteCell;

/** One sheet: its name, columns (header, width, number format) and rows; the header row is made from the columns. */
export type TableSpec = WriteSheet;

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
