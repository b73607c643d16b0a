import { count, type MetricFn, type MetricInput, type MetricValue } from './types.js';

/**
 * OCOP products recognised in the consolidated year (sheet `OCOP`, Hà Quảng's
 * targets). "3 sao" counts products of 3 stars or more (provincial recognition);
 * "2 sao" counts products of exactly 2 stars (district recognition), as the plan
 * sets the two targets apart. Rows without `Năm công nhận` may belong to the year.
 */
function ocopCount(i: MetricInput, test: (stars: number) => boolean): MetricValue {
  if (!i.batch.hasOcopSheet) return { unit: 'count', actual: null, reason: 'no-ocop-sheet' };
  const rows = i.batch.ocop.filter((o) => test(o.stars));
  const undated = rows.filter((o) => o.year === undefined).map((o) => `${o.district} / ${o.product}`);
  return count(rows.filter((o) => o.year === i.year).length, undated.length > 0 ? { reason: 'missing-data', missing: undated } : undefined);
}

/** The OCOP metric family. */
export const OCOP_METRICS = {
  'ocop.3star.count': (i) => ocopCount(i, (s) => s >= 3),
  'ocop.2star.count': (i) => ocopCount(i, (s) => s === 2),
} satisfies Record<string, MetricFn>;
