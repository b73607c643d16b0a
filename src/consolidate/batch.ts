import { basename } from 'node:path';
import type { Report } from '../engine/validate.js';
import type { Commune, Dossier, Info, OcopProduct } from '../dossier/types.js';
import type { Plan } from '../plans/schema.js';
import { foldPlaceName } from '../text/fold.js';

/** A commune row with the district (or unit) whose workbook reported it. */
export type BatchCommune = Commune & { district: string; file: string };

/** A district's `Thông tin`, from the first readable workbook that names it. */
export interface BatchDistrict {
  name: string;
  info: Info;
}

/** The province's data gathered from every readable workbook, deduplicated. */
export interface BatchData {
  communes: BatchCommune[];
  /** `Xã` rows left out for unusable data, as `Huyện / Xã`: metrics over communes are incomplete without them. */
  unreadableCommunes: string[];
  districts: BatchDistrict[];
  ocop: Array<OcopProduct & { district: string }>;
  /** Whether any workbook has an `OCOP` sheet at all. */
  hasOcopSheet: boolean;
  /** Units the plan lists with no data: districts (province plans) or communes (district plans). */
  missing: string[];
}

/** The name a workbook goes by in the report: its district, else its submitting unit, else its file name. */
export function unitName(dossier: Dossier | undefined, file: string): string {
  return dossier?.info?.district ?? dossier?.declaredDistrict ?? dossier?.info?.submitter ?? basename(file);
}

/**
 * Gathers communes, districts and OCOP rows. A commune reported twice (two workbooks
 * of one district, e.g. a resubmission) counts once — the first file wins, since the
 * files are read in sorted order and officers name later versions after earlier ones.
 */
export function gatherBatch(report: Report, plan: Plan): BatchData {
  const dossiers = report.files.flatMap((f) => (f.dossier ? [f.dossier] : []));
  const seen = new Set<string>();
  const communes: BatchCommune[] = [];
  const unreadableCommunes: string[] = [];
  const districts: BatchDistrict[] = [];
  const ocop: BatchData['ocop'] = [];
  for (const d of dossiers) {
    const district = unitName(d, d.file);
    const districtKey = foldPlaceName(district);
    if (d.info?.district && !districts.some((x) => foldPlaceName(x.name) === districtKey)) districts.push({ name: d.info.district, info: d.info });
    for (const c of d.communes) {
      const key = `${districtKey}|${foldPlaceName(c.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      communes.push({ ...c, district, file: d.file });
    }
    unreadableCommunes.push(...d.unreadableCommunes.map((name) => `${district} / ${name}`));
    // A supplement may repeat the OCOP sheet, as it repeats `Xã`: each product counts once per district.
    for (const o of d.ocop) {
      const key = `${districtKey}|ocop|${foldPlaceName(o.product)}|${foldPlaceName(o.owner ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ocop.push({ ...o, district });
    }
  }
  return {
    communes,
    unreadableCommunes,
    districts,
    ocop,
    hasOcopSheet: dossiers.some((d) => d.sheets.ocop !== undefined),
    missing: missingUnits(plan, [...districts.map((x) => x.name), ...dossiers.flatMap((d) => (d.declaredDistrict ? [d.declaredDistrict] : []))], communes),
  };
}

/**
 * The plan's listed units without data. A province plan lists districts: one is
 * missing when no readable workbook names it in `Thông tin` (even one whose other
 * fields have mistakes). A district plan lists
 * its communes: one is missing when no `Xã` row names it.
 */
function missingUnits(plan: Plan, districts: readonly string[], communes: readonly BatchCommune[]): string[] {
  const present = new Set(plan.scope === 'district' ? communes.map((c) => foldPlaceName(c.name)) : districts.map(foldPlaceName));
  return plan.districts.filter((name) => !present.has(foldPlaceName(name)));
}

/**
 * Rank of a district in the plan's own list (the order a provincial reader expects);
 * names the plan does not list come after, in their given order.
 */
export function districtRank(plan: Plan): (name: string) => number {
  const keys = plan.districts.map(foldPlaceName);
  return (name) => {
    const i = keys.indexOf(foldPlaceName(name));
    return i === -1 ? keys.length : i;
  };
}

/** `items` stably sorted by their district's rank in the plan. */
export function byDistrict<T>(plan: Plan, items: readonly T[], nameOf: (item: T) => string): T[] {
  const rank = districtRank(plan);
  return items.map((item, i) => ({ item, i, r: rank(nameOf(item)) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}
