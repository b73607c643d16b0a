import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openWorkbook } from '../../src/workbook/open.js';
import { writeWorkbook, type WriteSheet } from '../../src/xlsx-write/write-workbook.js';
import { readRows } from '../helpers/read.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const TRICKY = [
  '=SUM(A1:A9)',
  '+84 912 345 678',
  '@UBND',
  '-1',
  'a_x0041_b',
  '  Bản Bo  ',
  'Nguyễn Thị Hường & <Lò> "Văn"',
  'dòng 1\ndòng 2',
  'ctrl\u0001\u0008\uffffx',
  'Đèo 🌾 Văn',
  'lone \ud800 surrogate',
];

const sheets: WriteSheet[] = [
  {
    name: "Đề nghị cá nhân",
    columns: [{ header: 'Tên', width: 30 }, { header: 'Năm sinh', width: 8 }, { header: 'Đóng góp', width: 12, numFmt: '#,##0.##' }],
    rows: [
      ...TRICKY.map((text, i) => [text, 1970 + i, 1234.5]),
      ['x'.repeat(40_000), null, { value: 0.5, numFmt: '0.0%' }],
      [null, Number.NaN, { value: null, numFmt: '0.0%' }],
    ],
  },
  { name: "Chỉ tiêu 'quý' I", columns: [{ header: 'TT', width: 5 }], rows: [] },
];

async function written(): Promise<string> {
  return tmp.write(`w-${Math.random().toString(36).slice(2)}.xlsx`, await writeWorkbook(sheets, { creator: 'ntm-check', date: new Date(Date.UTC(2025, 0, 1)) }));
}

describe('writeWorkbook', () => {
  it('writes text exactly as given, never as a formula, as this tool reads it back', async () => {
    const wb = await openWorkbook(await written());
    expect(wb.sheets.map((s) => s.name)).toEqual(["Đề nghị cá nhân", "Chỉ tiêu 'quý' I"]);
    const rows = await readRows(wb, 'Đề nghị cá nhân');
    const texts = rows.slice(1, 1 + TRICKY.length).map((r) => r.cells[0]!);
    expect(texts.map((c) => (c.value.kind === 'string' ? c.value.text : c.value.kind))).toEqual([
      ...TRICKY.slice(0, 8),
      'ctrlx', // C0 controls and U+FFFF cannot be carried by XML
      'Đèo 🌾 Văn',
      'lone  surrogate',
    ]);
    expect(texts.every((c) => c.formula === undefined)).toBe(true);
    expect(rows[1]!.cells[1]).toMatchObject({ ref: 'B2', value: { kind: 'number', value: 1970, date: false } });
    const long = rows[1 + TRICKY.length]!.cells[0]!;
    expect(long.value.kind === 'string' && long.value.text.length).toBe(32_767);
    // An empty value and a NaN leave their cells out.
    expect(rows[2 + TRICKY.length]).toBeUndefined();
    expect(await readRows(wb, "Chỉ tiêu 'quý' I")).toHaveLength(1);
  });

  it('gives Excel readers frozen, filtered, styled headers and number formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await written());
    const ws = wb.getWorksheet('Đề nghị cá nhân')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:C14');
    expect(ws.getColumn(1).width).toBe(30);
    const header = ws.getRow(1);
    expect(header.getCell(1).value).toBe('Tên');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.height).toBe(48);
    expect(ws.getRow(2).getCell(3)).toMatchObject({ value: 1234.5, numFmt: '#,##0.##' });
    expect(ws.getRow(2).getCell(2).numFmt).toBeUndefined();
    expect(ws.getRow(13).getCell(3)).toMatchObject({ value: 0.5, numFmt: '0.0%' });
    expect(ws.getRow(2).getCell(1).value).toBe('=SUM(A1:A9)');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(wb.creator).toBe('ntm-check');
  });

  it('gives the same bytes for the same tables', async () => {
    const a = await writeWorkbook(sheets, { creator: 'ntm-check', date: new Date(Date.UTC(2025, 0, 1)) });
    const b = await writeWorkbook(sheets, { creator: 'ntm-check', date: new Date(Date.UTC(2025, 0, 1)) });
    expect(a.equals(b)).toBe(true);
  });
});
