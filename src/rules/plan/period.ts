import type { Finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';
import { planFinding } from './plan-finding.js';

/**
 * A campaign's time limits: the achievement years it covers, and the window in
 * which dossiers are submitted (Tam Đường: after 30/8/2022, by 21/9/2022).
 */
export const period = defineCheck({
  name: 'period',
  codes: ['period.outside'],
  run(dossier, { plan, asOf }) {
    const info = dossier.info;
    if (!info) return [];
    const findings: Finding[] = [];
    const where = (field: string) => at(dossier, info.origin, field);
    const years = plan.achievementYears;
    if (years && (info.achievementYear < years.from || info.achievementYear > years.to)) {
      findings.push(planFinding('period.outside', where('achievementYear'), { what: 'achievement-year', value: String(info.achievementYear), from: String(years.from), to: String(years.to) }, plan, years));
    }
    const window = plan.submissionWindow;
    const submitted = info.submittedOn ?? asOf;
    if (window && ((window.from && submitted < window.from) || submitted > window.to)) {
      findings.push(planFinding('period.outside', where('submittedOn'), { what: 'submission-date', value: submitted, ...(window.from ? { from: window.from } : {}), to: window.to }, plan, window));
    }
    return findings;
  },
});
