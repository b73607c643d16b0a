import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { buildWorkbook, tempDir, validDossier } from '../helpers/dossier-fixture.js';
import { craftEntries, craftXlsx, esc } from '../helpers/xlsx.js';
import { buildZip } from '../helpers/zip.js';

/** A one-sheet `Thông tin` workbook whose worksheet part is `xml` or holds `rows`. */
const infoSheet = (part: { rows?: string; xml?: string }) => craftXlsx({ sheets: [{ name: 'Thông tin', ...part }] });
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
const INFO_ROWS = [['Tỉnh', 'Lai Châu'], ['Đơn vị trình', 'UBND huyện Tam Đường']].map(([k, v], i) => `<row r="${i + 1}">${cell(`A${i + 1}`, k!)}${cell(`B${i + 1}`, v!)}</row>`).join('');
const dtd = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';

/** Hostile files, each built here, and what the command must answer. */
const hostile: Array<[name: string, bytes: () => Buffer | Promise<Buffer>, exit: number, code: string]> = [
  ['50 MB of zeros in a sheet (inflate-ratio bomb)', () => infoSheet({ xml: '\u0000'.repeat(50 * 1024 * 1024) }), 2, 'file.too-large'],
  ['a sheet that lies about its size', () => buildZip(craftEntries({ sheets: [{ name: 'Thông tin', rows: INFO_ROWS.repeat(2000) }] }).map((e) => (e.name.includes('worksheets') ? { ...e, declaredSize: 1000 } : e))), 2, 'file.unreadable'],
  ['1,001 zip entries', () => buildZip([...craftEntries({ sheets: [{ name: 'Thông tin', rows: INFO_ROWS }] }), ...Array.from({ length: 1001 }, (_, i) => ({ name: `x/${i}`, data: 'x', method: 'store' as const }))]), 2, 'file.too-large'],
  ['billion laughs in shared strings', () => craftXlsx({ sheets: [{ name: 'Thông tin', rows: INFO_ROWS }], sharedStrings: { xml: `${dtd}<sst><si><t>&lol2;</t></si></sst>` } }), 2, 'file.unreadable'],
  ['external entity (XXE) in the sheet', () => infoSheet({ xml: `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1">${cell('A1', 'Tỉnh')}<c r="B1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>` }), 2, 'file.unreadable'],
  ['a column past the cap', () => infoSheet({ rows: `<row r="1"><c r="XFE1"><v>1</v></c></row>` }), 2, 'file.too-large'],
  ['a row past the cap', () => infoSheet({ rows: `<row r="1048577"><c r="A1048577"><v>1</v></c></row>` }), 2, 'file.too-large'],
  [
    'whole-sheet merges, validations and conditional formats',
    () => infoSheet({ xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${INFO_ROWS}</sheetData><mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>` }),
    1,
    'cell.required',
  ],
];

describe('hostile workbooks: a clear answer, fast, nothing read or damaged', () => {
  it.each(hostile)('%s', async (name, make, exit, code) => {
    const path = join(tempDir(), `hostile-${name.replace(/\W+/g, '-')}.xlsx`);
    const bytes = await make();
    writeFileSync(path, bytes);
    const started = performance.now();
    const r = await cli(path, '--plan', 'lai-chau', '--format', 'json');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.code).toBe(exit);
    expect(r.stdout).not.toContain('root:'); // nothing from /etc/passwd, ever
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { code: string }) => f.code)).toContain(code);
    if (exit === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('treats __proto__, constructor and prototype as plain text in sheet names and headers', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const f = validDossier();
    f.sheets['Cá nhân']!.headers.push('__proto__', 'constructor', 'prototype');
    f.sheets['__proto__'] = { headers: ['constructor'], rows: [['prototype']] };
    const path = join(tempDir(), 'proto-headers.xlsx');
    writeFileSync(path, Buffer.from(await buildWorkbook(f)));
    const r = await cli(path, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-01-10');
    expect(r.code).toBe(0);
    const unknown = JSON.parse(r.stdout).files[0].findings.filter((x: { code: string }) => x.code === 'column.unknown').map((x: { data: { column: string } }) => x.data.column);
    expect(unknown).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the reading caps are options with safe defaults', () => {
  it('refuses a workbook over a lowered cap, and a cap that is not a number', async () => {
    const path = join(tempDir(), 'caps.xlsx');
    writeFileSync(path, Buffer.from(await buildWorkbook(validDossier())));
    const ok = await cli(path, '--plan', 'lai-chau', '--as-of', '2025-01-10');
    expect(ok.code).toBe(0);
    const rows = await cli(path, '--plan', 'lai-chau', '--as-of', '2025-01-10', '--max-rows', '3', '--format', 'json');
    expect(rows.code).toBe(2);
    expect(JSON.parse(rows.stdout).files[0].findings[0]).toMatchObject({ code: 'file.too-large' });
    const size = await cli(path, '--plan', 'lai-chau', '--max-file-mb', '0.001');
    expect(size.code).toBe(2);
    const bad = await cli(path, '--plan', 'lai-chau', '--max-rows', 'nhiều');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-rows');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('outputs fail with one sentence, never half-written', () => {
  it('refuses an output folder that is a file', async () => {
    const input = join(tempDir(), 'input-for-annotate.xlsx');
    writeFileSync(input, Buffer.from(await buildWorkbook(validDossier())));
    const notAFolder = join(tempDir(), 'a-file-not-a-folder');
    writeFileSync(notAFolder, 'x');
    const r = await cli(input, '--plan', 'lai-chau', '--annotate', notAFolder);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(notAFolder);
    expect(readFileSync(notAFolder, 'utf8')).toBe('x');
  });

  it('reports a formula without a cached result as a finding, not a crash', async () => {
    const f = validDossier();
    f.sheets['Xã']!.rows[1]![10] = { formula: 'SUM(K2:K2)' } as never;
    const path = join(tempDir(), 'formula-no-result.xlsx');
    writeFileSync(path, Buffer.from(await buildWorkbook(f)));
    const r = await cli(path, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-01-10');
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).files[0].findings.map((x: { code: string; cell: string }) => [x.code, x.cell]);
    expect(found).toContainEqual(['cell.formula-error', 'K3']);
  });
});

describe('an output folder reached through a symbolic link', () => {
  it('is still the input\'s folder, and refused', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const dir = join(tempDir(), 'dossiers-linked');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'ho-so.xlsx');
    writeFileSync(input, Buffer.from(await buildWorkbook(validDossier())));
    const link = join(tempDir(), 'dossiers-link');
    symlinkSync(dir, link);
    const r = await cli(input, '--plan', 'lai-chau', '--annotate', link);
    expect(r.code).toBe(2);
    const c = await cli('consolidate', dir, '--plan', 'lai-chau', '--out', link);
    expect(c.code).toBe(2);
  });
});
