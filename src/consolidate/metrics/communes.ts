import { combine, count, ratio, type MetricFn } from './types.js';
import { communeCoverage, isAdvanced, isModel, isNtm, lacking } from './coverage.js';

/**
 * The commune metrics of plans.md (Target metrics), over every `Xã` row of every
 * district workbook. Missing districts or unread rows leave them incomplete.
 */
export const COMMUNE_METRICS = {
  'communes.total': (i) => count(i.batch.communes.length, communeCoverage(i)),
  'communes.ntm.count': (i) => count(i.batch.communes.filter(isNtm).length, communeCoverage(i)),
  'communes.ntm.share': (i) => ratio('share', i.batch.communes.filter(isNtm).length, i.batch.communes.length, 'no-communes', communeCoverage(i)),
  'communes.advanced.count': (i) => count(i.batch.communes.filter(isAdvanced).length, communeCoverage(i)),
  'communes.advanced.shareOfNtm': (i) =>
    ratio('share', i.batch.communes.filter(isAdvanced).length, i.batch.communes.filter(isNtm).length, 'no-ntm-communes', communeCoverage(i)),
  'communes.model.count': (i) => count(i.batch.communes.filter(isModel).length, communeCoverage(i)),
  'communes.model.shareOfNtm': (i) =>
    ratio('share', i.batch.communes.filter(isModel).length, i.batch.communes.filter(isNtm).length, 'no-ntm-communes', communeCoverage(i)),
  /**
   * Communes newly recognised NTM within the plan's period. The sheet has one
   * recognition year, that of the commune's current level: an `Đạt chuẩn NTM`
   * commune recognised in the period is certainly new; a `nâng cao` or `kiểu mẫu`
   * one recognised in the period may have reached NTM before it, so it is not
   * counted but makes the count incomplete (it can only rise), and the target is
   * judged met only when the certain ones already reach it.
   */
  'communes.newNtm.count': (i) => {
    const from = Number(i.plan.period.from.slice(0, 4));
    const to = Number(i.plan.period.to.slice(0, 4));
    const ntm = i.batch.communes.filter(isNtm);
    const inPeriod = (c: (typeof ntm)[number]) => c.recognitionYear !== undefined && c.recognitionYear >= from && c.recognitionYear <= to;
    const certain = ntm.filter((c) => c.level === 'ntm' && inPeriod(c));
    const unsure = ntm.filter((c) => c.level !== 'ntm' && inPeriod(c));
    return count(certain.length, combine(communeCoverage(i), lacking(ntm, (c) => c.recognitionYear !== undefined), lacking(unsure, () => false)));
  },
  'communes.criteria.avg': (i) =>
    ratio('average', i.batch.communes.reduce((sum, c) => sum + c.criteria, 0), i.batch.communes.length, 'no-communes', communeCoverage(i)),
  'communes.below15.count': (i) => count(i.batch.communes.filter((c) => c.criteria < 15).length, communeCoverage(i)),
  /**
   * The smallest year-on-year gain (`Số tiêu chí đạt − Số tiêu chí đạt năm trước`)
   * among communes still `Chưa đạt`. Missing data can only lower a minimum.
   */
  'communes.criteria.growth.min': (i) => {
    const pending = i.batch.communes.filter((c) => !isNtm(c));
    const known = pending.filter((c) => c.previousCriteria !== undefined);
    const coverage = communeCoverage(i);
    const incomplete = combine(coverage, lacking(pending, (c) => c.previousCriteria !== undefined));
    if (known.length === 0) {
      return { unit: 'count', actual: null, reason: pending.length > 0 ? 'missing-data' : (coverage?.reason ?? 'no-pending-communes') };
    }
    const actual = Math.min(...known.map((c) => c.criteria - c.previousCriteria!));
    return { unit: 'count', actual, ...(incomplete ? { incomplete, monotone: 'down' as const } : {}) };
  },
} satisfies Record<string, MetricFn>;
