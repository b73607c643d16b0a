import { addPage, bottomOf, contentWidth, type PdfDoc } from '../pdf/document.js';
import { mm, PARAGRAPH, SIZE } from '../pdf/layout.js';
import { drawNationalHeader, rule, RULE_GAP } from '../pdf/national-header.js';
import { drawSignature, signatureHeight } from '../pdf/signature.js';
import type { IsoDate } from '../text/dates.js';
import { headerParts, signatureParts } from './fields.js';
import type { Proposal } from './group.js';
import type { LetterValues } from './template-spec.js';
import type { Template } from './templates.js';

/**
 * Draws the Tờ trình on the current (first, portrait) page in the order of
 * Nghị định 30/2020, Phụ lục I: header, number and place/date, title, subject
 * over a short rule, "Kính gửi", the Căn cứ and request paragraphs, then the
 * recipients and the signature block. Wording comes from the template.
 */
export function drawLetter(doc: PdfDoc, p: Proposal, letter: Template, values: LetterValues, date: IsoDate): void {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  drawNationalHeader(doc, headerParts(p, values, letter, date));

  doc.moveDown(0.3);
  doc.font('bold').fontSize(SIZE.title).text(letter.text('tieu-de', values), x0, doc.y, { width, align: 'center' });
  for (const line of letter.paragraphs('trich-yeu', values)) doc.text(line, x0, doc.y, { width, align: 'center' });
  doc.y = rule(doc, x0 + width / 2, doc.y + RULE_GAP, mm(40)) + mm(5);

  doc.font('regular').fontSize(SIZE.body);
  doc.text(letter.text('dong-kinh-gui', values), x0, doc.y, { width, align: 'center' });
  doc.y += mm(4);

  const [recipientsLabel = '', ...recipients] = letter.lines('noi-nhan', values);
  const foot = { recipientsLabel, recipients, ...signatureParts(p, letter, values) };
  const body = { width, align: 'justify' as const, indent: PARAGRAPH.indent, paragraphGap: PARAGRAPH.gap, lineGap: PARAGRAPH.lineGap };
  const paragraphs = [...letter.paragraphs('can-cu', values, date), ...letter.paragraphs('noi-dung', values, date)];
  paragraphs.forEach((paragraph, i) => {
    // A signature page must carry some of the text: the last paragraph goes over with the signature.
    if (i === paragraphs.length - 1) {
      const height = doc.font('regular').fontSize(SIZE.body).heightOfString(paragraph, body) + PARAGRAPH.gap;
      if (doc.y + height + signatureHeight(doc, foot) > bottomOf(doc)) addPage(doc, 'portrait');
    }
    doc.font('regular').fontSize(SIZE.body).text(paragraph, x0, doc.y, body);
  });
  drawSignature(doc, foot);
}
