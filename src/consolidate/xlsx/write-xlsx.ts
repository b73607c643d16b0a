import { PassThrough } from 'node:stream';
import type { Lang } from '../../i18n/types.js';
import { columnLetters } from '../../workbook/a1.js';
import type { Consolidation } from '../types.js';
import { consolidationSheets } from './sheets.js';
import { NUM, type CellSpec, type TableSpec } from './table.js';

const PLAIN = new Set<string>([NUM.int, NUM.count]);
const HEADER_STYLE: Partial<import('exceljs').Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};


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
  const last = columnLetters(table.columns.length);
  const ws = wb.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = table.columns.map((col) => ({ width: col.width }));
  ws.autoFilter = `A1:${last}${Math.max(1, table.rows.length + 1)}`;
  // exceljs hashes the style of every cell it writes unless it has seen that very style
  // object before; sharing one object per format keeps 100k-row sheets fast.
  const styles = new Map<string, Partial<import('exceljs').Style>>();
  const styleOf = (numFmt: string | undefined) => {
    const key = numFmt ?? '';
    let style = styles.get(key);
    if (!style) styles.set(key, (style = numFmt ? { numFmt } : {}));
    return style;
  };
  // Whole numbers (rows, years, counts) read the same in General; other formats go on number cells.
  const formats = table.columns.map((col) => (col.numFmt && !PLAIN.has(col.numFmt) ? col.numFmt : undefined));
  const header = ws.addRow(table.columns.map((col) => col.header));
  header.height = 48; // three lines of a wrapped header
  header.eachCell((cell) => void (cell.style = HEADER_STYLE));
  header.commit();
  for (const cells of table.rows) {
    const row = ws.addRow(cells.map(valueOf));
    row.eachCell((cell, col) => {
      const spec = cells[col - 1];
      const numFmt = spec !== null && typeof spec === 'object' ? spec.numFmt : typeof spec === 'number' ? formats[col - 1] : undefined;
      cell.style = styleOf(numFmt);
    });
    row.commit();
  }
  ws.commit();
}

function valueOf(cell: CellSpec): string | number | null {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}
