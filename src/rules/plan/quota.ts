import type { Dossier, Nomination } from '../../dossier/types.js';
import { MANAGEMENT_LEVELS } from '../../dossier/vocabularies.js';
import { COLLECTIVE_SHEET, INDIVIDUAL_SHEET } from '../../dossier/columns.js';
import { missingValue } from '../../dossier/conditional-required.js';
import type { Finding } from '../../findings/finding.js';
import type { Quota } from '../../plans/schema.js';
import { fold, foldPlaceName, foldVillageName } from '../../text/fold.js';
import { at, defineBatchCheck } from '../check.js';
import { basisOf, nominationsOf } from './nominations.js';
import { planFinding } from './plan-finding.js';

interface Entry {
  dossier: Dossier;
  nomination: Nomination;
}

/**
 * Quotas over every workbook of the run: per commune, per district (with the
 * split by `Cấp quản lý`), per village, per submitting unit (larger for the
 * standing agency) and per district per year. The nominations past the maximum,
 * in reading order, are the ones reported. A nomination that lacks the field its
 * quota counts by (its `Xã`, `Thôn/bản` or `Cấp quản lý`) is `cell.required`.
 */
export const quotaExceeded = defineBatchCheck({
  name: 'quota-exceeded',
  codes: ['quota.exceeded'],
  runBatch(dossiers, { plan }) {
    const findings: Finding[] = [];
    if (plan.quotas.length === 0) return findings;
    // Each nomination's basis and each dossier's district are the same for every
    // quota: worked out once, not once per quota (Lai Châu's plan has five).
    const bases = dossiers.map((d) => nominationsOf(d).map((n) => basisOf(n, plan)?.id));
    const districts = dossiers.map(district);
    for (const quota of plan.quotas) {
      const groups = new Map<string, Entry[]>();
      for (const [d, dossier] of dossiers.entries()) {
        const nominations = nominationsOf(dossier);
        const basisIds = bases[d]!;
        for (let i = 0; i < nominations.length; i++) {
          const basis = basisIds[i];
          if (basis === undefined || !quota.bases.includes(basis)) continue;
          const nomination = nominations[i]!;
          const missing = missingField(quota, nomination);
          if (missing) {
            // A cell that held something unusable already has its finding (cell.enum, cell.type…).
            if (!nomination.origin.unreadable.includes(missing)) findings.push(requiredFor(quota, dossier, nomination, missing, plan.id));
            continue;
          }
          const key = groupKey(quota, districts[d]!, dossier, nomination);
          const group = groups.get(key);
          if (group) group.push({ dossier, nomination });
          else groups.set(key, [{ dossier, nomination }]);
        }
      }
      for (const entries of groups.values()) findings.push(...overLimit(quota, entries, plan));
    }
    return findings;
  },
});

/** The field a nomination must fill to be counted in this quota, when it is empty. */
function missingField(quota: Quota, n: Nomination): 'commune' | 'village' | 'managementLevel' | undefined {
  if ((quota.scope === 'per-commune' || quota.scope === 'per-village') && !n.commune) return 'commune';
  if (quota.scope === 'per-village' && n.subject === 'individual' && !n.village) return 'village';
  if (quota.byManagementLevel && n.subject === 'individual' && !n.managementLevel) return 'managementLevel';
  return undefined;
}

/** A quota cannot be counted without its field: `cell.required`, citing the quota's clause. */
function requiredFor(quota: Quota, d: Dossier, n: Nomination, field: 'commune' | 'village' | 'managementLevel', planId: string): Finding {
  const sheet = n.subject === 'individual' ? INDIVIDUAL_SHEET : COLLECTIVE_SHEET;
  const column = sheet.columns.find((c) => c.key === field)!.label;
  return missingValue(d.file, n.origin, field, column, 'quota', { plan: planId, clause: quota.clause });
}

function district(d: Dossier): string {
  return foldPlaceName(d.info?.district ?? d.declaredDistrict ?? d.info?.submitter ?? d.file);
}

/** The group a nomination counts in; `districtKey` is its dossier's district, folded. */
function groupKey(quota: Quota, districtKey: string, d: Dossier, n: Nomination): string {
  switch (quota.scope) {
    case 'per-commune':
      return `${districtKey}|${foldPlaceName(n.commune!)}`;
    case 'per-district':
      return districtKey;
    case 'per-village': {
      const village = n.subject === 'individual' ? n.village! : n.name;
      return `${districtKey}|${foldPlaceName(n.commune!)}|${foldVillageName(village)}`;
    }
    case 'per-unit':
      // "Mỗi đơn vị": each department or district office the advisers work in, which a
      // district dossier may hold several of; a collective is its own unit.
      return `${districtKey}|${fold(n.subject === 'individual' ? n.unit : n.name)}`;
    case 'per-district-year':
      return `${districtKey}|${d.info?.achievementYear ?? ''}`;
  }
}

function groupName(quota: Quota, e: Entry): string {
  const { dossier: d, nomination: n } = e;
  const districtName = d.info?.district ?? d.info?.submitter ?? '';
  switch (quota.scope) {
    case 'per-commune': return n.commune ?? '';
    case 'per-village': return `${n.subject === 'individual' ? n.village : n.name} (${n.commune})`;
    case 'per-unit': return n.subject === 'individual' ? n.unit : n.name;
    case 'per-district-year': return `${districtName}, ${d.info?.achievementYear ?? ''}`;
    case 'per-district': return districtName;
  }
}

function overLimit(quota: Quota, entries: Entry[], plan: Parameters<typeof planFinding>[3]): Finding[] {
  const first = entries[0]!;
  const standing = first.dossier.info?.submitterLevel === 'co-quan-thuong-truc';
  const max = standing && quota.standingAgencyMax ? quota.standingAgencyMax : quota.max;
  const findings: Finding[] = [];
  const report = (over: Entry[], limit: number, actual: number, managementLevel?: string) => {
    for (const e of over) {
      const data = { quota: quota.scope, group: groupName(quota, e), max: limit, actual, ...(managementLevel ? { managementLevel } : {}) };
      findings.push(planFinding('quota.exceeded', at(e.dossier, e.nomination.origin, 'name'), data, plan, quota));
    }
  };
  if (entries.length > max) report(entries.slice(max), max, entries.length);
  for (const [level, limit] of Object.entries(quota.byManagementLevel ?? {})) {
    const atLevel = entries.filter((e) => e.nomination.subject === 'individual' && e.nomination.managementLevel === level);
    const label = MANAGEMENT_LEVELS.find((m) => m.id === level)?.label ?? level;
    // Rows already over the overall maximum are not reported twice.
    const over = atLevel.slice(limit).filter((e) => entries.indexOf(e) < max);
    if (atLevel.length > limit) report(over, limit, atLevel.length, label);
  }
  return findings;
}
