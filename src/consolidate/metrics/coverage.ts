import type { BatchCommune } from '../batch.js';
import type { Incomplete, MetricInput } from './types.js';
import { combine } from './types.js';

/**
 * What every metric over communes lacks: the plan's units with no data (districts
 * of a province plan, communes of a district plan) and `Xã` rows left unread.
 */
export function communeCoverage(input: MetricInput): Incomplete | undefined {
  const { batch, plan } = input;
  const units: Incomplete | undefined = batch.missing.length > 0
    ? { reason: plan.scope === 'district' ? 'missing-communes' : 'missing-districts', missing: batch.missing }
    : undefined;
  const rows: Incomplete | undefined = batch.unreadableCommunes.length > 0 ? { reason: 'missing-data', missing: batch.unreadableCommunes } : undefined;
  return combine(units, rows);
}

/** Communes lacking a field the metric needs, as `missing-data` naming them. */
export function lacking(communes: readonly BatchCommune[], has: (c: BatchCommune) => boolean): Incomplete | undefined {
  const names = communes.filter((c) => !has(c)).map((c) => `${c.district} / ${c.name}`);
  return names.length > 0 ? { reason: 'missing-data', missing: names } : undefined;
}

/** Whether a commune is at any NTM level. */
export const isNtm = (c: BatchCommune): boolean => c.level !== 'chua-dat';
/** `NTM nâng cao` or above. */
export const isAdvanced = (c: BatchCommune): boolean => c.level === 'nang-cao' || c.level === 'kieu-mau';
/** `NTM kiểu mẫu`. */
export const isModel = (c: BatchCommune): boolean => c.level === 'kieu-mau';
