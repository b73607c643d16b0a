import type { z } from 'zod';
import { COLLECTIVE_SHEET, COMMUNE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET, type ColumnSpec, type SheetSpec } from '../dossier/columns.js';
import { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from '../dossier/row-schemas.js';
import { CRITERIA } from '../dossier/vocabularies.js';
import type { Plan } from '../plans/schema.js';
import { MIN_ACHIEVEMENT_LENGTH } from '../rules/consistency/achievement-too-short.js';
import { listFor, type ListName } from './lists.js';

/**
 * The template's sheets and columns, derived from the reader's own specs
 * (`columns.ts`) and bounds (`row-schemas.ts`), so the template can never ask
 * for something the reader would refuse. Pure data: `build.ts` turns it into exceljs calls.
 */

/** What Excel checks in a column's cells. */
export type Check =
  | { kind: 'list'; list: ListName }
  | { kind: 'whole'; min: number; max?: number }
  | { kind: 'decimal'; min: number }
  | { kind: 'date' }
  | { kind: 'text'; minLength?: number }
  | { kind: 'identity' }
  /** A commune name: the drop-down lists sheet `Xã`'s names. */
  | { kind: 'commune' };

export interface TemplateColumn {
  /** `sheetId.key` (`communes.tc3` for criterion columns): the key of the column's note. */
  id: string;
  header: string;
  required: boolean;
  check: Check;
  width: number;
  /** For `TC1`…`TC19`: the criterion's name, shown in the header's note. */
  criterion?: string;
}

export interface TemplateSheet {
  spec: SheetSpec;
  columns: TemplateColumn[];
}

/** The row schema that bounds each sheet's numbers; birth years are bounded by the plan's last year. */
function schemaOf(spec: SheetSpec, plan: Plan): z.ZodObject {
  const lastYear = Number(plan.period.to.slice(0, 4));
  const schemas = { info: infoSchema, communes: communeSchema, collectives: collectiveSchema, individuals: individualSchema(lastYear), ocop: ocopSchema };
  return schemas[spec.id];
}

/** Bounds of a number field, read from zod (`.min()`/`.max()`); open ends stay open. */
function bounds(schema: z.ZodObject, key: string): { min?: number; max?: number } {
  let field = schema.shape[key] as unknown as { unwrap?: () => unknown; minValue?: number | null; maxValue?: number | null } | undefined;
  if (!field) return {};
  while (field.unwrap && field.minValue === undefined) field = field.unwrap() as typeof field;
  const min = field.minValue ?? undefined;
  const max = field.maxValue ?? undefined;
  // `.int()` alone bounds by ±MAX_SAFE_INTEGER: that is no bound an officer needs to read.
  const real = (n: number | undefined): n is number => n !== undefined && Math.abs(n) < 1e12;
  return { ...(real(min) ? { min } : {}), ...(real(max) ? { max } : {}) };
}

function checkOf(column: ColumnSpec, spec: SheetSpec, plan: Plan): Check {
  const { min, max } = bounds(schemaOf(spec, plan), column.key);
  switch (column.kind) {
    case 'vocab':
      return { kind: 'list', list: column.vocab! };
    case 'basis':
      return { kind: 'list', list: spec.id === 'individuals' ? 'basis-person' : 'basis-collective' };
    case 'yes-no':
      return { kind: 'list', list: 'yes-no' };
    case 'integer':
    case 'year':
      return { kind: 'whole', min: min ?? 0, ...(max !== undefined ? { max } : {}) };
    case 'number':
      return { kind: 'decimal', min: min ?? 0 };
    case 'date':
      return { kind: 'date' };
    case 'identity':
      return { kind: 'identity' };
    case 'text':
      if (column.key === 'commune') return { kind: 'commune' };
      if (spec.id === 'info' && column.key === 'district' && plan.scope === 'province') return { kind: 'list', list: 'district' };
      return column.key === 'achievement' ? { kind: 'text', minLength: MIN_ACHIEVEMENT_LENGTH } : { kind: 'text' };
  }
}

/** Column widths in characters: wide enough for the values people type or pick. */
function widthOf(column: ColumnSpec, check: Check, plan: Plan): number {
  // Long text wraps inside these widths, so a printed landscape page still reads.
  const wide: Record<string, number> = { achievement: 45, priorAwards: 30, name: 24, product: 24, unit: 26, submitter: 30, position: 18, note: 20 };
  if (column.key === 'stt') return 6;
  if (wide[column.key]) return wide[column.key]!;
  if (check.kind === 'list') {
    const longest = Math.max(...listFor(check.list, plan).map((v) => v.length), 8);
    return Math.min(Math.max(longest + 3, 10), 30);
  }
  if (check.kind === 'date') return 13;
  if (check.kind === 'identity') return 15;
  if (check.kind === 'whole' || check.kind === 'decimal') return 12;
  return 20;
}

function templateColumn(spec: SheetSpec, column: ColumnSpec, plan: Plan): TemplateColumn {
  const check = checkOf(column, spec, plan);
  return { id: `${spec.id}.${column.key}`, header: column.label, required: !!column.required, check, width: widthOf(column, check, plan) };
}

/** `TC1`…`TC19`: the spec puts them after the village counts, before `Ghi chú`. */
function criterionColumns(): TemplateColumn[] {
  return CRITERIA.map((name, i) => ({ id: `communes.tc${i + 1}`, header: `TC${i + 1}`, required: false, check: { kind: 'list', list: 'yes-no' }, width: 6, criterion: name }));
}

/** The table sheets of the template, in the spec's order, each with its columns in the spec's order. */
export function templateSheets(plan: Plan): TemplateSheet[] {
  return [COMMUNE_SHEET, COLLECTIVE_SHEET, INDIVIDUAL_SHEET, OCOP_SHEET].map((spec) => {
    const columns = spec.columns.map((c) => templateColumn(spec, c, plan));
    if (spec.id === 'communes') columns.splice(columns.findIndex((c) => c.id === 'communes.note'), 0, ...criterionColumns());
    return { spec, columns };
  });
}

/**
 * The `Thông tin` fields, one per row, with what each value cell accepts. Under a
 * district plan every workbook is a district workbook, so `Huyện` is required there.
 */
export function infoFields(plan: Plan): TemplateColumn[] {
  return INFO_SHEET.columns.map((c) => {
    const field = templateColumn(INFO_SHEET, c, plan);
    return c.key === 'district' && plan.scope === 'district' ? { ...field, required: true } : field;
  });
}

