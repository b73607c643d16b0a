import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, openWorkbook } from '../../src/workbook/open.js';
import { ZipArchive } from '../../src/workbook/zip.js';
import { excelBuffer } from '../helpers/exceljs.js';
import { readCells, readRows, valueAt } from '../helpers/read.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

/** 1900-system serial of a UTC instant, the way Excel counts days. */
const serial1900 = (d: Date): number => d.getTime() / 86_400_000 + 25569;

const birthday = new Date(Date.UTC(1985, 6, 14));
const meeting = new Date(Date.UTC(2024, 2, 15, 9, 30));

async function writeFixture(name: string, useSharedStrings: boolean): Promise<string> {
  const buf = await excelBuffer((wb) => {
    const ws = wb.addWorksheet('Cá nhân');
    ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Ngày', 'Đóng góp', 'Đạt', 'Ghi chú']);
    ws.addRow([1, 'Nguyễn Thị Hường', birthday, meeting, 17.25, true, { richText: [{ text: 'Xã ' }, { text: 'Bản Bo', font: { bold: true } }] }]);
    ws.addRow([2, 'Lò Văn Thắng', { formula: 'C2+1', result: 32339 }, { formula: 'B2&"!"', result: 'Nguyễn Thị Hường!' }, { error: '#REF!' }, false, { text: 'Tờ trình', hyperlink: 'https://laichau.gov.vn' }]);
    ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('A5').value = 'Tổng kết 2025';
    ws.mergeCells('A5:C5');
    // NFD input ("Hường" with combining marks) must come back NFC.
    ws.getCell('A6').value = 'Hường'.normalize('NFD');
    wb.addWorksheet('Xã').addRow(['Tên xã', 'Xã Bản Bo']);
  }, { useSharedStrings });
  return tmp.write(name, buf);
}

describe.each([
  ['shared strings', true],
  ['strings in the sheet', false],
])('exceljs workbook with %s', (label, useSharedStrings) => {
  it('stores strings the way the test means to', async () => {
    const zip = new ZipArchive(readFileSync(await writeFixture(`${label}-raw.xlsx`, useSharedStrings)), DEFAULT_LIMITS);
    const xml = zip.readEntry('xl/worksheets/sheet1.xml').toString('utf8');
    expect(xml.includes('t="s"')).toBe(useSharedStrings);
    expect(xml.includes('t="inlineStr"')).toBe(!useSharedStrings);
  });

  it('lists sheets in tab order and reads the 1900 date system', async () => {
    const wb = await openWorkbook(await writeFixture(`${label}-sheets.xlsx`, useSharedStrings));
    expect(wb.date1904).toBe(false);
    expect(wb.sheets).toEqual([{ name: 'Cá nhân' }, { name: 'Xã' }]);
  });

  it('reads every value kind', async () => {
    const wb = await openWorkbook(await writeFixture(`${label}-values.xlsx`, useSharedStrings));
    const cells = await readCells(wb, 'Cá nhân');
    expect(valueAt(cells, 'B1')).toEqual({ kind: 'string', text: 'Họ và tên' });
    expect(valueAt(cells, 'A2')).toEqual({ kind: 'number', value: 1, date: false });
    expect(valueAt(cells, 'B2')).toEqual({ kind: 'string', text: 'Nguyễn Thị Hường' });
    expect(valueAt(cells, 'C2')).toEqual({ kind: 'number', value: serial1900(birthday), date: true });
    expect(valueAt(cells, 'D2')).toEqual({ kind: 'number', value: serial1900(meeting), date: true });
    expect(valueAt(cells, 'E2')).toEqual({ kind: 'number', value: 17.25, date: false });
    expect(valueAt(cells, 'F2')).toEqual({ kind: 'boolean', value: true });
    expect(valueAt(cells, 'G2')).toEqual({ kind: 'string', text: 'Xã Bản Bo' });
    expect(cells.get('C3')).toEqual({ ref: 'C3', row: 3, col: 3, value: { kind: 'number', value: 32339, date: false }, formula: 'C2+1' });
    expect(cells.get('D3')).toMatchObject({ value: { kind: 'string', text: 'Nguyễn Thị Hường!' }, formula: 'B2&"!"' });
    expect(cells.get('D3')?.formulaWithoutResult).toBeUndefined();
    expect(valueAt(cells, 'E3')).toEqual({ kind: 'error', code: '#REF!' });
    expect(valueAt(cells, 'F3')).toEqual({ kind: 'boolean', value: false });
    expect(valueAt(cells, 'G3')).toEqual({ kind: 'string', text: 'Tờ trình' });
    expect(valueAt(cells, 'A6')).toEqual({ kind: 'string', text: 'Hường'.normalize('NFC') });
  });

  it('yields rows in order with cells in column order, merged non-masters absent', async () => {
    const wb = await openWorkbook(await writeFixture(`${label}-rows.xlsx`, useSharedStrings));
    const rows = await readRows(wb, 'Cá nhân');
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3, 5, 6]);
    for (const row of rows) {
      expect(row.cells.map((c) => c.col)).toEqual([...row.cells.map((c) => c.col)].sort((a, b) => a - b));
      for (const cell of row.cells) expect(cell.row).toBe(row.index);
    }
    expect(rows[3]!.cells.map((c) => c.ref)).toEqual(['A5']);
    expect((await readRows(wb, 'Xã'))[0]!.cells.map((c) => c.value)).toEqual([
      { kind: 'string', text: 'Tên xã' }, { kind: 'string', text: 'Xã Bản Bo' },
    ]);
  });
});

describe('exceljs workbook in the 1904 date system', () => {
  it('reports date1904 and stores 1904-based serials', async () => {
    const day = new Date(Date.UTC(2024, 2, 15));
    const path = tmp.write('1904.xlsx', await excelBuffer((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Thông tin');
      ws.getCell('B1').value = day;
      ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    }));
    const wb = await openWorkbook(path);
    expect(wb.date1904).toBe(true);
    expect(valueAt(await readCells(wb, 'Thông tin'), 'B1')).toEqual({ kind: 'number', value: serial1900(day) - 1462, date: true });
  });
});
