import type { Lang } from '../i18n/types.js';
import type { MetricUnit } from './types.js';

/** Vietnamese writes 17,2 and 1.234; English 17.2 and 1,234. `fixed` keeps trailing zeros (17,0), for columns. */
export function formatNumber(value: number, lang: Lang, digits = 0, fixed = false): string {
  return formatterFor(lang, digits, fixed).format(value);
}

/** One formatter per style: making an Intl.NumberFormat costs about twenty times formatting with one. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(lang: Lang, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${fixed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A share as a percentage with one decimal: 57,5%, 40,0%. */
export function formatShare(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, lang, 1, true)}%`;
}

/** A metric's number as its unit reads; `—` when there is none. */
export function formatMetric(value: number | null, unit: MetricUnit, lang: Lang): string {
  if (value === null) return '—';
  if (unit === 'share') return formatShare(value, lang);
  if (unit === 'average') return formatNumber(value, lang, 2);
  return formatNumber(value, lang);
}

/** Comparators as printed. */
export const COMPARATOR_SIGN: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** "12 tên đầu…": a long list of names shortened for one table cell. */
export function shortList(names: readonly string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} … (+${names.length - max})`;
}
