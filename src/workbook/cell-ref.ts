/** A1-style references: column letters ↔ 1-based column numbers. */

const letterCache: string[] = [];

/** Column letters for a 1-based column number (1 → `A`, 27 → `AA`). */
export function columnLetters(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (col < 20_000) letterCache[col] = s;
  return s;
}

/**
 * Splits `B14` (or `$B$14`) into column and row numbers. A missing row part gives
 * row 0. Numbers are capped at about 1e9 so absurd references stay finite and
 * trip the row/column caps instead. Returns undefined for text that is not a reference.
 */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  let col = 0;
  let row = 0;
  let i = 0;
  const len = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < len; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    if (col < 1e9) col = col * 26 + (c - 96);
  }
  if (col === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < len; i++) {
    const c = ref.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (row < 1e9) row = row * 10 + c;
  }
  return { col, row };
}
