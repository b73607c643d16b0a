import type ExcelJS from 'exceljs';
import type { Lang } from '../i18n/types.js';
import { columnNote } from './column-notes.js';
import type { TemplateSheet } from './layout.js';
import { columnLetters } from '../workbook/a1.js';
import { FONT, heightFor, printSetup, styleHeader } from './styles.js';
import type { TemplateText } from './text.js';
import { addValidation, numFmtFor, validationFor, type ListRefs } from './validation.js';

/** How many data rows carry the drop-downs and checks, per sheet: room for a large district's dossier. */
export const DATA_ROWS: Record<TemplateSheet['spec']['id'], number> = { info: 0, communes: 100, collectives: 300, individuals: 500, ocop: 100 };

/**
 * Writes one table sheet: the header row (styled, frozen, with a note on each
 * header), column widths and formats, and every column's validation over its data rows.
 * `prefill` names go in `Tên xã` (a district plan lists its communes).
 */
export function writeTableSheet(ws: ExcelJS.Worksheet, sheet: TemplateSheet, refs: ListRefs, text: TemplateText, lang: Lang, prefill: readonly string[] = []): void {
  const rows = Math.max(DATA_ROWS[sheet.spec.id], prefill.length + 20);
  const header = ws.getRow(1);
  sheet.columns.forEach((column, i) => {
    const col = i + 1;
    const cell = header.getCell(col);
    cell.value = column.header;
    styleHeader(cell, column.required);
    const note = columnNote(column.id, lang);
    const noteText = column.criterion ? `${column.header}. ${column.criterion}\n${note ?? ''}` : note;
    if (noteText) cell.note = noteText;

    const wsColumn = ws.getColumn(col);
    wsColumn.width = column.width;
    const numFmt = numFmtFor(column.check);
    // Column styles reach the cells an officer types into later; long text wraps.
    wsColumn.style = {
      font: FONT,
      ...(numFmt ? { numFmt } : {}),
      alignment: {
        vertical: 'top',
        wrapText: column.width >= 18 || column.check.kind === 'list',
        // Short picks (Có/Không, Nam/Nữ, Tỉnh/Huyện/Xã) and row numbers read best centred.
        ...((column.check.kind === 'list' && column.width <= 12) || column.id.endsWith('.stt') ? { horizontal: 'center' as const } : {}),
      },
    };
    const validation = validationFor(column.check, refs, text);
    const letter = columnLetters(col);
    if (validation) addValidation(ws, `${letter}2:${letter}${rows + 1}`, validation);
  });
  header.height = heightFor(sheet.columns.map((c) => [c.header, c.width]));

  if (prefill.length > 0) {
    const nameCol = sheet.columns.findIndex((c) => c.id === 'communes.name') + 1;
    prefill.forEach((name, i) => {
      // STT is the sheet's first column (columns.ts).
      ws.getCell(i + 2, 1).value = i + 1;
      ws.getCell(i + 2, nameCol).value = name;
    });
  }

  // STT and the name stay in view while scrolling right; the header while scrolling down.
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2', activeCell: 'B2' }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  printSetup(ws, 'landscape', '1:1');
  // Data cells have no borders (they would stop at the last prepared row): print the grid instead.
  ws.pageSetup.showGridLines = true;
}

/** The range of names in sheet `Xã`, for the commune drop-downs of the other sheets. */
export function communeRange(sheet: TemplateSheet, sheetName: string, quote: (name: string) => string): string {
  const letter = columnLetters(sheet.columns.findIndex((c) => c.id === 'communes.name') + 1);
  return `${quote(sheetName)}!$${letter}$2:$${letter}$${DATA_ROWS.communes + 1}`;
}
