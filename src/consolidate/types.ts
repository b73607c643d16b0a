import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import type { LedgerEntry } from '../ledger/ledger.js';
import type { Plan, Target } from '../plans/schema.js';
import type { BatchData } from './batch.js';
import type { NominationRow } from './nominations.js';

/** Why a target's verdict is `null`: the data to judge it is missing (rendered by `text.ts`). */
export type NullReason =
  | 'missing-districts'
  | 'missing-communes'
  | 'missing-data'
  | 'no-communes'
  | 'no-ntm-communes'
  | 'no-pending-communes'
  | 'no-dbkk-communes'
  | 'no-ocop-sheet'
  | 'no-names'
  | 'not-yet-due'
  | 'unknown-metric';

/** How a metric's number reads: a count, a share (0..1) or an average. */
export type MetricUnit = 'count' | 'share' | 'average' | 'level';

/** Where Hà Quảng's scheduled commune stands (plans.md; defined in `metrics/schedule.ts`). */
export type ScheduleStatus = 'on-time' | 'late' | 'at-risk' | 'on-track' | 'unknown';

/** One scheduled commune: the plan's due level and year against what the workbooks say. */
export interface ScheduleDetail {
  commune: string;
  dueLevel: string;
  dueYear: number;
  level?: string;
  recognitionYear?: number;
  criteria?: number;
  status: ScheduleStatus;
}

/** A named district of `districts.ntm.named` and whether it reached NTM (`null`: unknown). */
export interface NamedDistrict {
  name: string;
  level?: string;
  reached: boolean | null;
}

/** One target of the plan, measured: the `targets` entries of `tong-hop.json`. */
export interface TargetResult {
  metric: string;
  label: string;
  unit: MetricUnit;
  actual: number | null;
  target: number;
  comparator: Target['comparator'];
  /** true/false; null when the data to judge is missing (`reason` says why). */
  met: boolean | null;
  reason?: NullReason;
  /** What is missing: district, commune or column names. */
  missing?: string[];
  cite: { plan: string; clause: string };
  named?: NamedDistrict[];
  schedule?: ScheduleDetail;
}

/** One input workbook in the per-district table. */
export interface DistrictSummary {
  name: string;
  file: string;
  readable: boolean;
  year?: number;
  communes: number;
  ntmCommunes: number;
  /** NTM communes / communes; null when the workbook lists no commune. */
  ntmShare: number | null;
  avgCriteria: number | null;
  nominations: number;
  errors: number;
  warnings: number;
}

/** Nominations counted by award form, basis and gender. */
export interface Counts {
  nominations: number;
  withoutErrors: number;
  byForm: Record<string, { collective: number; individual: number; total: number; withoutErrors: number }>;
  byBasis: Record<string, number>;
  byGender: { nam: number; nu: number; unknown: number };
}

/** Everything the four outputs are made from; pure data. */
export interface Consolidation {
  plan: Plan;
  year: number;
  report: Report;
  batch: BatchData;
  districts: DistrictSummary[];
  missingDistricts: string[];
  targets: TargetResult[];
  counts: Counts;
  nominations: NominationRow[];
  findings: Finding[];
  /** The merged awards ledger written to `so-khen-thuong.json`. */
  ledger: LedgerEntry[];
  /** How many ledger entries this run added. */
  newLedgerEntries: number;
}
