import { describe, expect, it } from 'vitest';
import { setCell, setInfo, validDossier, withContentAreas, type DossierFixture } from '../helpers/dossier-fixture.js';
import { allFindings, checkFixtures, places, type Place } from '../helpers/run-check.js';

/**
 * Every structural and consistency finding: a workbook that breaks exactly one
 * thing, the finding it must raise (code, sheet, cell, row), and the valid twin
 * that must not raise it.
 */
interface Case {
  name: string;
  mutate: (f: DossierFixture) => void;
  expected: Place[];
  plan?: string;
}

const cases: Case[] = [
  { name: 'no Xã sheet in a district workbook', mutate: (f) => delete f.sheets['Xã'], expected: [['sheet.missing', 'Xã', undefined, undefined]] },
  { name: 'no Thông tin sheet', mutate: (f) => (f.info = []), expected: [['sheet.missing', 'Thông tin', undefined, undefined]] },
  {
    name: 'required column misspelt',
    mutate: (f) => (f.sheets['Cá nhân']!.headers[1] = 'Ho va tenn'),
    expected: [['column.missing', 'Cá nhân', undefined, 1]],
  },
  { name: 'extra column', mutate: (f) => f.sheets['Tập thể']!.headers.push('Ghi chú thêm'), expected: [['column.unknown', 'Tập thể', 'L1', 1]] },
  { name: 'empty required cell', mutate: (f) => setCell(f, 'Cá nhân', 1, 'Đơn vị, địa chỉ', null), expected: [['cell.required', 'Cá nhân', 'F3', 3]] },
  { name: 'missing recognition year of an NTM commune', mutate: (f) => setCell(f, 'Xã', 0, 'Năm công nhận', null), expected: [['cell.required', 'Xã', 'F2', 2]] },
  { name: 'missing required Thông tin field', mutate: (f) => setInfo(f, 'Đợt xét', undefined), expected: [['cell.required', 'Thông tin', undefined, undefined]] },
  { name: 'text in a number column', mutate: (f) => setCell(f, 'Xã', 2, 'Nợ đọng XDCB (triệu đồng)', 'không rõ'), expected: [['cell.type', 'Xã', 'I4', 4]] },
  { name: 'bad identity number', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Số định danh', '12345'), expected: [['cell.type', 'Cá nhân', 'O2', 2]] },
  { name: 'near-miss award form', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Hình thức đề nghị', 'Bằng khen tỉnhh'), expected: [['cell.enum', 'Cá nhân', 'K2', 2]] },
  { name: 'near-miss level', mutate: (f) => setCell(f, 'Xã', 0, 'Mức đạt chuẩn', 'Đạt chuẩn NTMM'), expected: [['cell.enum', 'Xã', 'E2', 2]] },
  { name: 'criteria above 19', mutate: (f) => setCell(f, 'Xã', 2, 'Số tiêu chí đạt', 21), expected: [['cell.range', 'Xã', 'C4', 4]] },
  { name: 'birth year too early', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Năm sinh', 1900), expected: [['cell.range', 'Cá nhân', 'D2', 2]] },
  { name: 'birth year too late for the achievement year', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Năm sinh', 2015), expected: [['cell.range', 'Cá nhân', 'D2', 2]] },
  { name: 'error cell', mutate: (f) => setCell(f, 'Xã', 1, 'Số thôn', { error: '#REF!' }), expected: [['cell.formula-error', 'Xã', 'K3', 3]] },
  {
    name: 'TCVN3 text',
    mutate: (f) => setCell(f, 'Cá nhân', 0, 'Họ và tên', 'Lß V¨n Thanh'),
    expected: [['text.legacy-encoding', 'Cá nhân', 'B2', 2]],
  },
  { name: 'wrong province', mutate: (f) => setInfo(f, 'Tỉnh', 'Lào Cai'), expected: [['info.province-mismatch', 'Thông tin', 'B1', 1]] },
  { name: 'wrong district for a district plan', plan: 'tam-duong', mutate: (f) => { withContentAreas(f); setInfo(f, 'Huyện', 'Phong Thổ'); }, expected: [['info.district-mismatch', 'Thông tin', 'B2', 2]] },
  { name: 'commune listed twice', mutate: (f) => f.sheets['Xã']!.rows.push([4, 'Xã Bản Bo', 19, 19, 'Đạt chuẩn NTM', 2021, 'Không', 'Không', 0, 'Có', 12, 12, 1]), expected: [['commune.duplicate', 'Xã', 'B5', 5]] },
  { name: 'NTM commune with 17 criteria', mutate: (f) => { setCell(f, 'Xã', 0, 'Số tiêu chí đạt', 17); setCell(f, 'Xã', 0, 'Số tiêu chí đạt năm trước', 17); }, expected: [['commune.level-criteria', 'Xã', 'C2', 2]] },
  {
    name: 'TC columns that do not add up',
    mutate: (f) => {
      const table = f.sheets['Xã']!;
      for (let i = 1; i <= 19; i++) table.headers.push(`TC${i}`);
      table.rows.forEach((row, r) => row.push(...Array.from({ length: 19 }, (_, i) => (r === 2 ? (i < 13 ? 'x' : null) : 'Có'))));
    },
    expected: [['commune.criteria-breakdown', 'Xã', 'C4', 4]],
  },
  {
    name: 'TC columns left empty for a commune are not a breakdown',
    mutate: (f) => {
      const table = f.sheets['Xã']!;
      for (let i = 1; i <= 19; i++) table.headers.push(`TC${i}`);
      // Bản Bo: all empty (no breakdown, no finding); Bình Lư: 19 ticked, right; Khun Há: 19 ticked for 14.
      table.rows.forEach((row, r) => row.push(...Array.from({ length: 19 }, () => (r === 0 ? null : 'Có'))));
    },
    expected: [['commune.criteria-breakdown', 'Xã', 'C4', 4]],
  },
  { name: 'recognised after the achievement year', mutate: (f) => setCell(f, 'Xã', 1, 'Năm công nhận', 2025), expected: [['commune.recognition-year', 'Xã', 'F3', 3]] },
  { name: 'more NTM villages than villages', mutate: (f) => setCell(f, 'Xã', 2, 'Số thôn đạt chuẩn NTM', 10), expected: [['commune.villages', 'Xã', 'L4', 4]] },
  { name: 'more model villages than NTM villages', mutate: (f) => setCell(f, 'Xã', 0, 'Số thôn NTM kiểu mẫu', 13), expected: [['commune.villages', 'Xã', 'M2', 2]] },
  { name: 'criteria dropped', mutate: (f) => setCell(f, 'Xã', 2, 'Số tiêu chí đạt năm trước', 15), expected: [['commune.criteria-dropped', 'Xã', 'C4', 4]] },
  {
    name: 'nominee of a commune whose row is unreadable is not called unknown',
    mutate: (f) => setCell(f, 'Xã', 1, 'Số tiêu chí đạt', 'mười chín'),
    expected: [['cell.type', 'Xã', 'C3', 3]],
  },
  { name: 'nominee in an unknown commune', mutate: (f) => setCell(f, 'Cá nhân', 1, 'Xã', 'Bình Lưu'), expected: [['nomination.unknown-commune', 'Cá nhân', 'G3', 3]] },
  {
    name: 'same person twice for the same form',
    mutate: (f) => f.sheets['Cá nhân']!.rows.push([...f.sheets['Cá nhân']!.rows[0]!]),
    expected: [['nomination.duplicate', 'Cá nhân', 'B4', 4]],
  },
  {
    name: 'same person for two forms',
    mutate: (f) => {
      const copy = [...f.sheets['Cá nhân']!.rows[0]!];
      copy[10] = 'Giấy khen của Chủ tịch UBND huyện';
      copy[11] = 'giay-khen';
      f.sheets['Cá nhân']!.rows.push(copy);
    },
    expected: [['nomination.multiple-forms', 'Cá nhân', 'B4', 4]],
  },
  { name: 'token achievement', mutate: (f) => setCell(f, 'Tập thể', 0, 'Thành tích tóm tắt', 'Tốt'), expected: [['achievement.too-short', 'Tập thể', 'J2', 2]] },
];

const CODES_OF_THIS_LAYER = new Set(cases.flatMap((c) => c.expected.map((e) => e[0])));

describe('structural and consistency findings', () => {
  it.each(['lai-chau', 'tam-duong'])('the valid twin raises none of them (%s)', async (plan) => {
    const report = await checkFixtures([plan === 'tam-duong' ? withContentAreas(validDossier()) : validDossier()], plan);
    expect(places(allFindings(report)).filter((p) => CODES_OF_THIS_LAYER.has(p[0]))).toEqual([]);
  });

  it.each(cases)('$name', async ({ mutate, expected, plan }) => {
    const fixture = validDossier();
    mutate(fixture);
    const found = places(allFindings(await checkFixtures([fixture], plan)));
    for (const place of expected) expect(found).toContainEqual(place);
    // Exactly the expected findings of this layer, nothing more.
    expect(found.filter((p) => CODES_OF_THIS_LAYER.has(p[0]))).toHaveLength(expected.length);
  });
});

describe('nomination.duplicate across the workbooks of one run', () => {
  it('reports the second district naming the same person, pointing at the first', async () => {
    const second = validDossier();
    delete second.sheets['Tập thể'];
    second.sheets['Cá nhân']!.rows = [second.sheets['Cá nhân']!.rows[0]!];
    const report = await checkFixtures([validDossier(), second]);
    expect(report.crossFile.map((f) => [f.code, f.sheet, f.cell, f.file === report.files[1]!.file])).toEqual([['nomination.duplicate', 'Cá nhân', 'B2', true]]);
    expect(report.crossFile[0]!.related?.[0]).toMatchObject({ file: report.files[0]!.file, sheet: 'Cá nhân', cell: 'B2' });
  });

  it('does not confuse namesakes with different identity numbers', async () => {
    const second = validDossier();
    delete second.sheets['Tập thể'];
    second.sheets['Cá nhân']!.rows = [[...second.sheets['Cá nhân']!.rows[0]!]];
    second.sheets['Cá nhân']!.rows[0]![14] = '012345678999';
    const report = await checkFixtures([validDossier(), second]);
    expect(report.crossFile).toEqual([]);
  });

  it('compares a person only within one round: rounds A, B, A name the same person, only the third is reported', async () => {
    const files = [validDossier(), validDossier(), validDossier()];
    for (const f of files) {
      delete f.sheets['Tập thể'];
      f.sheets['Cá nhân']!.rows = [[...f.sheets['Cá nhân']!.rows[0]!]];
    }
    setInfo(files[1]!, 'Đợt xét', 'Sơ kết 2023');
    const report = await checkFixtures(files);
    expect(report.crossFile.map((f) => [f.code, f.cell, report.files.findIndex((r) => r.file === f.file)])).toEqual([['nomination.duplicate', 'B2', 2]]);
    expect(report.crossFile[0]!.related?.[0]).toMatchObject({ file: report.files[0]!.file, cell: 'B2' });
  });

  it.each([
    ['the later row', 1],
    ['the earlier row', 0],
  ])('matches by name, birth year and commune when %s has no identity number', async (_, without) => {
    const files = [validDossier(), validDossier()];
    for (const f of files) {
      delete f.sheets['Tập thể'];
      f.sheets['Cá nhân']!.rows = [[...f.sheets['Cá nhân']!.rows[0]!]];
    }
    files[without]!.sheets['Cá nhân']!.rows[0]![14] = null;
    const report = await checkFixtures(files);
    expect(report.crossFile.map((f) => [f.code, f.sheet, f.cell, f.file === report.files[1]!.file])).toEqual([['nomination.duplicate', 'Cá nhân', 'B2', true]]);
  });
});

describe('a column a rule needs but the sheet lacks', () => {
  it('is one column.missing for the sheet, not one cell.required per row', async () => {
    const f = validDossier();
    const table = f.sheets['Tập thể']!;
    const col = table.headers.indexOf('Xã');
    table.headers.splice(col, 1);
    for (const row of table.rows) row.splice(col, 1);
    table.rows.push([...table.rows[0]!]);
    table.rows[1]![1] = 'UBND xã Bản Bo';
    const found = places(allFindings(await checkFixtures([f])));
    expect(found.filter((p) => p[1] === 'Tập thể' && (p[0] === 'cell.required' || p[0] === 'column.missing'))).toEqual([['column.missing', 'Tập thể', undefined, undefined]]);
  });
});
