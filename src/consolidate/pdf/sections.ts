import type { Lang } from '../../i18n/types.js';
import { countBySeverity } from '../../reporters/counts.js';
import { formatMetric, formatNumber } from '../format.js';
import type { ConsolidateText } from '../text.js';
import type { Consolidation, TargetResult } from '../types.js';
import { COLOR, CONTENT_WIDTH, ensureSpace, PAGE, paragraph, type Doc } from './doc.js';
import { drawTable, type PdfCell, type Titles } from './table.js';

/** Title block: the report's name, year, place and the plan it measures against. */
export function titleBlock(doc: Doc, c: Consolidation, text: ConsolidateText, madeBy: string): void {
  const { plan } = c;
  doc.font('regular').fontSize(9).fillColor(COLOR.muted).text(madeBy, PAGE.left, PAGE.top, { width: CONTENT_WIDTH, align: 'right' });
  doc.moveDown(1.2);
  doc.font('bold').fontSize(17).fillColor(COLOR.text).text(text.title, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.15);
  doc.font('bold').fontSize(12.5).text(text.subtitle(c.year), { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.25);
  doc.font('regular').fontSize(11).text(text.place(plan.province, plan.scope === 'district' ? plan.district : undefined), { width: CONTENT_WIDTH, align: 'center' });
  const document = `${plan.document.kind} ${plan.document.number}${plan.document.date ? ` (${vnDate(plan.document.date)})` : ''}`;
  doc.font('italic').fontSize(10).fillColor(COLOR.muted).text(text.planLine(document, plan.issuer), { width: CONTENT_WIDTH, align: 'center' });
  const ruleY = doc.y + 6;
  doc.lineWidth(0.8).strokeColor(COLOR.text).moveTo(PAGE.left + CONTENT_WIDTH * 0.35, ruleY).lineTo(PAGE.left + CONTENT_WIDTH * 0.65, ruleY).stroke();
  doc.y = ruleY + 12;
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Key numbers as tiles a reader takes in at a glance. */
export function tiles(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang): void {
  const judged = c.targets.filter((t) => !t.schedule);
  const met = judged.filter((t) => t.met === true).length;
  const errors = countBySeverity(c.findings).error;
  const items: Array<[string, string, string]> = [
    [formatNumber(c.report.files.length, lang), text.tiles.files, COLOR.text],
    [formatNumber(c.batch.communes.length, lang), text.tiles.communes, COLOR.text],
    [formatNumber(c.counts.nominations, lang), text.tiles.nominations, COLOR.text],
    [`${met}/${judged.length}`, text.tiles.targets, met === judged.length ? COLOR.met : judged.some((t) => t.met === false) ? COLOR.notMet : COLOR.warn],
    [formatNumber(errors, lang), text.tiles.errors, errors > 0 ? COLOR.notMet : COLOR.met],
  ];
  const gap = 8;
  const w = (CONTENT_WIDTH - gap * (items.length - 1)) / items.length;
  const y = doc.y;
  items.forEach(([value, label, color], i) => {
    const x = PAGE.left + i * (w + gap);
    doc.lineWidth(0.6).strokeColor(COLOR.rule).roundedRect(x, y, w, 50, 4).stroke();
    doc.font('bold').fontSize(17).fillColor(color).text(value, x, y + 7, { width: w, align: 'center' });
    doc.font('regular').fontSize(8.5).fillColor(COLOR.muted).text(label, x + 3, y + 31, { width: w - 6, align: 'center' });
  });
  doc.x = PAGE.left;
  doc.y = y + 60;
}

/** A shaded box naming the units with no data, when there are any. */
export function missingBox(doc: Doc, c: Consolidation, text: ConsolidateText): void {
  if (c.missingDistricts.length === 0) return;
  const body = `${text.sections.missing}: ${c.missingDistricts.join(', ')}.`;
  doc.font('bold').fontSize(10);
  const h = doc.heightOfString(body, { width: CONTENT_WIDTH - 16 }) + 12;
  ensureSpace(doc, h + 8);
  const y = doc.y;
  doc.rect(PAGE.left, y, CONTENT_WIDTH, h).fill(COLOR.boxFill);
  doc.rect(PAGE.left, y, 3, h).fill(COLOR.warn);
  doc.fillColor(COLOR.warn).text(body, PAGE.left + 10, y + 6, { width: CONTENT_WIDTH - 16 });
  doc.x = PAGE.left;
  doc.y = y + h + 8;
}

function verdictCell(t: TargetResult, text: ConsolidateText): PdfCell {
  const color = t.met === true ? COLOR.met : t.met === false ? COLOR.notMet : COLOR.unknown;
  return { text: text.met[String(t.met) as 'true' | 'false' | 'null'], color, bold: true };
}

/** The targets table: label (with why, when the verdict is open), plan, actual, verdict, clause. */
export function targetsTable(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang, titles: Titles = []): void {
  const rows = c.targets.filter((t) => !t.schedule).map((t, i) => {
    const named = t.named?.map((n) => `${n.name}: ${n.level ?? '?'}`).join('; ');
    const why = t.reason ? text.reasons[t.reason](t.missing ?? []) : undefined;
    const note = [named, why].filter(Boolean).join(' — ');
    const sign = t.comparator === '>=' ? '≥ ' : t.comparator === '<=' ? '≤ ' : t.comparator === '=' ? '' : `${t.comparator} `;
    return {
      cells: [
        String(i + 1),
        { text: t.label, ...(note ? { note } : {}) },
        `${sign}${formatMetric(t.target, t.unit, lang)}`,
        formatMetric(t.actual, t.unit, lang),
        verdictCell(t, text),
        t.cite.clause,
      ],
    };
  });
  const cols = text.columns;
  drawTable(doc, [
    { header: cols.no, width: 5, align: 'center' }, { header: cols.target, width: 45 }, { header: cols.plan, width: 10.5, align: 'right' },
    { header: cols.actual, width: 10.5, align: 'right' }, { header: cols.verdict, width: 17, align: 'center' }, { header: cols.clause, width: 7, align: 'center' },
  ], rows, CONTENT_WIDTH, titles);
}

/** Hà Quảng's schedule: each commune's due level and year against where it stands. */
export function scheduleTable(doc: Doc, c: Consolidation, text: ConsolidateText, titles: Titles = []): void {
  const rows = c.targets.flatMap((t) => {
    const s = t.schedule;
    if (!s) return [];
    const color = s.status === 'on-time' ? COLOR.met : s.status === 'late' ? COLOR.notMet : s.status === 'at-risk' ? COLOR.warn : COLOR.unknown;
    const now = s.level ? `${s.level}${s.recognitionYear ? ` (${s.recognitionYear})` : ''}, ${text.criteria(s.criteria ?? 0)}` : '—';
    return [{ cells: [s.commune, `${s.dueLevel} — ${s.dueYear}`, now, { text: text.schedule[s.status], color, bold: true }, t.cite.clause] }];
  });
  if (rows.length === 0) return;
  const cols = text.columns;
  drawTable(doc, [
    { header: cols.commune, width: 16 }, { header: cols.due, width: 24 }, { header: cols.now, width: 37 }, { header: cols.status, width: 16, align: 'center' }, { header: cols.clause, width: 7, align: 'center' },
  ], rows, CONTENT_WIDTH, titles);
  paragraph(doc, text.atRiskNote, { size: 8, color: COLOR.muted, font: 'italic' });
}
