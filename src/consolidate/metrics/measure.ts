import { LEVEL_RANK } from '../../dossier/vocabularies.js';
import type { Target } from '../../plans/schema.js';
import type { TargetResult } from '../types.js';
import { COMMUNE_METRICS } from './communes.js';
import { DISTRICT_METRICS } from './districts.js';
import { judge } from './judge.js';
import { OCOP_METRICS } from './ocop.js';
import { scheduleValues } from './schedule.js';
import type { MetricFn, MetricInput, MetricValue } from './types.js';
import { VILLAGE_METRICS } from './villages.js';

/** Every metric id of plans.md (Target metrics) but `schedule.<commune>`, which comes from the plan's schedule. */
export const METRICS = { ...COMMUNE_METRICS, ...DISTRICT_METRICS, ...VILLAGE_METRICS, ...OCOP_METRICS } satisfies Record<string, MetricFn>;
/** A metric id this tool computes. */
export type MetricId = keyof typeof METRICS;

/** Whether a plan's metric id is one this tool computes. */
export function isMetricId(id: string): id is MetricId {
  return Object.hasOwn(METRICS, id);
}

function result(target: Target, value: MetricValue, cite: TargetResult['cite']): TargetResult {
  const verdict = judge(value, target);
  return {
    metric: target.metric,
    label: target.label,
    unit: value.unit,
    actual: value.actual,
    target: target.value,
    comparator: target.comparator,
    met: verdict.met,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(verdict.missing ? { missing: verdict.missing } : {}),
    cite,
    ...(value.named ? { named: value.named } : {}),
    ...(value.schedule ? { schedule: value.schedule } : {}),
  };
}

/**
 * Measures each target of the plan, then each commune of its schedule. A metric id
 * this tool does not know (a user's plan file) is reported with `met: null`.
 */
export function measureTargets(input: MetricInput): TargetResult[] {
  const plan = input.plan.id;
  const targets = input.plan.targets.map((t) => {
    const value: MetricValue = isMetricId(t.metric) ? METRICS[t.metric](input, t) : { unit: 'count', actual: null, reason: 'unknown-metric' };
    return result(t, value, { plan, clause: t.clause });
  });
  const schedule = scheduleValues(input).map(({ entry, value }) => {
    // Labelled in the plan's own language, like the plan's targets.
    const label = `Xã ${entry.commune}: ${value.schedule!.dueLevel} năm ${entry.year}`;
    const target: Target = { metric: `schedule.${entry.commune}`, comparator: '>=', value: LEVEL_RANK[entry.level], label, clause: entry.clause };
    return result(target, value, { plan, clause: entry.clause });
  });
  return [...targets, ...schedule];
}
