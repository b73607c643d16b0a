import type { Target } from '../../plans/schema.js';
import type { NullReason } from '../types.js';
import type { MetricValue } from './types.js';

/** Compares with a tolerance, so 0.575 from 23/40 meets "≥ 57,5%" despite binary fractions. */
export function compare(actual: number, comparator: Target['comparator'], value: number): boolean {
  const eps = 1e-9;
  switch (comparator) {
    case '>=': return actual >= value - eps;
    case '>': return actual > value + eps;
    case '<=': return actual <= value + eps;
    case '<': return actual < value - eps;
    case '=': return Math.abs(actual - value) <= eps;
  }
}

/**
 * The verdict of a target. With complete data, the comparison. With missing data,
 * a verdict only when the missing part cannot change it: a count can only grow, so
 * "≥ 43" once reached stays reached and "≤ 0" once exceeded stays exceeded (a
 * minimum, the other way round); anything else is `null` with the reason.
 */
export function judge(value: MetricValue, target: Target): { met: boolean | null; reason?: NullReason; missing?: string[] } {
  if (value.met !== undefined) return { met: value.met, ...(value.reason ? { reason: value.reason } : {}) };
  if (value.actual === null) return { met: null, reason: value.reason ?? 'missing-data' };
  const ok = compare(value.actual, target.comparator, target.value);
  if (!value.incomplete) return { met: ok };
  if (value.monotone) {
    // Moving the number the way the missing data could: does the verdict survive?
    const atLeast = target.comparator === '>=' || target.comparator === '>';
    const towards = value.monotone === 'up' ? atLeast : !atLeast && target.comparator !== '=';
    if (ok && towards) return { met: true };
    if (!ok && !towards && (target.comparator !== '=' || (value.monotone === 'up' ? value.actual > target.value : value.actual < target.value))) return { met: false };
  }
  return { met: null, reason: value.incomplete.reason, ...(value.incomplete.missing?.length ? { missing: value.incomplete.missing } : {}) };
}
