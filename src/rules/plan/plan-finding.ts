import type { FindingCode, FindingData, Severity } from '../../findings/codes.js';
import { finding, type Finding, type Location } from '../../findings/finding.js';
import type { Plan } from '../../plans/schema.js';

/** The part of a plan entry a finding is made from: its clause and how sure the plan is. */
export interface RuleEntry {
  clause: string;
  inferred?: boolean;
  severity?: 'error' | 'warning';
}

/** A basis in a finding's data: its id for machines (JSON, ledgers), its label for the message an officer reads. */
export function basisData(basis: { id: string; label: string }): { basis: string; basisLabel: string } {
  return { basis: basis.id, basisLabel: basis.label };
}

/**
 * A finding for a plan rule, citing its clause. A rule the plan only implies is
 * always a warning (plans.md), whatever else the entry says.
 */
export function planFinding<C extends FindingCode>(code: C, where: Location, data: FindingData[C], plan: Plan, entry: RuleEntry, related?: Location[]): Finding<C> {
  const severity: Severity | undefined = entry.inferred ? 'warning' : entry.severity;
  return finding(code, where, data, {
    ...(severity ? { severity } : {}),
    cite: { plan: plan.id, clause: entry.clause, ...(entry.inferred ? { inferred: true } : {}) },
    ...(related ? { related } : {}),
  });
}
