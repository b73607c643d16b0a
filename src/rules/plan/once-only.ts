import { identityToken, nameKeyOf } from '../../dossier/identity.js';
import type { Nomination } from '../../dossier/types.js';
import { matchTerm } from '../../dossier/vocab-match.js';
import { fold } from '../../text/fold.js';
import { AWARD_FORMS } from '../../dossier/vocabularies.js';
import type { Finding } from '../../findings/finding.js';
import { batchKey, submissionOf, type LedgerEntry } from '../../ledger/ledger.js';
import { at, defineCheck } from '../check.js';
import { basisCovers, basisOf, formLabel, nominationsOf } from './nominations.js';
import { basisData, planFinding } from './plan-finding.js';

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
    const info = dossier.info;
    // The ledger of this very batch (a corrected workbook checked again) is not earlier history.
    const own = info ? batchKey(plan.id, info.achievementYear, info.round, submissionOf(info)) : undefined;
    const earlierHistory = history.filter((e) => batchKey(e.plan, e.year, e.round, e.source) !== own);
    for (const n of nominationsOf(dossier)) {
      const basis = basisOf(n, plan);
      if (!basis || basis.frequency !== 'once') continue;
      const where = at(dossier, n.origin, 'name');
      const earlier = earlierHistory.find((e) => e.plan === plan.id && e.year >= from && e.basis === basis.id && sameNominee(e, n));
      if (earlier) {
        findings.push(planFinding('award.once-only', where, { name: n.name, form: formLabel(earlier.form), ...basisData(basis), year: earlier.year, source: 'history' }, plan, basis));
        continue;
      }
      const prior = priorAwards(n.priorAwards).find((p) => p.form === n.form && (p.year === undefined || p.year >= from));
      if (!prior) continue;
      const certain = plan.bases.filter((b) => b.frequency === 'once' && b.forms.includes(n.form) && basisCovers(b, n)).length === 1;
      const data = { name: n.name, form: formLabel(n.form), ...basisData(basis), source: 'prior-awards' as const, ...(prior.year ? { year: prior.year } : {}), ...(certain ? {} : { uncertain: true }) };
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

/**
 * Reads `Khen thưởng đã nhận` as officers write it: `2023: Bằng khen của Chủ tịch
 * UBND tỉnh; 2022: Giấy khen …`, or `Bằng khen UBND tỉnh năm 2021`. Each part
 * gives a year (any 4-digit year in it) and a form (a label or alias, or the
 * longest one the text contains).
 */
export function priorAwards(text: string | undefined): Array<{ year?: number; form?: string }> {
  if (!text) return [];
  // Entries are split by ";" or lines, and by a comma that starts a new year or award ("…huyện năm 2021, Bằng khen…").
  const parts = text.split(/[;\n]+|,(?=\s*(?:năm\s*)?(?:19|20)\d{2}\b)|,(?=\s*(?:Bằng|Giấy|Cờ|Huân|BK|GK|HC)\b)/iu);
  return parts.map((part) => {
    const year = /(?<!\d)(19|20)\d{2}(?!\d)/.exec(part)?.[0];
    // Folded, so "năm" (not an ASCII word for \b) goes with the year.
    const body = fold(part).replace(/\b(19|20)\d{2}\b/g, ' ').replace(/\bnam\b/g, ' ').replace(/\s+/g, ' ').trim();
    const form = matchTerm(body, AWARD_FORMS).term?.id ?? containedForm(body);
    return { ...(year ? { year: Number(year) } : {}), ...(form ? { form } : {}) };
  }).filter((p) => p.form !== undefined || p.year !== undefined);
}

/** The award form whose longest label or alias the text contains, folded. */
function containedForm(text: string): string | undefined {
  const key = ` ${fold(text)} `;
  let best: { id: string; length: number } | undefined;
  for (const form of AWARD_FORMS) {
    for (const name of [form.label, ...(form.aliases ?? [])]) {
      const folded = fold(name);
      if (folded.length > (best?.length ?? 0) && key.includes(` ${folded} `)) best = { id: form.id, length: folded.length };
    }
  }
  return best?.id;
}

