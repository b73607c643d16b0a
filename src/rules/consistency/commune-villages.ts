import { finding, type Finding } from '../../findings/finding.js';
import { COMMUNE_SHEET } from '../../dossier/columns.js';
import { at, defineCheck } from '../check.js';

const label = (key: string) => COMMUNE_SHEET.columns.find((c) => c.key === key)!.label;

/** Village counts nest: model villages ≤ NTM villages ≤ all villages. */
export const communeVillages = defineCheck({
  name: 'commune-villages',
  codes: ['commune.villages'],
  run(dossier) {
    const findings: Finding[] = [];
    for (const c of dossier.communes) {
      const pairs: Array<['ntmVillages' | 'modelVillages', 'villages' | 'ntmVillages']> = [['ntmVillages', 'villages'], ['modelVillages', 'ntmVillages']];
      for (const [field, limitField] of pairs) {
        const value = c[field];
        const limit = c[limitField];
        if (value === undefined || limit === undefined || value <= limit) continue;
        findings.push(finding('commune.villages', at(dossier, c.origin, field), { commune: c.name, column: label(field), value, limitColumn: label(limitField), limit }));
      }
    }
    return findings;
  },
});
