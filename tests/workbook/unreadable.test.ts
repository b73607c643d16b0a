import { chmodSync, mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/workbook/open.js';
import type { ReadLimits, UnreadableReason } from '../../src/workbook/types.js';
import { expectUnreadable, readRows } from '../helpers/read.js';
import { makeTempDir } from '../helpers/tmp.js';
import { craftEntries, craftXlsx, type CraftOptions } from '../helpers/xlsx.js';
import { buildZip, type ZipEntrySpec } from '../helpers/zip.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const SHEET = { name: 'Xã', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Bản Bo</t></is></c></row>' };
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 compound file stand-in: magic, padding, and the given directory names in UTF-16LE. */
function ole2(...streams: string[]): Buffer {
  return Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(1024)]);
}

/** Crafted workbook entries with one part replaced or altered. */
function withPart(name: string, change: (e: ZipEntrySpec) => ZipEntrySpec, o: CraftOptions = { sheets: [SHEET] }): Buffer {
  return buildZip(craftEntries(o).map((e) => (e.name === name ? change(e) : e)));
}

const good = craftXlsx({ sheets: [SHEET] });
const dtd = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>';

const cases: Array<[string, Buffer, UnreadableReason, Partial<ReadLimits>?]> = [
  ['CSV renamed .xlsx', Buffer.from('STT,Họ và tên,Năm sinh\n1,Nguyễn Thị Hường,1985\n'), 'text-file'],
  ['TSV with a BOM', Buffer.from('\ufeffSTT\tHọ và tên\n1\tLò Văn Thắng\n'), 'text-file'],
  ['HTML saved as .xlsx', Buffer.from('<html><body><table><tr><td>Xã</td></tr></table></body></html>'), 'text-file'],
  ['legacy .xls (OLE2)', ole2('Workbook', 'SummaryInformation'), 'legacy-xls'],
  ['OLE2 with EncryptionInfo', ole2('EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
  ['OLE2 with EncryptedPackage only', ole2('EncryptedPackage'), 'encrypted'],
  ['binary junk', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00]), 'not-zip'],
  ['PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'not-zip'],
  ['truncated zip', good.subarray(0, Math.floor(good.length / 2)), 'corrupt-zip'],
  ['zip magic without a directory', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'corrupt-zip'],
  ['corrupted workbook.xml deflate data', corruptEntry(good, 'xl/workbook.xml'), 'corrupt-zip'],
  ['workbook.xml with a bad CRC', withPart('xl/workbook.xml', (e) => ({ ...e, crc: 42 })), 'corrupt-zip'],
  ['sharedStrings.xml with a lying size', withPart('xl/sharedStrings.xml', (e) => ({ ...e, declaredSize: 10 }), { sheets: [SHEET], sharedStrings: ['Hà Quảng'.repeat(50)] }), 'corrupt-zip'],
  ['.docx-like zip', buildZip([
    { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: '<w:document xmlns:w="urn:w"><w:body/></w:document>' },
  ]), 'not-workbook'],
  ['zip of unrelated files', buildZip([{ name: 'readme.txt', data: 'hello' }]), 'not-workbook'],
  ['empty zip', buildZip([]), 'not-workbook'],
  ['workbook without its rels', buildZip(craftEntries({ sheets: [SHEET] }).filter((e) => e.name !== 'xl/_rels/workbook.xml.rels')), 'not-workbook'],
  ['sheet part missing', buildZip(craftEntries({ sheets: [SHEET] }).filter((e) => !e.name.startsWith('xl/worksheets/'))), 'not-workbook'],
  ['DTD in workbook.xml', withPart('xl/workbook.xml', (e) => ({ ...e, data: String(e.data).replace(/^<\?xml[^>]*>/, dtd) })), 'unsafe-xml'],
  ['ENTITY in sharedStrings.xml', craftXlsx({ sheets: [SHEET], sharedStrings: { xml: `${dtd}<sst><si><t>&lol2;</t></si></sst>` } }), 'unsafe-xml'],
  ['external entity in _rels/.rels', withPart('_rels/.rels', (e) => ({ ...e, data: `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${String(e.data)}` })), 'unsafe-xml'],
  ['too many entries', buildZip([...craftEntries({ sheets: [SHEET] }), ...Array.from({ length: 1000 }, (_, i) => ({ name: `junk/${i}.bin`, data: 'x', method: 'store' as const }))]), 'too-large'],
  ['50 MB of zeros in a sheet (ratio bomb)', withPart('xl/worksheets/sheet1.xml', (e) => ({ ...e, data: Buffer.alloc(50 * 1024 * 1024) })), 'too-large'],
  ['file over maxFileBytes', good, 'too-large', { maxFileBytes: 100 }],
  ['entries over maxUncompressedBytes', good, 'too-large', { maxUncompressedBytes: 500 }],
];

/** Flips bytes in the middle of one entry's compressed data. */
function corruptEntry(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const at = out.indexOf(Buffer.from(name)) + name.length; // local header name is followed by the data
  out.fill(0xff, at + 4, at + 12);
  return out;
}

describe('openWorkbook rejects unreadable files', () => {
  it.each(cases)('%s', async (label, bytes, reason, limits) => {
    const path = tmp.write(`${label.replace(/\W+/g, '-')}.xlsx`, bytes);
    await expectUnreadable(openWorkbook(path, limits), reason);
  });

  it.each([
    ['missing file', () => tmp.path('nope.xlsx'), 'missing'],
    ['path below a file', () => `${tmp.write('file.txt', 'x')}/sub.xlsx`, 'missing'],
    ['directory', () => { mkdirSync(tmp.path('dir.xlsx')); return tmp.path('dir.xlsx'); }, 'is-directory'],
    ['0-byte file', () => tmp.write('empty.xlsx', ''), 'empty'],
  ] as const)('%s', async (_label, makePath, reason) => {
    await expectUnreadable(openWorkbook(makePath()), reason);
  });

  it.skipIf(process.getuid?.() === 0)('unreadable file (no permission)', async () => {
    const path = tmp.write('locked.xlsx', good);
    chmodSync(path, 0o000);
    await expectUnreadable(openWorkbook(path), 'no-access');
  });

  it('reads the well-formed control workbook', async () => {
    const wb = await openWorkbook(tmp.write('good.xlsx', good));
    expect(await readRows(wb, 'Xã')).toHaveLength(1);
  });
});

describe('problems inside a sheet surface while streaming its rows', () => {
  const sheetPart = 'xl/worksheets/sheet1.xml';
  it.each<[string, Buffer, UnreadableReason]>([
    ['corrupted deflate data', corruptEntry(craftXlsx({ sheets: [{ name: 'Xã', rows: SHEET.rows.repeat(200) }] }), sheetPart), 'corrupt-zip'],
    ['lying uncompressed size', withPart(sheetPart, (e) => ({ ...e, declaredSize: 50 })), 'corrupt-zip'],
    ['bad CRC', withPart(sheetPart, (e) => ({ ...e, crc: 7 })), 'corrupt-zip'],
    ['a DTD', withPart(sheetPart, (e) => ({ ...e, data: dtd + String(e.data).replace(/^<\?xml[^>]*>/, '') })), 'unsafe-xml'],
    ['truncated XML', withPart(sheetPart, (e) => ({ ...e, data: String(e.data).slice(0, -30) + '<c r="B1"' })), 'corrupt-zip'],
  ])('%s', async (label, bytes, reason) => {
    const wb = await openWorkbook(tmp.write(`sheet-${label.replace(/\W+/g, '-')}.xlsx`, bytes));
    await expectUnreadable(readRows(wb, 'Xã'), reason);
  });
});

describe('row and column caps', () => {
  it.each<[string, string, Partial<ReadLimits>]>([
    ['row number beyond maxRows', '<row r="11"><c r="A11"><v>1</v></c></row>', { maxRows: 10 }],
    ['counted rows beyond maxRows', '<row><c><v>1</v></c></row>'.repeat(11), { maxRows: 10 }],
    ['column beyond maxColumns', '<row r="1"><c r="F1"><v>1</v></c></row>', { maxColumns: 5 }],
    ['counted columns beyond maxColumns', `<row r="1">${'<c><v>1</v></c>'.repeat(6)}</row>`, { maxColumns: 5 }],
    ['absurd reference', '<row r="1"><c r="ZZZZZZZZZZZZ1"><v>1</v></c></row>', {}],
    ['absurd row number', '<row r="99999999999999"><c><v>1</v></c></row>', {}],
  ])('%s → too-large', async (label, rows, limits) => {
    const wb = await openWorkbook(tmp.write(`caps-${label.replace(/\W+/g, '-')}.xlsx`, craftXlsx({ sheets: [{ name: 'S', rows }] })), limits);
    const err = await expectUnreadable(readRows(wb, 'S'), 'too-large');
    expect(err.detail.sheet).toBe('S');
  });
});
