import type { Lang } from '../../i18n/types.js';
import { renderMessage } from '../../i18n/render.js';
import { formLabel } from '../../rules/plan/nominations.js';
import { formatNumber, formatShare } from '../format.js';
import type { ConsolidateText } from '../text.js';
import type { Consolidation } from '../types.js';
import { COLOR, CONTENT_WIDTH, ensureSpace, heading, PAGE, subheading, type Doc } from './doc.js';
import { drawTable, type PdfRow, type Titles } from './table.js';

/** One row per workbook: communes, NTM share, average criteria, nominations, errors; a total row. */
export function districtsTable(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang, titles: Titles = []): void {
  const num = (x: number) => formatNumber(x, lang);
  const rows: PdfRow[] = c.districts.map((d) => ({
    cells: d.readable
      ? [d.name, num(d.communes), num(d.ntmCommunes), d.ntmShare === null ? '—' : formatShare(d.ntmShare, lang), d.avgCriteria === null ? '—' : formatNumber(d.avgCriteria, lang, 1, true),
        num(d.nominations), { text: num(d.errors), color: d.errors > 0 ? COLOR.notMet : COLOR.text, bold: d.errors > 0 }, num(d.warnings)]
      : [{ text: d.name, note: text.unreadableFile }, '—', '—', '—', '—', '—', { text: num(d.errors), color: COLOR.notMet, bold: true }, '—'],
  }));
  const communes = c.batch.communes;
  const ntm = communes.filter((x) => x.level !== 'chua-dat').length;
  const sum = (f: (d: (typeof c.districts)[number]) => number) => c.districts.reduce((s, d) => s + f(d), 0);
  rows.push({
    bold: true,
    cells: [text.totalRow, num(communes.length), num(ntm), communes.length ? formatShare(ntm / communes.length, lang) : '—',
      communes.length ? formatNumber(communes.reduce((s, x) => s + x.criteria, 0) / communes.length, lang, 1, true) : '—',
      num(sum((d) => d.nominations)), num(sum((d) => d.errors)), num(sum((d) => d.warnings))],
  });
  const k = text.columns;
  drawTable(doc, [
    { header: k.district, width: 22 }, { header: k.communes, width: 10.5, align: 'right' }, { header: k.ntm, width: 11, align: 'right' }, { header: k.ntmShare, width: 10.5, align: 'right' },
    { header: k.avgCriteria, width: 10.5, align: 'right' }, { header: k.nominations, width: 12.5, align: 'right' }, { header: k.errors, width: 8.5, align: 'right' }, { header: k.warnings, width: 10.5, align: 'right' },
  ], rows, CONTENT_WIDTH, titles);
}

/** Nominations by award form, with a total row. */
export function formsTable(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang, titles: Titles = []): void {
  const num = (x: number) => formatNumber(x, lang);
  const forms = Object.entries(c.counts.byForm).sort((a, b) => b[1].total - a[1].total);
  const rows: PdfRow[] = forms.map(([form, n]) => ({ cells: [formLabel(form), num(n.collective), num(n.individual), num(n.total), num(n.withoutErrors)] }));
  const t = forms.reduce((s, [, n]) => ({ collective: s.collective + n.collective, individual: s.individual + n.individual, total: s.total + n.total, ok: s.ok + n.withoutErrors }), { collective: 0, individual: 0, total: 0, ok: 0 });
  rows.push({ bold: true, cells: [text.totalRow, num(t.collective), num(t.individual), num(t.total), num(t.ok)] });
  const k = text.columns;
  drawTable(doc, [
    { header: k.form, width: 46 }, { header: k.collective, width: 13, align: 'right' }, { header: k.individual, width: 13, align: 'right' },
    { header: k.total, width: 13, align: 'right' }, { header: k.withoutErrors, width: 15, align: 'right' },
  ], rows, CONTENT_WIDTH, titles);
}

/** Individuals by gender: one stacked bar with the counts and shares beside it. */
export function genderBar(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang): void {
  const g = c.counts.byGender;
  const total = g.nam + g.nu + g.unknown;
  ensureSpace(doc, 44);
  const y = doc.y + 2;
  const width = CONTENT_WIDTH;
  const parts: Array<[string, number, string]> = [[text.gender.nam, g.nam, '#4a78a8'], [text.gender.nu, g.nu, '#c0608a'], [text.gender.unknown, g.unknown, '#b0b0b0']];
  let x = PAGE.left;
  for (const [, n, color] of parts) {
    if (total === 0 || n === 0) continue;
    const w = (n / total) * width;
    doc.rect(x, y, w, 14).fill(color);
    x += w;
  }
  if (total === 0) doc.lineWidth(0.5).strokeColor(COLOR.rule).rect(PAGE.left, y, width, 14).stroke();
  const label = parts.map(([name, n]) => `${name}: ${formatNumber(n, lang)}${total ? ` (${formatShare(n / total, lang)})` : ''}`).join('     ');
  doc.font('regular').fontSize(9.5).fillColor(COLOR.text).text(label, PAGE.left, y + 19, { width });
  doc.x = PAGE.left;
  doc.moveDown(0.5);
}

/** Findings grouped by code: errors first, then by count, each with one example. */
export function findingsTable(doc: Doc, c: Consolidation, text: ConsolidateText, lang: Lang, titles: Titles = []): void {
  const groups = new Map<string, { severity: 'error' | 'warning' | 'info'; count: number; example: string }>();
  for (const f of c.findings) {
    const g = groups.get(f.code);
    if (g) g.count++;
    else groups.set(f.code, { severity: f.severity, count: 1, example: `${f.file ? `${c.districts.find((d) => d.file === f.file)?.name ?? f.file}: ` : ''}${renderMessage(f, lang)}` });
  }
  const rank = { error: 0, warning: 1, info: 2 };
  const rows: PdfRow[] = [...groups].sort((a, b) => rank[a[1].severity] - rank[b[1].severity] || b[1].count - a[1].count || a[0].localeCompare(b[0])).map(([code, g]) => ({
    cells: [code, { text: text.severity[g.severity], color: g.severity === 'error' ? COLOR.notMet : g.severity === 'warning' ? COLOR.warn : COLOR.muted, bold: true },
      formatNumber(g.count, lang), g.example.length > 180 ? `${g.example.slice(0, 177)}…` : g.example],
  }));
  if (rows.length === 0) {
    for (const t of titles) (t.kind === 'heading' ? heading : subheading)(doc, t.text);
    doc.font('regular').fontSize(10).fillColor(COLOR.met).text(text.none, PAGE.left, doc.y, { width: CONTENT_WIDTH });
    return;
  }
  const k = text.columns;
  drawTable(doc, [{ header: k.code, width: 22 }, { header: k.severity, width: 11, align: 'center' }, { header: k.count, width: 9, align: 'right' }, { header: k.example, width: 58 }], rows, CONTENT_WIDTH, titles);
}
