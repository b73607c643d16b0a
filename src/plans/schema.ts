import { z } from 'zod';
import {
  AWARD_FORMS, COLLECTIVE_TYPES, COMMUNE_LEVELS, DISTRICT_LEVELS, MANAGEMENT_LEVELS, PERSON_KINDS, ROUNDS, SUBMITTER_LEVELS,
  type Term,
} from '../dossier/vocabularies.js';

/**
 * The plan file format: a plan is data (plans.md, "The model"). Generic rules read
 * it; a sixth province's plan is a new file of this shape, never an engine change.
 */

function idsOf<T extends readonly Term[]>(list: T) {
  return z.enum(list.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]]);
}

const awardForm = idsOf(AWARD_FORMS);
const round = idsOf(ROUNDS);
const communeLevel = idsOf(COMMUNE_LEVELS);
const districtLevel = idsOf(DISTRICT_LEVELS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A clause of the plan's document, e.g. `V.2.c`; every rule carries one. */
const clause = z.string().min(1);

/** Fields every rule entry shares: its clause, and whether the text only implies it. */
const ruleBase = {
  clause,
  /** The plan's text implies this rule rather than stating it: ship as a warning that says so. */
  inferred: z.boolean().optional(),
  severity: z.enum(['error', 'warning']).optional(),
};

const subjectOf = z.enum(['commune', 'district']);

export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('commune-level'), min: communeLevel, max: communeLevel.optional(), ...ruleBase }),
  z.object({ kind: z.literal('district-level'), min: districtLevel, ...ruleBase }),
  z.object({ kind: z.literal('recognition-period'), of: subjectOf, from: z.number().int(), to: z.number().int(), ...ruleBase }),
  z.object({ kind: z.literal('no-xdcb-debt'), of: subjectOf, ...ruleBase }),
  z.object({ kind: z.literal('four-on-site'), of: subjectOf, ...ruleBase }),
  z.object({
    kind: z.literal('contribution'),
    minMillion: z.number().nonnegative().optional(),
    minOcopStars: z.number().int().min(1).max(5).optional(),
    ...ruleBase,
  }),
  z.object({ kind: z.literal('ocop'), minStars: z.number().int().min(1).max(5), ...ruleBase }),
  z.object({ kind: z.literal('top-criteria'), ...ruleBase }),
  z
    .object({
      kind: z.literal('commune-kind'),
      /** The commune must carry at least one of these flags… */
      anyOf: z.array(z.enum(['dbkk', 'border'])).min(1).optional(),
      /** …and/or every one of these (Hà Quảng: an ĐBKK commune of the border area). */
      allOf: z.array(z.enum(['dbkk', 'border'])).min(1).optional(),
      ...ruleBase,
    })
    .refine((c) => c.anyOf || c.allOf, { message: 'anyOf or allOf' }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const basisSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  subjects: z.object({
    collective: z.array(idsOf(COLLECTIVE_TYPES)).default([]),
    person: z.array(idsOf(PERSON_KINDS)).default([]),
  }),
  forms: z.array(awardForm).min(1),
  frequency: z.enum(['annual', 'once', 'per-phase']),
  rounds: z.array(round).optional(),
  conditions: z.array(conditionSchema).default([]),
  clause,
});
export type Basis = z.infer<typeof basisSchema>;

export const quotaSchema = z.object({
  id: z.string().min(1),
  scope: z.enum(['per-commune', 'per-district', 'per-village', 'per-unit', 'per-district-year']),
  bases: z.array(z.string()).min(1),
  max: z.number().int().positive(),
  /** Sub-limits by `Cấp quản lý` within the scope (Lai Châu: 5 provincial / 15 district). */
  byManagementLevel: z.partialRecord(idsOf(MANAGEMENT_LEVELS), z.number().int().nonnegative()).optional(),
  /** A larger maximum for the standing agency (`Cấp đơn vị trình = Cơ quan thường trực`). */
  standingAgencyMax: z.number().int().positive().optional(),
  ...ruleBase,
});
export type Quota = z.infer<typeof quotaSchema>;

export const deadlineSchema = z.object({
  submitters: z.array(idsOf(SUBMITTER_LEVELS)).min(1),
  /** For the standing agency: at district level (Thông tin has a district) or province level. */
  where: z.enum(['district', 'province']).optional(),
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  /** Years after the achievement year (1 = the following year). */
  yearOffset: z.number().int().default(1),
  /**
   * `before`: "trước ngày" — the day itself is late; `on-or-before`: the day is still good.
   * With `inferred: true` the reading is the inference: a submission on the named day
   * is a warning, any later one an error.
   */
  reading: z.enum(['before', 'on-or-before']),
  ...ruleBase,
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const targetSchema = z.object({
  metric: z.string().min(1),
  comparator: z.enum(['>=', '>', '<=', '<', '=']),
  value: z.number(),
  /** For `districts.ntm.named`: the districts that must reach NTM. */
  names: z.array(z.string()).optional(),
  label: z.string().min(1),
  clause,
});
export type Target = z.infer<typeof targetSchema>;

export const planSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  issuer: z.string().min(1),
  document: z.object({ kind: z.string().min(1), number: z.string(), date: isoDate.optional(), note: z.string().optional() }),
  /** How findings name the document before the clause: `KH Lai Châu` → "KH Lai Châu, mục V.2.c". */
  citeAs: z.string().min(1),
  scope: z.enum(['province', 'district']),
  province: z.string().min(1),
  district: z.string().optional(),
  /** The districts (province plans) or communes (district plans) a consolidation expects. */
  districts: z.array(z.string()).default([]),
  /** The clauses that list the plan's award forms and its bases, cited when a form or basis is not in the plan. */
  sections: z.object({ awardForms: clause, bases: clause }),
  period: z.object({ from: isoDate, to: isoDate, clause }),
  achievementYears: z.object({ from: z.number().int(), to: z.number().int(), clause }).optional(),
  rounds: z.object({ allowed: z.array(round).min(1), clause }),
  submissionWindow: z.object({ from: isoDate.optional(), to: isoDate, ...ruleBase }).optional(),
  awardForms: z.array(z.object({ form: awardForm, rounds: z.array(round).optional(), ...ruleBase })).min(1),
  bases: z.array(basisSchema).min(1),
  quotas: z.array(quotaSchema).default([]),
  deadlines: z.array(deadlineSchema).default([]),
  registration: z.object({ day: z.number().int(), month: z.number().int(), reading: z.enum(['before', 'on-or-before']), ...ruleBase }).optional(),
  contentAreas: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  targets: z.array(targetSchema).default([]),
  schedule: z.array(z.object({ commune: z.string(), level: communeLevel, year: z.number().int(), clause })).default([]),
});

/** A plan as written in a file (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
/** A validated plan. */
export type Plan = z.output<typeof planSchema>;
