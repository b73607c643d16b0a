import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidateText } from '../../src/consolidate/text.js';
import { openWorkbook } from '../../src/workbook/open.js';
import { cli } from '../helpers/cli.js';
import { setCell, tempDir, writeFixture } from '../helpers/dossier-fixture.js';
import { readRows } from '../helpers/read.js';
import { districtA, districtB, metricsPlan } from './batch-fixture.js';

const FORMULA_NAME = '=HYPERLINK("http://example.com","Lò Văn Thanh")';
const AT_UNIT = '@SUM(1+1) UBND xã Bình Lư';
const PLUS_ACHIEVEMENT = '+84 912 345 678: vận động Nhân dân hiến đất làm đường giao thông.';
const IDENTITY = '012345678901';

let out: string;
let code: number;
let rerun: () => Promise<string>;

beforeAll(async () => {
  const a = districtA();
  setCell(a, 'Cá nhân', 0, 'Họ và tên', FORMULA_NAME);
  setCell(a, 'Cá nhân', 0, 'Đơn vị, địa chỉ', AT_UNIT);
  setCell(a, 'Cá nhân', 1, 'Thành tích tóm tắt', PLUS_ACHIEVEMENT);
  const planFile = join(tempDir(), 'metrics-plan.json');
  await writeFile(planFile, JSON.stringify(metricsPlan()));
  out = join(tempDir(), 'outputs');
  const files = [await writeFixture(a, 'tam-duong.xlsx'), await writeFixture(districtB(), 'than-uyen.xlsx')];
  ({ code } = await cli('consolidate', ...files, '--plan', planFile, '--out', out, '--as-of', '2025-01-20'));
  rerun = async () => {
    const again = join(tempDir(), 'again');
    await cli('consolidate', ...files, '--plan', planFile, '--out', again, '--as-of', '2025-01-20');
    return again;
  };
}, 60_000);

describe('tong-hop.xlsx', () => {
  it('has the sheets of cli.md with frozen, filtered headers', async () => {
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Xã', 'Đề nghị tập thể', 'Đề nghị cá nhân', 'Phát hiện', 'Sổ khen thưởng']);
    const h = consolidateText('vi').headers;
    const header = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
    expect(header('Chỉ tiêu')).toEqual(Object.values(h.targets));
    expect(header('Phát hiện')).toEqual(Object.values(h.findings));
    expect(header('Sổ khen thưởng')).toEqual(['Năm', 'Đợt xét', 'Kế hoạch', 'Huyện', 'Xã', 'Đối tượng', 'Tên', 'Hình thức khen thưởng', 'Căn cứ', 'Số định danh (đã che)', 'Mã nhận diện', 'Khóa tên', 'Khóa hồ sơ trình']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getColumn(1).width, ws.name).toBeGreaterThan(0);
    }
    const targets = wb.getWorksheet('Chỉ tiêu')!;
    const share = [...Array(targets.rowCount).keys()].map((i) => targets.getRow(i + 1)).find((r) => r.getCell(2).value === 'communes.ntm.share')!;
    expect(share.getCell(6).value).toBe(0.5);
    expect(share.getCell(6).numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Xã')!.rowCount).toBe(7);
  });

  it('is the same file, byte for byte, when the same batch is consolidated again', async () => {
    const again = await rerun();
    expect((await readFile(join(again, 'tong-hop.xlsx'))).equals(await readFile(join(out, 'tong-hop.xlsx')))).toBe(true);
  });

  it('writes text that looks like a formula as a plain string', async () => {
    const wb = await openWorkbook(join(out, 'tong-hop.xlsx'));
    const cells = (await readRows(wb, 'Đề nghị cá nhân')).flatMap((r) => r.cells);
    for (const text of [FORMULA_NAME, AT_UNIT, PLUS_ACHIEVEMENT]) {
      const cell = cells.find((c) => c.value.kind === 'string' && c.value.text === text);
      expect(cell, text).toBeDefined();
      expect(cell!.formula, text).toBeUndefined();
    }
    const ledger = (await readRows(wb, 'Sổ khen thưởng')).flatMap((r) => r.cells);
    expect(ledger.some((c) => c.value.kind === 'string' && c.value.text === FORMULA_NAME && c.formula === undefined)).toBe(true);
  });
});

describe('tong-hop.pdf', () => {
  it('reads in Vietnamese with the districts, the schedule and the numbers', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(out, 'tong-hop.pdf'))));
    const { text } = await extractText(pdf, { mergePages: true });
    for (const s of ['BÁO CÁO TỔNG HỢP', 'Kết quả thực hiện các chỉ tiêu', 'Tam Đường', 'Than Uyên', 'Khun Há', 'Có nguy cơ chậm', 'Bằng khen của Chủ tịch UBND tỉnh']) {
      expect(text, s).toContain(s);
    }
    // Per district: NTM share 2/3 and 1/3, province 3/6; average criteria 104/6.
    for (const n of ['66,7%', '33,3%', '50,0%', '17,33']) expect(text, n).toContain(n);
  });
});

describe('every output', () => {
  it('never holds an identity number in full', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
    expect(cells.join('\n')).not.toContain(IDENTITY);
    expect(cells).toContain('********8901');
    for (const file of ['tong-hop.json', 'so-khen-thuong.json']) expect(await readFile(join(out, file), 'utf8')).not.toContain(IDENTITY);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(join(out, 'tong-hop.pdf')))), { mergePages: true });
    expect(text).not.toContain(IDENTITY);
  });

  it('tong-hop.json has the shape of cli.md', async () => {
    const json = JSON.parse(await readFile(join(out, 'tong-hop.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['plan', 'year', 'districts', 'missingDistricts', 'targets', 'counts', 'findings']));
    expect(json.year).toBe(2024);
    expect(json.districts.map((d: { name: string; communes: number }) => [d.name, d.communes])).toEqual([['Tam Đường', 3], ['Than Uyên', 3]]);
    expect(json.missingDistricts).toEqual([]);
    expect(json.counts.byForm['bang-khen-tinh']).toEqual({ collective: 0, individual: 2, total: 2, withoutErrors: 2 });
    expect(json.counts.byGender).toEqual({ nam: 1, nu: 1, unknown: 0 });
    expect(json.targets[0]).toMatchObject({ metric: 'communes.total', actual: 6, target: 1, comparator: '>=', met: true, cite: { plan: 'lai-chau', clause: 'I.1.b' } });
  });
});
