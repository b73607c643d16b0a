import type { PdfDoc } from './document.js';
import { mm, SIZE } from './layout.js';

/**
 * Page numbers and the draft stamp, drawn on the buffered pages once the page
 * count is known. ND 30: numbers in Arabic figures, 13–14 pt, upright, centred in
 * the top margin, the first page unnumbered.
 */
export function decoratePages(doc: PdfDoc, stamp: string | undefined): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing in the margins: lift the bottom margin so pdfkit never breaks a page here.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    if (i > range.start) {
      doc.font('regular').fontSize(SIZE.pageNumber);
      doc.text(String(i - range.start + 1), 0, mm(10), { width: doc.page.width, align: 'center', lineBreak: false });
    }
    if (stamp) drawStamp(doc, stamp);
    doc.page.margins = margins;
  }
}

/** A large, pale, diagonal word across the page, and a boxed one in the top corner that photocopies keep. */
function drawStamp(doc: PdfDoc, stamp: string): void {
  const { width, height } = doc.page;
  doc.save();
  doc.font('bold').fontSize(96).fillColor('#c00000').fillOpacity(0.12);
  const w = doc.widthOfString(stamp);
  doc.rotate(-Math.atan2(height, width) * (180 / Math.PI), { origin: [width / 2, height / 2] });
  doc.text(stamp, width / 2 - w / 2, height / 2 - 48, { lineBreak: false });
  doc.restore();

  doc.save();
  doc.font('bold').fontSize(14).fillColor('#c00000').strokeColor('#c00000');
  const bw = doc.widthOfString(stamp) + mm(6);
  const x = width - doc.page.margins.right - bw;
  const y = mm(7);
  doc.lineWidth(1.2).rect(x, y, bw, mm(8)).stroke();
  doc.text(stamp, x, y + mm(1.8), { width: bw, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor('black').fillOpacity(1);
}
