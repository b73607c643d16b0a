/**
 * The finding-code catalogue: every code the tool can report, its default
 * severity, and the shape of its data. Codes are a stable contract (cli.md):
 * one may be added, none renamed once released.
 */

export type Severity = 'error' | 'warning' | 'info';

/** What a cell was expected to hold, for `cell.type`. */
export type ValueKind = 'text' | 'integer' | 'number' | 'year' | 'date' | 'yes-no' | 'identity-number';

/** Data carried by each code. Messages are rendered from this, never stored. */
export interface FindingData {
  'file.unreadable': { reason: string; detail?: Record<string, string | number> };
  'file.not-xlsx': { reason: string };
  'file.too-large': { reason: string; detail?: Record<string, string | number> };
  'sheet.missing': { sheet: string; suggestion?: string; reason?: 'district-workbook' };
  'column.missing': { column: string; suggestion?: string; headerRow?: number; condition?: string };
  'column.unknown': { column: string };
  'cell.required': { column: string; condition?: string };
  'cell.type': { column: string; value: string; expected: ValueKind };
  'cell.enum': { column: string; value: string; suggestion?: string; allowed: string[] };
  'cell.range': { column: string; value: string; min?: number; max?: number };
  'cell.formula-error': { column: string; error?: string; formula?: string };
  'text.legacy-encoding': { column: string; encoding: string; value: string; suggestion: string };
  'info.province-mismatch': { expected: string; actual: string };
  'info.district-mismatch': { expected: string; actual: string };
  'commune.duplicate': { commune: string };
  'commune.level-criteria': { commune: string; level: string; criteria: number };
  'commune.criteria-breakdown': { commune: string; declared: number; counted: number };
  'commune.recognition-year': { commune: string; year: number; achievementYear: number; reason: 'after-achievement-year' | 'without-level' };
  'commune.villages': { commune: string; column: string; value: number; limitColumn: string; limit: number };
  'commune.criteria-dropped': { commune: string; previous: number; current: number };
  'nomination.unknown-commune': { commune: string; suggestion?: string };
  'nomination.duplicate': { name: string; form: string };
  'nomination.multiple-forms': { name: string; form: string; otherForm: string };
  'achievement.too-short': { length: number; min: number };
  'award.form-not-in-plan': { form: string; basis?: string; basisLabel?: string };
  'award.basis-unknown': { value: string; suggestion?: string };
  'award.basis-ambiguous': { form: string; candidates: string[]; candidateLabels: string[] };
  'award.subject-mismatch': { basis: string; basisLabel: string; subject: string };
  'award.round': { round: string; allowed: string[]; form?: string; basis?: string; basisLabel?: string };
  'award.once-only': { name: string; form: string; basis: string; basisLabel: string; year?: number; source: 'prior-awards' | 'history'; uncertain?: boolean };
  'eligibility.level': { basis: string; basisLabel: string; commune: string; level: string; required: string; max?: string };
  'eligibility.recognition-period': { basis: string; basisLabel: string; of: 'commune' | 'district'; name: string; year?: number; from: number; to: number };
  'eligibility.xdcb-debt': { basis: string; basisLabel: string; of: 'commune' | 'district'; name: string; debt?: number };
  'eligibility.four-on-site': { basis: string; basisLabel: string; of: 'commune' | 'district'; name: string };
  'eligibility.contribution': { basis: string; basisLabel: string; contribution?: number; ocopStars?: number; minMillion?: number; minOcopStars?: number };
  'eligibility.ocop': { basis: string; basisLabel: string; stars: number; min: number };
  'eligibility.top-criteria': { basis: string; basisLabel: string; commune: string; gain?: number; best: number; bestCommunes: string[] };
  'eligibility.district-level': { basis: string; basisLabel: string; district: string; level?: string; required: string };
  'eligibility.commune-kind': { basis: string; basisLabel: string; commune: string; required: Array<'dbkk' | 'border'>; all?: boolean };
  'quota.exceeded': { quota: string; group: string; max: number; actual: number; managementLevel?: string };
  'deadline.late': { deadline: string; submitted: string; daysLate: number; submitterLevel: string; assumed: boolean };
  'deadline.registration': { deadline: string; registered?: string; daysLate?: number };
  'period.outside': { what: 'achievement-year' | 'submission-date'; value: string; from?: string; to: string };
}

export type FindingCode = keyof FindingData;

/** Default severity of each code; a plan may say otherwise for plan rules. */
export const DEFAULT_SEVERITY = {
  'file.unreadable': 'error',
  'file.not-xlsx': 'error',
  'file.too-large': 'error',
  'sheet.missing': 'error',
  'column.missing': 'error',
  'column.unknown': 'warning',
  'cell.required': 'error',
  'cell.type': 'error',
  'cell.enum': 'error',
  'cell.range': 'error',
  'cell.formula-error': 'error',
  'text.legacy-encoding': 'warning',
  'info.province-mismatch': 'error',
  'info.district-mismatch': 'error',
  'commune.duplicate': 'error',
  'commune.level-criteria': 'error',
  'commune.criteria-breakdown': 'error',
  'commune.recognition-year': 'error',
  'commune.villages': 'error',
  'commune.criteria-dropped': 'warning',
  'nomination.unknown-commune': 'error',
  'nomination.duplicate': 'error',
  'nomination.multiple-forms': 'error',
  'achievement.too-short': 'error',
  'award.form-not-in-plan': 'error',
  'award.basis-unknown': 'error',
  'award.basis-ambiguous': 'error',
  'award.subject-mismatch': 'error',
  'award.round': 'error',
  'award.once-only': 'error',
  'eligibility.level': 'error',
  'eligibility.recognition-period': 'error',
  'eligibility.xdcb-debt': 'error',
  'eligibility.four-on-site': 'error',
  'eligibility.contribution': 'error',
  'eligibility.ocop': 'warning',
  'eligibility.top-criteria': 'error',
  'eligibility.district-level': 'error',
  'eligibility.commune-kind': 'error',
  'quota.exceeded': 'error',
  'deadline.late': 'error',
  'deadline.registration': 'error',
  'period.outside': 'error',
} as const satisfies Record<FindingCode, Severity>;

/** Every code, in catalogue order (for the README and the i18n completeness test). */
export const FINDING_CODES = Object.keys(DEFAULT_SEVERITY) as FindingCode[];
