import { fold } from '../text/fold.js';
import { DEFAULT_SEVERITY, type FindingCode, type FindingData, type Severity } from './codes.js';

/** The plan clause a finding enforces, e.g. `{ plan: 'lai-chau', clause: 'V.2.c' }`. */
export interface Cite {
  plan: string;
  clause: string;
  /** The plan's text implies the rule rather than stating it (plans.md): always a warning. */
  inferred?: boolean;
}

/** One problem, as data: no prose. Text is rendered last, in the chosen language. */
export type Finding<C extends FindingCode = FindingCode> = C extends FindingCode
  ? {
      code: C;
      severity: Severity;
      file?: string;
      sheet?: string;
      /** A1 address of the cell the finding is about. */
      cell?: string;
      /** 1-based row number. */
      row?: number;
      cite?: Cite;
      data: FindingData[C];
      /** Other places the finding involves (the first occurrence of a duplicate…). */
      related?: Location[];
    }
  : never;

/** Where a finding points. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

/** Builds a finding with the code's default severity unless one is given. */
export function finding<C extends FindingCode>(
  code: C,
  location: Location,
  data: FindingData[C],
  options: { severity?: Severity; cite?: Cite; related?: Location[] } = {},
): Finding<C> {
  const result = {
    code,
    severity: options.severity ?? DEFAULT_SEVERITY[code],
    ...location,
    ...(options.cite ? { cite: options.cite } : {}),
    data,
    ...(options.related ? { related: options.related } : {}),
  };
  return result as unknown as Finding<C>;
}

/** Sheets sort in the order an officer reads a dossier, whatever their spelling. */
const SHEET_ORDER = ['thong tin', 'xa', 'tap the', 'ca nhan', 'ocop'];

/** Sorts findings by file, sheet, row, code (cli.md). Findings without a row come first in their sheet. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    sheetRank(a.sheet) - sheetRank(b.sheet) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    columnOf(a.cell) - columnOf(b.cell) ||
    a.code.localeCompare(b.code)
  );
}

function sheetRank(sheet: string | undefined): number {
  if (sheet === undefined) return -1;
  const index = SHEET_ORDER.indexOf(fold(sheet));
  return index === -1 ? SHEET_ORDER.length : index;
}

function columnOf(cell: string | undefined): number {
  if (!cell) return 0;
  let n = 0;
  for (const ch of cell) {
    if (ch < 'A' || ch > 'Z') break;
    n = n * 26 + ch.charCodeAt(0) - 64;
  }
  return n;
}
