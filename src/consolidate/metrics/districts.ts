import { DISTRICT_LEVELS, LEVEL_RANK } from '../../dossier/vocabularies.js';
import { foldPlaceName } from '../../text/fold.js';
import type { BatchDistrict } from '../batch.js';
import type { NamedDistrict } from '../types.js';
import { count, type Incomplete, type MetricFn, type MetricInput } from './types.js';

/**
 * A district's level from its workbook's `Thông tin` (`Mức đạt chuẩn của huyện`);
 * "Hoàn thành nhiệm vụ XDNTM" (a city) counts as reached, as plans.md says.
 * `null` when no workbook of the district states a level.
 */
function reached(d: BatchDistrict | undefined): boolean | null {
  const level = d?.info.districtLevel;
  return level === undefined ? null : LEVEL_RANK[level] >= 1;
}

function levelLabel(d: BatchDistrict | undefined): string | undefined {
  const level = d?.info.districtLevel;
  return level === undefined ? undefined : DISTRICT_LEVELS.find((l) => l.id === level)?.label;
}

function unknownOf(names: string[], reason: Incomplete['reason']): Incomplete | undefined {
  return names.length > 0 ? { reason, missing: names } : undefined;
}

function districtsOf(input: MetricInput): BatchDistrict[] {
  return input.batch.districts;
}

/** District metrics: how many districts reached NTM, and which of the plan's named ones did. */
export const DISTRICT_METRICS = {
  /** Districts whose workbook says NTM or above; districts with no level, or no workbook, may add to it. */
  'districts.ntm.count': (i) => {
    const districts = districtsOf(i);
    const unknown = [...districts.filter((d) => reached(d) === null).map((d) => d.name), ...(i.plan.scope === 'province' ? i.batch.missing : [])];
    return count(districts.filter((d) => reached(d) === true).length, unknownOf(unknown, i.batch.missing.length > 0 ? 'missing-districts' : 'missing-data'));
  },
  /** Of the districts the target names, how many reached NTM. */
  'districts.ntm.named': (i, target) => {
    if (!target.names || target.names.length === 0) return { unit: 'count', actual: null, reason: 'no-names' };
    const named: NamedDistrict[] = target.names.map((name) => {
      const d = districtsOf(i).find((x) => foldPlaceName(x.name) === foldPlaceName(name));
      const label = levelLabel(d);
      return { name, reached: reached(d), ...(label ? { level: label } : {}) };
    });
    const unknown = named.filter((n) => n.reached === null).map((n) => n.name);
    const noWorkbook = unknown.some((name) => !districtsOf(i).some((x) => foldPlaceName(x.name) === foldPlaceName(name)));
    return { ...count(named.filter((n) => n.reached).length, unknownOf(unknown, noWorkbook ? 'missing-districts' : 'missing-data')), named };
  },
} satisfies Record<string, MetricFn>;
