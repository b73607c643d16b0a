import { readDossier } from '../dossier/read-dossier.js';
import { unreadable, type FileResult, type Report, type ValidateOptions } from '../engine/validate.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import type { CheckContext } from '../rules/check.js';
import { BATCH_CHECKS, DOSSIER_CHECKS } from '../rules/registry.js';
import { openWorkbook } from '../workbook/open.js';
import { WorkbookReadError } from '../workbook/types.js';
import { batchKey, priorHistory } from './ledger.js';

/** Called after each workbook is read and checked. */
export type OnFile = (done: number, total: number, result: FileResult) => void;

/**
 * `validate()` of the engine, step for step, with two differences the yearly batch
 * needs: a callback after each file (the progress line), and each workbook checked
 * against the history without its own batch's entries (a rerun of the year).
 * With such entries absent the report equals `validate()`'s — a test holds them together.
 * (The engine could take an `onFile` option instead; then this copy can go.)
 */
export async function validateBatch(files: readonly string[], options: ValidateOptions, onFile?: OnFile): Promise<Report> {
  const history = options.history ?? [];
  const ctx: CheckContext = { plan: options.plan, asOf: options.asOf, history };
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await validateOne(file, options, ctx);
    results.push(result);
    onFile?.(results.length, files.length, result);
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
  for (const r of results) r.findings.sort(compareFindings);
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
    const info = dossier.info;
    const own = info ? new Set([batchKey(options.plan.id, info.achievementYear, info.round, info.district)]) : new Set<string>();
    const fileCtx: CheckContext = { ...ctx, history: priorHistory(ctx.history, own) };
    for (const check of DOSSIER_CHECKS) findings.push(...check.run(dossier, fileCtx));
    return { file, readable: true, findings, dossier };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { file, readable: false, findings: [unreadable(file, error)] };
  }
}
