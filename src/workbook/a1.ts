/** Column number (1-based) to letters: 1 → `A`, 28 → `AB`. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1 address of a cell. */
export function a1(col: number, row: number): string {
  return columnLetters(col) + row;
}

/** Row number of an A1 address, e.g. `B14` → 14. */
export function rowOf(ref: string | undefined): number | undefined {
  const m = ref ? /\d+$/.exec(ref) : null;
  return m ? Number(m[0]) : undefined;
}
