import type { Report } from '../engine/validate.js';
import type { Dossier, Nomination } from '../dossier/types.js';
import type { Finding } from '../findings/finding.js';
import type { Plan } from '../plans/schema.js';
import { basisOf, nominationsOf } from '../rules/plan/nominations.js';
import { fold } from '../text/fold.js';
import { unitName } from './batch.js';
import type { Counts } from './types.js';

/** One nomination of the batch with where it came from and what the checks said. */
export interface NominationRow {
  nomination: Nomination;
  dossier: Dossier;
  district: string;
  /** The resolved basis id; absent when unknown or ambiguous (already a finding). */
  basis?: string;
  /** `error` when the row, or its workbook as a whole, has an error finding. */
  verdict: 'ok' | 'warning' | 'error';
  /** Codes of the findings on the row, sorted, without repeats. */
  codes: string[];
}

const rowKey = (file: string | undefined, sheet: string | undefined, row: number | undefined) => `${file}\u0000${sheet}\u0000${row}`;

/**
 * Every nomination with its verdict. A row is in error when a finding on that row is
 * an error, or when its workbook has an error that is about the workbook rather than
 * a row (`Thông tin`, a missing sheet or column): such a dossier goes back to its
 * sender as a whole, so none of its nominations would be awarded as sent.
 */
export function nominationRows(report: Report, plan: Plan): NominationRow[] {
  const all = [...report.files.flatMap((f) => f.findings), ...report.crossFile];
  const byRow = new Map<string, Finding[]>();
  for (const f of all) {
    const key = rowKey(f.file, f.sheet, f.row);
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const rows: NominationRow[] = [];
  for (const { dossier } of report.files) {
    if (!dossier) continue;
    const infoSheet = dossier.sheets.info ? fold(dossier.sheets.info) : undefined;
    const workbookError = all.some((f) => f.file === dossier.file && f.severity === 'error' && (f.row === undefined || (f.sheet !== undefined && fold(f.sheet) === infoSheet)));
    for (const n of nominationsOf(dossier)) {
      const findings = byRow.get(rowKey(dossier.file, n.origin.sheet, n.origin.row)) ?? [];
      const error = workbookError || findings.some((f) => f.severity === 'error');
      const basis = basisOf(n, plan)?.id;
      rows.push({
        nomination: n,
        dossier,
        district: unitName(dossier, dossier.file),
        ...(basis ? { basis } : {}),
        verdict: error ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok',
        codes: [...new Set(findings.map((f) => f.code))].sort(),
      });
    }
  }
  return rows;
}

/** Nominations counted by form (collective / individual / without errors), basis and gender. */
export function countNominations(rows: readonly NominationRow[]): Counts {
  const counts: Counts = { nominations: rows.length, withoutErrors: 0, byForm: {}, byBasis: {}, byGender: { nam: 0, nu: 0, unknown: 0 } };
  for (const r of rows) {
    const n = r.nomination;
    const form = (counts.byForm[n.form] ??= { collective: 0, individual: 0, total: 0, withoutErrors: 0 });
    form[n.subject]++;
    form.total++;
    if (r.verdict !== 'error') {
      form.withoutErrors++;
      counts.withoutErrors++;
    }
    const basis = r.basis ?? 'unknown';
    counts.byBasis[basis] = (counts.byBasis[basis] ?? 0) + 1;
    if (n.subject === 'individual') counts.byGender[n.gender ?? 'unknown']++;
  }
  return counts;
}
