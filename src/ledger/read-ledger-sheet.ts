import type { CellValue } from '../workbook/types.js';
import { openWorkbook } from '../workbook/open.js';
import { WorkbookReadError } from '../workbook/types.js';
import { fold } from '../text/fold.js';
import { HistoryLoadError } from './history-error.js';
import { ledgerEntrySchema, type LedgerEntry } from './ledger.js';
import { LEDGER_SHEET, ledgerKeyOf, ledgerValue } from './ledger-sheet.js';

function text(value: CellValue): string {
  if (value.kind === 'string') return value.text.trim();
  if (value.kind === 'number') return String(value.value);
  if (value.kind === 'boolean') return String(value.value);
  return '';
}

/**
 * Reads the `Sổ khen thưởng` sheet of an earlier `tong-hop.xlsx` as ledger entries.
 * The first row is the header; columns are found by name, so an officer may
 * reorder or hide them, and may delete rows of awards that were not granted.
 */
export async function readLedgerSheet(file: string): Promise<LedgerEntry[]> {
  let workbook;
  try {
    workbook = await openWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new HistoryLoadError(file, 'unreadable', error.reason);
    throw error;
  }
  const names = [fold(LEDGER_SHEET.vi), fold(LEDGER_SHEET.en)];
  const sheet = workbook.sheets.find((s) => names.includes(fold(s.name)));
  if (!sheet) throw new HistoryLoadError(file, 'invalid', `no sheet "${LEDGER_SHEET.vi}"`);
  const entries: LedgerEntry[] = [];
  let columns: Map<number, ReturnType<typeof ledgerKeyOf>> | undefined;
  for await (const row of workbook.rows(sheet.name)) {
    if (!columns) {
      columns = new Map(row.cells.map((c) => [c.col, ledgerKeyOf(text(c.value))]));
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const cell of row.cells) {
      const key = columns.get(cell.col);
      const value = text(cell.value);
      if (key && value !== '') raw[key] = ledgerValue(key, value);
    }
    if (Object.keys(raw).length === 0) continue;
    const parsed = ledgerEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HistoryLoadError(file, 'invalid', `${sheet.name}, row ${row.index}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
    }
    entries.push(parsed.data);
  }
  return entries;
}
