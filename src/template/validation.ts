import type ExcelJS from 'exceljs';
import type { Check } from './layout.js';
import { columnLetters } from '../workbook/a1.js';
import { FONT } from './styles.js';
import type { ListName } from './lists.js';
import type { TemplateText } from './text.js';

/** Where each drop-down list lives, as a formula range (`'Danh mục'!$B$2:$B$6`), and the commune range. */
export interface ListRefs {
  lists: Map<ListName, { range: string; values: string[] }>;
  /** Names of sheet `Xã`, for the `Xã` columns of the nomination sheets. */
  communes: string;
}

/** Quotes a sheet name for a formula: `'Danh mục'`, with any `'` doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Writes every list into the hidden lists sheet, one column each. Lists are
 * referenced by range rather than written inline because Excel caps inline lists
 * at 255 characters and splits them at commas, which labels such as `Sở, ngành` contain.
 */
export function writeLists(ws: ExcelJS.Worksheet, lists: Map<ListName, string[]>, text: TemplateText): Map<ListName, { range: string; values: string[] }> {
  const refs = new Map<ListName, { range: string; values: string[] }>();
  let col = 0;
  for (const [name, values] of lists) {
    col++;
    const letter = columnLetters(col);
    ws.getCell(1, col).value = text.lists[name];
    ws.getCell(1, col).font = { ...FONT, bold: true };
    values.forEach((v, i) => Object.assign(ws.getCell(i + 2, col), { value: v, font: FONT }));
    ws.getColumn(col).width = Math.min(Math.max(...values.map((v) => v.length), 12) + 2, 60);
    refs.set(name, { range: `${quoteSheet(ws.name)}!$${letter}$2:$${letter}$${values.length + 1}`, values });
  }
  return refs;
}

/** Excel's validation for a column, or undefined when it takes free text (or the plan has no such list). */
export function validationFor(check: Check, refs: ListRefs, text: TemplateText): ExcelJS.DataValidation | undefined {
  const refuse = (error: string, style: 'stop' | 'warning' = 'stop') => ({ allowBlank: true, showErrorMessage: true, errorStyle: style, errorTitle: text.invalid.title, error });
  switch (check.kind) {
    case 'list': {
      const list = refs.lists.get(check.list);
      if (!list) return undefined;
      // A typed district name may differ in spelling (TP/Thành phố): warn, don't refuse.
      return { type: 'list', formulae: [list.range], ...refuse(text.invalid.list, check.list === 'district' ? 'warning' : 'stop') };
    }
    case 'whole':
      return check.max === undefined
        ? { type: 'whole', operator: 'greaterThanOrEqual', formulae: [check.min], ...refuse(text.invalid.whole(check.min)) }
        : { type: 'whole', operator: 'between', formulae: [check.min, check.max], ...refuse(text.invalid.whole(check.min, check.max)) };
    case 'decimal':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [check.min], ...refuse(text.invalid.decimal) };
    case 'date':
      return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], ...refuse(text.invalid.date) };
    case 'text':
      return check.minLength === undefined ? undefined : { type: 'textLength', operator: 'greaterThanOrEqual', formulae: [check.minLength], ...refuse(text.invalid.textMin(check.minLength)) };
    case 'identity':
      // Spaces and dots between digit groups are accepted by the reader: warn only.
      return { type: 'textLength', operator: 'equal', formulae: [12], ...refuse(text.invalid.identity, 'warning') };
    case 'commune':
      // The reader matches commune names tolerantly (diacritics, "xã" prefix): warn only.
      return { type: 'list', formulae: [refs.communes], ...refuse(text.invalid.commune, 'warning') };
  }
}

/** What a column accepts, for the guide. */
export function describeCheck(check: Check, refs: ListRefs, text: TemplateText): string {
  switch (check.kind) {
    case 'list': {
      const values = refs.lists.get(check.list)?.values;
      if (!values) return text.values.text;
      return values.join('; ').length <= 160 ? text.values.list(values) : text.values.longList(values.length);
    }
    case 'whole':
      return text.values.whole(check.min, check.max);
    case 'decimal':
      return text.values.decimal(check.min);
    case 'date':
      return text.values.date;
    case 'text':
      return check.minLength === undefined ? text.values.text : text.values.textMin(check.minLength);
    case 'identity':
      return text.values.identity;
    case 'commune':
      return text.values.commune;
  }
}

/** Number format of a column's cells: dates as dd/mm/yyyy, identity numbers as text (keeps leading zeros). */
export function numFmtFor(check: Check): string | undefined {
  if (check.kind === 'date') return 'dd/mm/yyyy';
  if (check.kind === 'identity') return '@';
  return undefined;
}

/**
 * Adds a validation to a whole range at once. exceljs keeps range validations in
 * `worksheet.dataValidations`, which its typings leave out.
 */
export function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}
