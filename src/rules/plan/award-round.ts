import { ROUNDS } from '../../dossier/vocabularies.js';
import type { Finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';
import { basisOf, formLabel, nominationsOf } from './nominations.js';
import { basisData, planFinding } from './plan-finding.js';

const roundLabel = (id: string) => ROUNDS.find((r) => r.id === id)?.label ?? id;

/**
 * Rounds (`Đợt xét`): the plan's allowed rounds; forms awarded only at some
 * rounds (Đắk Nông V.2.b: Bằng khen tỉnh only at sơ kết / tổng kết); bases used
 * only at some rounds (Lai Châu's advisers, V.2.c).
 */
export const awardRound = defineCheck({
  name: 'award-round',
  codes: ['award.round'],
  run(dossier, { plan }) {
    const round = dossier.info?.round;
    if (!round) return [];
    const findings: Finding[] = [];
    if (!plan.rounds.allowed.includes(round)) {
      const where = at(dossier, dossier.info!.origin, 'round');
      findings.push(planFinding('award.round', where, { round: roundLabel(round), allowed: plan.rounds.allowed.map(roundLabel) }, plan, plan.rounds));
      return findings;
    }
    for (const n of nominationsOf(dossier)) {
      const form = plan.awardForms.find((f) => f.form === n.form);
      if (form?.rounds && !form.rounds.includes(round)) {
        findings.push(planFinding('award.round', at(dossier, n.origin, 'form'), { round: roundLabel(round), allowed: form.rounds.map(roundLabel), form: formLabel(n.form) }, plan, form));
        continue;
      }
      const basis = basisOf(n, plan);
      if (basis?.rounds && !basis.rounds.includes(round)) {
        findings.push(planFinding('award.round', at(dossier, n.origin, 'basis'), { round: roundLabel(round), allowed: basis.rounds.map(roundLabel), ...basisData(basis) }, plan, basis));
      }
    }
    return findings;
  },
});
