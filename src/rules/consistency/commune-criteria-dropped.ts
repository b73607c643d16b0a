import { finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/** Fewer criteria than last year is possible but worth a second look (warning). */
export const communeCriteriaDropped = defineCheck({
  name: 'commune-criteria-dropped',
  codes: ['commune.criteria-dropped'],
  run(dossier) {
    return dossier.communes
      .filter((c) => c.previousCriteria !== undefined && c.criteria < c.previousCriteria)
      .map((c) => finding('commune.criteria-dropped', at(dossier, c.origin, 'criteria'), { commune: c.name, previous: c.previousCriteria!, current: c.criteria }));
  },
});
