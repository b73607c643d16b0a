import { mkdirSync, mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { annotateReport } from '../../src/annotate/annotate.js';
import { sqrefCells } from '../../src/annotate/preflight.js';
import { validate } from '../../src/engine/validate.js';
import { loadPlan } from '../../src/plans/load.js';
import { cli } from '../helpers/cli.js';
import { buildWorkbook, validDossier } from '../helpers/dossier-fixture.js';
import { date1904Attribute, dossier1904, faultyDossier, inputDir, writeInput } from './annotate-fixture.js';

const AS_OF = '2025-01-10';
const outDir = () => join(mkdtempSync(join(tmpdir(), 'ntm-annotate-out-')), 'out');

describe('--annotate: where copies may go', () => {
  it('refuses (exit 2, one sentence) a folder that holds an input, and writes nothing', async () => {
    const dir = inputDir();
    const input = await writeInput(dir, 'ho-so.xlsx', await buildWorkbook(faultyDossier()));
    const before = await readFile(input);
    const r = await cli(input, '--plan', 'lai-chau', '--annotate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat \w/);
    expect(r.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['ho-so.xlsx']);
    expect((await readFile(input)).equals(before)).toBe(true);
  });

  it('gives two inputs of the same name from different folders two copies', async () => {
    const a = await writeInput(inputDir(), 'ho-so.xlsx', await buildWorkbook(faultyDossier()));
    const b = await writeInput(inputDir(), 'ho-so.xlsx', await buildWorkbook(validDossier()));
    const out = outDir();
    const r = await cli(a, b, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out);
    expect(r.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['ho-so-2.xlsx', 'ho-so.xlsx']);
  });

  it('writes a clean workbook back unmarked, without a findings sheet', async () => {
    const input = await writeInput(inputDir(), 'sach.xlsx', await buildWorkbook(validDossier()));
    const out = outDir();
    expect((await cli(input, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'sach.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thông tin', 'Xã', 'Tập thể', 'Cá nhân']);
  });

  it('keeps --format json pure and speaks English with --lang en', async () => {
    const input = await writeInput(inputDir(), 'ho-so.xlsx', await buildWorkbook(faultyDossier()));
    const out = outDir();
    const r = await cli(input, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out, '--format', 'json', '--lang', 'en');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'ho-so.xlsx'));
    const sheet = wb.getWorksheet('Findings')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Clause']);
    const note = wb.getWorksheet('Xã')!.getCell('I2').note;
    expect(typeof note === 'string' ? note : note.texts?.map((t) => t.text).join('')).toMatch(/^Error \(cell\.range\)/);
  });

  it('skips an unreadable input (its sentence is already on stderr)', async () => {
    const dir = inputDir();
    const bad = await writeInput(dir, 'hong.xlsx', Buffer.from('not a workbook'));
    const good = await writeInput(dir, 'tot.xlsx', await buildWorkbook(validDossier()));
    const out = outDir();
    const r = await cli(bad, good, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out);
    expect(r.code).toBe(2);
    expect(await readdir(out)).toEqual(['tot.xlsx']);
  });

  it('reports a workbook exceljs cannot load instead of failing the run', async () => {
    // The reader and exceljs disagree rarely; a file gone between the check and the copy stands in.
    const plan = await loadPlan('lai-chau');
    const out = outDir();
    mkdirSync(out, { recursive: true });
    const missing = join(inputDir(), 'da-xoa.xlsx');
    const result = await annotateReport({ plan, files: [{ file: missing, readable: true, findings: [] }], crossFile: [] }, { dir: out, lang: 'vi', citeAs: () => plan.citeAs });
    expect(result).toEqual({ written: [], failed: [missing], withoutValidations: [] });
    expect(await readdir(out)).toEqual([]);
  });
});

describe('--annotate: validations too large for exceljs', () => {
  it('counts the cells of sqref lists', () => {
    expect(sqrefCells('B2:B501')).toBe(500);
    expect(sqrefCells('A1 C3:D4')).toBe(5);
    expect(sqrefCells('C:C')).toBe(1_048_576);
    expect(sqrefCells('$A$1:$B$2')).toBe(4);
  });

  it('leaves whole-column validations out of the copy instead of exhausting memory, and says so', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await buildWorkbook(faultyDossier()));
    const xa = wb.getWorksheet('Xã') as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } };
    for (const col of 'BCDEFGHIJK') xa.dataValidations.add(`${col}1:${col}1048576`, { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] });
    const input = await writeInput(inputDir(), 'ca-cot.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const out = outDir();
    const started = Date.now();
    const r = await cli(input, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ca-cot.xlsx');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(out, 'ca-cot.xlsx'));
    expect(copy.getWorksheet('Xã')!.getCell('B5').dataValidation).toBeUndefined();
    expect(argbOf(copy.getWorksheet('Xã')!.getCell('I2').fill)).toBe('FFFF9999');
  });
});

const argbOf = (fill: ExcelJS.Fill | undefined) => (fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined);

describe('--annotate: dates of 1904-based workbooks stay put', () => {
  it.each(['true', '1'] as const)('date1904="%s"', async (flag) => {
    const input = await writeInput(inputDir(), `ho-so-1904-${flag}.xlsx`, await dossier1904(flag));
    const out = outDir();
    await cli(input, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', out);
    const copy = join(out, basename(input));
    const plan = await loadPlan('lai-chau');
    const [before, after] = await Promise.all([input, copy].map(async (f) => (await validate([f], { plan, asOf: AS_OF })).files[0]!.dossier!.info!));
    expect(before!.submittedOn).toBe('2025-01-10');
    expect(after!.submittedOn).toBe(before!.submittedOn);
    expect(after!.registeredOn).toBe(before!.registeredOn);
    expect(date1904Attribute(await readFile(copy))).toBe('1');
  });
});
