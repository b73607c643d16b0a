import type { Dossier, Nomination } from '../../dossier/types.js';
import { AWARD_FORMS } from '../../dossier/vocabularies.js';
import { finding, type Finding } from '../../findings/finding.js';
import { nameKeyOf } from '../../dossier/identity.js';
import { at, defineBatchCheck } from '../check.js';
import { nominationsOf } from '../plan/nominations.js';

interface Seen {
  dossier: Dossier;
  nomination: Nomination;
}

/**
 * One nominee, one form, once per round: the same nominee twice for the same form
 * is `nomination.duplicate`; for two forms, `nomination.multiple-forms` (one
 * achievement is not rewarded with several forms). Runs over every workbook of the
 * run, so a person nominated by two districts is caught. Identity: `Số định danh`
 * when both rows have one, else name + birth year + commune (people) or
 * name + type + commune (collectives).
 */
export const nominationDuplicate = defineBatchCheck({
  name: 'nomination-duplicate',
  codes: ['nomination.duplicate', 'nomination.multiple-forms'],
  runBatch(dossiers) {
    const findings: Finding[] = [];
    const byIdentity = new Map<string, Seen>();
    const byName = new Map<string, Seen[]>();
    for (const dossier of dossiers) {
      const round = `${dossier.info?.round ?? ''}|${dossier.info?.achievementYear ?? ''}`;
      for (const nomination of nominationsOf(dossier)) {
        const identity = nomination.subject === 'individual' && nomination.identity ? `${round}|${nomination.identity}` : undefined;
        const nameKey = `${round}|${nameKeyOf(nomination)}`;
        const earlier = (identity && byIdentity.get(identity)) || byName.get(nameKey)?.find((s) => !(identityOf(s.nomination) && identity));
        const seen = { dossier, nomination };
        if (identity && !byIdentity.has(identity)) byIdentity.set(identity, seen);
        const sameName = byName.get(nameKey);
        if (sameName) sameName.push(seen);
        else byName.set(nameKey, [seen]);
        if (earlier) findings.push(report(seen, earlier));
      }
    }
    return findings;
  },
});

function identityOf(n: Nomination): string | undefined {
  return n.subject === 'individual' ? n.identity : undefined;
}

function report(later: Seen, first: Seen): Finding {
  const where = at(later.dossier, later.nomination.origin, 'name');
  const related = [at(first.dossier, first.nomination.origin, 'name')];
  const label = (id: string) => AWARD_FORMS.find((f) => f.id === id)!.label;
  const { name, form } = later.nomination;
  if (form === first.nomination.form) return finding('nomination.duplicate', where, { name, form: label(form) }, { related });
  return finding('nomination.multiple-forms', where, { name, form: label(form), otherForm: label(first.nomination.form) }, { related });
}
