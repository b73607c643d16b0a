import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = () => mkdtempSync(join(tmpdir(), 'ntm-template-'));

describe('ntm-check template', () => {
  it('writes the workbook, in a folder it creates if needed', async () => {
    const out = join(dir(), 'moi', 'mau-lai-chau.xlsx');
    const r = await cli('template', '--plan', 'lai-chau', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Thông tin')!.getCell('B2').value).toBe('Lai Châu');
  });

  it('speaks English with --lang en; sheet and column names stay the contract', async () => {
    const out = join(dir(), 'template.xlsx');
    expect((await cli('template', '--plan', 'tam-duong', '-o', out, '--lang', 'en')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Thông tin', 'Xã', 'Tập thể', 'Cá nhân', 'OCOP', 'Lists']);
    expect(wb.getWorksheet('Thông tin')!.getCell('C2').value).toMatch(/^Required\./);
    expect(wb.getWorksheet('Xã')!.getCell('B2').value).toBe('Thị trấn Tam Đường');
  });

  it('will not write over an existing file unless --force', async () => {
    const out = join(dir(), 'ho-so.xlsx');
    await writeFile(out, 'the officer’s filled dossier');
    const r = await cli('template', '--plan', 'lai-chau', '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('the officer’s filled dossier');
    expect((await cli('template', '--plan', 'lai-chau', '-o', out, '--force')).code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['no -o', ['template', '--plan', 'lai-chau'], /-o/],
    ['not .xlsx', ['template', '--plan', 'lai-chau', '-o', 'mau.xls'], /\.xlsx/],
    ['no --plan', ['template', '-o', 'mau.xlsx'], /--plan/],
    ['unknown plan', ['template', '--plan', 'ha-noi', '-o', join(tmpdir(), 'ntm-unknown-plan.xlsx')], /ha-noi/],
    ['bad --lang', ['template', '--plan', 'lai-chau', '-o', 'mau.xlsx', '--lang', 'fr'], /fr/],
  ];
  it.each(usage)('%s: exit 2 with one sentence', async (_, argv, pattern) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('has --help with an example', async () => {
    const r = await cli('template', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ntm-check template --plan lai-chau -o');
  });
});
