import type { Plan, Target } from '../../plans/schema.js';
import type { BatchData } from '../batch.js';
import type { MetricUnit, NamedDistrict, NullReason, ScheduleDetail } from '../types.js';

/** What a metric reads: the gathered batch, the plan, and the year being consolidated. */
export interface MetricInput {
  batch: BatchData;
  plan: Plan;
  year: number;
}

/** Why a measured number may not be the whole truth, and what is missing. */
export interface Incomplete {
  reason: NullReason;
  missing?: string[];
}

/**
 * A metric's measured value. `incomplete` says data is missing; `monotone` says
 * which way the missing data could only move the number (`up` for a count, `down`
 * for a minimum), so some verdicts are still certain (≥ already reached stays reached).
 */
export interface MetricValue {
  unit: MetricUnit;
  actual: number | null;
  /** When `actual` is null: why. */
  reason?: NullReason;
  incomplete?: Incomplete;
  monotone?: 'up' | 'down';
  named?: NamedDistrict[];
  schedule?: ScheduleDetail;
  /** A verdict the metric decides itself (the schedule), overriding the comparison. */
  met?: boolean | null;
}

/** Computes one metric id for one target of the plan. */
export type MetricFn = (input: MetricInput, target: Target) => MetricValue;

/** A count, incomplete when `incomplete` is given: missing data can only add to it. */
export function count(actual: number, incomplete?: Incomplete): MetricValue {
  return { unit: 'count', actual, ...(incomplete ? { incomplete, monotone: 'up' as const } : {}) };
}

/** A ratio; null (with `reason`) when the denominator is 0. */
export function ratio(unit: 'share' | 'average', numerator: number, denominator: number, reason: NullReason, incomplete?: Incomplete): MetricValue {
  if (denominator === 0) return { unit, actual: null, reason };
  return { unit, actual: numerator / denominator, ...(incomplete ? { incomplete } : {}) };
}

/** Merges the reasons data may be missing; the first reason names the kind. */
export function combine(...parts: Array<Incomplete | undefined>): Incomplete | undefined {
  const present = parts.filter((p): p is Incomplete => p !== undefined);
  if (present.length === 0) return undefined;
  return { reason: present[0]!.reason, missing: present.flatMap((p) => p.missing ?? []) };
}
