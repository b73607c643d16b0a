import { basename } from 'node:path';
import { COLLECTIVE_TYPES, COMMUNE_LEVELS, GENDERS, PERSON_KINDS } from '../../dossier/vocabularies.js';
import { catalogue, renderMessage } from '../../i18n/render.js';
import type { Lang } from '../../i18n/types.js';
import { LEDGER_COLUMNS, LEDGER_SHEET, ledgerSheetRow } from '../../ledger/ledger-sheet.js';
import { formLabel } from '../../rules/plan/nominations.js';
import { maskIdentity } from '../../text/mask.js';
import { byDistrict, unitName } from '../batch.js';
import { COMPARATOR_SIGN } from '../format.js';
import type { NominationRow } from '../nominations.js';
import { consolidateText } from '../text.js';
import type { Consolidation, TargetResult } from '../types.js';
import { NUM, plain, yesNo, type CellSpec, type TableSpec } from './table.js';

const label = (list: ReadonlyArray<{ id: string; label: string }>, id: string | undefined) => (id ? (list.find((t) => t.id === id)?.label ?? id) : null);

function note(t: TargetResult, lang: Lang): string | null {
  const text = consolidateText(lang);
  if (t.named) return t.named.map((n) => `${n.name}: ${n.level ?? '?'}`).join('; ');
  if (t.reason) return text.reasons[t.reason](t.missing ?? []);
  return null;
}

function targetRow(t: TargetResult, i: number, lang: Lang): CellSpec[] {
  const text = consolidateText(lang);
  const met = text.met[String(t.met) as 'true' | 'false' | 'null'];
  const clause = `${t.cite.clause}`;
  const s = t.schedule;
  if (s) {
    const now = s.level ? `${s.level}${s.recognitionYear ? ` (${s.recognitionYear})` : ''}` : null;
    return [i + 1, t.metric, t.label, '≥', `${s.dueLevel} (${s.dueYear})`, now, text.schedule[s.status], note(t, lang), clause];
  }
  const numFmt = t.unit === 'share' ? NUM.share : t.unit === 'average' ? NUM.average : NUM.count;
  return [i + 1, t.metric, t.label, COMPARATOR_SIGN[t.comparator] ?? t.comparator, { value: t.target, numFmt }, { value: t.actual, numFmt }, met, note(t, lang), clause];
}

function nominationCells(r: NominationRow, c: Consolidation, lang: Lang): { common: CellSpec[]; tail: CellSpec[] } {
  const text = consolidateText(lang);
  const n = r.nomination;
  const basis = r.basis ? (c.plan.bases.find((b) => b.id === r.basis)?.label ?? r.basis) : plain(n.basis);
  return {
    common: [plain(r.district), basename(r.dossier.file), n.origin.row, plain(n.name)],
    tail: [formLabel(n.form), basis, n.contribution ?? null, n.ocopStars ?? null, plain(n.achievement), text.verdict[r.verdict], r.codes.join(', ') || null],
  };
}

/**
 * The six sheets of cli.md, in order, as data. File columns hold the file's name:
 * within a batch folder it finds the workbook; full paths are in `tong-hop.json`.
 */
