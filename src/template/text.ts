import type { Lang } from '../i18n/types.js';
import type { ListName } from './lists.js';
import { en } from './text-en.js';
import { vi } from './text-vi.js';

/**
 * The words of the template, the annotated copies and their CLI sentences, in
 * Vietnamese and English. Sheet and column names of the dossier are not here:
 * they are the reader's contract (`columns.ts`) and stay Vietnamese in both.
 */
export interface TemplateText {
  sheets: { guide: string; lists: string; findings: string };
  info: { headers: [field: string, value: string, note: string]; required: string; optional: string };
  guide: {
    title: string;
    plan: (title: string, issuer: string, citeAs: string) => string;
    generalHeading: string;
    general: (planId: string) => string[];
    columnsHeading: string;
    columnHeaders: [sheet: string, column: string, required: string, values: string, explanation: string];
    required: string;
    optional: string;
    rulesHeading: string;
    contentAreasHeading: string;
  };
  /** What a column accepts, in the guide's "values" column. */
  values: {
    list: (values: readonly string[]) => string;
    longList: (count: number) => string;
    whole: (min: number, max?: number) => string;
    decimal: (min: number) => string;
    date: string;
    text: string;
    textMin: (n: number) => string;
    identity: string;
    commune: string;
  };
  /** Excel's refusal message when a value breaks a column's validation. */
  invalid: { title: string; list: string; whole: (min: number, max?: number) => string; decimal: string; date: string; textMin: (n: number) => string; identity: string; commune: string };
  /** Headings of the `Danh mục` columns. */
  lists: Record<ListName, string>;
  findings: { headers: [no: string, severity: string, code: string, sheet: string, cell: string, message: string, cite: string]; title: (file: string) => string };
  cli: {
    missingOutput: string;
    notXlsx: (path: string) => string;
    exists: (path: string) => string;
    written: (path: string) => string;
    annotated: (count: number, dir: string) => string;
    annotateFailed: (file: string) => string;
    withoutValidations: (file: string) => string;
  };
}

const TEXTS = { vi, en } satisfies Record<Lang, TemplateText>;

/** The template and annotation text of a language. */
export function templateText(lang: Lang): TemplateText {
  return TEXTS[lang];
}
