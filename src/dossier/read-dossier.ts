import { finding, type Finding } from '../findings/finding.js';
import { foldPlaceName, nearest } from '../text/fold.js';
import type { WorkbookData } from '../workbook/types.js';
import type { CellContext } from './cell-reader.js';
import { COLLECTIVE_SHEET, COMMUNE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET, type ColumnSpec, type SheetSpec } from './columns.js';
import { checkConditionalRequirements } from './conditional-required.js';
import { readInfoSheet } from './info-reader.js';
import { parseRow, type RowContext } from './parse-row.js';
import { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from './row-schemas.js';
import { readTable, type Layout, type TableRow } from './table-reader.js';
import type { Dossier, Info } from './types.js';
import { vocabularyFor } from './vocabulary-for.js';
import { matchesName } from './vocab-match.js';

/** What the reader needs from the plan. */
export interface ReadOptions {
  /** The plan covers one district (Tam Đường, Hà Quảng): every workbook is a district workbook. */
  districtPlan: boolean;
  /** The plan's `Nội dung thi đua` areas; when given, the column is required. */
  contentAreas?: readonly { id: string; label: string }[];
}

/** Reads a workbook into a typed dossier, recording every departure from the spec as a finding. */
export async function readDossier(workbook: WorkbookData, file: string, options: ReadOptions): Promise<{ dossier: Dossier; findings: Finding[] }> {
  const findings: Finding[] = [];
  const dossier: Dossier = { file, sheets: {}, communes: [], unreadableCommunes: [], collectives: [], individuals: [], ocop: [] };
  const sheetNames = workbook.sheets.map((s) => s.name);
  const find = (spec: SheetSpec) => sheetNames.find((name) => matchesName(name, [spec.label, ...spec.aliases]));
  const context = (sheet: string): CellContext => ({ file, sheet, date1904: workbook.date1904, findings, vocabulary: (c) => vocabularyFor(c, options) });
  const labelOf = (spec: SheetSpec) => (key: string) => spec.columns.find((c) => c.key === key)?.label ?? key;
  const claimed = new Set<string>();

  const infoName = find(INFO_SHEET);
  if (infoName) {
    claimed.add(infoName);
    dossier.sheets.info = infoName;
    const { layout, ...raw } = await readInfoSheet(workbook.rows(infoName), context(infoName));
    dossier.info = parseRow(infoSchema, { row: 0, ...raw }, { file, sheet: infoName, findings, labelOf: labelOf(INFO_SHEET), layout });
    if (typeof raw.values.district === 'string') dossier.declaredDistrict = raw.values.district;
  }
  const districtWorkbook = options.districtPlan || dossier.info?.submitterLevel === 'xa' || dossier.info?.submitterLevel === 'huyen';
  if (dossier.info) {
    checkConditionalRequirements<Info>([dossier.info], [
      { field: 'district', condition: 'district-workbook', when: () => districtWorkbook },
      { field: 'districtRecognitionYear', condition: 'district-level', when: (i) => i.districtLevel !== undefined && i.districtLevel !== 'chua-dat' },
    ], { file, findings, labelOf: labelOf(INFO_SHEET) });
  }

  const tables: Array<[SheetSpec, boolean]> = [[COMMUNE_SHEET, districtWorkbook], [COLLECTIVE_SHEET, false], [INDIVIDUAL_SHEET, false], [OCOP_SHEET, false]];
  const found = new Map<SheetSpec, string>();
  for (const [spec] of tables) {
    const name = find(spec);
    if (name) {
      found.set(spec, name);
      claimed.add(name);
    }
  }
  const unclaimed = sheetNames.filter((n) => !claimed.has(n));
  const missing = (spec: SheetSpec, reason?: 'district-workbook') => {
    const suggestion = nearest(spec.label, unclaimed, (n) => [n]);
    findings.push(finding('sheet.missing', { file, sheet: spec.label }, { sheet: spec.label, ...(suggestion ? { suggestion } : {}), ...(reason ? { reason } : {}) }));
  };
  if (!infoName) missing(INFO_SHEET);
  for (const [spec, required] of tables) if (!found.has(spec) && required) missing(spec, 'district-workbook');

  const individual = individualSchema(dossier.info?.achievementYear);
  for (const [spec, name] of found) {
    // One context per sheet, made with the layout; readTable settles the layout once, at the header.
    let sheetCtx: RowContext | undefined;
    const rowCtx = (layout: Layout): RowContext => (sheetCtx ??= { file, sheet: name, findings, labelOf: labelOf(spec), layout });
    // Rows are typed as they stream past; only typed rows are kept.
    const onRow = (r: TableRow, layout: Layout): void => {
      const ctx = rowCtx(layout);
      switch (spec.id) {
        case 'communes': {
          const commune = parseRow(communeSchema, r, ctx);
          if (commune) dossier.communes.push(commune);
          else if (typeof r.values.name === 'string') dossier.unreadableCommunes.push(r.values.name);
          break;
        }
        // Tagged when read, so rules can take both kinds together without copying rows.
        case 'collectives': push(dossier.collectives, tag(parseRow(collectiveSchema, r, ctx), 'collective' as const)); break;
        case 'individuals': push(dossier.individuals, tag(parseRow(individual, r, ctx), 'individual' as const)); break;
        case 'ocop': push(dossier.ocop, parseRow(ocopSchema, r, ctx)); break;
        case 'info': break;
      }
    };
    const layout = await readTable(workbook.rowBatches(name), spec, context(name), onRow);
    if (!layout) continue;
    dossier.sheets[spec.id] = name;
    const ctx = rowCtx(layout);
    if (spec.id === 'communes') {
      checkConditionalRequirements(dossier.communes, [{ field: 'recognitionYear', condition: 'level', when: (c) => c.level !== 'chua-dat' }], ctx);
    } else if (spec.id === 'collectives') {
      checkConditionalRequirements(dossier.collectives, [
        { field: 'commune', condition: 'collective-type', when: (c) => c.type === 'xa' || c.type === 'thon' },
        ...contentAreaRequirement(options),
      ], ctx);
    } else if (spec.id === 'individuals') {
      checkConditionalRequirements(dossier.individuals, contentAreaRequirement(options), ctx);
    }
  }
  return { dossier, findings };
}

function tag<T extends object, S extends string>(row: T | undefined, subject: S): (T & { subject: S }) | undefined {
  if (row) (row as T & { subject: S }).subject = subject;
  return row as (T & { subject: S }) | undefined;
}

function push<T>(list: T[], row: T | undefined): void {
  if (row) list.push(row);
}

function contentAreaRequirement(options: ReadOptions) {
  return options.contentAreas?.length ? [{ field: 'contentArea' as const, condition: 'plan-content-areas', when: () => true }] : [];
}

/** True when a place name typed in a workbook names the same place as `expected`. */
export function samePlace(actual: string, expected: string): boolean {
  return foldPlaceName(actual) === foldPlaceName(expected);
}

export type { ColumnSpec };
