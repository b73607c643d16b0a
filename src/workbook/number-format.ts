/**
 * Decides whether a number format shows a date or time, so numeric cells can be
 * flagged `date: true`. Built-in ids follow ECMA-376 §18.8.30 (plus the East Asian
 * date ids Excel reserves); custom codes are scanned for date/time tokens.
 */

/** Built-in number-format ids that are dates or times. */
export function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Elapsed-time sections such as `[h]`, `[mm]`, `[ss]` are times even though bracketed. */
const ELAPSED = /^(h+|m+|s+)$/i;

/**
 * True when a custom format code contains a d, m, y, h or s token outside quoted
 * literals, backslash escapes, `_x`/`*x` padding and `[...]` sections (colours,
 * conditions, locales) — so `dd/mm/yyyy` is a date while `#,##0.00`, `General` and
 * `0" ngày"` are not.
 */
export function isDateFormatCode(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end === -1) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end === -1) return false;
      if (ELAPSED.test(code.slice(i + 1, end))) return true;
      i = end;
    } else if ('dmyhsDMYHS'.includes(ch)) {
      return true;
    }
  }
  return false;
}
