import type { Lang } from '../../i18n/types.js';
import { registerFonts } from '../../pdf/fonts.js';
import { countBySeverity } from '../../reporters/counts.js';
import { consolidateText } from '../text.js';
import type { Consolidation } from '../types.js';
import { drawTargetChart } from './chart.js';
import { COLOR, CONTENT_WIDTH, PAGE, paragraph, subheading, type Doc } from './doc.js';
import { missingBox, scheduleTable, targetsTable, tiles, titleBlock } from './sections.js';
import { districtsTable, findingsTable, formsTable, genderBar } from './tables.js';

/** The report's language, the tool's version and the date printed. */
export interface PdfOptions {
  lang: Lang;
  version: string;
  /** The date printed as the report's date (`--as-of`, else today), `YYYY-MM-DD`. */
  date: string;
}

/**
 * `tong-hop.pdf`: the province's consolidated report on A4 — title block and key
 * numbers, the targets as a table and a bar chart, the schedule (Hà Quảng), one row
 * per district, nominations by form and gender, and the findings by code.
 * Vietnamese text needs an embedded font: Tinos, every glyph. pdfkit is imported
 * here, lazily, so a plain check never loads it.
 */
export async function consolidationPdf(c: Consolidation, options: PdfOptions): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const text = consolidateText(options.lang);
  const [y, m, d] = options.date.split('-');
  const date = options.lang === 'vi' ? `${d}/${m}/${y}` : options.date;
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: options.lang === 'vi' ? 'vi-VN' : 'en-GB',
    displayTitle: true,
    info: { Title: `${text.title} — ${text.subtitle(c.year)}`, Author: 'ntm-check', Creator: `ntm-check ${options.version}`, CreationDate: new Date(`${options.date}T00:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => doc.on('end', resolve).on('error', reject));
  registerFonts(doc);
  doc.font('regular');

  titleBlock(doc, c, text, text.madeBy(options.version, date));
  tiles(doc, c, text, options.lang);
  const counts = countBySeverity(c.findings);
  paragraph(doc, text.summary({ files: c.report.files.length, communes: c.batch.communes.length, nominations: c.counts.nominations, withoutErrors: c.counts.withoutErrors, errors: counts.error, warnings: counts.warning }));
  doc.moveDown(0.4);
  missingBox(doc, c, text);

  targetsTable(doc, c, text, options.lang, [{ text: text.sections.targets, kind: 'heading' }]);
  if (c.targets.some((t) => !t.schedule)) {
    subheading(doc, text.sections.chart, 120);
    drawTargetChart(doc, c.targets, text, options.lang);
  }
  if (c.targets.some((t) => t.schedule)) {
    scheduleTable(doc, c, text, [{ text: text.sections.schedule, kind: 'subheading' }]);
  }

  districtsTable(doc, c, text, options.lang, [{ text: text.sections.districts, kind: 'heading' }]);
  formsTable(doc, c, text, options.lang, [{ text: text.sections.nominations, kind: 'heading' }, { text: text.sections.byForm, kind: 'subheading' }]);
  subheading(doc, text.sections.byGender, 40);
  genderBar(doc, c, text, options.lang);

  findingsTable(doc, c, text, options.lang, [{ text: text.sections.findings, kind: 'heading' }]);

  footers(doc, text.page, `${c.plan.citeAs} · ${text.subtitle(c.year)}`);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Page numbers and a running title at the foot of every page, drawn once all pages exist. */
function footers(doc: Doc, page: (n: number, of: number) => string, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.bottom + 18;
    // Writing below the bottom margin would make pdfkit add a page; lift the margin meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.lineWidth(0.4).strokeColor(COLOR.rule).moveTo(PAGE.left, y - 5).lineTo(PAGE.left + CONTENT_WIDTH, y - 5).stroke();
    doc.font('regular').fontSize(8).fillColor(COLOR.muted);
    doc.text(title, PAGE.left, y, { width: CONTENT_WIDTH * 0.78, height: 10, ellipsis: true });
    doc.text(page(i - range.start + 1, range.count), PAGE.left, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
