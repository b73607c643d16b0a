import { join } from 'node:path';
import { validate, type Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { prepareOutputDir, writeFileAtomic } from '../io/output.js';
import type { LedgerEntry } from '../ledger/ledger.js';
import type { Plan } from '../plans/schema.js';
import type { IsoDate } from '../text/dates.js';
import { groupProposals, type Proposal } from './group.js';
import { fold } from '../text/fold.js';
import { renderProposal } from './render.js';
import { loadTemplates } from './templates.js';

export interface ProposalsOptions {
  plan: Plan;
  asOf: IsoDate;
  history?: readonly LedgerEntry[];
  out: string;
  /** Write drafts despite blocking findings. */
  force: boolean;
  /** Warnings block too. */
  strict: boolean;
  /** A folder of edited templates; files missing there come from the built-in ones. */
  templates?: string;
}

/** One PDF written. */
export interface WrittenProposal {
  path: string;
  proposal: Proposal;
  pages: number;
}

/** What the command did, for the CLI to report: nothing is printed here. */
export type ProposalsOutcome =
  | { kind: 'unreadable'; report: Report }
  | { kind: 'refused'; report: Report; blocking: number }
  | { kind: 'written'; report: Report; blocking: number; written: WrittenProposal[]; headless: string[] };

/**
 * Validates the workbooks and, unless a finding blocks (an error, or with
 * `strict` a warning) and `force` is off, writes one PDF per proposal into `out`.
 * The templates and the output folder are checked before the slow work, so a
 * wrong path fails at once.
 */
export async function makeProposals(files: readonly string[], options: ProposalsOptions): Promise<ProposalsOutcome> {
  const templates = await loadTemplates(options.templates);
  await prepareOutputDir(options.out, files);
  const report = await validate(files, { plan: options.plan, asOf: options.asOf, history: options.history ?? [] });
  if (report.files.some((f) => !f.readable)) return { kind: 'unreadable', report };

  const blocks = (f: Finding) => f.severity === 'error' || (options.strict && f.severity === 'warning');
  const blocking = [...report.files.flatMap((f) => f.findings), ...report.crossFile].filter(blocks).length;
  if (blocking > 0 && !options.force) return { kind: 'refused', report, blocking };

  const { proposals, headless } = groupProposals(report, options.plan, blocks);
  const written: WrittenProposal[] = [];
  for (const proposal of proposals) {
    const numberShared = proposals.filter((q) => fold(q.unit) === fold(proposal.unit) && q.year === proposal.year).length > 1;
    const ctx = { plan: options.plan, asOf: options.asOf, numberShared };
    const { bytes, pages } = await renderProposal(proposal, ctx, templates);
    const path = join(options.out, proposal.fileName);
    await writeFileAtomic(path, bytes);
    written.push({ path, proposal, pages });
  }
  return { kind: 'written', report, blocking, written, headless };
}
