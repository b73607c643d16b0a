import { contentWidth, type PdfDoc } from './document.js';
import { mm, SIZE } from './layout.js';

/** What goes in the two header columns of an administrative document (ND 30, ô 1–5). */
export interface HeaderParts {
  /** The superior body, in capitals, regular weight (may be absent). */
  superior?: string;
  /** The issuing body's lines, in capitals, bold. */
  issuer: string[];
  /** "Số: 08/TTr-UBND", under the issuer; absent on attachments. */
  number?: string;
  /** "Tam Đường, ngày 12 tháng 01 năm 2023", italic, under the motto; absent on attachments. */
  placeDate?: string;
}

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The left column is narrower: the issuer's name is short, the national title long. */
const LEFT_SHARE = 0.4;
/** Space between a line of capitals and its rule: clears the marks under letters like Ệ. */
export const RULE_GAP = 4;

/**
 * Draws the two-column header at the top of the current page: issuer over a short
 * rule and the number on the left; national title, motto over a rule of its own
 * width, and the italic place and date on the right. Leaves `doc.y` below both.
 */
export function drawNationalHeader(doc: PdfDoc, parts: HeaderParts): void {
  const top = doc.page.margins.top;
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const leftWidth = Math.max(mm(68), width * LEFT_SHARE);
  const rightX = x0 + leftWidth;
  const rightWidth = width - leftWidth;

  let left = top;
  if (parts.superior) left = centred(doc, parts.superior, 'regular', SIZE.header, x0, left, leftWidth);
  for (const line of parts.issuer) left = centred(doc, line, 'bold', SIZE.header, x0, left, leftWidth);
  left = rule(doc, x0 + leftWidth / 2, left + RULE_GAP, Math.min(leftWidth / 3, mm(25)));

  const nationSize = fit(doc, NATION, 'bold', SIZE.header, rightWidth);
  let right = centred(doc, NATION, 'bold', nationSize, rightX, top, rightWidth);
  right = centred(doc, MOTTO, 'bold', SIZE.motto + 1, rightX, right, rightWidth);
  doc.font('bold').fontSize(SIZE.motto + 1);
  right = rule(doc, rightX + rightWidth / 2, right + RULE_GAP, doc.widthOfString(MOTTO));

  // The number and the place/date sit on one baseline under their columns.
  const row = Math.max(left, right) + mm(3);
  let end = row;
  if (parts.number) end = Math.max(end, centred(doc, parts.number, 'regular', SIZE.number, x0, row, leftWidth));
  if (parts.placeDate) end = Math.max(end, centred(doc, parts.placeDate, 'italic', SIZE.number + 1, rightX, row, rightWidth));
  doc.x = x0;
  doc.y = end + mm(4);
}

/** Draws one centred line in a column and returns the y below it. */
function centred(doc: PdfDoc, text: string, font: string, size: number, x: number, y: number, width: number): number {
  doc.font(font).fontSize(size);
  doc.text(text, x, y, { width, align: 'center' });
  return doc.y;
}

/** A horizontal rule of `length` centred on `cx`; returns the y below it. */
export function rule(doc: PdfDoc, cx: number, y: number, length: number): number {
  doc.save().lineWidth(0.6).moveTo(cx - length / 2, y).lineTo(cx + length / 2, y).stroke().restore();
  return y + 2;
}

/** The largest size not above `size` (and not below 12) at which `text` fits on one line. */
function fit(doc: PdfDoc, text: string, font: string, size: number, width: number): number {
  doc.font(font);
  let s = size;
  while (s > 12 && doc.fontSize(s).widthOfString(text) > width) s -= 0.5;
  return s;
}
