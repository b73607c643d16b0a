/** Workbooks for the annotation tests: a dossier with known findings and things a round trip must keep. */
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { ZipArchive } from '../../src/workbook/zip.js';
import { buildWorkbook, setCell, validDossier, type DossierFixture } from '../helpers/dossier-fixture.js';
import { buildZip } from '../helpers/zip.js';

/** A fresh folder for one test's inputs (copies go elsewhere: a folder holding an input is refused). */
export function inputDir(): string {
  return mkdtempSync(join(tmpdir(), 'ntm-annotate-in-'));
}

/**
 * The clean Lai Châu dossier with known mistakes: a negative debt for Bản Bo
 * (error at Xã!I2), Khun Há below last year's criteria (warning at Xã!C4), and no
 * `Loại tập thể` column (a finding without a cell).
 */
export function faultyDossier(): DossierFixture {
  const f = validDossier();
  setCell(f, 'Xã', 0, 'Nợ đọng XDCB (triệu đồng)', -5);
  setCell(f, 'Xã', 2, 'Số tiêu chí đạt năm trước', 15);
  const collectives = f.sheets['Tập thể']!;
  const type = collectives.headers.indexOf('Loại tập thể');
  collectives.headers.splice(type, 1);
  for (const row of collectives.rows) row.splice(type, 1);
  return f;
}

/**
 * Adds what an officer's workbook holds besides the data: a styled cell, a formula
 * (with its cached result), a note of their own, and a sheet the tool knows nothing about.
 */
export async function withExtras(bytes: ExcelJS.Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const xa = wb.getWorksheet('Xã')!;
  xa.getCell('B2').style = { font: { bold: true, color: { argb: 'FFC00000' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } } };
  xa.getCell('K2').value = { formula: '6+6', result: 12 };
  xa.getCell('C4').note = 'Số liệu của phòng Nông nghiệp';
  const extra = wb.addWorksheet('Ghi chép');
  extra.getCell('A1').value = 'Tổng số thôn';
  extra.getCell('B1').value = { formula: "SUM('Xã'!K2:K4)", result: 36 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes a workbook into `dir` under `name`. */
export async function writeInput(dir: string, name: string, bytes: Buffer | ExcelJS.Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, Buffer.from(bytes as ArrayBuffer));
  return path;
}

/** The dossier with 1904 dates, its `workbookPr` written the way LibreOffice writes it (`true`) or Excel (`1`). */
export async function dossier1904(flag: 'true' | '1'): Promise<Buffer> {
  const f = faultyDossier();
  f.date1904 = true;
  const bytes = Buffer.from((await buildWorkbook(f)) as ArrayBuffer);
  const zip = new ZipArchive(bytes, DEFAULT_LIMITS);
  return buildZip(zip.names().map((name) => {
    const data = zip.readEntry(name);
    return { name, data: name === 'xl/workbook.xml' ? Buffer.from(data.toString('utf8').replace(/date1904="1"/, `date1904="${flag}"`)) : data };
  }));
}

/** The `date1904` attribute of a workbook's `workbookPr`, as written. */
export function date1904Attribute(bytes: Buffer): string | undefined {
  const xml = new ZipArchive(bytes, DEFAULT_LIMITS).readEntry('xl/workbook.xml').toString('utf8');
  return /date1904="([^"]*)"/.exec(xml)?.[1];
}
