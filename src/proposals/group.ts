import { fold } from '../text/fold.js';
import { maskIdentities } from '../text/mask.js';
import type { Report } from '../engine/validate.js';
import type { Collective, Individual, Info } from '../dossier/types.js';
import { COLLECTIVE_TYPES, type AwardForm } from '../dossier/vocabularies.js';
import type { Finding } from '../findings/finding.js';
import type { Plan } from '../plans/schema.js';
import { resolveBasis } from '../rules/plan/nominations.js';
import { proposalFileName } from './naming.js';

/** One line of the list. Never an identity number: the list has no column for one. */
export interface ProposalRow {
  name: string;
  /** Position and unit (individuals), or type and commune (collectives). */
  detail: string;
  achievement: string;
  /** The plan basis the row rests on, or the text as typed when it did not resolve (drafts only). */
  basis: { label: string; clause: string } | { text: string };
}

/** One PDF: a submitting unit's nominations for one award form in one achievement year. */
export interface Proposal {
  unit: string;
  form: AwardForm;
  year: number;
  /** `Thông tin` of the unit's first workbook: number, date, signer, place. */
  info: Info;
  files: string[];
  collectives: ProposalRow[];
  individuals: ProposalRow[];
  /** Some finding that blocks signing concerns one of its workbooks: the PDF is a draft. */
  draft: boolean;
  fileName: string;
}

/**
 * Splits the run's nominations into proposals: per submitting unit (compared
 * without diacritics or case), per award form (Nghị định 98/2023 wants one form per
 * dossier) and per achievement year, in workbook and row order. Workbooks without
 * a usable `Thông tin` cannot head a letter and are returned apart.
 */
export function groupProposals(report: Report, plan: Plan, blocks: (f: Finding) => boolean): { proposals: Proposal[]; headless: string[] } {
  const blocked = blockedFiles(report, blocks);
  const byKey = new Map<string, Proposal>();
  const headless: string[] = [];
  for (const result of report.files) {
    const dossier = result.dossier;
    if (!dossier) continue;
    if (!dossier.info) {
      if (dossier.collectives.length + dossier.individuals.length > 0) headless.push(result.file);
      continue;
    }
    const info = dossier.info;
    const take = (form: AwardForm): Proposal => {
      // The whole unit name decides the letter; the file name's slug is cut at 60 characters.
      const key = `${fold(info.submitter)}|${form}|${info.achievementYear}`;
      let p = byKey.get(key);
      if (!p) {
        p = {
          unit: nfc(info.submitter), form, year: info.achievementYear, info, files: [], collectives: [], individuals: [], draft: false,
          fileName: proposalFileName(info.submitter, form, info.achievementYear),
        };
        byKey.set(key, p);
      }
      if (!p.files.includes(result.file)) p.files.push(result.file);
      p.draft ||= blocked.has(result.file);
      return p;
    };
    for (const c of dossier.collectives) take(c.form).collectives.push(collectiveRow(c, plan));
    for (const i of dossier.individuals) take(i.form).individuals.push(individualRow(i, plan));
  }
  return { proposals: uniqueFileNames([...byKey.values()]), headless };
}

function collectiveRow(c: Collective, plan: Plan): ProposalRow {
  const type = COLLECTIVE_TYPES.find((t) => t.id === c.type)?.label ?? c.type;
  const commune = c.commune ? `\n${/^(xã|thị trấn|phường)\s/iu.test(c.commune) ? c.commune : `Xã ${c.commune}`}` : '';
  return { name: nfc(c.name), detail: safe(type + commune), achievement: safe(c.achievement), basis: basisOf(c, plan) };
}

function individualRow(i: Individual, plan: Plan): ProposalRow {
  const detail = [i.position, i.unit].filter((s): s is string => !!s).join(', ');
  return { name: nfc(i.name), detail: safe(detail), achievement: safe(i.achievement), basis: basisOf(i, plan) };
}

function basisOf(n: Parameters<typeof resolveBasis>[0], plan: Plan): ProposalRow['basis'] {
  const r = resolveBasis(n, plan);
  return r.kind === 'resolved' ? { label: nfc(r.basis.label), clause: r.basis.clause } : { text: nfc(n.basis ?? '') };
}

/** Workbooks touched by a blocking finding, including every workbook a cross-file finding names. */
function blockedFiles(report: Report, blocks: (f: Finding) => boolean): Set<string> {
  const files = new Set<string>();
  for (const r of report.files) if (r.findings.some(blocks)) files.add(r.file);
  for (const f of report.crossFile.filter(blocks)) {
    for (const where of [f, ...(f.related ?? [])]) if (where.file) files.add(where.file);
  }
  return files;
}

/** Names keep their letters exactly as entered, in the composed form fonts draw correctly. */
function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Two units whose names differ only past the slug's cut get `-2`, `-3`… so no PDF overwrites another. */
function uniqueFileNames(proposals: Proposal[]): Proposal[] {
  const seen = new Map<string, number>();
  for (const p of proposals) {
    const count = (seen.get(p.fileName) ?? 0) + 1;
    seen.set(p.fileName, count);
    if (count > 1) p.fileName = p.fileName.replace(/\.pdf$/, `-${count}.pdf`);
  }
  return proposals;
}

/** Free text for the list: NFC, and no identity number printed whole. */
function safe(text: string): string {
  return maskIdentities(nfc(text));
}
