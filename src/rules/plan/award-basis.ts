import type { Finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';
import { basisCovers, formLabel, nominationsOf, resolveBasis, subjectLabel } from './nominations.js';
import { basisData, planFinding } from './plan-finding.js';

/**
 * The form must be one the plan provides, the basis one of the plan's bases (or
 * implied by the only basis for this subject and form), the basis must cover the
 * nominee's type, and it must lead to the proposed form.
 */
export const awardBasis = defineCheck({
  name: 'award-basis',
  codes: ['award.form-not-in-plan', 'award.basis-unknown', 'award.basis-ambiguous', 'award.subject-mismatch'],
  run(dossier, { plan }) {
    const findings: Finding[] = [];
    const section = (clause: string) => ({ clause });
    for (const n of nominationsOf(dossier)) {
      if (!plan.awardForms.some((f) => f.form === n.form)) {
        findings.push(planFinding('award.form-not-in-plan', at(dossier, n.origin, 'form'), { form: formLabel(n.form) }, plan, section(plan.sections.awardForms)));
        continue;
      }
      const resolution = resolveBasis(n, plan);
      if (resolution.kind === 'unknown') {
        const data = { value: resolution.value, ...(resolution.suggestion ? { suggestion: resolution.suggestion.label } : {}) };
        findings.push(planFinding('award.basis-unknown', at(dossier, n.origin, 'basis'), data, plan, section(plan.sections.bases)));
        continue;
      }
      if (resolution.kind === 'ambiguous') {
        const data = { form: formLabel(n.form), candidates: resolution.candidates.map((b) => b.id), candidateLabels: resolution.candidates.map((b) => b.label) };
        findings.push(planFinding('award.basis-ambiguous', at(dossier, n.origin, 'basis'), data, plan, section(plan.sections.bases)));
        continue;
      }
      const { basis } = resolution;
      if (!basisCovers(basis, n)) {
        findings.push(planFinding('award.subject-mismatch', at(dossier, n.origin, n.subject === 'collective' ? 'type' : 'kind'), { ...basisData(basis), subject: subjectLabel(n) }, plan, basis));
      }
      if (!basis.forms.includes(n.form)) {
        findings.push(planFinding('award.form-not-in-plan', at(dossier, n.origin, 'form'), { form: formLabel(n.form), ...basisData(basis) }, plan, basis));
      }
    }
    return findings;
  },
});
