/**
 * Converts ISO 8601 text from `t="d"` cells into Excel serial numbers, so every date
 * reaches the rest of the program the same way (a number flagged `date: true`).
 */

const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Serial number for an ISO date/time (`2024-03-15`, `2024-03-15T10:30:00Z`,
 * `10:30:00`). Time-zone designators are ignored: Excel serials are wall-clock
 * values. Returns undefined for text that is not such a date.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const [y, mo, d] = m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(`0.${m[7] ?? 0}`) * 1000);
  const check = new Date(ms);
  if (m[1] !== undefined && (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)) return undefined;
  if (m[1] === undefined) return (ms - EPOCH_1900) / DAY_MS;
  if (date1904) return (ms - EPOCH_1904) / DAY_MS;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  // Excel's 1900 system counts a non-existent 29 Feb 1900 (serial 60), so earlier dates are one lower.
  return serial < 61 ? serial - 1 : serial;
}
