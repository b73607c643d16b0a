import type { VocabName } from '../dossier/columns.js';
import { vocabularyFor } from '../dossier/vocabulary-for.js';
import { AWARD_FORMS, ROUNDS } from '../dossier/vocabularies.js';
import type { Plan } from '../plans/schema.js';

/** A drop-down list of the template: a dossier vocabulary, yes/no, or one drawn from the plan. */
export type ListName = VocabName | 'yes-no' | 'basis-collective' | 'basis-person' | 'district';

/** The lists in the order they appear in the hidden `Danh mục` sheet. */
export const LIST_NAMES: readonly ListName[] = [
  'yes-no', 'submitter-level', 'round', 'district-level', 'commune-level', 'collective-type', 'person-kind',
  'management-level', 'gender', 'award-form', 'basis-collective', 'basis-person', 'content-area', 'district',
];

/** The words the reader's yes/no columns accept first (it also takes x, 1/0, Đạt/Không đạt). */
export const YES_NO = ['Có', 'Không'] as const;

const labelsOf = <T extends { label: string }>(terms: readonly T[]) => terms.map((t) => t.label);

/**
 * The values a list offers, always as labels (what officers read; the reader
 * accepts labels, ids and aliases alike). Award forms, rounds, bases and content
 * areas are the plan's own, so the drop-down cannot offer what the plan refuses.
 */
export function listFor(name: ListName, plan: Plan): string[] {
  switch (name) {
    case 'yes-no':
      return [...YES_NO];
    case 'award-form': {
      const allowed = new Set(plan.awardForms.map((f) => f.form));
      return labelsOf(AWARD_FORMS.filter((f) => allowed.has(f.id)));
    }
    case 'round': {
      const allowed = new Set(plan.rounds.allowed);
      return labelsOf(ROUNDS.filter((r) => allowed.has(r.id)));
    }
    case 'basis-collective':
      return labelsOf(plan.bases.filter((b) => b.subjects.collective.length > 0));
    case 'basis-person':
      return labelsOf(plan.bases.filter((b) => b.subjects.person.length > 0));
    case 'district':
      // Province plans list their districts; a district plan's own district is pre-filled instead.
      return plan.scope === 'province' ? [...plan.districts] : [];
    default: {
      const vocab: VocabName = name;
      const contentAreas = plan.contentAreas ?? [];
      return labelsOf(vocabularyFor({ key: vocab, label: vocab, kind: 'vocab', vocab }, { contentAreas }));
    }
  }
}

/** Every list of the plan that has values (a plan without content areas has no such list). */
export function planLists(plan: Plan): Map<ListName, string[]> {
  return new Map(LIST_NAMES.map((n) => [n, listFor(n, plan)] as const).filter(([, values]) => values.length > 0));
}
