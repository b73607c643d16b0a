import { addPage, bottomOf, type PdfDoc } from './document.js';

/** One column: its heading, its share of the table width, and how its cells align. */
export interface Column {
  header: string;
  /** Relative width; the table spreads the page width over the columns by these weights. */
  weight: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface TableOptions {
  columns: Column[];
  rows: string[][];
  fontSize: number;
  /** Orientation of the pages the table continues on. */
  layout: 'portrait' | 'landscape';
  /** Room (pt) to keep free under the last row, so a closing line is not left alone on a page. */
  keepWithLast?: number;
}

/** Cell padding (pt). */
const PAD = 3;
const LINE = 0.5;

interface Geometry {
  widths: number[];
  headers: string[];
  headerHeight: number;
  heightOf(cells: string[]): number;
}

function geometry(doc: PdfDoc, options: TableOptions): Geometry {
  const total = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weights = options.columns.reduce((s, c) => s + c.weight, 0);
  const widths = options.columns.map((c) => (total * c.weight) / weights);
  const measure = (cells: string[], font: string) => {
    doc.font(font).fontSize(options.fontSize);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const headers = options.columns.map((c) => c.header);
  return { widths, headers, headerHeight: measure(headers, 'bold'), heightOf: (cells) => measure(cells, 'regular') };
}

/** Height of the header row and the first row: what must fit for the table to start on this page. */
export function tableLeadHeight(doc: PdfDoc, options: TableOptions): number {
  const g = geometry(doc, options);
  return g.headerHeight + (options.rows[0] ? g.heightOf(options.rows[0]) : 0);
}

/**
 * Draws a table from `doc.y` down, continuing on new pages with the header row
 * repeated. Every row is measured before it is drawn (`heightOfString` of each
 * cell) so that no row is split across pages: a row that does not fit starts
 * the next page. A row taller than a whole page is cut with an ellipsis, since
 * a split would break the rule and no one prints such a summary.
 */
export function drawTable(doc: PdfDoc, options: TableOptions): void {
  const g = geometry(doc, options);
  const pageRoom = () => bottomOf(doc) - doc.page.margins.top - g.headerHeight;
  const rowHeight = (row: string[]) => Math.min(g.heightOf(row), pageRoom());

  // Never leave a header row alone at a page foot.
  const first = options.rows[0] ? rowHeight(options.rows[0]) : 0;
  if (doc.y + g.headerHeight + first > bottomOf(doc)) addPage(doc, options.layout);
  drawRow(doc, g.headers, g.widths, g.headerHeight, 'bold', options, true);

  options.rows.forEach((row, i) => {
    const height = rowHeight(row);
    const after = i === options.rows.length - 1 ? (options.keepWithLast ?? 0) : 0;
    if (doc.y + Math.min(height + after, pageRoom()) > bottomOf(doc)) {
      addPage(doc, options.layout);
      drawRow(doc, g.headers, g.widths, g.headerHeight, 'bold', options, true);
    }
    drawRow(doc, row, g.widths, height, 'regular', options, false);
  });
  doc.x = doc.page.margins.left;
}

function drawRow(doc: PdfDoc, cells: string[], widths: number[], height: number, font: string, options: TableOptions, header: boolean): void {
  const top = doc.y;
  let x = doc.page.margins.left;
  doc.font(font).fontSize(options.fontSize);
  cells.forEach((text, i) => {
    const width = widths[i]!;
    doc.save().lineWidth(LINE).rect(x, top, width, height).stroke().restore();
    // `height` and `ellipsis` cut only the rare cell taller than a page (see drawTable).
    doc.text(text, x + PAD, top + PAD, {
      width: width - 2 * PAD,
      height: height - 2 * PAD + 0.01,
      ellipsis: '…',
      align: header ? 'center' : (options.columns[i]!.align ?? 'left'),
    });
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}
