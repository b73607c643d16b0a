import { matchTerm } from '../dossier/vocab-match.js';
import { AWARD_FORMS, ROUNDS } from '../dossier/vocabularies.js';
import { fold } from '../text/fold.js';
import type { LedgerEntry } from './ledger.js';

/**
 * The ledger as a worksheet (`Sổ khen thưởng` of `tong-hop.xlsx`): the same entries
 * as `so-khen-thuong.json`, with forms, rounds and subjects as officers read them.
 * An officer may delete the rows of awards that were not granted and pass the
 * workbook as next year's `--history`; the reader takes Vietnamese or English headers.
 */
export const LEDGER_SHEET = { vi: 'Sổ khen thưởng', en: 'Awards ledger' } as const;

type Key = keyof LedgerEntry;

/** A column of the ledger sheet: the entry's field and its header in each language. */
export interface LedgerColumn {
  key: Key;
  vi: string;
  en: string;
  width: number;
}

/** The ledger sheet's columns, in the order they are written. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', width: 8 },
  { key: 'round', vi: 'Đợt xét', en: 'Round', width: 14 },
  { key: 'plan', vi: 'Kế hoạch', en: 'Plan', width: 12 },
  { key: 'district', vi: 'Huyện', en: 'District', width: 18 },
  { key: 'commune', vi: 'Xã', en: 'Commune', width: 16 },
  { key: 'subject', vi: 'Đối tượng', en: 'Subject', width: 10 },
  { key: 'name', vi: 'Tên', en: 'Name', width: 30 },
  { key: 'form', vi: 'Hình thức khen thưởng', en: 'Award form', width: 34 },
  { key: 'basis', vi: 'Căn cứ', en: 'Basis', width: 22 },
  { key: 'identityMasked', vi: 'Số định danh (đã che)', en: 'Identity number (masked)', width: 16 },
  { key: 'identityToken', vi: 'Mã nhận diện', en: 'Identity token', width: 26 },
  { key: 'nameKey', vi: 'Khóa tên', en: 'Name key', width: 40 },
  // Which submission the entry came from: a year consolidated again with this
  // workbook as --history replaces its own entries instead of finding them awarded.
  { key: 'source', vi: 'Khóa hồ sơ trình', en: 'Submission key', width: 40 },
];

const SUBJECTS = [
  { id: 'individual', label: 'Cá nhân', aliases: ['Individual'] },
  { id: 'collective', label: 'Tập thể', aliases: ['Collective'] },
] as const;

/** A ledger entry as the sheet's cells, in column order: labels for forms, rounds and subjects. */
export function ledgerSheetRow(e: LedgerEntry, lang: 'vi' | 'en'): Array<string | number> {
  return LEDGER_COLUMNS.map(({ key }) => {
    const value = e[key];
    if (key === 'form') return AWARD_FORMS.find((f) => f.id === value)?.label ?? String(value);
    if (key === 'round') return ROUNDS.find((r) => r.id === value)?.label ?? String(value);
    if (key === 'subject') return lang === 'vi' ? SUBJECTS.find((s) => s.id === value)!.label : SUBJECTS.find((s) => s.id === value)!.aliases[0];
    return value ?? '';
  });
}

/** The field a header names, in either language. */
export function ledgerKeyOf(header: string): Key | undefined {
  const key = fold(header);
  return LEDGER_COLUMNS.find((c) => fold(c.vi) === key || fold(c.en) === key)?.key;
}

/** Turns a cell's text back into the entry's value: labels to ids, years to numbers. */
export function ledgerValue(key: Key, text: string): unknown {
  if (key === 'year') return /^\d{4}$/.test(text) ? Number(text) : text;
  if (key === 'form') return matchTerm(text, AWARD_FORMS).term?.id ?? text;
  if (key === 'round') return matchTerm(text, ROUNDS).term?.id ?? text;
  if (key === 'subject') return matchTerm(text, SUBJECTS).term?.id ?? text;
  return text;
}
