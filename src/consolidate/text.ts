import type { Lang } from '../i18n/types.js';
import { textEn } from './text-en.js';
import { textVi } from './text-vi.js';
import type { NullReason, ScheduleStatus } from './types.js';

/** Column headers of each sheet of `tong-hop.xlsx` (sheet names are fixed by cli.md). */
export interface SheetHeaders {
  targets: Record<'no' | 'metric' | 'label' | 'comparator' | 'target' | 'actual' | 'met' | 'reason' | 'clause', string>;
  communes: Record<
    'district' | 'file' | 'name' | 'criteria' | 'previous' | 'level' | 'year' | 'dbkk' | 'border' | 'debt' | 'fourOnSite' | 'villages' | 'ntmVillages' | 'modelVillages' | 'gardens',
    string
  >;
  nominations: Record<
    'district' | 'file' | 'row' | 'name' | 'type' | 'commune' | 'gender' | 'birthYear' | 'unit' | 'identity' | 'form' | 'basis' | 'contribution' | 'stars' | 'achievement' | 'verdict' | 'codes',
    string
  >;
  findings: Record<'file' | 'district' | 'sheet' | 'cell' | 'row' | 'severity' | 'code' | 'message' | 'clause', string>;
}

/**
 * All the words of the consolidated report, in one language. Typed, so a key
 * missing from either language fails to compile.
 */
export interface ConsolidateText {
  title: string;
  subtitle: (year: number) => string;
  planLine: (document: string, issuer: string) => string;
  place: (province: string, district?: string) => string;
  madeBy: (version: string, date: string) => string;
  summary: (s: { files: number; communes: number; nominations: number; withoutErrors: number; errors: number; warnings: number }) => string;
  sections: Record<'targets' | 'chart' | 'schedule' | 'districts' | 'missing' | 'nominations' | 'byForm' | 'byGender' | 'findings', string>;
  columns: Record<
    'no' | 'target' | 'plan' | 'actual' | 'verdict' | 'clause' | 'district' | 'communes' | 'ntm' | 'ntmShare' | 'avgCriteria' | 'nominations' | 'errors' | 'warnings'
    | 'form' | 'collective' | 'individual' | 'total' | 'withoutErrors' | 'count' | 'code' | 'severity' | 'example' | 'commune' | 'due' | 'now' | 'status',
    string
  >;
  tiles: Record<'files' | 'communes' | 'nominations' | 'targets' | 'errors', string>;
  criteria: (n: number) => string;
  totalRow: string;
  met: Record<'true' | 'false' | 'null', string>;
  reasons: Record<NullReason, (missing: readonly string[]) => string>;
  schedule: Record<ScheduleStatus, string>;
  atRiskNote: string;
  /** The legend's name for the red mark at the plan's value. */
  chartTarget: string;
  chartNote: string;
  gender: Record<'nam' | 'nu' | 'unknown', string>;
  severity: Record<'error' | 'warning' | 'info', string>;
  verdict: Record<'ok' | 'warning' | 'error', string>;
  yes: string;
  no: string;
  none: string;
  page: (n: number, of: number) => string;
  unreadableFile: string;
  headers: SheetHeaders;
  progress: { reading: (done: number, total: number, rows: number) => string; writing: (file: string) => string };
  cli: {
    noWorkbooks: (dir: string) => string;
    badYear: (value: string) => string;
    missingOut: string;
    done: (dir: string, s: { districts: number; errors: number; warnings: number; met: number; notMet: number; unknown: number; ledger: number }) => string;
  };
}

const TEXT: Record<Lang, ConsolidateText> = { vi: textVi, en: textEn };

/** The report's words in `lang`. */
export function consolidateText(lang: Lang): ConsolidateText {
  return TEXT[lang];
}
