import type { Report } from '../engine/validate.js';
import { compareFindings } from '../findings/finding.js';
import type { LedgerEntry } from '../ledger/ledger.js';
import { mergeLedgers } from '../ledger/merge.js';
import type { Plan } from '../plans/schema.js';
import { countBySeverity } from '../reporters/counts.js';
import { byDistrict, gatherBatch, unitName } from './batch.js';
import { coveredBatches, ledgerEntriesOf, priorHistory } from './ledger.js';
import { measureTargets } from './metrics/measure.js';
import { countNominations, nominationRows } from './nominations.js';
import type { Consolidation, DistrictSummary } from './types.js';

/** The plan, the year and the history a consolidation is made with. */
export interface ConsolidateOptions {
  plan: Plan;
  /** `--year`; else the achievement year most workbooks give. */
  year?: number;
  /** Every `--history` entry, for the merged ledger. */
  history: readonly LedgerEntry[];
  /** The year used when no workbook gives one (the year before `--as-of`). */
  fallbackYear: number;
}

/** The year of the batch: the one most workbooks report (ties: the latest). */
export function batchYear(report: Report, fallback: number): number {
  const tally = new Map<number, number>();
  for (const f of report.files) {
    const y = f.dossier?.info?.achievementYear;
    if (y !== undefined) tally.set(y, (tally.get(y) ?? 0) + 1);
  }
  const best = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : fallback;
}

/** One row per workbook, in the order the plan lists its districts (a leader's order), others after. */
function summarise(report: Report, plan: Plan): DistrictSummary[] {
  const rows = report.files.map((f) => {
    const d = f.dossier;
    const communes = d?.communes ?? [];
    const ntm = communes.filter((c) => c.level !== 'chua-dat').length;
    const counts = countBySeverity([...f.findings, ...report.crossFile.filter((x) => x.file === f.file)]);
    return {
      name: unitName(d, f.file),
      file: f.file,
      readable: f.readable,
      ...(d?.info ? { year: d.info.achievementYear } : {}),
      communes: communes.length,
      ntmCommunes: ntm,
      ntmShare: communes.length > 0 ? ntm / communes.length : null,
      avgCriteria: communes.length > 0 ? communes.reduce((s, c) => s + c.criteria, 0) / communes.length : null,
      nominations: (d?.collectives.length ?? 0) + (d?.individuals.length ?? 0),
      errors: counts.error,
      warnings: counts.warning,
    };
  });
  return byDistrict(plan, rows, (r) => r.name);
}

/**
 * The yearly consolidation as data: per-district summaries, the plan's targets
 * measured, every nomination with its verdict, every finding, and next year's ledger.
 */
export function consolidate(report: Report, options: ConsolidateOptions): Consolidation {
  const { plan } = options;
  const year = options.year ?? batchYear(report, options.fallbackYear);
  const batch = gatherBatch(report, plan);
  const nominations = byDistrict(plan, nominationRows(report, plan), (r) => r.district);
  const current = ledgerEntriesOf(nominations, plan);
  const dossiers = report.files.flatMap((f) => (f.dossier ? [f.dossier] : []));
  const ledger = mergeLedgers(priorHistory(options.history, coveredBatches(dossiers, plan)), current);
  return {
    plan,
    year,
    report,
    batch,
    districts: summarise(report, plan),
    missingDistricts: batch.missing,
    targets: measureTargets({ batch, plan, year }),
    counts: countNominations(nominations),
    nominations,
    findings: [...report.files.flatMap((f) => f.findings), ...report.crossFile].sort(compareFindings),
    ledger,
    newLedgerEntries: current.length,
  };
}
