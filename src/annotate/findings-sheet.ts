import type ExcelJS from 'exceljs';
import type { Finding } from '../findings/finding.js';
import { SEVERITY_FILL, BORDER, FONT, printSetup, styleHeader } from '../template/styles.js';
import type { TemplateText } from '../template/text.js';

/** One row of the findings sheet, already in words. */
export interface FindingRow {
  finding: Finding;
  severity: string;
  message: string;
  cite: string;
}

const WIDTHS = [6, 11, 26, 14, 8, 80, 26] as const;

/** A sheet name not yet used in the workbook: `Phát hiện`, else `Phát hiện (2)` … */
function freeName(wb: ExcelJS.Workbook, name: string): string {
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Adds the findings sheet at the end of the workbook: every finding of the file
 * with its place, message and clause. It is the only home of findings that have
 * no cell (a missing sheet or column, a quota over several rows) and an index of
 * the marked cells for the rest. Text goes in as plain strings, never formulas.
 */
export function addFindingsSheet(wb: ExcelJS.Workbook, rows: readonly FindingRow[], text: TemplateText): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(freeName(wb, text.sheets.findings), { properties: { tabColor: { argb: 'FFC00000' } } });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = ws.getRow(1);
  text.findings.headers.forEach((h, i) => styleHeader(Object.assign(header.getCell(i + 1), { value: h }), true));
  header.height = 20;
  rows.forEach((row, i) => {
    const f = row.finding;
    const where = f.cell ?? (f.row !== undefined ? String(f.row) : '');
    const values = [i + 1, row.severity, f.code, f.sheet ?? '', where, row.message, row.cite];
    const r = ws.getRow(i + 2);
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v;
      cell.style = { font: FONT, border: BORDER, alignment: { vertical: 'top', wrapText: c >= 5 } };
    });
    r.getCell(2).fill = SEVERITY_FILL[f.severity];
    r.height = Math.max(15, Math.ceil(row.message.length / (WIDTHS[5] - 2)) * 15 + 2);
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: WIDTHS.length } };
  printSetup(ws, 'landscape', '1:1');
  return ws;
}
