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
    const lists = dossiers.map(nominationsOf);
    const nominationAt = (ref: number): Nomination => lists[Math.floor(ref / SLOT)]![ref % SLOT]!;
    const seenAt = (ref: number): Seen => ({ dossier: dossiers[Math.floor(ref / SLOT)]!, nomination: nominationAt(ref) });
    const rounds = roundsOf(dossiers, lists);
    for (const [d, dossier] of dossiers.entries()) {
      const { byIdentity, byName, repeated } = rounds[d]!;
      const list = lists[d]!;
      for (let i = 0; i < list.length; i++) {
        const nomination = list[i]!;
        const ref = d * SLOT + i;
        const identity = identityOf(nomination);
        let earlier: number | undefined;
        // An identity the round holds once has nothing to meet: only the repeated ones are indexed.
        if (identity !== undefined && repeated.size > 0 && repeated.has(Number(identity))) {
          earlier = byIdentity.get(identity);
          if (earlier === undefined) byIdentity.set(identity, ref);
        }
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

/** One award round's indexes: identities (only those that repeat) and names. */
interface Round {
  byIdentity: Map<string, number>;
  byName: Map<string, number[]>;
  /** The identities of the round that may occur more than once, as numbers (see {@link repeatedNumbers}). */
  repeated: ReadonlySet<number>;
}

/** Each dossier's round: workbooks of the same round and achievement year share one. */
function roundsOf(dossiers: readonly Dossier[], lists: readonly (readonly Nomination[])[]): Round[] {
  const keys = dossiers.map((dossier) => `${dossier.info?.round ?? ''}|${dossier.info?.achievementYear ?? ''}`);
  const rounds = new Map<string, Round>();
  for (const key of new Set(keys)) {
    const members = lists.filter((_, d) => keys[d] === key);
    rounds.set(key, { byIdentity: new Map(), byName: new Map(), repeated: repeatedNumbers(members) });
  }
  return keys.map((key) => rounds.get(key)!);
}

/**
 * The numbers of the identities that occur more than once among `lists`, found by
 * sorting them as numbers in a Float64Array (a native sort) and comparing
 * neighbours. Indexing every identity in a Map cost a get and a set per row in a
 * table of half a million strings: with this filter the check takes 80–120 ms on
 * 500k rows instead of 160–220 ms. It only filters: identities that share a number
 * (none when all have 12 digits; every text that is no number shares NaN) all go
 * to the Map, which compares the strings and decides.
 */
export function repeatedNumbers(lists: readonly (readonly Nomination[])[]): Set<number> {
  let count = 0;
  for (const list of lists) for (const n of list) if (identityOf(n) !== undefined) count++;
  const sorted = new Float64Array(count);
  let at = 0;
  // A plain loop: Float64Array.from with a mapping function took twice as long.
  for (const list of lists) {
    for (const n of list) {
      const identity = identityOf(n);
      if (identity !== undefined) sorted[at++] = Number(identity);
    }
  }
  sorted.sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  // NaN never equals itself, and sorts last.
  if (count > 0 && Number.isNaN(sorted[count - 1])) repeated.add(NaN);
  return repeated;
}

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
