import { finding, type Finding } from '../findings/finding.js';
import { foldPlaceName, nearest } from '../text/fold.js';
import type { WorkbookData } from '../workbook/types.js';
import type { CellContext } from './cell-reader.js';
import { COLLECTIVE_SHEET, COMMUNE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET, type ColumnSpec, type SheetSpec } from './columns.js';
import { checkConditionalRequirements } from './conditional-required.js';
import { readInfoSheet } from './info-reader.js';
import { parseRow } from './parse-row.js';
import { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from './row-schemas.js';
import { readTable } from './table-reader.js';
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
    const raw = await readInfoSheet(workbook.rows(infoName), context(infoName));
    dossier.info = parseRow(infoSchema, { row: 0, ...raw }, { file, sheet: infoName, findings, labelOf: labelOf(INFO_SHEET) });
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

  const achievementYear = dossier.info?.achievementYear;
  for (const [spec, name] of found) {
    const ctx = context(name);
    const table = await readTable(workbook.rows(name), spec, ctx);
    if (!table) continue;
    const rowCtx = { file, sheet: name, findings, labelOf: labelOf(spec) };
    const rows = table.rows;
    switch (spec.id) {
      case 'communes':
        dossier.sheets.communes = name;
        for (const r of rows) {
          const commune = parseRow(communeSchema, r, rowCtx);
          if (commune) dossier.communes.push(commune);
          else if (typeof r.values.name === 'string') dossier.unreadableCommunes.push(r.values.name);
        }
        checkConditionalRequirements(dossier.communes, [{ field: 'recognitionYear', condition: 'level', when: (c) => c.level !== 'chua-dat' }], rowCtx);
        break;
      case 'collectives':
        dossier.sheets.collectives = name;
        dossier.collectives = rows.flatMap((r) => parseRow(collectiveSchema, r, rowCtx) ?? []);
        checkConditionalRequirements(dossier.collectives, [
          { field: 'commune', condition: 'collective-type', when: (c) => c.type === 'xa' || c.type === 'thon' },
          ...contentAreaRequirement(options),
        ], rowCtx);
        break;
      case 'individuals':
        dossier.sheets.individuals = name;
        dossier.individuals = rows.flatMap((r) => parseRow(individualSchema(achievementYear), r, rowCtx) ?? []);
        checkConditionalRequirements(dossier.individuals, contentAreaRequirement(options), rowCtx);
        break;
      case 'ocop':
        dossier.sheets.ocop = name;
        dossier.ocop = rows.flatMap((r) => parseRow(ocopSchema, r, rowCtx) ?? []);
        break;
      case 'info':
        break;
    }
  }
  return { dossier, findings };
}

function contentAreaRequirement(options: ReadOptions) {
  return options.contentAreas?.length ? [{ field: 'contentArea' as const, condition: 'plan-content-areas', when: () => true }] : [];
}

/** True when a place name typed in a workbook names the same place as `expected`. */
export function samePlace(actual: string, expected: string): boolean {
  return foldPlaceName(actual) === foldPlaceName(expected);
}

export type { ColumnSpec };
