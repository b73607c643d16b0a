import { finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/** When the sheet ticks TC1…TC19, the ticks must add up to `Số tiêu chí đạt`. */
export const communeCriteriaBreakdown = defineCheck({
  name: 'commune-criteria-breakdown',
  codes: ['commune.criteria-breakdown'],
  run(dossier) {
    return dossier.communes.flatMap((c) => {
      if (!c.criteriaMet) return [];
      const counted = c.criteriaMet.filter(Boolean).length;
      if (counted === c.criteria) return [];
      return [finding('commune.criteria-breakdown', at(dossier, c.origin, 'criteria'), { commune: c.name, declared: c.criteria, counted })];
    });
  },
});
