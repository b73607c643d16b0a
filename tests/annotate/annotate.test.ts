import { mkdtempSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import type { Finding } from '../../src/findings/finding.js';
import { renderCite, renderMessage } from '../../src/i18n/render.js';
import { loadPlan } from '../../src/plans/load.js';
import { SEVERITY_FILL } from '../../src/template/styles.js';
import { cli } from '../helpers/cli.js';
import { buildWorkbook } from '../helpers/dossier-fixture.js';
import { faultyDossier, inputDir, withExtras, writeInput } from './annotate-fixture.js';

const AS_OF = '2025-01-10';
const argb = (fill: ExcelJS.Fill | undefined) => (fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined);
const RED = argb(SEVERITY_FILL.error);
const YELLOW = argb(SEVERITY_FILL.warning);
const noteText = (note: ExcelJS.Cell['note']) => (typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''));

describe('--annotate DIR', () => {
  let input: string;
  let inputBytes: Buffer;
  let inputMtime: number;
  let outDir: string;
  let run: { code: number; stdout: string; stderr: string };
  let findings: Finding[];
  let copy: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await writeInput(inputDir(), 'tam-duong-2024.xlsx', await withExtras(await buildWorkbook(faultyDossier())));
    inputBytes = await readFile(input);
    inputMtime = (await stat(input)).mtimeMs;
    outDir = join(mkdtempSync(join(tmpdir(), 'ntm-annotate-out-')), 'danh-dau');
    run = await cli(input, '--plan', 'lai-chau', '--as-of', AS_OF, '--annotate', outDir);
    findings = (await validate([input], { plan: await loadPlan('lai-chau'), asOf: AS_OF })).files[0]!.findings;
    copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(outDir, basename(input)));
  });

  it('writes a copy under the same name and still reports as usual', async () => {
    expect(run.code).toBe(1);
    expect(await readdir(outDir)).toEqual([basename(input)]);
    expect(run.stdout).toContain('cell.range');
  });

  it('never touches the input', async () => {
    expect((await readFile(input)).equals(inputBytes)).toBe(true);
    expect((await stat(input)).mtimeMs).toBe(inputMtime);
  });

  it('fills exactly the cells that have findings: errors red, warnings yellow', () => {
    const expected = new Map<string, string>();
    for (const f of findings.filter((f) => f.cell)) {
      const key = `${f.sheet}!${f.cell}`;
      if (f.severity === 'error' || !expected.has(key)) expected.set(key, f.severity === 'error' ? RED! : YELLOW!);
    }
    const actual = new Map<string, string>();
    // The Phát hiện sheet colours its severity column: it is ours, not the officer's data.
    copy.eachSheet((ws) => ws.name !== 'Phát hiện' && ws.eachRow((row) => row.eachCell((cell) => {
      const colour = argb(cell.fill);
      if (colour === RED || colour === YELLOW) actual.set(`${ws.name}!${cell.address}`, colour!);
    })));
    expect(actual).toEqual(expected);
    expect(actual.get('Xã!I2')).toBe(RED);
    expect(actual.get('Xã!C4')).toBe(YELLOW);
  });

  it('notes each marked cell with the message and the clause', () => {
    const citeAs = () => 'KH Lai Châu';
    for (const f of findings.filter((f) => f.cell)) {
      const note = noteText(copy.getWorksheet(f.sheet!)!.getCell(f.cell!).note);
      expect(note).toContain(renderMessage(f, 'vi'));
      const cite = renderCite(f, citeAs, 'vi');
      if (cite) expect(note).toContain(cite);
    }
  });

  it("keeps the officer's own note above ours", () => {
    const note = noteText(copy.getWorksheet('Xã')!.getCell('C4').note);
    expect(note.startsWith('Số liệu của phòng Nông nghiệp')).toBe(true);
    expect(note).toContain('commune.criteria-dropped');
  });

  it('lists every finding in an added Phát hiện sheet, those without a cell included', () => {
    const ws = copy.getWorksheet('Phát hiện')!;
    expect(ws).toBeDefined();
    const codes: string[] = [];
    ws.eachRow((row, n) => void (n > 1 && codes.push(String(row.getCell(3).value))));
    expect(codes).toEqual(findings.map((f) => f.code));
    expect(findings.some((f) => !f.cell && f.code === 'column.missing')).toBe(true);
  });

  it('keeps styles, formulas and other sheets', () => {
    const xa = copy.getWorksheet('Xã')!;
    expect(xa.getCell('B2').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(argb(xa.getCell('B2').fill)).toBe('FFC6EFCE');
    expect(xa.getCell('K2').value).toMatchObject({ formula: '6+6', result: 12 });
    const extra = copy.getWorksheet('Ghi chép')!;
    expect(extra.getCell('A1').value).toBe('Tổng số thôn');
    expect(extra.getCell('B1').value).toMatchObject({ formula: "SUM('Xã'!K2:K4)", result: 36 });
    expect(copy.worksheets.map((w) => w.name)).toEqual(['Thông tin', 'Xã', 'Tập thể', 'Cá nhân', 'Ghi chép', 'Phát hiện']);
  });

  it('does not paint the cells that share a style with a marked one', () => {
    // I2 (error) and I3 share the number style exceljs read them with.
    expect(argb(copy.getWorksheet('Xã')!.getCell('I3').fill)).toBeUndefined();
  });

  it('the copy reads back with the same findings', async () => {
    const again = await validate([join(outDir, basename(input))], { plan: await loadPlan('lai-chau'), asOf: AS_OF });
    const place = (f: Finding) => [f.code, f.sheet, f.cell].join(' ');
    expect(again.files[0]!.findings.map(place)).toEqual(findings.map(place));
  });
});
