/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: no time zones, no clocks. Excel
 * serials (1900 and 1904 systems) and the text forms officers type all end here.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;

/** Converts an Excel serial day number to an ISO date. */
export function serialToIsoDate(serial: number, date1904: boolean): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + whole * DAY_MS).toISOString().slice(0, 10);
  // The 1900 system counts a 29 Feb 1900 that never existed (serial 60): it has no
  // real date, and serials after it are one day ahead of a plain count.
  if (whole === 60) return undefined;
  const epoch = whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + whole * DAY_MS).toISOString().slice(0, 10);
}

/** Builds an ISO date when day, month and year form a real calendar date. */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;

/** Parses `dd/mm/yyyy` (also `-` or `.`), `yyyy-mm-dd` and "ngày 5 tháng 1 năm 2025". */
export function parseDateText(text: string, folded: string): IsoDate | undefined {
  const s = text.trim();
  let m = DMY.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS.exec(folded);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

/** Formats an ISO date the Vietnamese way, `dd/mm/yyyy`. */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
