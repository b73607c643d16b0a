import { z } from 'zod';
import {
  AWARD_FORMS, COLLECTIVE_TYPES, COMMUNE_LEVELS, DISTRICT_LEVELS, GENDERS, MANAGEMENT_LEVELS, PERSON_KINDS, ROUNDS,
  SUBMITTER_LEVELS, type Term,
} from './vocabularies.js';

/**
 * The typed rows of a dossier. Cells are first read as their column's kind
 * (`cell-reader.ts`); these schemas then hold the ranges and requirements, and
 * their output types are the dossier's types.
 */

function ids<T extends readonly Term[]>(list: T) {
  return z.enum(list.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]]);
}

const year = z.number().int().min(1900).max(2100);
const count = z.number().int().min(0);
const criteria = z.number().int().min(0).max(19);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1);
const stars = z.number().int().min(0).max(5);
const million = z.number().min(0);

export const infoSchema = z.object({
  province: text,
  district: text.optional(),
  submitter: text,
  submitterLevel: ids(SUBMITTER_LEVELS),
  achievementYear: z.number().int().min(2021).max(2030),
  round: ids(ROUNDS),
  submittedOn: isoDate.optional(),
  registeredOn: isoDate.optional(),
  documentNumber: text.optional(),
  districtLevel: ids(DISTRICT_LEVELS).optional(),
  districtRecognitionYear: year.optional(),
  districtDebt: million.optional(),
  districtFourOnSite: z.boolean().optional(),
  signer: text.optional(),
  signerTitle: text.optional(),
});

export const communeSchema = z.object({
  stt: z.number().int().optional(),
  name: text,
  criteria,
  previousCriteria: criteria.optional(),
  level: ids(COMMUNE_LEVELS),
  recognitionYear: year.optional(),
  dbkk: z.boolean().optional(),
  border: z.boolean().optional(),
  debt: million,
  fourOnSite: z.boolean().optional(),
  villages: count.optional(),
  ntmVillages: count.optional(),
  modelVillages: count.optional(),
  modelGardens: count.optional(),
  note: text.optional(),
  /** Criteria TC1…TC19 as ticked, when the sheet has those columns (index 0 = TC1). */
  criteriaMet: z.array(z.boolean()).length(19).optional(),
});

const nomination = {
  stt: z.number().int().optional(),
  name: text,
  commune: text.optional(),
  form: ids(AWARD_FORMS),
  /** The basis as typed; the plan rules resolve it against the plan's bases. */
  basis: text.optional(),
  contribution: million.optional(),
  ocopStars: stars.optional(),
  contentArea: text.optional(),
  achievement: text,
  priorAwards: text.optional(),
};

export const collectiveSchema = z.object({
  ...nomination,
  type: ids(COLLECTIVE_TYPES),
  recognitionYear: year.optional(),
});

/** Individuals: `Năm sinh` runs from 1920 to 15 years before the achievement year. */
export function individualSchema(achievementYear: number | undefined) {
  return z.object({
    ...nomination,
    gender: ids(GENDERS).optional(),
    birthYear: z.number().int().min(1920).max((achievementYear ?? 2030) - 15).optional(),
    position: text.optional(),
    unit: text,
    village: text.optional(),
    kind: ids(PERSON_KINDS),
    managementLevel: ids(MANAGEMENT_LEVELS).optional(),
    identity: z.string().regex(/^\d{12}$/).optional(),
  });
}

export const ocopSchema = z.object({
  stt: z.number().int().optional(),
  product: text,
  owner: text.optional(),
  commune: text.optional(),
  stars: z.number().int().min(1).max(5),
  level: ids(MANAGEMENT_LEVELS).optional(),
  year: year.optional(),
});
