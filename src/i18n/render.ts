import type { FindingCode, FindingData } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { maskIdentities } from '../text/mask.js';
import { en } from './en.js';
import type { Catalogue, Lang } from './types.js';
import { vi } from './vi.js';

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** Codes whose related place is the earlier occurrence of the same thing. */
const DUPLICATE_CODES = new Set<FindingCode>(['commune.duplicate', 'nomination.duplicate', 'nomination.multiple-forms']);

/** The text catalogue of a language. */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** A finding's message in the chosen language, rendered from its code and data. */
export function renderMessage(f: Finding, lang: Lang): string {
  const render = CATALOGUES[lang].findings[f.code] as (data: FindingData[FindingCode]) => string;
  const message = render(f.data);
  const duplicate = DUPLICATE_CODES.has(f.code);
  const related = f.related?.map((r) => CATALOGUES[lang].related(r, r.file === f.file, duplicate)).join('; ');
  const text = related ? `${message.replace(/\.$/, '')} (${related}).` : message;
  // Messages close with a full stop; a question ("có phải là …?") already closes the sentence.
  // A value quoted from the workbook may hold an identity number: never print it whole.
  return maskIdentities(text.replace(/\?\.$/, '?'));
}

/** A finding's citation, e.g. "KH Lai Châu, mục V.2.c", or undefined. */
export function renderCite(f: Finding, citeAs: (planId: string) => string, lang: Lang): string | undefined {
  if (!f.cite) return undefined;
  const text = CATALOGUES[lang].cite(citeAs(f.cite.plan), f.cite.clause);
  return f.cite.inferred ? `${text} (${CATALOGUES[lang].inferred})` : text;
}
