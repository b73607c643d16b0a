import { COLOR, PAGE, type Doc } from './doc.js';

export interface PdfColumn {
  header: string;
  /** Share of the table width (the widths are scaled to fill it). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfCell {
  text: string;
  color?: string;
  bold?: boolean;
  /** A second, smaller line under the text (a note). */
  note?: string;
}

export interface PdfRow {
  cells: Array<string | PdfCell>;
  bold?: boolean;
}

const PAD = 3.5;
const SIZE = 9.5;
const NOTE_SIZE = 8;

function cellOf(c: string | PdfCell): PdfCell {
  return typeof c === 'string' ? { text: c } : c;
}

function cellHeight(doc: Doc, cell: PdfCell, width: number, bold: boolean): number {
  doc.font(bold || cell.bold ? 'bold' : 'regular').fontSize(SIZE);
  let h = doc.heightOfString(cell.text || ' ', { width });
  if (cell.note) h += doc.font('italic').fontSize(NOTE_SIZE).heightOfString(cell.note, { width }) + 1;
  return h + 2 * PAD;
}

/**
 * Draws a table with ruled cells, wrapped text and a shaded header that repeats on
 * every page the table runs onto. Rows are never split across pages.
 */
export function drawTable(doc: Doc, columns: readonly PdfColumn[], rows: readonly PdfRow[], width: number, x = PAGE.left): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const inner = widths.map((w) => w - 2 * PAD);
  const header: PdfRow = { cells: columns.map((c) => c.header), bold: true };
  const heightOf = (row: PdfRow) => Math.max(...row.cells.map((c, i) => cellHeight(doc, cellOf(c), inner[i]!, row.bold ?? false)));
  const bottom = PAGE.height - PAGE.bottom;

  const draw = (row: PdfRow, fill?: string, isHeader = false) => {
    const h = heightOf(row);
    let cx = x;
    const y = doc.y;
    if (fill) doc.rect(x, y, width, h).fill(fill);
    row.cells.forEach((raw, i) => {
      const cell = cellOf(raw);
      const w = widths[i]!;
      const align = isHeader ? 'center' : (columns[i]!.align ?? 'left');
      doc.font(row.bold || cell.bold ? 'bold' : 'regular').fontSize(SIZE).fillColor(cell.color ?? COLOR.text);
      doc.text(cell.text, cx + PAD, y + PAD, { width: inner[i]!, align });
      if (cell.note) doc.font('italic').fontSize(NOTE_SIZE).fillColor(COLOR.muted).text(cell.note, cx + PAD, doc.y + 1, { width: inner[i]!, align: 'left' });
      doc.lineWidth(0.5).strokeColor(COLOR.rule).rect(cx, y, w, h).stroke();
      cx += w;
    });
    doc.x = PAGE.left;
    doc.y = y + h;
  };

  const headerHeight = heightOf(header);
  if (doc.y + headerHeight + (rows[0] ? heightOf(rows[0]) : 0) > bottom) doc.addPage();
  draw(header, COLOR.headerFill, true);
  rows.forEach((row, i) => {
    if (doc.y + heightOf(row) > bottom) {
      doc.addPage();
      draw(header, COLOR.headerFill, true);
    }
    draw(row, i % 2 === 1 ? COLOR.zebra : undefined);
  });
  doc.moveDown(0.4);
}
