/** Shortcuts for reading workbooks in tests. */
import { expect } from 'vitest';
import type { Cell, CellValue, Row, UnreadableReason, WorkbookData } from '../../src/workbook/types.js';
import { WorkbookReadError } from '../../src/workbook/types.js';

/**
 * All rows of one sheet, each cell as a plain object with its A1 reference spelled
 * out (the reader's cells work theirs out on demand), so tests compare whole cells.
 */
export async function readRows(wb: WorkbookData, sheet: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of wb.rows(sheet)) rows.push({ index: row.index, cells: row.cells.map(plainCell) });
  return rows;
}

/** A cell as plain data: reference, place, value and formula facts. */
export function plainCell(c: Cell): Cell {
  return {
    ref: c.ref, row: c.row, col: c.col, value: c.value,
    ...(c.formula !== undefined ? { formula: c.formula } : {}),
    ...(c.formulaWithoutResult ? { formulaWithoutResult: true } : {}),
  };
}

/** All cells of one sheet keyed by A1 reference. */
export async function readCells(wb: WorkbookData, sheet: string): Promise<Map<string, Cell>> {
  const cells = new Map<string, Cell>();
  for (const row of await readRows(wb, sheet)) for (const cell of row.cells) cells.set(cell.ref, cell);
  return cells;
}

/** The value of one cell, `{ kind: 'empty' }` when absent. */
export function valueAt(cells: Map<string, Cell>, ref: string): CellValue {
  return cells.get(ref)?.value ?? { kind: 'empty' };
}

/** Asserts that `work` rejects with a WorkbookReadError of `reason`; returns the error. */
export async function expectUnreadable(work: Promise<unknown>, reason: UnreadableReason): Promise<WorkbookReadError> {
  const err = await work.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WorkbookReadError);
  expect((err as WorkbookReadError).reason).toBe(reason);
  return err as WorkbookReadError;
}
