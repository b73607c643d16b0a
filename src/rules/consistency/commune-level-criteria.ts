import { finding } from '../../findings/finding.js';
import { COMMUNE_LEVELS } from '../../dossier/vocabularies.js';
import { at, defineCheck } from '../check.js';

/** A commune at any NTM level has met all 19 criteria (QĐ 318/QĐ-TTg). */
export const communeLevelCriteria = defineCheck({
  name: 'commune-level-criteria',
  codes: ['commune.level-criteria'],
  run(dossier) {
    return dossier.communes
      .filter((c) => c.level !== 'chua-dat' && c.criteria < 19)
      .map((c) =>
        finding('commune.level-criteria', at(dossier, c.origin, 'criteria'), {
          commune: c.name,
          level: COMMUNE_LEVELS.find((l) => l.id === c.level)!.label,
          criteria: c.criteria,
        }),
      );
  },
});
