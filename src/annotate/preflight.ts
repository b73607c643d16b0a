import { readFile } from 'node:fs/promises';
import { DEFAULT_LIMITS, openWorkbook } from '../workbook/open.js';
import { ZipArchive } from '../workbook/zip.js';

/**
 * Above this many cells under data validations, exceljs is told to skip them:
 * it expands every validated range into one entry per cell, so three whole-column
 * lists (3 × 1,048,576 cells) already take 20 s and 1 GB, and a few more run it out of memory.
 */
export const MAX_VALIDATED_CELLS = 200_000;

/** What must be known about an input before exceljs loads it. */
export interface Preflight {
  /** The 1904 date system, whether written `1` (Excel) or `true` (LibreOffice). */
  date1904: boolean;
  /** Cells covered by the data validations of every worksheet. */
  validatedCells: number;
  /** Cells covered by merged ranges and conditional formats, which exceljs also expands cell by cell. */
  mergedCells: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Reads the date system with our own reader and counts validated cells in the worksheet XML. */
export async function preflight(path: string): Promise<Preflight> {
  const { date1904 } = await openWorkbook(path);
  const zip = new ZipArchive(await readFile(path), DEFAULT_LIMITS);
  let validatedCells = 0;
  let mergedCells = 0;
  for (const name of zip.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))) {
    validatedCells += await countAreaCells(zip.chunks(name), VALIDATION);
    mergedCells += (await countAreaCells(zip.chunks(name), MERGE)) + (await countAreaCells(zip.chunks(name), CONDITIONAL));
  }
  return { date1904, validatedCells, mergedCells };
}

const VALIDATION = /<(?:\w+:)?dataValidation\s[^>]*?\bsqref="([^"]*)"/g;
const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?\bref="([^"]*)"/g;
const CONDITIONAL = /<(?:\w+:)?conditionalFormatting\s[^>]*?\bsqref="([^"]*)"/g;

/**
 * Streams a worksheet part and adds up the areas named by `pattern` (validations'
 * `sqref`, merges' `ref`…). A tail of each chunk is carried into the next so an
 * element cut in two is still seen; a match is counted in the chunk where it ends, so never twice.
 */
async function countAreaCells(chunks: AsyncIterable<Buffer>, pattern: RegExp): Promise<number> {
  let carry = '';
  let total = 0;
  for await (const chunk of chunks) {
    // sqref is ASCII: latin1 decoding cannot split a character that matters.
    const text = carry + chunk.toString('latin1');
    for (const m of text.matchAll(pattern)) if (m.index + m[0].length > carry.length) total += sqrefCells(m[1]!);
    carry = text.slice(-4096);
  }
  return total;
}

/** Cells in a space-separated list of A1 ranges (`B2:B501 D2`); `C:C` spans every row, `2:2` every column. */
export function sqrefCells(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const [from = '', to = from] = part.split(':');
    const a = A1.exec(from);
    const b = A1.exec(to);
    if (!a || !b) continue;
    const rows = a[2] && b[2] ? Math.abs(Number(b[2]) - Number(a[2])) + 1 : MAX_ROW;
    const cols = a[1] && b[1] ? Math.abs(columnNumber(b[1]) - columnNumber(a[1])) + 1 : MAX_COL;
    total += rows * cols;
  }
  return total;
}

const A1 = /^\$?([A-Z]*)\$?(\d*)$/i;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
