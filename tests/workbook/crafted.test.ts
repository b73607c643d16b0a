import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/workbook/open.js';
import { craftXlsx, stylesXml, worksheetXml, type CraftOptions } from '../helpers/xlsx.js';
import { readCells, readRows, valueAt } from '../helpers/read.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
let n = 0;

async function open(o: CraftOptions): ReturnType<typeof openWorkbook> {
  return openWorkbook(tmp.write(`crafted-${++n}.xlsx`, craftXlsx(o)));
}

async function cellsOf(o: CraftOptions): ReturnType<typeof readCells> {
  const wb = await open(o);
  return readCells(wb, wb.sheets[0]!.name);
}

describe('crafted SpreadsheetML', () => {
  it('reads inline strings, including rich runs and ignoring phonetic runs', async () => {
    const cells = await cellsOf({ sheets: [{ name: 'S', rows:
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Bản Bo</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Nguyễn </t></r><r><rPr><b/></rPr><t>Thị Hường</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>a_x000D_b &amp; c</t></is></c><c r="D1" t="inlineStr"><is><t/></is></c></row>' }] });
    expect(valueAt(cells, 'A1')).toEqual({ kind: 'string', text: 'Xã Bản Bo' });
    expect(valueAt(cells, 'B1')).toEqual({ kind: 'string', text: 'Nguyễn Thị Hường' });
    expect(valueAt(cells, 'C1')).toEqual({ kind: 'string', text: 'a\rb & c' });
    expect(cells.has('D1')).toBe(false);
  });

  it('reads namespace-prefixed parts', async () => {
    const wb = await open({ prefix: 'x', sharedStrings: ['Hà Quảng'], sheets: [{ name: 'Xã', rows:
      '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>19</x:v></x:c></x:row>' }] });
    expect(wb.sheets).toEqual([{ name: 'Xã' }]);
    expect((await readRows(wb, 'Xã'))[0]).toEqual({ index: 2, cells: [
      { ref: 'B2', row: 2, col: 2, value: { kind: 'string', text: 'Hà Quảng' } },
      { ref: 'C2', row: 2, col: 3, value: { kind: 'number', value: 19, date: false } },
    ] });
  });

  it('positions rows and cells without r attributes by counting', async () => {
    const wb = await open({ sheets: [{ name: 'S', rows:
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>' +
      '<row><c/><c><v>2</v></c><c r="E2"><v>3</v></c><c><v>4</v></c></row>' +
      '<row r="7"><c><v>5</v></c></row><row><c r="C8"><v>6</v></c></row><row><c><v>7</v></c></row>' }] });
    const refs = (await readRows(wb, 'S')).map((r) => [r.index, r.cells.map((c) => c.ref)]);
    expect(refs).toEqual([[1, ['A1', 'B1']], [2, ['B2', 'E2', 'F2']], [7, ['A7']], [8, ['C8']], [9, ['A9']]]);
  });

  it('takes a row number from the first cell when the row has none', async () => {
    const wb = await open({ sheets: [{ name: 'S', rows: '<row><c r="B5"><v>1</v></c></row><row><c><v>2</v></c></row>' }] });
    expect((await readRows(wb, 'S')).map((r) => r.cells[0]!.ref)).toEqual(['B5', 'A6']);
  });

  it('sorts cells written out of column order', async () => {
    const wb = await open({ sheets: [{ name: 'S', rows: '<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>' }] });
    expect((await readRows(wb, 'S'))[0]!.cells.map((c) => c.ref)).toEqual(['A1', 'C1']);
  });

  it.each([
    ['date1904="true"', true],
    ['date1904="1"', true],
    [`date1904='TRUE'`, true],
    ['date1904="0"', false],
    ['date1904="false"', false],
    ['defaultThemeVersion="124226"', false],
  ])('reads workbookPr %s as date1904 %s', async (attrs, expected) => {
    expect((await open({ workbookPr: attrs, sheets: [{ name: 'S' }] })).date1904).toBe(expected);
  });

  it('converts t="d" ISO dates to serials in either date system', async () => {
    const rows = '<row r="1"><c r="A1" t="d"><v>2024-03-15</v></c><c r="B1" t="d"><v>2024-03-15T18:00:00Z</v></c><c r="C1" t="d"><v>not a date</v></c></row>';
    const c1900 = await cellsOf({ sheets: [{ name: 'S', rows }] });
    expect(valueAt(c1900, 'A1')).toEqual({ kind: 'number', value: 45366, date: true });
    expect(valueAt(c1900, 'B1')).toEqual({ kind: 'number', value: 45366.75, date: true });
    expect(valueAt(c1900, 'C1')).toEqual({ kind: 'string', text: 'not a date' });
    const c1904 = await cellsOf({ workbookPr: 'date1904="true"', sheets: [{ name: 'S', rows }] });
    expect(valueAt(c1904, 'A1')).toEqual({ kind: 'number', value: 45366 - 1462, date: true });
  });

  it('reads Strict OOXML with absolute targets', async () => {
    const wb = await open({ strict: true, absoluteTargets: true, sharedStrings: ['Tam Đường'], stylesXml: stylesXml([0, 14]),
      sheets: [{ name: 'Thông tin', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45366</v></c></row>' }] });
    expect(wb.sheets).toEqual([{ name: 'Thông tin' }]);
    const cells = await readCells(wb, 'Thông tin');
    expect(valueAt(cells, 'A1')).toEqual({ kind: 'string', text: 'Tam Đường' });
    expect(valueAt(cells, 'B1')).toEqual({ kind: 'number', value: 45366, date: true });
  });

  it('marks formulas without a cached result', async () => {
    const cells = await cellsOf({ sheets: [{ name: 'S', rows:
      '<row r="1"><c r="A1"><f>SUM(B1:C1)</f></c><c r="B1" t="str"><f>"x"&amp;"y"</f></c>' +
      '<c r="C1"><f t="shared" ref="C1:C2" si="0">B1*2</f><v>4</v></c><c r="D1" t="str"><f>""</f><v></v></c></row>' }] });
    expect(cells.get('A1')).toEqual({ ref: 'A1', row: 1, col: 1, value: { kind: 'empty' }, formula: 'SUM(B1:C1)', formulaWithoutResult: true });
    expect(cells.get('B1')).toMatchObject({ value: { kind: 'empty' }, formula: '"x"&"y"', formulaWithoutResult: true });
    expect(cells.get('C1')).toEqual({ ref: 'C1', row: 1, col: 3, value: { kind: 'number', value: 4, date: false }, formula: 'B1*2' });
    expect(cells.get('D1')).toEqual({ ref: 'D1', row: 1, col: 4, value: { kind: 'empty' }, formula: '""' });
  });

  it('reads shared strings with runs, phonetics, escapes, entities and NFD text', async () => {
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><r><t>Xã </t></r><r><rPr><i/></rPr><t>Bản Bo</t></r><rPh><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>A_x000A_B &lt;C&gt; &#272;</t></si><si/>' +
      `<si><t>${'Hường'.normalize('NFD')}</t></si></sst>`;
    const cells = await cellsOf({ sharedStrings: { xml: sst }, sheets: [{ name: 'S', rows:
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>' }] });
    expect(valueAt(cells, 'A1')).toEqual({ kind: 'string', text: 'Xã Bản Bo' });
    expect(valueAt(cells, 'B1')).toEqual({ kind: 'string', text: 'A\nB <C> Đ' });
    expect(cells.has('C1')).toBe(false);
    expect(valueAt(cells, 'D1')).toEqual({ kind: 'string', text: 'Hường'.normalize('NFC') });
    expect(cells.has('E1')).toBe(false);
  });

  it('flags dates by style, from built-in and custom formats only in cellXfs', async () => {
    const styles = stylesXml([0, 14, 164, 165, 4], { 164: 'dd/mm/yyyy', 165: '#,##0" đ"' });
    const cells = await cellsOf({ stylesXml: styles, sheets: [{ name: 'S', rows:
      '<row r="1">' + [0, 1, 2, 3, 4, 9].map((s, i) => `<c r="${'ABCDEF'[i]}1" s="${s}"><v>45366</v></c>`).join('') + '</row>' }] });
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((ref) => (valueAt(cells, ref) as { date: boolean }).date))
      .toEqual([false, true, true, false, false, false]);
  });

  it('tolerates single quotes, odd spacing, CDATA, comments and content after sheetData', async () => {
    const xml = `<?xml version='1.0'?><worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>
      <sheetData>
        <row   r = '1' ><c r='A1'  t = 'str' ><v><![CDATA[a < b]]></v></c><!-- note --><c r='B1' t='b'><v>1</v></c><c r='C1' t='e'><v>#N/A</v></c></row>
      </sheetData><mergeCells count='1'><mergeCell ref='A1:B1'/></mergeCells><hyperlinks><hyperlink ref='A1' r:id='rId1'/></hyperlinks></worksheet>`;
    const cells = await cellsOf({ sheets: [{ name: 'S', xml }] });
    expect([...cells.values()].map((c) => [c.ref, c.value])).toEqual([
      ['A1', { kind: 'string', text: 'a < b' }], ['B1', { kind: 'boolean', value: true }], ['C1', { kind: 'error', code: '#N/A' }],
    ]);
  });

  it('skips chartsheets and rejects unknown sheet names', async () => {
    const wb = await open({ sheets: [{ name: 'Biểu đồ', kind: 'chartsheet', xml: '<chartsheet/>' }, { name: 'Xã', rows: '' }] });
    expect(wb.sheets).toEqual([{ name: 'Xã' }]);
    expect(await readRows(wb, 'Xã')).toEqual([]);
    expect(() => wb.rows('Biểu đồ')).toThrow(RangeError);
  });

  it('normalises sheet names to NFC', async () => {
    const wb = await open({ sheets: [{ name: 'Cá nhân'.normalize('NFD'), rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    expect(wb.sheets[0]!.name).toBe('Cá nhân'.normalize('NFC'));
    expect(await readRows(wb, 'Cá nhân'.normalize('NFC'))).toHaveLength(1);
  });

  it('reads a workbook whose zip has zip64 end records', async () => {
    const wb = await openWorkbook(tmp.write('zip64.xlsx', craftXlsx({ sheets: [{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }, { zip64: true })));
    expect(await readRows(wb, 'S')).toHaveLength(1);
  });

  it('lets the caller stop early and read the sheet again', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Hường ${i}</t></is></c></row>`).join('');
    const wb = await open({ sheets: [{ name: 'S', rows }] });
    for await (const row of wb.rows('S')) {
      expect(row.index).toBe(1);
      break;
    }
    expect(await readRows(wb, 'S')).toHaveLength(5000);
  });

  it('reads a prefixed strict worksheet built by the helper', async () => {
    const xml = worksheetXml('<s:row r="1"><s:c r="A1"><s:v>7</s:v></s:c></s:row>', 's', true);
    expect(valueAt(await cellsOf({ strict: true, sheets: [{ name: 'S', xml }] }), 'A1')).toEqual({ kind: 'number', value: 7, date: false });
  });
});
