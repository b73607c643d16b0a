import { COMMUNE_SHEET, INFO_SHEET } from '../dossier/columns.js';
import type { Lang } from '../i18n/types.js';
import type { Plan } from '../plans/schema.js';
import { writeGuide } from './guide.js';
import { writeInfoSheet } from './info-sheet.js';
import { infoFields, templateSheets } from './layout.js';
import { planLists } from './lists.js';
import { communeRange, writeTableSheet } from './table-sheet.js';
import { templateText } from './text.js';
import { quoteSheet, writeLists, type ListRefs } from './validation.js';

/**
 * Builds the blank dossier workbook for a plan (`ntm-check template`): the guide
 * first, then every sheet of the spec with its headers, drop-downs and checks,
 * and the hidden lists sheet the drop-downs read from. Returns the `.xlsx` bytes.
 * exceljs is loaded here, not at start-up, so a plain check never pays for it.
 */
export async function buildTemplate(plan: Plan, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const text = templateText(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-check';
  wb.title = plan.title;

  const guide = wb.addWorksheet(text.sheets.guide, { properties: { tabColor: { argb: 'FF70AD47' } } });
  const info = wb.addWorksheet(INFO_SHEET.label);
  const sheets = templateSheets(plan);
  const tables = sheets.map((s) => wb.addWorksheet(s.spec.label));
  const listsSheet = wb.addWorksheet(text.sheets.lists, { state: 'hidden' });

  const communes = sheets.find((s) => s.spec.id === COMMUNE_SHEET.id)!;
  const refs: ListRefs = {
    lists: writeLists(listsSheet, planLists(plan), text),
    communes: communeRange(communes, COMMUNE_SHEET.label, quoteSheet),
  };

  const fields = infoFields(plan);
  writeInfoSheet(info, fields, plan, refs, text, lang);
  // A district plan knows its communes: listing them saves typing and misspelt names.
  const prefill = plan.scope === 'district' ? plan.districts : [];
  sheets.forEach((sheet, i) => writeTableSheet(tables[i]!, sheet, refs, text, lang, sheet.spec.id === 'communes' ? prefill : []));
  writeGuide(guide, plan, [{ name: INFO_SHEET.label, columns: fields }, ...sheets.map((s) => ({ name: s.spec.label, columns: s.columns }))], refs, text, lang);

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
