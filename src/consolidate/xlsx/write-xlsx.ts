import { PassThrough } from 'node:stream';
import type { Lang } from '../../i18n/types.js';
import type { Consolidation } from '../types.js';
import { consolidationSheets } from './sheets.js';
import type { CellSpec, TableSpec } from './table.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const FONT = { name: 'Times New Roman', size: 12 };

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * `tong-hop.xlsx`, written with exceljs's streaming writer (a province's
 * nominations run to tens of thousands of rows). Every value is written as a
 * plain string or number — exceljs makes a formula only of a `{ formula }` object,
 * which this module never builds — so text starting with `=`, `+`, `-`, `@` stays text.
 * exceljs is imported here, lazily: a plain check never loads it.
 */
export async function consolidationXlsx(c: Consolidation, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => stream.on('end', resolve).on('error', reject));
  // Fixed document dates: the workbook's content, not the clock, decides its bytes.
  const when = new Date(Date.UTC(c.year + 1, 0, 1));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true, created: when, modified: when } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  wb.creator = 'ntm-check';
  for (const table of consolidationSheets(c, lang)) writeTable(wb, table);
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

type Writer = InstanceType<typeof import('exceljs').stream.xlsx.WorkbookWriter>;

function writeTable(wb: Writer, table: TableSpec): void {
  const last = columnLetter(table.columns.length);
  const ws = wb.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = table.columns.map((col) => ({ width: col.width, ...(col.numFmt ? { style: { numFmt: col.numFmt, font: FONT } } : { style: { font: FONT } }) }));
  ws.autoFilter = `A1:${last}${Math.max(1, table.rows.length + 1)}`;
  const header = ws.addRow(table.columns.map((col) => col.header));
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();
  for (const cells of table.rows) {
    const row = ws.addRow(cells.map(valueOf));
    cells.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = cell.numFmt;
    });
    row.commit();
  }
  ws.commit();
}

function valueOf(cell: CellSpec): string | number | null {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}
