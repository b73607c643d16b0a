import type ExcelJS from 'exceljs';
import { ROUNDS } from '../dossier/vocabularies.js';
import type { Lang } from '../i18n/types.js';
import type { Plan } from '../plans/schema.js';
import { columnNote } from './column-notes.js';
import type { TemplateColumn } from './layout.js';
import { BORDER, FONT, heightFor, OPTIONAL_HEADER, printSetup, REQUIRED_HEADER, styleHeader } from './styles.js';
import type { TemplateText } from './text.js';
import { addValidation, describeCheck, numFmtFor, validationFor, type ListRefs } from './validation.js';

/**
 * What the plan already decides: its province; a district plan's district; the
 * round and year when the plan allows only one (Tam Đường: `Đợt cao điểm`, 2022).
 */
export function infoPrefill(plan: Plan): Record<string, string | number> {
  const values: Record<string, string | number> = { province: plan.province };
  if (plan.scope === 'district' && plan.district) values.district = plan.district;
  if (plan.rounds.allowed.length === 1) values.round = ROUNDS.find((r) => r.id === plan.rounds.allowed[0])!.label;
  if (plan.achievementYears && plan.achievementYears.from === plan.achievementYears.to) values.achievementYear = plan.achievementYears.from;
  return values;
}

const WIDTHS = [40, 44, 70] as const;

/**
 * Writes `Thông tin`: a header row, then one row per field — its name in column A
 * (the reader's key), the value in B with the field's drop-down or check, and in C
 * whether it is required, what it takes and what it means.
 */
export function writeInfoSheet(ws: ExcelJS.Worksheet, fields: readonly TemplateColumn[], plan: Plan, refs: ListRefs, text: TemplateText, lang: Lang): void {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = ws.getRow(1);
  text.info.headers.forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).style = { ...REQUIRED_HEADER };
  });
  header.height = 22;

  const prefill = infoPrefill(plan);
  fields.forEach((field, i) => {
    const row = ws.getRow(i + 2);
    const key = row.getCell(1);
    key.value = field.header;
    styleHeader(key, field.required);
    key.alignment = { ...OPTIONAL_HEADER.alignment, horizontal: 'left', indent: 1 };

    const value = row.getCell(2);
    const fieldKey = field.id.slice('info.'.length);
    if (fieldKey in prefill) value.value = prefill[fieldKey]!;
    const numFmt = numFmtFor(field.check);
    value.style = { font: FONT, border: BORDER, alignment: { vertical: 'middle', horizontal: 'left', wrapText: true }, ...(numFmt ? { numFmt } : {}) };
    const validation = validationFor(field.check, refs, text);
    if (validation) addValidation(ws, value.address, validation);

    const note = row.getCell(3);
    const status = field.required ? text.info.required : text.info.optional;
    // Free text needs no "what it takes"; every other kind says it.
    const takes = field.check.kind === 'text' && field.check.minLength === undefined ? '' : ` ${describeCheck(field.check, refs, text)}.`;
    note.value = `${status}.${takes} ${columnNote(field.id, lang) ?? ''}`.trim();
    note.style = { font: { ...FONT, italic: true, color: { argb: 'FF595959' } }, alignment: { vertical: 'middle', wrapText: true }, border: BORDER };
    row.height = heightFor([[String(note.value), WIDTHS[2]], [field.header, WIDTHS[0]]]);
  });

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'B2' }];
  printSetup(ws, 'landscape');
}
