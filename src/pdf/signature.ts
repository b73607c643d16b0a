import { addPage, bottomOf, contentWidth, type PdfDoc } from './document.js';
import { mm, SIZE } from './layout.js';

/** The foot of a letter: recipients on the left, the signature on the right (ND 30, ô 7 and 9). */
export interface SignatureParts {
  /** "Nơi nhận:" */
  recipientsLabel: string;
  /** "- Như trên;" … "- Lưu: VT." */
  recipients: string[];
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": capitals, bold. */
  authority: string[];
  /** The signer's name, bold, under the room left for the signature and seal. */
  signer?: string;
}

/** Room for the handwritten signature and the seal. */
const SIGNING_ROOM = mm(25);

/** The height the foot needs: the taller of the recipients and the signature block. */
export function signatureHeight(doc: PdfDoc, parts: SignatureParts): number {
  const { leftWidth, rightWidth } = columns(doc);
  doc.font('bold').fontSize(SIZE.header + 1);
  const authorityHeight = parts.authority.reduce((h, line) => h + doc.heightOfString(line, { width: rightWidth }), 0);
  doc.font('regular').fontSize(SIZE.recipients);
  const listHeight = parts.recipients.reduce((h, line) => h + doc.heightOfString(line, { width: leftWidth }), SIZE.recipientsLabel * 1.4);
  return Math.max(listHeight, authorityHeight + SIGNING_ROOM + SIZE.body * 1.4) + mm(4);
}

function columns(doc: PdfDoc) {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const leftWidth = width * 0.45;
  return { x0, leftWidth, rightX: x0 + leftWidth, rightWidth: width - leftWidth };
}

/**
 * Draws the recipients and the signature block side by side from `doc.y`,
 * moving both to a new page when they would not fit whole.
 */
export function drawSignature(doc: PdfDoc, parts: SignatureParts): void {
  if (doc.y + signatureHeight(doc, parts) > bottomOf(doc)) addPage(doc, 'portrait');
  const { x0, leftWidth, rightX, rightWidth } = columns(doc);

  const top = doc.y + mm(4);
  doc.font('bold-italic').fontSize(SIZE.recipientsLabel).text(parts.recipientsLabel, x0, top, { width: leftWidth });
  doc.font('regular').fontSize(SIZE.recipients);
  for (const line of parts.recipients) doc.text(line, x0, doc.y, { width: leftWidth });
  const leftEnd = doc.y;

  doc.font('bold').fontSize(SIZE.header + 1);
  doc.y = top;
  for (const line of parts.authority) doc.text(line, rightX, doc.y, { width: rightWidth, align: 'center' });
  let rightEnd = doc.y + SIGNING_ROOM;
  if (parts.signer) {
    doc.text(parts.signer, rightX, rightEnd, { width: rightWidth, align: 'center' });
    rightEnd = doc.y;
  }
  doc.x = x0;
  doc.y = Math.max(leftEnd, rightEnd);
}
