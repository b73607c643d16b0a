import { addPage, bottomOf, contentWidth, type PdfDoc } from '../pdf/document.js';
import { mm, SIZE } from '../pdf/layout.js';
import { drawNationalHeader, rule, RULE_GAP } from '../pdf/national-header.js';
import { drawTable, tableLeadHeight, type Column } from '../pdf/table.js';
import type { Plan } from '../plans/schema.js';
import { headerParts } from './fields.js';
import type { Proposal, ProposalRow } from './group.js';
import type { LetterValues } from './template-spec.js';
import type { Template } from './templates.js';

/** Column weights of the landscape list: the achievement summary gets the most room. */
const WEIGHTS = [5, 17, 19, 39, 20];
const ALIGN: Array<Column['align']> = ['center', 'left', 'left', 'justify', 'left'];
const ROMAN = ['I', 'II'];

/**
 * Draws the Danh sách on new landscape pages: the header again (an attachment
 * names its issuer), the title, what it is attached to, then collectives and
 * individuals as separate numbered parts, each a table whose header row repeats
 * on every page.
 */
export function drawList(doc: PdfDoc, p: Proposal, list: Template, values: LetterValues, plan: Plan): void {
  addPage(doc, 'landscape');
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  drawNationalHeader(doc, headerParts(p, values, undefined, ''));

  doc.font('bold').fontSize(SIZE.title).text(list.text('tieu-de', values), x0, doc.y, { width, align: 'center' });
  doc.text(list.text('trich-yeu', values), { width, align: 'center' });
  doc.font('italic').text(list.text('kem-theo', values), { width, align: 'center' });
  doc.y = rule(doc, x0 + width / 2, doc.y + RULE_GAP, mm(50)) + mm(5);

  const parts: Array<{ rows: ProposalRow[]; heading: string; columns: string }> = [
    { rows: p.collectives, heading: 'muc-tap-the', columns: 'cot-tap-the' },
    { rows: p.individuals, heading: 'muc-ca-nhan', columns: 'cot-ca-nhan' },
  ].filter((part) => part.rows.length > 0);

  parts.forEach((part, index) => {
    const partValues = { ...values, so_muc: ROMAN[index]!, so_luong: String(part.rows.length).padStart(2, '0') };
    const headers = list.lines(part.columns, partValues);
    const columns = WEIGHTS.map((weight, i) => ({ header: headers[i] ?? '', weight, align: ALIGN[i] }));
    const rows = part.rows.map((r, i) => [String(i + 1), r.name, r.detail, r.achievement, basisText(r, list, partValues, plan)]);
    // The last part keeps the closing "Danh sách có …" line with its last row.
    const closing = index === parts.length - 1 ? mm(5) + closingHeight(doc, list, values, width) : 0;
    const table = { columns, rows, fontSize: SIZE.table, layout: 'landscape' as const, keepWithLast: closing };
    // The part's heading stays with its table's header row and first row.
    const heading = list.text(part.heading, partValues);
    doc.font('bold').fontSize(SIZE.body);
    const headingHeight = doc.heightOfString(heading, { width }) + mm(2);
    if (doc.y + headingHeight + tableLeadHeight(doc, table) > bottomOf(doc)) addPage(doc, 'landscape');
    doc.font('bold').fontSize(SIZE.body).text(heading, x0, doc.y, { width });
    doc.y += mm(2);
    drawTable(doc, table);
    doc.y += mm(5);
  });

  doc.font('italic').fontSize(SIZE.body);
  if (doc.y + doc.currentLineHeight(true) > bottomOf(doc)) addPage(doc, 'landscape');
  doc.text(list.text('tong-so', values), x0, doc.y, { width, align: 'left' });
}

function closingHeight(doc: PdfDoc, list: Template, values: LetterValues, width: number): number {
  return doc.font('italic').fontSize(SIZE.body).heightOfString(list.text('tong-so', values), { width });
}

function basisText(r: ProposalRow, list: Template, values: LetterValues, plan: Plan): string {
  if ('text' in r.basis) return r.basis.text;
  return list.text('can-cu', { ...values, can_cu: r.basis.label, trich_dan: plan.citeAs, muc: r.basis.clause });
}
