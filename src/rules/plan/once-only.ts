import { identityToken, nameKeyOf } from '../../dossier/identity.js';
import type { Nomination } from '../../dossier/types.js';
import { matchTerm } from '../../dossier/vocab-match.js';
import { AWARD_FORMS } from '../../dossier/vocabularies.js';
import type { Finding } from '../../findings/finding.js';
import type { LedgerEntry } from '../../ledger/ledger.js';
import { at, defineCheck } from '../check.js';
import { basisCovers, basisOf, formLabel, nominationsOf } from './nominations.js';
import { planFinding } from './plan-finding.js';

/**
 * A once-only basis ("01 lần") within the plan's period: the nominee must not
 * have received it already, per `Khen thưởng đã nhận` or the `--history` ledger.
 * The ledger records the basis, so a match there is certain. The free-text column
 * names only the form: when another once-only basis of the plan could have led
 * to that form for this nominee, the match is a warning to check, not an error.
 */
export const onceOnly = defineCheck({
  name: 'once-only',
  codes: ['award.once-only'],
  run(dossier, { plan, history }) {
    const findings: Finding[] = [];
    const from = Number(plan.period.from.slice(0, 4));
    for (const n of nominationsOf(dossier)) {
      const basis = basisOf(n, plan);
      if (!basis || basis.frequency !== 'once') continue;
      const where = at(dossier, n.origin, 'name');
      const earlier = history.find((e) => e.plan === plan.id && e.year >= from && e.basis === basis.id && sameNominee(e, n));
      if (earlier) {
        findings.push(planFinding('award.once-only', where, { name: n.name, form: formLabel(earlier.form), basis: basis.id, year: earlier.year, source: 'history' }, plan, basis));
        continue;
      }
      const prior = priorAwards(n.priorAwards).find((p) => p.form === n.form && (p.year === undefined || p.year >= from));
      if (!prior) continue;
      const certain = plan.bases.filter((b) => b.frequency === 'once' && b.forms.includes(n.form) && basisCovers(b, n)).length === 1;
      const data = { name: n.name, form: formLabel(n.form), basis: basis.id, source: 'prior-awards' as const, ...(prior.year ? { year: prior.year } : {}) };
      findings.push(planFinding('award.once-only', at(dossier, n.origin, 'priorAwards'), data, plan, certain ? basis : { ...basis, severity: 'warning' }));
    }
    return findings;
  },
});

function sameNominee(entry: LedgerEntry, n: Nomination): boolean {
  const token = n.subject === 'individual' && n.identity ? identityToken(n.identity) : undefined;
  if (token && entry.identityToken) return token === entry.identityToken;
  return entry.nameKey === nameKeyOf(n);
}

/** Parses `2023: Bằng khen của Chủ tịch UBND tỉnh; 2022: Giấy khen …` into forms and years. */
export function priorAwards(text: string | undefined): Array<{ year?: number; form?: string }> {
  if (!text) return [];
  return text.split(/[;\n]+/).map((part) => {
    const m = /^\s*(?:năm\s*)?(\d{4})\s*[:\-–]?\s*(.*)$/i.exec(part);
    const body = (m ? m[2]! : part).trim();
    const { term } = matchTerm(body, AWARD_FORMS);
    const form = term?.id ?? AWARD_FORMS.find((f) => body.toLowerCase().startsWith(f.label.toLowerCase()))?.id;
    return { ...(m ? { year: Number(m[1]) } : {}), ...(form ? { form } : {}) };
  });
}

