import type { FindingCode, FindingData, ValueKind } from '../findings/codes.js';
import type { UnreadableReason } from '../workbook/types.js';

export type Lang = 'vi' | 'en';

/** A message for each finding code, from its data; `satisfies` makes a missing code a compile error. */
export type FindingMessages = { [C in FindingCode]: (data: FindingData[C]) => string };

/** All the text of one language. */
export interface Catalogue {
  findings: FindingMessages;
  /** One sentence per reason a file cannot be read, naming the file and what to do. */
  unreadable: Record<UnreadableReason, (file: string) => string>;
  valueKinds: Record<ValueKind, string>;
  severity: Record<'error' | 'warning' | 'info', string>;
  /** "KH Lai Châu, mục V.2.c" */
  cite: (document: string, clause: string) => string;
  /** "trùng với ô B5" for duplicates, "xem ô B5" otherwise — the other place a finding involves. */
  related: (place: { file?: string; sheet?: string; cell?: string; row?: number }, sameFile: boolean, duplicate: boolean) => string;
  summary: (counts: { files: number; error: number; warning: number; info: number }) => string;
  clean: string;
  /** Said after the clause of a rule the plan only implies. */
  inferred: string;
  cli: CliText;
}

export interface CliText {
  unknownPlan: (plan: string, known: string[]) => string;
  badPlanFile: (file: string, path: string, message: string) => string;
  badDate: (value: string) => string;
  badLang: (value: string) => string;
  badFormat: (value: string) => string;
  noInput: string;
  badLimit: (flag: string, value: string) => string;
  /** Said when the run ended without finishing (a promise that never settled). */
  stalled: string;
  badUsage: (detail: string) => string;
  planUnreadable: (file: string) => string;
  missingPlan: string;
  badHistory: (file: string, detail: string) => string;
  /** Sentences for outputs that cannot be written (`OutputError` reasons). */
  output: Record<'is-input' | 'not-a-folder' | 'not-writable', (path: string) => string>;
  internal: string;
  plansHeader: string;
  crossFile: string;
  sheetless: string;
}
