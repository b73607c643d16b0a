import { columnLetters } from './cell-ref.js';

export { columnLetters };

/** A1 address of a cell. */
export function a1(col: number, row: number): string {
  return columnLetters(col) + row;
}

/** Row number of an A1 address, e.g. `B14` → 14. */
export function rowOf(ref: string | undefined): number | undefined {
  const m = ref ? /\d+$/.exec(ref) : null;
  return m ? Number(m[0]) : undefined;
}
