import type { Lang } from '../../i18n/types.js';
import { writeWorkbook } from '../../xlsx-write/write-workbook.js';
import type { Consolidation } from '../types.js';
import { consolidationSheets } from './sheets.js';
import { NUM } from './table.js';

/** Whole numbers (rows, years, counts) read the same in General: their columns keep it. */
const PLAIN = new Set<string>([NUM.int, NUM.count]);

/**
 * `tong-hop.xlsx`: the six sheets of cli.md, each with a frozen, filtered header.
 * Every value is written as a plain string or number, so text starting with `=`,
 * `+`, `-`, `@` stays text. The document date is fixed by the consolidated year,
 * not the clock, so the same batch gives the same bytes.
 */
export async function consolidationXlsx(c: Consolidation, lang: Lang): Promise<Buffer> {
  const sheets = consolidationSheets(c, lang).map((table) => ({
    ...table,
    columns: table.columns.map((col) => (col.numFmt && PLAIN.has(col.numFmt) ? { header: col.header, width: col.width } : col)),
  }));
  return writeWorkbook(sheets, { creator: 'ntm-check', date: new Date(Date.UTC(c.year + 1, 0, 1)) });
}
