import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/workbook/open.js';
import { OUT_CHUNK_BYTES, ZipArchive } from '../../src/workbook/zip.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { readRows } from '../helpers/read.js';
import { excelBuffer } from '../helpers/exceljs.js';
import { craftEntries, worksheetXml } from '../helpers/xlsx.js';
import { buildZip } from '../helpers/zip.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const ROWS = 20_000;
const names = ['Nguyễn Thị Hường', 'Xã Bản Bo', 'Lò Văn Thắng', 'Hoàng Thị Ngọc Ánh', 'Đặng Quốc Khánh', 'Thôn Nà Hừ ở Mường Tè'];
const textAt = (r: number, c: number): string => `${names[(r + c) % names.length]} ${r}·${c}`;
const dateAt = (r: number): Date => new Date(Date.UTC(1950 + (r % 60), r % 12, 1 + (r % 28)));

/** Whether some streamed chunk of the sheet part ends inside a multi-byte UTF-8 character. */
async function splitsACharacter(buf: Buffer): Promise<boolean> {
  const zip = new ZipArchive(buf, DEFAULT_LIMITS);
  for await (const chunk of zip.chunks('xl/worksheets/sheet1.xml')) {
    const last = chunk[chunk.length - 1]!;
    if (last >= 0x80) return true; // a lead or continuation byte at the end: the character goes on in the next chunk
  }
  return false;
}

describe.each([
  ['strings in the sheet XML', false],
  ['shared strings', true],
])('20k rows of Vietnamese text (%s)', (label, useSharedStrings) => {
  it('reads back every value exactly', { timeout: 120_000 }, async () => {
    const buf = await excelBuffer((wb) => {
      const ws = wb.addWorksheet('Cá nhân');
      ws.getColumn(4).numFmt = 'dd/mm/yyyy';
      for (let r = 1; r <= ROWS; r++) ws.addRow([textAt(r, 1), textAt(r, 2), r * 0.5, dateAt(r), textAt(r, 3)]);
    }, { useSharedStrings });
    if (!useSharedStrings) expect(await splitsACharacter(buf)).toBe(true);
    const wb = await openWorkbook(tmp.write(`${label}.xlsx`, buf));
    let expected = 1;
    for await (const row of wb.rows('Cá nhân')) {
      const r = expected++;
      expect(row.index).toBe(r);
      const values = row.cells.map((c) => c.value);
      const want = [
        { kind: 'string', text: textAt(r, 1) },
        { kind: 'string', text: textAt(r, 2) },
        { kind: 'number', value: r * 0.5, date: false },
        { kind: 'number', value: dateAt(r).getTime() / 86_400_000 + 25569, date: true },
        { kind: 'string', text: textAt(r, 3) },
      ];
      // One toEqual per row would be slow; compare JSON and only diff on mismatch.
      if (JSON.stringify(values) !== JSON.stringify(want)) expect(values).toEqual(want);
    }
    expect(expected - 1).toBe(ROWS);
  });
});

describe('a character split exactly at a chunk boundary', () => {
  // Stored entries are streamed in exact slices of `OUT_CHUNK_BYTES`, so the split can be placed on purpose.
  it.each([1, 2])('reads a 3-byte character with %i byte(s) before the boundary', async (before) => {
    const head = worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>', '').split('</sheetData>')[0]!;
    const fill = OUT_CHUNK_BYTES - before - Buffer.byteLength(head);
    const text = 'a'.repeat(fill) + 'ờ' + 'Hường'.repeat(10);
    const entries = craftEntries({ sheets: [{ name: 'S', xml: worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`) }] })
      .map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, method: 'store' as const } : e));
    const buf = buildZip(entries);
    const first = (await new ZipArchive(buf, DEFAULT_LIMITS).chunks('xl/worksheets/sheet1.xml').next()).value as Buffer;
    expect(first.length).toBe(OUT_CHUNK_BYTES);
    expect(first.subarray(-before).equals(Buffer.from('ờ').subarray(0, before))).toBe(true);
    const wb = await openWorkbook(tmp.write(`split-${before}.xlsx`, buf));
    expect((await readRows(wb, 'S'))[0]!.cells[0]!.value).toEqual({ kind: 'string', text });
  });
});

describe('parts written in UTF-16', () => {
  // Legal XML that Excel never writes. The sheet is stored (not deflated) so its
  // chunks are exact slices, and an emoji is placed across the first boundary: the
  // re-encoding to UTF-8 must carry half a surrogate pair into the next chunk.
  it('reads a UTF-16 sheet and shared-string table as their UTF-8 twins', async () => {
    const toUtf16Text = (xml: string) => '\ufeff' + xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const head = toUtf16Text(worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>', '').split('</sheetData>')[0]!);
    // Two bytes per code unit: the emoji's first unit is the chunk's last.
    const fill = (OUT_CHUNK_BYTES - 2) / 2 - head.length;
    const first = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(fill)}😀Hường</t></is></c></row>`;
    const rows = first + Array.from({ length: 4000 }, (_, i) => {
      const r = i + 2;
      return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${textAt(r, 1)} 😀</t></is></c><c r="B${r}" t="s"><v>${r % 2}</v></c><c r="C${r}"><v>${r}</v></c></row>`;
    }).join('');
    const sharedStrings = ['Xã Bản Bo', 'Lò Văn Thắng 𠀋'];
    const utf8 = craftEntries({ sharedStrings, sheets: [{ name: 'S', xml: worksheetXml(rows) }] });
    const utf16 = utf8.map((e) => {
      if (e.name !== 'xl/worksheets/sheet1.xml' && e.name !== 'xl/sharedStrings.xml') return e;
      return { ...e, data: Buffer.from(toUtf16Text(String(e.data)), 'utf16le'), ...(e.name.includes('worksheets') ? { method: 'store' as const } : {}) };
    });
    const buf16 = buildZip(utf16);
    const chunk = (await new ZipArchive(buf16, DEFAULT_LIMITS).chunks('xl/worksheets/sheet1.xml').next()).value as Buffer;
    expect(chunk.length).toBe(OUT_CHUNK_BYTES);
    expect(chunk.readUInt16LE(chunk.length - 2)).toBe('😀'.charCodeAt(0)); // a high surrogate ends the chunk
    const read = async (name: string, buf: Buffer) => readRows(await openWorkbook(tmp.write(name, buf)), 'S');
    const expected = await read('utf8.xlsx', buildZip(utf8));
    expect(expected).toHaveLength(4001);
    expect(expected[0]!.cells[0]!.value).toEqual({ kind: 'string', text: `${'a'.repeat(fill)}😀Hường` });
    expect(expected[2]!.cells.map((c) => c.value)).toEqual([
      { kind: 'string', text: `${textAt(3, 1)} 😀` },
      { kind: 'string', text: 'Lò Văn Thắng 𠀋' },
      { kind: 'number', value: 3, date: false },
    ]);
    expect(await read('utf16.xlsx', buf16)).toEqual(expected);
  });
});
