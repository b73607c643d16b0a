/**
 * Numbers typed as text the Vietnamese way: `.` groups thousands and `,` marks
 * decimals (`17,2`, `100.000.000`, `1.234,5`). Unambiguous English forms
 * (`1,234,567`, `1,234.5`) are accepted too.
 */

const PATTERNS: Array<[RegExp, (s: string) => string]> = [
  [/^-?\d+$/, (s) => s],
  [/^-?\d{1,3}(\.\d{3})+(,\d+)?$/, (s) => s.replace(/\./g, '').replace(',', '.')],
  [/^-?\d+,\d+$/, (s) => s.replace(',', '.')],
  [/^-?\d+\.\d+$/, (s) => s],
  [/^-?\d{1,3}(,\d{3}){2,}(\.\d+)?$/, (s) => s.replace(/,/g, '')],
  [/^-?\d{1,3}(,\d{3})+\.\d+$/, (s) => s.replace(/,/g, '')],
];

/** Parses Vietnamese number text; `undefined` when the text is not a number. */
export function parseVietnameseNumber(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (s === '') return undefined;
  for (const [pattern, normalise] of PATTERNS) {
    if (pattern.test(s)) {
      // "1.500" is Vietnamese for fifteen hundred: a single dot before exactly three digits groups thousands.
      const value = Number(normalise(s));
      return Number.isFinite(value) ? value : undefined;
    }
  }
  return undefined;
}
