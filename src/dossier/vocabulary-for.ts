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
    case 'content-area': return (options.contentAreas ?? []).map((a) => ({ id: a.id, label: a.label, aliases: [a.id] }));
    case undefined: return [];
  }
}
