import type ExcelJS from 'exceljs';

/**
 * The look of the generated workbooks, in one place so the template and the
 * annotated copies agree: dark headers for required columns, light for optional.
 */

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9DB' } };

/**
 * The font of everything the tool writes: the one Vietnamese administrative
 * documents use, present on every office PC (LibreOffice maps it to Liberation Serif).
 */
export const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 11 };

/** Thin borders on all four sides. */
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Header of a required column: the officer must fill it. */
export const REQUIRED_HEADER: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } },
  fill: solid('FF1F4E78'),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
};

/** Header of an optional (or conditionally required) column. */
export const OPTIONAL_HEADER: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true, color: { argb: 'FF1F3864' } },
  fill: solid('FFDDEBF7'),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
};

/** Fills of annotated cells, by severity: errors red, warnings yellow, information blue. */
export const SEVERITY_FILL: Record<'error' | 'warning' | 'info', ExcelJS.Fill> = {
  error: solid('FFFF9999'),
  warning: solid('FFFFEB84'),
  info: solid('FFBDD7EE'),
};

/** A header cell, styled as required or optional. */
export function styleHeader(cell: ExcelJS.Cell, required: boolean): void {
  cell.style = { ...(required ? REQUIRED_HEADER : OPTIONAL_HEADER) };
}

/**
 * Row height (points) that shows `text` whole in a cell `width` characters wide:
 * neither Excel nor LibreOffice grows merged or pre-written rows by itself.
 */
export function heightFor(texts: ReadonlyArray<[text: string, width: number]>, lineHeight = 15): number {
  // Widths count Calibri digits; Times New Roman text averages about 1.2 characters per unit.
  const perLine = (width: number) => Math.max((width - 1) * 1.2, 1);
  const lines = Math.max(1, ...texts.map(([text, width]) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine(width))), 0)));
  return lines * lineHeight + 3;
}

/** Landscape A4, all columns on one page wide, header row repeated on every page. */
export function printSetup(ws: ExcelJS.Worksheet, orientation: 'landscape' | 'portrait', titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
}
