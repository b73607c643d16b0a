import { COMMUNE_LEVELS, LEVEL_RANK } from '../../dossier/vocabularies.js';
import type { Plan } from '../../plans/schema.js';
import { foldPlaceName } from '../../text/fold.js';
import type { BatchCommune } from '../batch.js';
import type { ScheduleDetail, ScheduleStatus } from '../types.js';
import type { MetricInput, MetricValue } from './types.js';

/**
 * The pace the plan itself sets for communes not yet NTM: "+1–2 criteria per
 * commune per year" (Hà Quảng I.1). A commune needing more than this many
 * criteria a year to meet its deadline is at risk.
 */
export const CRITERIA_PER_YEAR = 2;

type Entry = Plan['schedule'][number];

const labelOf = (level: string): string => COMMUNE_LEVELS.find((l) => l.id === level)?.label ?? level;

/**
 * Where a scheduled commune stands in the consolidated `year`:
 * - `on-time`: at (or above) the due level, recognised no later than the due year
 *   (a commune above the due level is on time whatever its year, which is its higher level's);
 * - `late`: recognised after the due year, or still below the due level once the due year is over;
 * - `at-risk`: not yet due and below the level, but the criteria still missing exceed
 *   {@link CRITERIA_PER_YEAR} per remaining year (a higher level needs NTM first, so one
 *   year less), or the commune gained no criterion this year;
 * - `on-track`: not yet due, below the level, and neither of those;
 * - `unknown`: no workbook reports the commune.
 */
export function scheduleStatus(entry: Entry, commune: BatchCommune | undefined, year: number): ScheduleStatus {
  if (!commune) return 'unknown';
  const rank = LEVEL_RANK[commune.level];
  const due = LEVEL_RANK[entry.level];
  if (rank > due) return 'on-time';
  if (rank === due) return commune.recognitionYear !== undefined && commune.recognitionYear > entry.year ? 'late' : 'on-time';
  if (entry.year <= year) return 'late';
  const gap = 19 - commune.criteria;
  const yearsLeft = entry.year - year - (due > LEVEL_RANK.ntm && rank < LEVEL_RANK.ntm ? 1 : 0);
  const stalled = gap > 0 && commune.previousCriteria !== undefined && commune.criteria <= commune.previousCriteria;
  return gap > CRITERIA_PER_YEAR * yearsLeft || stalled ? 'at-risk' : 'on-track';
}

/** One result per schedule entry of the plan: `schedule.<commune>`, level ranks as numbers. */
export function scheduleValues(input: MetricInput): Array<{ entry: Entry; value: MetricValue }> {
  return input.plan.schedule.map((entry) => {
    const commune = input.batch.communes.find((c) => foldPlaceName(c.name) === foldPlaceName(entry.commune));
    const status = scheduleStatus(entry, commune, input.year);
    const schedule: ScheduleDetail = {
      commune: entry.commune,
      dueLevel: labelOf(entry.level),
      dueYear: entry.year,
      status,
      ...(commune ? { level: labelOf(commune.level), criteria: commune.criteria } : {}),
      ...(commune?.recognitionYear !== undefined ? { recognitionYear: commune.recognitionYear } : {}),
    };
    const verdict: Pick<MetricValue, 'met' | 'reason'> =
      status === 'on-time' ? { met: true } : status === 'late' ? { met: false } : status === 'unknown' ? { met: null, reason: 'missing-communes' } : { met: null, reason: 'not-yet-due' };
    return { entry, value: { unit: 'level', actual: commune ? LEVEL_RANK[commune.level] : null, schedule, ...verdict } };
  });
}
