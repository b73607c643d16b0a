import { readDossier } from '../dossier/read-dossier.js';
import type { Dossier } from '../dossier/types.js';
import { compareFindings, finding, type Finding } from '../findings/finding.js';
import type { Plan } from '../plans/schema.js';
import type { CheckContext } from '../rules/check.js';
import { BATCH_CHECKS, DOSSIER_CHECKS } from '../rules/registry.js';
import type { LedgerEntry } from '../ledger/ledger.js';
import type { IsoDate } from '../text/dates.js';
import { openWorkbook } from '../workbook/open.js';
import { WorkbookReadError, type ReadLimits } from '../workbook/types.js';

/** The outcome for one input file. */
export interface FileResult {
  file: string;
  readable: boolean;
  findings: Finding[];
  dossier?: Dossier;
}

/** The whole run: per-file results and the findings that tie several files together. */
export interface Report {
  plan: Plan;
  files: FileResult[];
  crossFile: Finding[];
}

export interface ValidateOptions {
  plan: Plan;
  asOf: IsoDate;
  /** Earlier years' awards ledgers (`--history`). */
  history?: readonly LedgerEntry[];
  /** Told after each workbook is read and checked (the consolidation's progress line). */
  onFile?: (done: number, total: number, result: FileResult) => void;
  limits?: Partial<ReadLimits>;
}

/** Reads every workbook, runs every check, and returns the findings sorted (cli.md). */
export async function validate(files: readonly string[], options: ValidateOptions): Promise<Report> {
  const ctx: CheckContext = { plan: options.plan, asOf: options.asOf, history: options.history ?? [] };
  const results: FileResult[] = [];
  for (const file of files) {
    results.push(await validateOne(file, options, ctx));
    options.onFile?.(results.length, files.length, results.at(-1)!);
  }
  const dossiers = results.flatMap((r) => (r.dossier ? [r.dossier] : []));
  const crossFile: Finding[] = [];
  for (const check of BATCH_CHECKS) {
    for (const f of check.runBatch(dossiers, ctx)) {
      // A finding that involves another file belongs to the run, not to one file.
      if (f.related?.some((r) => r.file !== f.file)) crossFile.push(f);
      else results.find((r) => r.file === f.file)?.findings.push(f);
    }
  }
  for (const r of results) r.findings = withoutRepeatedRequired(r.findings).sort(compareFindings);
  crossFile.sort(compareFindings);
  return { plan: options.plan, files: results, crossFile };
}

async function validateOne(file: string, options: ValidateOptions, ctx: CheckContext): Promise<FileResult> {
  try {
    const workbook = await openWorkbook(file, options.limits);
    const { dossier, findings } = await readDossier(workbook, file, {
      districtPlan: options.plan.scope === 'district',
      ...(options.plan.contentAreas ? { contentAreas: options.plan.contentAreas } : {}),
    });
    for (const check of DOSSIER_CHECKS) findings.push(...check.run(dossier, ctx));
    return { file, readable: true, findings, dossier };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { file, readable: false, findings: [unreadable(file, error)] };
  }
}

/**
 * An empty cell is one problem even when two rules need it (a basis's commune
 * condition and a quota both need `Xã`): keep the first `cell.required` per cell,
 * and the first `column.missing` per sheet and column.
 */
function withoutRepeatedRequired(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    // One column.missing per sheet and column, however many rows or rules needed it.
    const key = f.code === 'cell.required' && f.cell ? `${f.sheet}!${f.cell}` : f.code === 'column.missing' ? `${f.sheet}|column|${f.data.column}` : undefined;
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The finding for a file that could not be read at all. */
export function unreadable(file: string, error: WorkbookReadError): Finding {
  const { reason, detail } = error;
  if (reason === 'legacy-xls' || reason === 'encrypted' || reason === 'text-file' || reason === 'not-zip' || reason === 'not-workbook') {
    return finding('file.not-xlsx', { file }, { reason });
  }
  if (reason === 'too-large') return finding('file.too-large', { file }, { reason, detail });
  return finding('file.unreadable', { file }, { reason, detail });
}
