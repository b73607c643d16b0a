import { COMMUNE_SHEET, INDIVIDUAL_SHEET } from '../../dossier/columns.js';
import { cellOf } from '../../dossier/types.js';
import type { Condition } from '../../plans/schema.js';
import type { Finding } from '../../findings/finding.js';
import { missingValue } from '../../dossier/conditional-required.js';
import { at, defineCheck } from '../check.js';
import { evaluateCondition, needsCommune } from './conditions.js';
import { basisOf, communeOf, nominationsOf } from './nominations.js';

/**
 * Every condition of each nomination's basis (level, recognition period, XDCB debt,
 * "4 tại chỗ", contribution, OCOP, top criteria, district level, commune kind).
 * A condition about the nominee's commune needs its `Xã`: an empty one is
 * `cell.required`; one not in sheet `Xã` is already `nomination.unknown-commune`.
 */
export const eligibility = defineCheck({
  name: 'eligibility',
  codes: [
    'eligibility.level', 'eligibility.recognition-period', 'eligibility.xdcb-debt', 'eligibility.four-on-site', 'eligibility.contribution',
    'eligibility.ocop', 'eligibility.top-criteria', 'eligibility.district-level', 'eligibility.commune-kind', 'cell.required',
  ],
  run(dossier, { plan }) {
    const findings: Finding[] = [];
    for (const nomination of nominationsOf(dossier)) {
      const basis = basisOf(nomination, plan);
      if (!basis) continue;
      const commune = communeOf(dossier, nomination);
      const communeCondition = basis.conditions.find((c) => needsCommune(c, nomination));
      if (communeCondition && !nomination.commune && !nomination.origin.unreadable.includes('commune')) {
        const column = INDIVIDUAL_SHEET.columns.find((c) => c.key === 'commune')!.label;
        const cite = { plan: plan.id, clause: communeCondition.clause };
        findings.push(missingValue(dossier.file, nomination.origin, 'commune', column, 'basis-commune', cite));
      }
      for (const condition of basis.conditions) {
        if (needsCommune(condition, nomination) && !commune) continue;
        // A condition on a column the Xã sheet lacks cannot be judged: say the column is missing, once.
        const absent = commune && communeFieldsOf(condition).find((field) => cellOf(commune.origin, field) === undefined);
        if (commune && absent) {
          const column = COMMUNE_SHEET.columns.find((c) => c.key === absent)!.label;
          findings.push(missingValue(dossier.file, commune.origin, absent, column, 'basis-condition', { plan: plan.id, clause: condition.clause }));
          continue;
        }
        const f = evaluateCondition({ condition, dossier, nomination, basis, plan, ...(commune ? { commune } : {}) });
        if (f) findings.push(f);
      }
    }
    return findings;
  },
});

/** The `Xã` columns a condition on the nominee's commune reads. */
function communeFieldsOf(c: Condition): string[] {
  switch (c.kind) {
    case 'four-on-site': return c.of === 'commune' ? ['fourOnSite'] : [];
    case 'top-criteria': return ['previousCriteria'];
    case 'commune-kind': return [...new Set([...(c.anyOf ?? []), ...(c.allOf ?? [])])];
    default: return [];
  }
}