export function consolidationSheets(c: Consolidation, lang: Lang): TableSpec[] {
  const text = consolidateText(lang);
  const h = text.headers;
  const words = { yes: text.yes, no: text.no };
  const tail = (w: typeof h.nominations) => [
    { header: w.form, width: 34 }, { header: w.basis, width: 34 }, { header: w.contribution, width: 12, numFmt: NUM.money },
    { header: w.stars, width: 8, numFmt: NUM.int }, { header: w.achievement, width: 60 }, { header: w.verdict, width: 14 }, { header: w.codes, width: 30 },
  ];
  const head = (w: typeof h.nominations) => [{ header: w.district, width: 18 }, { header: w.file, width: 22 }, { header: w.row, width: 7, numFmt: NUM.int }, { header: w.name, width: 30 }];
  const collectives = c.nominations.filter((r) => r.nomination.subject === 'collective');
  const individuals = c.nominations.filter((r) => r.nomination.subject === 'individual');
  return [
    {
      name: 'Chỉ tiêu',
      columns: [
        { header: h.targets.no, width: 5 }, { header: h.targets.metric, width: 30 }, { header: h.targets.label, width: 60 }, { header: h.targets.comparator, width: 8 },
        { header: h.targets.target, width: 16 }, { header: h.targets.actual, width: 16 }, { header: h.targets.met, width: 16 }, { header: h.targets.reason, width: 50 }, { header: h.targets.clause, width: 8 },
      ],
      rows: c.targets.map((t, i) => targetRow(t, i, lang)),
    },
    {
      name: 'Xã',
      columns: [
        { header: h.communes.district, width: 18 }, { header: h.communes.file, width: 22 }, { header: h.communes.name, width: 20 },
        { header: h.communes.criteria, width: 10, numFmt: NUM.int }, { header: h.communes.previous, width: 10, numFmt: NUM.int }, { header: h.communes.level, width: 16 },
        { header: h.communes.year, width: 10, numFmt: NUM.int }, { header: h.communes.dbkk, width: 9 }, { header: h.communes.border, width: 9 },
        { header: h.communes.debt, width: 12, numFmt: NUM.money }, { header: h.communes.fourOnSite, width: 10 }, { header: h.communes.villages, width: 8, numFmt: NUM.int },
        { header: h.communes.ntmVillages, width: 10, numFmt: NUM.int }, { header: h.communes.modelVillages, width: 10, numFmt: NUM.int }, { header: h.communes.gardens, width: 10, numFmt: NUM.int },
      ],
      rows: byDistrict(c.plan, c.batch.communes, (x) => x.district).map((x) => [
        plain(x.district), basename(x.file), plain(x.name), x.criteria, x.previousCriteria ?? null, label(COMMUNE_LEVELS, x.level), x.recognitionYear ?? null,
        yesNo(x.dbkk, words), yesNo(x.border, words), x.debt, yesNo(x.fourOnSite, words), x.villages ?? null, x.ntmVillages ?? null, x.modelVillages ?? null, x.modelGardens ?? null,
      ]),
    },
    {
      name: 'Đề nghị tập thể',
      columns: [...head(h.nominations), { header: h.nominations.type, width: 16 }, { header: h.nominations.commune, width: 16 }, ...tail(h.nominations)],
      rows: collectives.map((r) => {
        const { common, tail: rest } = nominationCells(r, c, lang);
        const n = r.nomination;
        return [...common, n.subject === 'collective' ? label(COLLECTIVE_TYPES, n.type) : null, plain(n.commune), ...rest];
      }),
    },
    {
      name: 'Đề nghị cá nhân',
      columns: [
        ...head(h.nominations), { header: h.nominations.gender, width: 8 }, { header: h.nominations.birthYear, width: 8, numFmt: NUM.int }, { header: h.nominations.type, width: 24 },
        { header: h.nominations.commune, width: 16 }, { header: h.nominations.unit, width: 30 }, { header: h.nominations.identity, width: 16 }, ...tail(h.nominations),
      ],
      rows: individuals.map((r) => {
        const { common, tail: rest } = nominationCells(r, c, lang);
        const n = r.nomination;
        if (n.subject !== 'individual') return common;
        const id = n.identity ? maskIdentity(n.identity) : null;
        return [...common, label(GENDERS, n.gender), n.birthYear ?? null, label(PERSON_KINDS, n.kind), plain(n.commune), plain(n.unit), id, ...rest];
      }),
    },
    {
      name: 'Phát hiện',
      columns: [
        { header: h.findings.file, width: 24 }, { header: h.findings.district, width: 18 }, { header: h.findings.sheet, width: 14 }, { header: h.findings.cell, width: 7 },
        { header: h.findings.row, width: 7, numFmt: NUM.int }, { header: h.findings.severity, width: 10 }, { header: h.findings.code, width: 26 }, { header: h.findings.message, width: 80 }, { header: h.findings.clause, width: 28 },
      ],
      rows: c.findings.map((f) => {
        const dossier = c.report.files.find((r) => r.file === f.file)?.dossier;
        const cite = f.cite ? catalogue(lang).cite(c.plan.citeAs, f.cite.clause) : null;
        return [f.file ? basename(f.file) : null, f.file ? plain(unitName(dossier, f.file)) : null, plain(f.sheet), f.cell ?? null, f.row ?? null, text.severity[f.severity], f.code, plain(renderMessage(f, lang)), cite];
      }),
    },
    {
      name: LEDGER_SHEET.vi,
      columns: LEDGER_COLUMNS.map((col) => ({ header: col[lang], width: col.width, ...(col.key === 'year' ? { numFmt: NUM.int } : {}) })),
      rows: c.ledger.map((e) => ledgerSheetRow(e, lang).map((v) => (typeof v === 'string' ? plain(v) : v))),
    },
  ];
}
