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
 * A nomination in the indexes is a number, dossier × SLOT + position, not an
 * object: a run may index a million rows, and every object is one more for the
 * garbage collector to trace. SLOT exceeds the rows two sheets can hold.
 */
const SLOT = 2 ** 22;

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
    // Names matter between people only when one of them has no identity number;
    // when every person has one, their names need no index (500k rows: most of the cost).
    const peopleByName = dossiers.some((d) => d.individuals.some((n) => !n.identity));
    const rounds = new Map<string, { byIdentity: Map<string, number>; byName: Map<string, number[]> }>();
    const lists = dossiers.map(nominationsOf);
    const nominationAt = (ref: number): Nomination => lists[Math.floor(ref / SLOT)]![ref % SLOT]!;
    const seenAt = (ref: number): Seen => ({ dossier: dossiers[Math.floor(ref / SLOT)]!, nomination: nominationAt(ref) });
    for (const [d, dossier] of dossiers.entries()) {
      const roundKey = `${dossier.info?.round ?? ''}|${dossier.info?.achievementYear ?? ''}`;
      let round = rounds.get(roundKey);
      if (!round) rounds.set(roundKey, (round = { byIdentity: new Map(), byName: new Map() }));
      const { byIdentity, byName } = round;
      const list = lists[d]!;
      for (let i = 0; i < list.length; i++) {
        const nomination = list[i]!;
        const ref = d * SLOT + i;
        const identity = identityOf(nomination);
        let earlier = identity === undefined ? undefined : byIdentity.get(identity);
        if (identity !== undefined && earlier === undefined) byIdentity.set(identity, ref);
        if (nomination.subject === 'collective' || peopleByName) {
          const nameKey = nameKeyOf(nomination);
          const sameName = byName.get(nameKey);
          earlier ??= sameName?.find((s) => !(identityOf(nominationAt(s)) && identity));
          if (sameName) sameName.push(ref);
          else byName.set(nameKey, [ref]);
        }
        if (earlier !== undefined) findings.push(report({ dossier, nomination }, seenAt(earlier)));
      }
    }
    return findings;
  },
});

function identityOf(n: Nomination): string | undefined {
  return n.subject === 'individual' && n.identity ? n.identity : undefined;
}

function report(later: Seen, first: Seen): Finding {
  const where = at(later.dossier, later.nomination.origin, 'name');
  const related = [at(first.dossier, first.nomination.origin, 'name')];
  const label = (id: string) => AWARD_FORMS.find((f) => f.id === id)!.label;
  const { name, form } = later.nomination;
  if (form === first.nomination.form) return finding('nomination.duplicate', where, { name, form: label(form) }, { related });
  return finding('nomination.multiple-forms', where, { name, form: label(form), otherForm: label(first.nomination.form) }, { related });
}
