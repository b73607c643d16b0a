import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIVE_SHEET, COMMUNE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET, type ColumnSpec, type SheetSpec } from '../../src/dossier/columns.js';
import { matchTerm } from '../../src/dossier/vocab-match.js';
import { vocabularyFor } from '../../src/dossier/vocabulary-for.js';
import { builtinPlans } from '../../src/plans/load.js';
import type { Plan } from '../../src/plans/schema.js';
import { buildTemplate } from '../../src/template/build.js';
import { columnNote } from '../../src/template/column-notes.js';
import { listFor } from '../../src/template/lists.js';

const TABLES = [COMMUNE_SHEET, COLLECTIVE_SHEET, INDIVIDUAL_SHEET, OCOP_SHEET];
const TC = Array.from({ length: 19 }, (_, i) => `TC${i + 1}`);

/** The headers the spec gives a sheet, in order; `Xã` has TC1…TC19 before `Ghi chú`. */
function specHeaders(spec: SheetSpec): string[] {
  const labels = spec.columns.map((c) => c.label);
  if (spec.id === 'communes') labels.splice(labels.indexOf('Ghi chú'), 0, ...TC);
  return labels;
}

function headerRow(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The values of a `'Sheet'!$A$2:$A$9` range. */
function rangeValues(wb: ExcelJS.Workbook, formula: string): string[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a range: ${formula}`);
  const ws = wb.getWorksheet(m[1]!.replace(/''/g, "'"))!;
  const values: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) values.push(String(ws.getCell(`${m[2]}${r}`).value));
  return values;
}

/** The terms a list value must resolve to, as the reader and the plan rules see them. */
function accepts(column: ColumnSpec, plan: Plan, value: string): boolean {
  if (column.kind === 'basis') return matchTerm(value, plan.bases).term !== undefined;
  if (column.kind === 'yes-no') return ['Có', 'Không'].includes(value);
  return matchTerm(value, vocabularyFor(column, { contentAreas: plan.contentAreas ?? [] })).term !== undefined;
}

describe.each(builtinPlans().map((p) => [p.id, p] as const))('template for %s', (_, plan) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(plan, 'vi')) as unknown as ArrayBuffer);
  });

  it('has the guide, every sheet of the spec in order, and the hidden lists', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'], ['Thông tin', 'visible'], ['Xã', 'visible'], ['Tập thể', 'visible'], ['Cá nhân', 'visible'], ['OCOP', 'visible'], ['Danh mục', 'hidden'],
    ]);
  });

  it.each(TABLES.map((s) => [s.label, s] as const))('%s: every header of the spec, frozen', (_, spec) => {
    const ws = wb.getWorksheet(spec.label)!;
    expect(headerRow(ws)).toEqual(specHeaders(spec));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('Thông tin: every field in column A, the province (and a district plan its district) filled in', () => {
    const ws = wb.getWorksheet('Thông tin')!;
    const fields = INFO_SHEET.columns.map((_, i) => String(ws.getCell(i + 2, 1).value));
    expect(fields).toEqual(INFO_SHEET.columns.map((c) => c.label));
    expect(ws.getCell('B2').value).toBe(plan.province);
    expect(ws.getCell('B3').value ?? null).toBe(plan.scope === 'district' ? plan.district : null);
  });

  it("every vocabulary column drops down the plan's own list, and the reader accepts each value", () => {
    const checked: string[] = [];
    for (const spec of [INFO_SHEET, ...TABLES]) {
      const ws = wb.getWorksheet(spec.label)!;
      spec.columns.forEach((column, i) => {
        if (column.kind !== 'vocab' && column.kind !== 'basis' && column.kind !== 'yes-no') return;
        const address = spec.id === 'info' ? `B${i + 2}` : `${ws.getRow(1).getCell(headerRow(ws).indexOf(column.label) + 1).address.replace(/\d+$/, '')}2`;
        const validation = ws.getCell(address).dataValidation;
        if (column.vocab === 'content-area' && !plan.contentAreas) return expect(validation).toBeUndefined();
        expect(validation, `${spec.label} ${column.label}`).toMatchObject({ type: 'list' });
        const values = rangeValues(wb, validation.formulae[0] as string);
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(accepts(column, plan, v), `${column.label}: ${v}`).toBe(true);
        checked.push(`${spec.label}.${column.label}`);
      });
    }
    expect(checked).toContain('Cá nhân.Hình thức đề nghị');
    expect(checked).toContain('Tập thể.Căn cứ đề nghị');
  });

  it('offers only the award forms and rounds the plan allows', () => {
    const forms = rangeValues(wb, wb.getWorksheet('Cá nhân')!.getCell('K2').dataValidation.formulae[0] as string);
    expect(forms).toEqual(listFor('award-form', plan));
    expect(forms).toHaveLength(plan.awardForms.length);
    const rounds = rangeValues(wb, wb.getWorksheet('Thông tin')!.getCell('B7').dataValidation.formulae[0] as string);
    expect(rounds).toHaveLength(plan.rounds.allowed.length);
  });

  it('checks whole numbers and dates where the spec says so', () => {
    const xa = wb.getWorksheet('Xã')!;
    expect(xa.getCell('C2').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 19] });
    expect(xa.getCell('I2').dataValidation).toMatchObject({ type: 'decimal', formulae: [0] });
    expect(wb.getWorksheet('Thông tin')!.getCell('B6').dataValidation).toMatchObject({ type: 'whole', formulae: [2021, 2030] });
    expect(wb.getWorksheet('Thông tin')!.getCell('B8').dataValidation).toMatchObject({ type: 'date' });
    expect(wb.getWorksheet('Cá nhân')!.getCell('N2').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 5] });
  });

  it('the guide explains every column and cites the plan', () => {
    const text: string[] = [];
    wb.getWorksheet('Hướng dẫn')!.eachRow((row) => row.eachCell((c) => void text.push(String(c.value))));
    for (const spec of [INFO_SHEET, ...TABLES]) for (const c of spec.columns) expect(text).toContain(c.label);
    expect(text.join('\n')).toContain(`${plan.bases[0]!.id} — ${plan.bases[0]!.label}`);
    expect(text.join('\n')).toContain(`mục ${plan.bases[0]!.clause}`);
  });
});

describe('column notes', () => {
  it.each(['vi', 'en'] as const)('%s: every column of the spec has one', (lang) => {
    for (const spec of [INFO_SHEET, ...TABLES]) for (const c of spec.columns) expect(columnNote(`${spec.id}.${c.key}`, lang), `${spec.id}.${c.key}`).toBeTruthy();
    expect(columnNote('communes.tc7', lang)).toBeTruthy();
  });
});
