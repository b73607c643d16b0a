import { a1 } from '../workbook/a1.js';
import type { Row } from '../workbook/types.js';
import { INVALID, readCell, type CellContext } from './cell-reader.js';
import { INFO_SHEET } from './columns.js';
import { lookupName } from './vocab-match.js';

/** The `Thông tin` fields as read, before the schema: like a table row. */
export interface InfoRaw {
  values: Record<string, unknown>;
  /** Field key → A1 address of its value cell. */
  layout: Record<string, string>;
  invalid: Set<string>;
}

/**
 * Reads the key/value sheet: a row whose cell names a field (column A in the
 * spec; any column is tolerated, for title rows and indented forms) has its
 * value in the next cell to the right. The first occurrence of a field wins.
 */
export async function readInfoSheet(rows: AsyncIterable<Row>, ctx: CellContext): Promise<InfoRaw> {
  const values: Record<string, unknown> = Object.create(null);
  const cells: Record<string, string> = Object.create(null);
  const invalid = new Set<string>();
  for await (const row of rows) {
    for (const keyCell of row.cells) {
      if (keyCell.value.kind !== 'string') continue;
      const text = keyCell.value.text.trim().replace(/:$/, '');
      const column = lookupName(text, INFO_SHEET.columns, (c) => [c.label, ...(c.aliases ?? [])]);
      if (!column) continue;
      if (column.key in cells) break;
      // The value is the cell right of the label (column B); column C often holds a hint, as in our template.
      cells[column.key] = a1(keyCell.col + 1, row.index);
      const valueCell = row.cells.find((c) => c.col === keyCell.col + 1);
      const v = readCell(valueCell, column, ctx);
      if (v === INVALID) invalid.add(column.key);
      else if (v !== undefined) values[column.key] = v;
      break;
    }
  }
  return { values, layout: cells, invalid };
}

