import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, ledgerSheetRow } from '../../src/ledger/ledger-sheet.js';
import type { LedgerEntry } from '../../src/ledger/ledger.js';
import { HistoryLoadError, loadHistory } from '../../src/ledger/load-history.js';
import { ledgerDocument, mergeLedgers } from '../../src/ledger/merge.js';
import { tempDir } from '../helpers/dossier-fixture.js';

const ENTRY: LedgerEntry = {
  subject: 'collective', name: 'UBND xã Bình Lư', nameKey: 'c|ubnd xa binh lu|xa|binh lu', commune: 'Bình Lư', district: 'Tam Đường',
  form: 'co-thi-dua-tinh', basis: 'co-xa-ntm', year: 2024, round: 'hang-nam', plan: 'lai-chau',
};
const PERSON: LedgerEntry = {
  subject: 'individual', name: 'Lò Văn Thanh', nameKey: 'p|lo van thanh|1975|binh lu', identityToken: 'abc123', identityMasked: '********8901',
  commune: 'Bình Lư', district: 'Tam Đường', form: 'bang-khen-tinh', basis: 'bk-ca-nhan-xa-ntm', year: 2024, round: 'hang-nam', plan: 'lai-chau',
};

async function sheetFile(name: string, lang: 'vi' | 'en', rows: LedgerEntry[], order = LEDGER_COLUMNS.map((_, i) => i)): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Chỉ tiêu').addRow(['x']);
  const ws = wb.addWorksheet(lang === 'vi' ? 'Sổ khen thưởng' : 'Awards ledger');
  ws.addRow(order.map((i) => LEDGER_COLUMNS[i]![lang]));
  for (const e of rows) {
    const cells = ledgerSheetRow(e, lang);
    ws.addRow(order.map((i) => cells[i] ?? null));
  }
  const file = join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('the ledger sheet of tong-hop.xlsx as --history', () => {
  it('reads entries back, in either language, whatever the column order', async () => {
    expect(await loadHistory([await sheetFile('vi.xlsx', 'vi', [ENTRY, PERSON])])).toEqual([ENTRY, PERSON]);
    const reversed = LEDGER_COLUMNS.map((_, i) => LEDGER_COLUMNS.length - 1 - i);
    expect(await loadHistory([await sheetFile('en.xlsx', 'en', [PERSON], reversed)])).toEqual([PERSON]);
  });

  it('merges several ledgers, JSON and workbook alike', async () => {
    const json = join(tempDir(), 'so-khen-thuong-2023.json');
    await writeFile(json, JSON.stringify(ledgerDocument([{ ...ENTRY, year: 2023 }])));
    const entries = await loadHistory([json, await sheetFile('th-2024.xlsx', 'vi', [PERSON])]);
    expect(entries).toEqual([{ ...ENTRY, year: 2023 }, PERSON]);
  });

  it('says which row is wrong, and that a workbook without the sheet is not a ledger', async () => {
    const bad = await sheetFile('bad.xlsx', 'vi', [{ ...ENTRY, year: Number.NaN }]);
    await expect(loadHistory([bad])).rejects.toMatchObject({ reason: 'invalid' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Xã').addRow(['Tên xã']);
    const none = join(tempDir(), 'none.xlsx');
    await wb.xlsx.writeFile(none);
    await expect(loadHistory([none])).rejects.toBeInstanceOf(HistoryLoadError);
  });

  it('merges ledgers with each award once, in a stable order', () => {
    expect(mergeLedgers([PERSON, ENTRY], [ENTRY])).toEqual([PERSON, ENTRY]);
  });
});
