/**
 * The raw workbook model: what a sheet's cells hold, with A1 addresses, before any
 * dossier meaning is given to them. Everything above `src/workbook/` reads workbooks
 * only through these types.
 */

/** A cell's value as stored in the file. Strings are NFC-normalised when read. */
export type CellValue =
  | { kind: 'empty' }
  /** Shared, inline or rich text (runs joined), or a formula's cached string result. */
  | { kind: 'string'; text: string }
  /** A number; `date` is true when the cell's number format is a date/time format. */
  | { kind: 'number'; value: number; date: boolean }
  | { kind: 'boolean'; value: boolean }
  /** An error value such as `#REF!` or `#N/A`. */
  | { kind: 'error'; code: string };

export interface Cell {
  /** A1 address, e.g. `B14`. */
  ref: string;
  /** 1-based row number. */
  row: number;
  /** 1-based column number. */
  col: number;
  value: CellValue;
  /** Formula text without the leading `=`, when the cell holds a formula. */
  formula?: string;
  /** True when the cell has a formula but the file stores no cached result. */
  formulaWithoutResult?: boolean;
}

export interface Row {
  /** 1-based row number. */
  index: number;
  /** Non-empty cells of the row, in column order. */
  cells: Cell[];
}

export interface SheetInfo {
  /** The sheet name exactly as in the workbook (NFC-normalised). */
  name: string;
}

/** An opened workbook. Sheets are read one at a time, rows streamed in order. */
export interface WorkbookData {
  /** True when the workbook uses the 1904 date system (`date1904` = `1` or `true`). */
  date1904: boolean;
  sheets: SheetInfo[];
  /** Streams the rows of one sheet in row order. Rows with no cells may be skipped. */
  rows(sheetName: string): AsyncIterable<Row>;
  /** The same rows in batches (as each chunk of the sheet is read): the way to read a big sheet. */
  rowBatches(sheetName: string): AsyncIterable<readonly Row[]>;
}

/** Why a file could not be read as a workbook. Rendered to a sentence by i18n. */
export type UnreadableReason =
  | 'missing'        // no such file
  | 'is-directory'
  | 'no-access'      // permission denied
  | 'empty'          // 0 bytes
  | 'text-file'      // CSV/TXT/HTML renamed .xlsx
  | 'legacy-xls'     // OLE2 compound file without encryption streams (Excel 97-2003)
  | 'encrypted'      // OLE2 container holding EncryptionInfo / EncryptedPackage
  | 'not-zip'        // anything else that is not a zip
  | 'corrupt-zip'    // truncated, bad CRC, missing central directory, bad inflate
  | 'not-workbook'   // a zip without xl/workbook.xml (e.g. a .docx) or with broken relationships
  | 'unsafe-xml'     // DTD / entity declarations
  | 'too-large';     // a size, ratio or count cap was exceeded

/** Thrown by the reader; the CLI turns it into one sentence and exit code 2. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`workbook unreadable: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

/** Caps applied before and while parsing; each has a safe default. */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of all entries, in bytes. */
  maxUncompressedBytes: number;
  /** Smallest compressed/uncompressed ratio per entry (Apache POI: 0.01). */
  minInflateRatio: number;
  /** Most zip entries. */
  maxEntries: number;
  /** Most rows per sheet. */
  maxRows: number;
  /** Most columns per sheet. */
  maxColumns: number;
}
