import { finding, type Finding } from '../findings/finding.js';
import { parseDateText, serialToIsoDate } from '../text/dates.js';
import { fold } from '../text/fold.js';
import { maskIdentity } from '../text/mask.js';
import { parseVietnameseNumber } from '../text/numbers.js';
import type { Cell } from '../workbook/types.js';
import type { ColumnSpec } from './columns.js';
import { detectLegacyText } from './legacy-encoding.js';
import { matchTerm } from './vocab-match.js';
import type { Term } from './vocabularies.js';

/** Returned when a cell holds something its column cannot accept; the finding is already recorded. */
export const INVALID = Symbol('invalid');
export type CellResult = unknown | undefined | typeof INVALID;

/** What reading one cell needs to know. */
export interface CellContext {
  file: string;
  sheet: string;
  date1904: boolean;
  findings: Finding[];
  vocabulary: (column: ColumnSpec) => readonly Term[];
}

const YES = new Set(['co', 'x', '1', 'dat', 'yes', 'y', 'true', 'v']);
const NO = new Set(['khong', '0', 'khong dat', 'no', 'n', 'false', 'chua dat']);

/**
 * Reads one cell as its column's kind: text, integer, number, year, date, yes/no,
 * identity number or vocabulary id. Empty cells give `undefined`; unusable ones
 * record a finding (`cell.type`, `cell.enum`, `cell.formula-error`) and give `INVALID`.
 */
export function readCell(cell: Cell | undefined, column: ColumnSpec, ctx: CellContext): CellResult {
  if (!cell) return undefined;
  const { value } = cell;
  if (value.kind === 'error' || cell.formulaWithoutResult) {
    const data = { column: column.label, ...(value.kind === 'error' ? { error: value.code } : {}), ...(cell.formula ? { formula: cell.formula } : {}) };
    ctx.findings.push(finding('cell.formula-error', placeOf(cell, ctx), data));
    return INVALID;
  }
  if (value.kind === 'empty') return undefined;

  if (value.kind === 'number' && column.kind !== 'text' && column.kind !== 'vocab' && column.kind !== 'basis') {
    return readNumberCell(value.value, value.date, cell, column, ctx);
  }
  let text = value.kind === 'string' ? value.text.trim() : value.kind === 'boolean' ? (value.value ? 'Có' : 'Không') : String(value.value);
  if (text === '') return undefined;
  const legacy = detectLegacyText(text);
  if (legacy) {
    ctx.findings.push(finding('text.legacy-encoding', placeOf(cell, ctx), { column: column.label, encoding: legacy.encoding, value: text, suggestion: legacy.converted }));
    text = legacy.converted;
  }
  switch (column.kind) {
    case 'text':
    case 'basis':
      return text; // the reader hands over NFC text, and legacy conversion returns NFC
    case 'vocab': {
      const terms = ctx.vocabulary(column);
      if (terms.length === 0) return text; // a plan without this vocabulary: free text
      const { term, suggestion } = matchTerm(text, terms);
      if (term) return term.id;
      ctx.findings.push(finding('cell.enum', placeOf(cell, ctx), { column: column.label, value: text, ...(suggestion ? { suggestion: suggestion.label } : {}), allowed: terms.map((t) => t.label) }));
      return INVALID;
    }
    case 'integer':
    case 'year':
    case 'number': {
      // "17/19" in a criteria column says 17 of the 19 criteria.
      const ofNineteen = /^(\d{1,2})\s*\/\s*19$/.exec(text);
      if (ofNineteen && (column.key === 'criteria' || column.key === 'previousCriteria')) return Number(ofNineteen[1]);
      const n = parseVietnameseNumber(text);
      if (n === undefined || (column.kind !== 'number' && !Number.isInteger(n))) return wrongType(cell, column, ctx, text);
      return n;
    }
    case 'date':
      // A date serial typed into a text-formatted cell ("45667") is still that date.
      return parseDateText(text, fold(text)) ?? (/^\d{5}$/.test(text) ? serialToIsoDate(Number(text), ctx.date1904) : undefined) ?? wrongType(cell, column, ctx, text);
    case 'yes-no': {
      // Tick marks fold to nothing: read them before folding.
      if (/^[✓✔√☑☒]$/.test(text)) return true;
      if (/^[-–—]$/.test(text)) return false;
      const key = fold(text);
      if (YES.has(key)) return true;
      if (NO.has(key)) return false;
      return wrongType(cell, column, ctx, text);
    }
    case 'identity': {
      if (isTwelveDigits(text)) return text; // as nearly every one is typed: no separators to remove
      const digits = text.replace(/[\s.-]/g, '');
      return isTwelveDigits(digits) ? digits : wrongType(cell, column, ctx, text);
    }
  }
}

/** The shape of a CCCD number: exactly 12 ASCII digits (what `/^\d{12}$/` says, without a regex per cell). */
function isTwelveDigits(text: string): boolean {
  if (text.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Where a finding about `cell` goes; built only when there is something to report. */
function placeOf(cell: Cell, ctx: CellContext) {
  return { file: ctx.file, sheet: ctx.sheet, cell: cell.ref, row: cell.row };
}

/** Records `cell.type` for a value the column cannot take. */
function wrongType(cell: Cell, column: ColumnSpec, ctx: CellContext, text: string): typeof INVALID {
  ctx.findings.push(finding('cell.type', placeOf(cell, ctx), { column: column.label, value: shown(text, column), expected: expectedKind(column) }));
  return INVALID;
}

function readNumberCell(n: number, isDate: boolean, cell: Cell, column: ColumnSpec, ctx: CellContext): CellResult {
  const bad = () => wrongType(cell, column, ctx, String(n));
  switch (column.kind) {
    case 'number':
      return n;
    case 'integer':
      return Number.isInteger(n) ? n : bad();
    case 'year':
      // A real date typed into a year column still says which year; a plain 2024
      // formatted as a date is still the year 2024.
      if (isDate && n > 3000) return Number(serialToIsoDate(n, ctx.date1904)?.slice(0, 4)) || bad();
      return Number.isInteger(n) ? n : bad();
    case 'date':
      return serialToIsoDate(n, ctx.date1904) ?? bad();
    case 'yes-no':
      return n === 1 ? true : n === 0 ? false : bad();
    case 'identity': {
      // Every CCCD starts with a 0 province digit, which a number cell drops.
      const digits = Number.isInteger(n) && n >= 0 ? String(n).padStart(12, '0') : '';
      return isTwelveDigits(digits) ? digits : bad();
    }
    default:
      return String(n);
  }
}

function expectedKind(column: ColumnSpec) {
  return column.kind === 'identity' ? 'identity-number' : (column.kind as Exclude<ColumnSpec['kind'], 'identity' | 'vocab' | 'basis'>);
}

/** Identity numbers never leave the reader unmasked, not even in a finding. */
function shown(text: string, column: ColumnSpec): string {
  return column.kind === 'identity' ? maskIdentity(text) : text;
}
