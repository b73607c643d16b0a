import { COLOR, heading, PAGE, subheading, type Doc } from './doc.js';

/** A table column of the PDF. */
export interface PdfColumn {
  header: string;
  /** Share of the table width (the widths are scaled to fill it). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell with its own colour, weight or note; plain strings are plain cells. */
export interface PdfCell {
  text: string;
  color?: string;
  bold?: boolean;
  /** A second, smaller line under the text (a note). */
  note?: string;
}

/** A table row; `bold` for totals. */
export interface PdfRow {
  cells: Array<string | PdfCell>;
  bold?: boolean;
}

/** Headings printed right before the table and kept on its page. */
export type Titles = ReadonlyArray<{ text: string; kind: 'heading' | 'subheading' }>;

// Room a heading or subheading takes (spacing above and below included).
const TITLE_HEIGHT = { heading: 34, subheading: 26 } as const;

const PAD = 3.5;
const SIZE = 9.5;
const HEADER_SIZE = 8.8;
const NOTE_SIZE = 8;

function cellOf(c: string | PdfCell): PdfCell {
  return typeof c === 'string' ? { text: c } : c;
}

function cellHeight(doc: Doc, cell: PdfCell, width: number, bold: boolean, size = SIZE): number {
  doc.font(bold || cell.bold ? 'bold' : 'regular').fontSize(size);
  let h = doc.heightOfString(cell.text || ' ', { width });
  if (cell.note) h += doc.font('italic').fontSize(NOTE_SIZE).heightOfString(cell.note, { width }) + 1;
  return h + 2 * PAD;
}

/**
 * Draws a table with ruled cells, wrapped text and a shaded header that repeats on
 * every page the table runs onto. Rows are never split across pages; a table that
 * fits on one page is kept whole, with the `titles` above it (no orphan heading).
 */
export function drawTable(doc: Doc, columns: readonly PdfColumn[], rows: readonly PdfRow[], width: number, titles: Titles = [], x = PAGE.left): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const inner = widths.map((w) => w - 2 * PAD);
  const header: PdfRow = { cells: columns.map((c) => c.header), bold: true };
  const heightOf = (row: PdfRow, size = SIZE) => Math.max(...row.cells.map((c, i) => cellHeight(doc, cellOf(c), inner[i]!, row.bold ?? false, size)));
  const bottom = PAGE.height - PAGE.bottom;

  const draw = (row: PdfRow, fill?: string, isHeader = false) => {
    const size = isHeader ? HEADER_SIZE : SIZE;
    const h = heightOf(row, size);
    let cx = x;
    const y = doc.y;
    if (fill) doc.rect(x, y, width, h).fill(fill);
    row.cells.forEach((raw, i) => {
      const cell = cellOf(raw);
      const w = widths[i]!;
      const align = isHeader ? 'center' : (columns[i]!.align ?? 'left');
      doc.font(row.bold || cell.bold ? 'bold' : 'regular').fontSize(size).fillColor(cell.color ?? COLOR.text);
      doc.text(cell.text, cx + PAD, y + PAD, { width: inner[i]!, align });
      if (cell.note) doc.font('italic').fontSize(NOTE_SIZE).fillColor(COLOR.muted).text(cell.note, cx + PAD, doc.y + 1, { width: inner[i]!, align: 'left' });
      doc.lineWidth(0.5).strokeColor(COLOR.rule).rect(cx, y, w, h).stroke();
      cx += w;
    });
    doc.x = PAGE.left;
    doc.y = y + h;
  };

  // A table that fits on one page is kept whole; a longer one starts with at least its header and a row.
  const heights = rows.map((row) => heightOf(row));
  const whole = heightOf(header, HEADER_SIZE) + heights.reduce((s, h) => s + h, 0);
  const first = heightOf(header, HEADER_SIZE) + (heights[0] ?? 0);
  const above = titles.reduce((sum, t) => sum + TITLE_HEIGHT[t.kind], 0);
  if (doc.y + above + (above + whole <= bottom - PAGE.top ? whole : first) > bottom) doc.addPage();
  for (const t of titles) (t.kind === 'heading' ? heading : subheading)(doc, t.text, 0);
  draw(header, COLOR.headerFill, true);
  rows.forEach((row, i) => {
    if (doc.y + heights[i]! > bottom) {
      doc.addPage();
      draw(header, COLOR.headerFill, true);
    }
    draw(row, i % 2 === 1 ? COLOR.zebra : undefined);
  });
  doc.moveDown(0.4);
}
