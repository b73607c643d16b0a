import type PDFDocument from 'pdfkit';

/** A pdfkit document (the type only: pdfkit itself is loaded lazily by `render-pdf.ts`). */
export type Doc = InstanceType<typeof PDFDocument>;

/** A4 in points, with the margins of Vietnamese administrative documents (left wider, for binding). */
export const PAGE = { width: 595.28, height: 841.89, left: 62, right: 45, top: 48, bottom: 58 } as const;
/** The width between the margins, where text and tables go. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The report's palette: sober, readable in grey print. */
export const COLOR = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  rule: '#9aa5b1',
  headerFill: '#dde7f2',
  zebra: '#f4f7fa',
  met: '#2e7d32',
  notMet: '#c62828',
  unknown: '#7a7a7a',
  warn: '#b26a00',
  bar: '#4a78a8',
  target: '#c62828',
  boxFill: '#fff6e0',
} as const;

/** Starts a new page when less than `height` points are left, so a block is never split. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > PAGE.height - PAGE.bottom) doc.addPage();
}

/** A section heading: bold, with space above, kept with at least `keep` points of what follows. */
export function heading(doc: Doc, text: string, keep = 80): void {
  if (keep > 0) ensureSpace(doc, keep + 30);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(12.5).fillColor(COLOR.text).text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
}

/** A smaller heading inside a section. */
export function subheading(doc: Doc, text: string, keep = 60): void {
  if (keep > 0) ensureSpace(doc, keep + 20);
  doc.moveDown(0.3);
  doc.font('bold-italic').fontSize(11).fillColor(COLOR.text).text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
}

/** A paragraph of body text across the content width. */
export function paragraph(doc: Doc, text: string, options: { size?: number; color?: string; font?: string } = {}): void {
  doc.font(options.font ?? 'regular').fontSize(options.size ?? 10.5).fillColor(options.color ?? COLOR.text).text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
}
