import type { Lang } from '../i18n/types.js';
import { prepareOutputDir } from '../io/output.js';
import { loadHistory } from '../ledger/load-history.js';
import type { Plan } from '../plans/schema.js';
import type { IsoDate } from '../text/dates.js';
import { consolidate } from './consolidate.js';
import { expandInputs } from './inputs.js';
import type { Progress } from './progress.js';
import { consolidateText } from './text.js';
import type { Consolidation } from './types.js';
import { validate } from '../engine/validate.js';
import { writeOutputs } from './write-outputs.js';

/** What one consolidation run needs, from the command line. */
export interface RunOptions {
  inputs: readonly string[];
  plan: Plan;
  out: string;
  history: readonly string[];
  year?: number;
  asOf: IsoDate;
  lang: Lang;
  version: string;
  progress: Progress;
}

/**
 * The yearly batch, start to end: expand folders, read the history, check the
 * output folder before any work, validate every workbook, consolidate, write the
 * four outputs (not when no workbook could be read). Errors a user can cause
 * surface as the CLI's one-sentence errors.
 */
export async function runConsolidate(o: RunOptions): Promise<{ consolidation: Consolidation; files: string[]; written: boolean }> {
  const text = consolidateText(o.lang);
  const files = await expandInputs(o.inputs);
  const history = await loadHistory(o.history);
  const inputs = [...files, ...o.history];
  await prepareOutputDir(o.out, inputs);
  let rows = 0;
  const report = await validate(files, { plan: o.plan, asOf: o.asOf, history, onFile: (done, total, result) => {
    const d = result.dossier;
    rows += d ? d.communes.length + d.collectives.length + d.individuals.length + d.ocop.length : 0;
    o.progress.update(text.progress.reading(done, total, rows));
  } });
  // Nothing readable: there is nothing to consolidate, and last year's outputs stay as they are.
  if (!report.files.some((f) => f.readable)) {
    o.progress.done();
    return { consolidation: consolidate(report, { plan: o.plan, history, fallbackYear: Number(o.asOf.slice(0, 4)) - 1 }), files, written: false };
  }
  const consolidation = consolidate(report, {
    plan: o.plan,
    history,
    fallbackYear: Number(o.asOf.slice(0, 4)) - 1,
    ...(o.year !== undefined ? { year: o.year } : {}),
  });
  await writeOutputs(consolidation, {
    out: o.out,
    inputs,
    lang: o.lang,
    version: o.version,
    date: o.asOf,
    onFile: (name) => o.progress.update(text.progress.writing(name)),
  });
  o.progress.done();
  return { consolidation, files, written: true };
}
