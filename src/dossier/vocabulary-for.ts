import type { ColumnSpec } from './columns.js';
import {
  AWARD_FORMS, COLLECTIVE_TYPES, COMMUNE_LEVELS, DISTRICT_LEVELS, GENDERS, MANAGEMENT_LEVELS, PERSON_KINDS, ROUNDS, SUBMITTER_LEVELS,
  type Term,
} from './vocabularies.js';

/** The terms a vocabulary column accepts; `Nội dung thi đua` takes the plan's content areas. */
export function vocabularyFor(column: ColumnSpec, options: { contentAreas?: readonly { id: string; label: string }[] }): readonly Term[] {
  switch (column.vocab) {
    case 'commune-level': return COMMUNE_LEVELS;
    case 'district-level': return DISTRICT_LEVELS;
    case 'submitter-level': return SUBMITTER_LEVELS;
    case 'round': return ROUNDS;
    case 'collective-type': return COLLECTIVE_TYPES;
    case 'person-kind': return PERSON_KINDS;
    case 'management-level': return MANAGEMENT_LEVELS;
    case 'gender': return GENDERS;
    case 'award-form': return AWARD_FORMS;
    case 'content-area': return contentAreaTerms(options.contentAreas ?? []);
    case undefined: return [];
  }
}

const contentAreaCache = new WeakMap<readonly { id: string; label: string }[], Term[]>();

/** The plan's content areas as terms, made once per plan (lookups index them by list). */
function contentAreaTerms(areas: readonly { id: string; label: string }[]): Term[] {
  let terms = contentAreaCache.get(areas);
  if (!terms) {
    terms = areas.map((a) => ({ id: a.id, label: a.label, aliases: [a.id] }));
    contentAreaCache.set(areas, terms);
  }
  return terms;
}
