import type { BatchCommune } from '../batch.js';
import { communeCoverage, lacking } from './coverage.js';
import { combine, count, ratio, type MetricFn, type MetricInput, type MetricValue } from './types.js';

const hasVillages = (c: BatchCommune): boolean => c.villages !== undefined && c.ntmVillages !== undefined;

/** NTM villages over all villages of `communes`; communes without both counts leave it incomplete. */
function villageShare(i: MetricInput, communes: readonly BatchCommune[], extra?: ReturnType<typeof lacking>): MetricValue {
  const known = communes.filter(hasVillages);
  const villages = known.reduce((sum, c) => sum + c.villages!, 0);
  const ntm = known.reduce((sum, c) => sum + c.ntmVillages!, 0);
  return ratio('share', ntm, villages, 'missing-data', combine(communeCoverage(i), extra, lacking(communes, hasVillages)));
}

/** Share of all communes for which `test` holds; communes lacking the column leave it incomplete. */
function communeShare(i: MetricInput, has: (c: BatchCommune) => boolean, test: (c: BatchCommune) => boolean): MetricValue {
  const all = i.batch.communes;
  return ratio('share', all.filter((c) => has(c) && test(c)).length, all.length, 'no-communes', combine(communeCoverage(i), lacking(all, has)));
}

/** Village (thôn, bản, xóm) metrics and Tuyên Quang's per-commune model village and garden shares. */
export const VILLAGE_METRICS = {
  'villages.ntm.share': (i) => villageShare(i, i.batch.communes),
  'villages.model.count': (i) => {
    const sum = i.batch.communes.reduce((s, c) => s + (c.modelVillages ?? 0), 0);
    return count(sum, combine(communeCoverage(i), lacking(i.batch.communes, (c) => c.modelVillages !== undefined)));
  },
  /** Villages of communes flagged `Xã đặc biệt khó khăn`; a commune with the flag left empty might be one. */
  'villages.ntm.shareInDbkk': (i) => {
    const dbkk = i.batch.communes.filter((c) => c.dbkk === true);
    const unflagged = lacking(i.batch.communes, (c) => c.dbkk !== undefined);
    if (dbkk.length === 0) return { unit: 'share', actual: null, reason: unflagged ? 'missing-data' : 'no-dbkk-communes' };
    return villageShare(i, dbkk, unflagged);
  },
  'communes.withModelVillage.share': (i) => communeShare(i, (c) => c.modelVillages !== undefined, (c) => c.modelVillages! >= 1),
  'communes.withTwoModelGardens.share': (i) => communeShare(i, (c) => c.modelGardens !== undefined, (c) => c.modelGardens! >= 2),
} satisfies Record<string, MetricFn>;
