import type { Lang } from '../../i18n/types.js';
import { formatMetric } from '../format.js';
import type { ConsolidateText } from '../text.js';
import type { TargetResult } from '../types.js';
import { COLOR, CONTENT_WIDTH, ensureSpace, PAGE, type Doc } from './doc.js';

const ROW = 30;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 92;
const BAR_HEIGHT = 11;

function barColor(t: TargetResult): string {
  return t.met === true ? COLOR.met : t.met === false ? COLOR.notMet : COLOR.unknown;
}

/**
 * The targets as horizontal bars, drawn with vector shapes: one row per target,
 * the bar its actual value, a red mark at the plan's value. Targets differ in unit
 * (counts, shares, averages), so each row has its own scale, from 0 to a little
 * beyond the larger of the two; the numbers are printed beside every bar.
 */
export function drawTargetChart(doc: Doc, targets: readonly TargetResult[], text: ConsolidateText, lang: Lang): void {
  const rows = targets.filter((t) => !t.schedule);
  if (rows.length === 0) return;
  const barX = PAGE.left + LABEL_WIDTH + 8;
  const barWidth = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH - 16;
  ensureSpace(doc, Math.min(rows.length, 4) * ROW + 40);
  legend(doc, text, barX);
  for (const [i, t] of rows.entries()) {
    // The note under the chart stays with its last bar.
    ensureSpace(doc, i === rows.length - 1 ? ROW + 24 : ROW);
    const y = doc.y;
    const label = `${i + 1}. ${t.label}`;
    doc.font('regular').fontSize(8).fillColor(COLOR.text);
    doc.text(label, PAGE.left, y + 2, { width: LABEL_WIDTH, height: ROW - 4, ellipsis: true });
    const max = Math.max(t.actual ?? 0, t.target, t.unit === 'share' ? 0 : 1) * 1.15 || 1;
    const barY = y + (ROW - BAR_HEIGHT) / 2;
    doc.rect(barX, barY, barWidth, BAR_HEIGHT).fill('#eef1f4');
    if (t.actual !== null && t.actual > 0) doc.rect(barX, barY, (Math.min(t.actual, max) / max) * barWidth, BAR_HEIGHT).fill(barColor(t));
    const tx = barX + (t.target / max) * barWidth;
    doc.lineWidth(2).strokeColor(COLOR.target).moveTo(tx, barY - 4).lineTo(tx, barY + BAR_HEIGHT + 4).stroke();
    const value = `${formatMetric(t.actual, t.unit, lang)} / ${formatMetric(t.target, t.unit, lang)}`;
    doc.font('bold').fontSize(8.5).fillColor(barColor(t)).text(value, barX + barWidth + 8, barY + 1, { width: VALUE_WIDTH, lineBreak: false });
    doc.lineWidth(0.3).strokeColor('#e3e6ea').moveTo(PAGE.left, y + ROW).lineTo(PAGE.left + CONTENT_WIDTH, y + ROW).stroke();
    doc.x = PAGE.left;
    doc.y = y + ROW;
  }
  doc.moveDown(0.3);
  doc.font('italic').fontSize(8).fillColor(COLOR.muted).text(text.chartNote, PAGE.left, doc.y, { width: CONTENT_WIDTH });
}

function legend(doc: Doc, text: ConsolidateText, x: number): void {
  const y = doc.y + 2;
  const items: Array<[string, string]> = [[text.met.true, COLOR.met], [text.met.false, COLOR.notMet], [text.met.null, COLOR.unknown]];
  let cx = x;
  doc.font('regular').fontSize(8);
  for (const [label, color] of items) {
    doc.rect(cx, y + 1, 14, 7).fill(color);
    doc.fillColor(COLOR.text).text(label, cx + 18, y, { lineBreak: false });
    cx += 18 + doc.widthOfString(label) + 14;
  }
  doc.lineWidth(2).strokeColor(COLOR.target).moveTo(cx + 4, y - 1).lineTo(cx + 4, y + 10).stroke();
  doc.fillColor(COLOR.text).text(text.chartTarget, cx + 10, y, { lineBreak: false });
  doc.x = PAGE.left;
  doc.y = y + 16;
}
