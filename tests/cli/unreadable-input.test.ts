import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';
import { buildZip } from '../helpers/zip.js';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole2 = (...streams: string[]) => Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(1024)]);

/** Each class of input an officer may be sent that is not a dossier workbook, and the finding code it gets. */
const inputs: Array<[name: string, make: (path: string) => void, code: string]> = [
  ['missing file', () => undefined, 'file.unreadable'],
  ['empty file', (p) => writeFileSync(p, ''), 'file.unreadable'],
  ['not a zip', (p) => writeFileSync(p, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x7f, 0x90])), 'file.not-xlsx'],
  ['a zip that is not a workbook', (p) => writeFileSync(p, buildZip([{ name: 'word/document.xml', data: '<w:document/>' }, { name: '[Content_Types].xml', data: '<Types/>' }])), 'file.not-xlsx'],
  ['legacy .xls', (p) => writeFileSync(p, ole2('Workbook', 'SummaryInformation')), 'file.not-xlsx'],
  ['encrypted workbook', (p) => writeFileSync(p, ole2('EncryptionInfo', 'EncryptedPackage')), 'file.not-xlsx'],
  ['CSV renamed .xlsx', (p) => writeFileSync(p, 'STT,Họ và tên,Năm sinh\n1,Lò Văn Thanh,1975\n'), 'file.not-xlsx'],
  ['truncated zip', (p) => writeFileSync(p, buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>'.repeat(200) }]).subarray(0, 60)), 'file.unreadable'],
  ['a folder', (p) => mkdirSync(p, { recursive: true }), 'file.unreadable'],
];

describe('unreadable input: one sentence naming the file, exit 2, no stack trace', () => {
  it.each(inputs)('%s', async (name, make, code) => {
    const path = join(tempDir(), `${name.replace(/\W+/g, '-')}.xlsx`);
    make(path);
    const text = await cli(path, '--plan', 'lai-chau');
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    const lines = text.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(text.stderr).not.toMatch(/\n\s+at |Error:/);

    const json = await cli(path, '--plan', 'lai-chau', '--format', 'json');
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report.files[0]).toMatchObject({ file: path, readable: false });
    expect(report.files[0].findings.map((f: { code: string }) => f.code)).toEqual([code]);
  });

  it('still checks the readable workbooks of the run', async () => {
    const good = await writeFixture(validDossier());
    const r = await cli(join(tempDir(), 'khong-co.xlsx'), good, '--plan', 'lai-chau', '--as-of', '2025-01-10');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(good);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('speaks English with --lang en', async () => {
    const r = await cli(join(tempDir(), 'khong-co.xlsx'), '--plan', 'lai-chau', '--lang', 'en');
    expect(r.stderr).toMatch(/was not found/);
  });
});
