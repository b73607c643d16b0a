import type { Commune, Dossier, Nomination } from '../../dossier/types.js';
import { COMMUNE_LEVELS, DISTRICT_LEVELS, LEVEL_RANK } from '../../dossier/vocabularies.js';
import type { Finding } from '../../findings/finding.js';
import type { Basis, Condition, Plan } from '../../plans/schema.js';
import { at } from '../check.js';
import { basisData, planFinding } from './plan-finding.js';

/** Everything a condition may look at for one nomination. */
export interface ConditionInput<C extends Condition = Condition> {
  condition: C;
  dossier: Dossier;
  nomination: Nomination;
  basis: Basis;
  plan: Plan;
  /** The nominee's commune row, when the condition is about a commune and it was found. */
  commune?: Commune;
}

type Evaluate<K extends Condition['kind']> = (input: ConditionInput<Extract<Condition, { kind: K }>>) => Finding | undefined;

const communeLevelLabel = (id: string) => COMMUNE_LEVELS.find((l) => l.id === id)!.label;
const rank = (id: keyof typeof LEVEL_RANK) => LEVEL_RANK[id];

/** Where a `Thông tin` field is, for district conditions. */
function infoAt(d: Dossier, field: string) {
  return d.info ? at(d, d.info.origin, field) : { file: d.file, sheet: 'Thông tin' };
}
const communeAt = (i: ConditionInput, field: string) => at(i.dossier, i.commune!.origin, field);
const related = (i: ConditionInput) => [at(i.dossier, i.nomination.origin, 'name')];
const districtName = (d: Dossier) => d.info?.district ?? d.info?.submitter ?? '';

/**
 * A district condition cannot be judged when `Thông tin` could not be read, or
 * its field held something unusable: those already have their own findings, and
 * judging on nothing would call an NTM district "not NTM".
 */
const districtUnknown = (d: Dossier, field: string) => !d.info || d.info.origin.unreadable.includes(field);

/** Conditions judged on the nominee's commune (they need its row of sheet `Xã`). */
export const COMMUNE_CONDITIONS = new Set<Condition['kind']>(['commune-level', 'four-on-site', 'no-xdcb-debt', 'top-criteria', 'commune-kind']);

/** Whether a condition needs the nominee's commune row. */
export function needsCommune(c: Condition, n: Nomination): boolean {
  if (c.kind === 'recognition-period') return c.of === 'commune' && n.subject === 'collective' && n.type === 'xa' && n.recognitionYear === undefined;
  return COMMUNE_CONDITIONS.has(c.kind) && !((c.kind === 'four-on-site' || c.kind === 'no-xdcb-debt') && c.of === 'district');
}

