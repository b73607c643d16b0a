import { samePlace } from '../../dossier/read-dossier.js';
import { finding, type Finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/** `Tỉnh` must be the plan's province; for district plans `Huyện` must be the plan's district. */
export const infoPlace = defineCheck({
  name: 'info-place',
  codes: ['info.province-mismatch', 'info.district-mismatch'],
  run(dossier, { plan }) {
    const info = dossier.info;
    if (!info) return [];
    const findings: Finding[] = [];
    const where = (field: string) => at(dossier, info.origin, field);
    if (!samePlace(info.province, plan.province)) {
      findings.push(finding('info.province-mismatch', where('province'), { expected: plan.province, actual: info.province }));
    }
    if (plan.district && info.district && !samePlace(info.district, plan.district)) {
      findings.push(finding('info.district-mismatch', where('district'), { expected: plan.district, actual: info.district }));
    }
    return findings;
  },
});
