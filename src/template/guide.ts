import type ExcelJS from 'exceljs';
import { CRITERIA } from '../dossier/vocabularies.js';
import type { Lang } from '../i18n/types.js';
import type { Plan } from '../plans/schema.js';
import { planDetailText } from '../reporters/plan-text.js';
import { columnNote } from './column-notes.js';
import type { TemplateColumn } from './layout.js';
import { BORDER, FONT, heightFor, printSetup, styleHeader } from './styles.js';
import type { TemplateText } from './text.js';
import { describeCheck, type ListRefs } from './validation.js';

const WIDTHS = [13, 30, 10, 36, 70] as const;
const FULL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

/**
 * Writes the `Hướng dẫn` sheet: how to fill the workbook, every column with what
 * it takes and means, then the plan's main rules with their clauses (the same
 * text as `ntm-check plans <id>`, so the two never disagree).
 */
export function writeGuide(ws: ExcelJS.Worksheet, plan: Plan, sheets: readonly { name: string; columns: readonly TemplateColumn[] }[], refs: ListRefs, text: TemplateText, lang: Lang): void {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const g = text.guide;
  let r = 0;
  /** A line across the whole width (merged A:E). */
  const line = (value: string, font: Partial<ExcelJS.Font> = {}, indent = 0) => {
    r++;
    ws.mergeCells(r, 1, r, WIDTHS.length);
    const cell = ws.getCell(r, 1);
    cell.value = value;
    cell.font = { ...FONT, ...font };
    cell.alignment = { wrapText: true, vertical: 'top', indent };
    ws.getRow(r).height = heightFor([[value, FULL_WIDTH - indent * 2]]);
  };
  const heading = (value: string) => {
    r++;
    line(value, { bold: true, size: 12, color: { argb: 'FF1F4E78' } });
  };

  line(g.title, { bold: true, size: 14, color: { argb: 'FF1F4E78' } });
  line(g.plan(plan.title, plan.issuer, plan.citeAs), { italic: true });
  heading(g.generalHeading);
  for (const item of g.general(plan.id)) line(`•  ${item}`, {}, 1);

  heading(g.columnsHeading);
  r++;
  g.columnHeaders.forEach((h, i) => styleHeader(Object.assign(ws.getCell(r, i + 1), { value: h }), true));
  for (const sheet of sheets) {
    for (const row of columnRows(sheet.columns, refs, text, lang)) {
      r++;
      const values = [sheet.name, row.column, row.required ? g.required : g.optional, row.values, row.explanation];
      values.forEach((v, i) => {
        const cell = ws.getCell(r, i + 1);
        cell.value = v;
        cell.border = BORDER;
        cell.alignment = { wrapText: true, vertical: 'top' };
        cell.font = { ...FONT, bold: i === 1 && row.required };
      });
      ws.getRow(r).height = heightFor(values.map((v, i) => [v, WIDTHS[i]!]));
    }
  }

  if (plan.contentAreas?.length) {
    heading(g.contentAreasHeading);
    for (const area of plan.contentAreas) line(`${area.id}  ${area.label}`, {}, 1);
  }
  heading(g.rulesHeading);
  for (const raw of planDetailText(plan, lang).split('\n').filter((l) => l.trim() !== '')) {
    const indent = Math.floor((raw.length - raw.trimStart().length) / 2);
    const isHeading = indent === 0 && raw === raw.toUpperCase() && /\p{L}/u.test(raw);
    // A basis line (`  id — label [clause]`) starts a block: bold, like a heading one level down.
    const isBasis = indent === 1 && / — /.test(raw);
    line(raw.trim(), isHeading || isBasis ? { bold: true } : {}, indent);
  }
  printSetup(ws, 'portrait');
}

/** One guide row per column; TC1…TC19 share one row that names the 19 criteria. */
function columnRows(columns: readonly TemplateColumn[], refs: ListRefs, text: TemplateText, lang: Lang) {
  const rows: { column: string; required: boolean; values: string; explanation: string }[] = [];
  for (const c of columns) {
    if (c.criterion) {
      if (c.id !== 'communes.tc1') continue;
      const names = CRITERIA.map((name, i) => `${i + 1} ${name}`).join('; ');
      rows.push({ column: 'TC1 … TC19', required: false, values: describeCheck(c.check, refs, text), explanation: `${columnNote(c.id, lang) ?? ''} (${names})` });
      continue;
    }
    rows.push({ column: c.header, required: c.required, values: describeCheck(c.check, refs, text), explanation: columnNote(c.id, lang) ?? '' });
  }
  return rows;
}