const evaluators: { [K in Condition['kind']]: Evaluate<K> } = {
  'commune-level': (i) => {
    const { condition: c, commune } = i;
    const level = commune!.level;
    if (rank(level) >= rank(c.min) && (!c.max || rank(level) <= rank(c.max))) return undefined;
    const data = { ...basisData(i.basis), commune: commune!.name, level: communeLevelLabel(level), required: communeLevelLabel(c.min), ...(c.max ? { max: communeLevelLabel(c.max) } : {}) };
    return planFinding('eligibility.level', at(i.dossier, i.nomination.origin, 'basis'), data, i.plan, c, [communeAt(i, 'level')]);
  },
  'district-level': (i) => {
    if (districtUnknown(i.dossier, 'districtLevel')) return undefined;
    const level = i.dossier.info?.districtLevel;
    if (level && rank(level) >= rank(i.condition.min)) return undefined;
    const label = (id: string) => DISTRICT_LEVELS.find((l) => l.id === id)!.label;
    const data = { ...basisData(i.basis), district: districtName(i.dossier), required: label(i.condition.min), ...(level ? { level: label(level) } : {}) };
    return planFinding('eligibility.district-level', at(i.dossier, i.nomination.origin, 'basis'), data, i.plan, i.condition, [infoAt(i.dossier, 'districtLevel')]);
  },
  'recognition-period': (i) => {
    const { condition: c, nomination: n, dossier } = i;
    const district = c.of === 'district';
    if (district && districtUnknown(dossier, 'districtRecognitionYear')) return undefined;
    const year = district ? dossier.info?.districtRecognitionYear : n.subject === 'collective' ? (n.recognitionYear ?? i.commune?.recognitionYear) : undefined;
    if (year !== undefined && year >= c.from && year <= c.to) return undefined;
    const name = district ? districtName(dossier) : n.name;
    const data = { ...basisData(i.basis), of: c.of, name, from: c.from, to: c.to, ...(year !== undefined ? { year } : {}) };
    const where = district || n.subject !== 'collective' ? at(dossier, n.origin, 'basis') : at(dossier, n.origin, n.recognitionYear !== undefined || !i.commune ? 'recognitionYear' : 'basis');
    return planFinding('eligibility.recognition-period', where, data, i.plan, c);
  },
  'no-xdcb-debt': (i) => {
    const { condition: c, dossier } = i;
    if (c.of === 'district' && districtUnknown(dossier, 'districtDebt')) return undefined;
    const debt = c.of === 'district' ? dossier.info?.districtDebt : i.commune!.debt;
    if (debt === 0) return undefined;
    const name = c.of === 'district' ? districtName(dossier) : i.commune!.name;
    const place = c.of === 'district' ? infoAt(dossier, 'districtDebt') : communeAt(i, 'debt');
    // An undeclared district debt cannot be verified: a warning asking for the figure.
    const entry = debt === undefined ? { ...c, severity: 'warning' as const } : c;
    return planFinding('eligibility.xdcb-debt', at(dossier, i.nomination.origin, 'basis'), { ...basisData(i.basis), of: c.of, name, ...(debt !== undefined ? { debt } : {}) }, i.plan, entry, [place]);
  },
  'four-on-site': (i) => {
    const { condition: c, dossier } = i;
    if (c.of === 'district' && districtUnknown(dossier, 'districtFourOnSite')) return undefined;
    const met = c.of === 'district' ? dossier.info?.districtFourOnSite : i.commune!.fourOnSite;
    if (met === true) return undefined;
    const name = c.of === 'district' ? districtName(dossier) : i.commune!.name;
    const place = c.of === 'district' ? infoAt(dossier, 'districtFourOnSite') : communeAt(i, 'fourOnSite');
    return planFinding('eligibility.four-on-site', at(dossier, i.nomination.origin, 'basis'), { ...basisData(i.basis), of: c.of, name }, i.plan, c, [place]);
  },
  contribution: (i) => {
    const { condition: c, nomination: n } = i;
    const byMoney = c.minMillion !== undefined && n.contribution !== undefined && n.contribution >= c.minMillion;
    const byOcop = c.minOcopStars !== undefined && n.ocopStars !== undefined && n.ocopStars >= c.minOcopStars;
    if (byMoney || byOcop) return undefined;
    const data = {
      ...basisData(i.basis),
      ...(n.contribution !== undefined ? { contribution: n.contribution } : {}),
      ...(n.ocopStars !== undefined ? { ocopStars: n.ocopStars } : {}),
      ...(c.minMillion !== undefined ? { minMillion: c.minMillion } : {}),
      ...(c.minOcopStars !== undefined ? { minOcopStars: c.minOcopStars } : {}),
    };
    return planFinding('eligibility.contribution', at(i.dossier, n.origin, n.contribution !== undefined || n.ocopStars === undefined ? 'contribution' : 'ocopStars'), data, i.plan, c);
  },
  ocop: (i) => {
    const stars = i.nomination.ocopStars;
    if (stars === undefined || stars >= i.condition.minStars) return undefined;
    return planFinding('eligibility.ocop', at(i.dossier, i.nomination.origin, 'ocopStars'), { ...basisData(i.basis), stars, min: i.condition.minStars }, i.plan, { severity: 'warning', ...i.condition });
  },
  'top-criteria': (i) => {
    const gain = (c: Commune) => (c.previousCriteria === undefined ? undefined : c.criteria - c.previousCriteria);
    const gains = i.dossier.communes.map((c) => ({ c, g: gain(c) })).filter((x): x is { c: Commune; g: number } => x.g !== undefined);
    const best = Math.max(...gains.map((x) => x.g));
    const mine = gain(i.commune!);
    if (mine !== undefined && mine === best) return undefined;
    const data = { ...basisData(i.basis), commune: i.commune!.name, best: Number.isFinite(best) ? best : 0, bestCommunes: gains.filter((x) => x.g === best).map((x) => x.c.name), ...(mine !== undefined ? { gain: mine } : {}) };
    return planFinding('eligibility.top-criteria', at(i.dossier, i.nomination.origin, 'basis'), data, i.plan, i.condition, [communeAt(i, mine === undefined ? 'previousCriteria' : 'criteria')]);
  },
  'commune-kind': (i) => {
    const { commune, condition: c } = i;
    const flags = { dbkk: commune!.dbkk === true, border: commune!.border === true };
    const anyMet = !c.anyOf || c.anyOf.some((k) => flags[k]);
    const allMet = !c.allOf || c.allOf.every((k) => flags[k]);
    if (anyMet && allMet) return undefined;
    const required = !allMet ? c.allOf! : c.anyOf!;
    const missingFlag = required.find((k) => !flags[k]) ?? required[0]!;
    const data = { ...basisData(i.basis), commune: commune!.name, required, ...(!allMet ? { all: true } : {}) };
    return planFinding('eligibility.commune-kind', at(i.dossier, i.nomination.origin, 'basis'), data, i.plan, c, [communeAt(i, missingFlag)]);
  },
};

/** Judges one condition; a finding when the nominee does not meet it. */
export function evaluateCondition(input: ConditionInput): Finding | undefined {
  const evaluate = evaluators[input.condition.kind] as (i: ConditionInput) => Finding | undefined;
  return evaluate(input);
}
