import { describe, expect, it } from 'vitest';
import { COLLECTIVE_HEADERS, COMMUNE_HEADERS, INDIVIDUAL_HEADERS, setCell, setInfo, validDossier, type DossierFixture } from '../helpers/dossier-fixture.js';
import { allFindings, checkFixtures } from '../helpers/run-check.js';
import { fold } from '../../src/text/fold.js';

const STRUCTURAL = ['sheet.missing', 'column.missing', 'column.unknown', 'cell.required', 'cell.type', 'cell.enum', 'cell.range', 'text.legacy-encoding'];

/** The valid dossier as an old office file would have it: no diacritics, titles above headers, text dates and numbers. */
function unaccented(): DossierFixture {
  const f = validDossier();
  const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
  const renamed: DossierFixture = { info: [], sheets: {} };
  renamed.info = f.info.map(([k, v]) => [strip(k).toUpperCase(), v instanceof Date ? `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}` : v]);
  for (const [name, table] of Object.entries(f.sheets)) {
    renamed.sheets[strip(name)] = {
      titleRows: [['UBND HUYEN TAM DUONG'], [`DANH SACH ${strip(name).toUpperCase()}`], []],
      headers: table.headers.map((h) => `  ${strip(h)}  `),
      rows: table.rows.map((row) => row.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? String(v).replace('.', ',') : v))),
    };
  }
  return renamed;
}

describe('tolerant reading', () => {
  it('reads unaccented sheet and column names, title rows, text dates and 17,2-style numbers with no structural findings', async () => {
    const f = unaccented();
    // Numbers typed the Vietnamese way, as text.
    f.sheets['Xa']!.rows[2]![8] = '1.250,5';
    f.sheets['Xa']!.rows[2]![2] = '14';
    f.sheets['Ca nhan']!.rows[0]![12] = '17,2';
    const report = await checkFixtures([f]);
    expect(report.files[0]!.readable).toBe(true);
    const structural = allFindings(report).filter((x) => STRUCTURAL.includes(x.code));
    expect(structural.map((x) => [x.code, x.sheet, x.cell])).toEqual([]);
    const dossier = report.files[0]!.dossier!;
    expect(dossier.info?.submittedOn).toBe('2025-01-10');
    expect(dossier.communes.map((c) => [c.name, c.criteria, c.debt])).toEqual([['Bản Bo', 19, 0], ['Bình Lư', 19, 0], ['Khun Há', 14, 1250.5]]);
    expect(dossier.individuals[0]).toMatchObject({ contribution: 17.2, birthYear: 1975 });
  });

  // `Số định danh` as typed → as read, or the finding it gets (O2: the first nominee's cell).
  it.each<[string, string | number, string | undefined]>([
    ['12 plain digits', '001203004567', '001203004567'],
    ['digits grouped by spaces', '001 203 004 567', '001203004567'],
    ['digits grouped by dots and dashes', '001.203-004.567', '001203004567'],
    ['a number cell, its leading 0 lost', 1203004567, '001203004567'],
    ['12 characters, one a letter', '00120300456A', undefined],
    ['12 characters, one a non-ASCII digit', '00120300456\u0667', undefined],
    ['11 digits', '00120300456', undefined],
    ['13 digits', '0012030045671', undefined],
  ])('reads an identity number typed as %s', async (_label, typed, read) => {
    const f = validDossier();
    setCell(f, 'Cá nhân', 0, 'Số định danh', typed);
    const report = await checkFixtures([f]);
    // The reader's own finding expects an identity number (and masks the value); zod's would say "text".
    const typeFindings = allFindings(report).filter((x) => x.code === 'cell.type').map((x) => [x.sheet, x.cell, x.data.expected]);
    if (read === undefined) {
      expect(typeFindings).toEqual([['Cá nhân', 'O2', 'identity-number']]);
      expect(report.files[0]!.dossier!.individuals[0]!.identity).toBeUndefined();
    } else {
      expect(typeFindings).toEqual([]);
      expect(report.files[0]!.dossier!.individuals[0]!.identity).toBe(read);
    }
  });

  it('finds the header below title rows and skips a column-numbering row', async () => {
    const f = validDossier();
    const table = f.sheets['Xã']!;
    table.titleRows = [['DANH SÁCH XÃ NĂM 2024'], []];
    table.rows.unshift(table.headers.map((_, i) => `(${i + 1})`));
    const report = await checkFixtures([f]);
    const communes = report.files[0]!.dossier!.communes;
    expect(communes.map((c) => [c.name, c.origin.row])).toEqual([['Bản Bo', 5], ['Bình Lư', 6], ['Khun Há', 7]]);
    expect(allFindings(report).filter((x) => STRUCTURAL.includes(x.code))).toEqual([]);
  });

  it('matches NFD text and aliases the same as NFC labels', async () => {
    const f = validDossier();
    f.sheets['Xã']!.headers = COMMUNE_HEADERS.map((h) => h.normalize('NFD'));
    f.sheets['Tập thể']!.headers = COLLECTIVE_HEADERS.map((h) => (h === 'Tên tập thể' ? 'Tên đơn vị' : h === 'Thành tích tóm tắt' ? 'Thành tích' : h));
    f.sheets['Cá nhân']!.headers = INDIVIDUAL_HEADERS.map((h) => (h === 'Họ và tên' ? 'HỌ TÊN' : h === 'Số định danh' ? 'Số CCCD' : h));
    f.sheets['Xã']!.rows[0]![4] = 'ntm'.toUpperCase();
    f.sheets['Cá nhân']!.rows[1]![2] = 'Nữ'.normalize('NFD');
    const report = await checkFixtures([f]);
    expect(allFindings(report).filter((x) => STRUCTURAL.includes(x.code))).toEqual([]);
    const dossier = report.files[0]!.dossier!;
    expect(dossier.individuals[1]!.gender).toBe('nu');
    expect(dossier.communes[0]!.level).toBe('ntm');
    expect(fold(dossier.collectives[0]!.name)).toBe('ubnd xa binh lu');
  });

  it('reads 1904-system dates', async () => {
    const f = validDossier();
    f.date1904 = true;
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.info?.submittedOn).toBe('2025-01-10');
  });
});

describe('yes/no columns ticked "x / empty"', () => {
  it('reads an empty cell of a present yes/no column as no, and a missing column as unknown', async () => {
    const f = validDossier();
    f.sheets['Xã']!.rows.forEach((row) => { row[6] = row[6] === 'Có' ? 'x' : null; row[7] = null; });
    f.sheets['Xã']!.headers.splice(9, 1, 'Ghi chú');
    const report = await checkFixtures([f]);
    const communes = report.files[0]!.dossier!.communes;
    expect(communes.map((c) => [c.dbkk, c.border])).toEqual([[false, false], [false, false], [true, false]]);
    expect(communes.map((c) => c.fourOnSite)).toEqual([undefined, undefined, undefined]);
  });
});

describe('what officers actually type', () => {
  it.each<[string, (f: DossierFixture) => void, (d: NonNullable<Awaited<ReturnType<typeof checkFixtures>>['files'][number]['dossier']>) => unknown, unknown]>([
    ['"H. Tam Đường" as the district', (f) => setInfo(f, 'Huyện', 'H. Tam Đường'), (d) => d.info?.district, 'H. Tam Đường'],
    ['"UBND huyện" as Cấp đơn vị trình', (f) => setInfo(f, 'Cấp đơn vị trình', 'UBND huyện'), (d) => d.info?.submitterLevel, 'huyen'],
    ['"Sơ kết năm 2023" as Đợt xét', (f) => setInfo(f, 'Đợt xét', 'Sơ kết năm 2023'), (d) => d.info?.round, 'so-ket-2023'],
    ['"Bằng khen UBND tỉnh" as the form', (f) => void (f.sheets['Cá nhân']!.rows[0]![10] = 'Bằng khen UBND tỉnh'), (d) => d.individuals[0]?.form, 'bang-khen-tinh'],
    ['"Cấp huyện" as Cấp quản lý', (f) => void (f.sheets['Cá nhân']!.rows[0]![9] = 'Cấp huyện'), (d) => d.individuals[0]?.managementLevel, 'huyen'],
    ['a ✓ tick for ĐBKK', (f) => void (f.sheets['Xã']!.rows[0]![6] = '✓'), (d) => d.communes[0]?.dbkk, true],
    ['a dash for no', (f) => void (f.sheets['Xã']!.rows[2]![6] = '-'), (d) => d.communes[2]?.dbkk, false],
    ['"19/19" criteria', (f) => void (f.sheets['Xã']!.rows[0]![2] = '19/19'), (d) => d.communes[0]?.criteria, 19],
    ['a date serial typed as text', (f) => setInfo(f, 'Ngày trình', '45667'), (d) => d.info?.submittedOn, '2025-01-10'],
  ])('%s', async (_name, change, read, expected) => {
    const f = validDossier();
    change(f);
    const report = await checkFixtures([f]);
    expect(allFindings(report).filter((x) => STRUCTURAL.includes(x.code)).map((x) => [x.code, x.cell])).toEqual([]);
    expect(read(report.files[0]!.dossier!)).toEqual(expected);
  });

  it('matches a province typed with Ð the same as with Đ', () => {
    expect(fold('Ðắk Nông')).toBe(fold('Đắk Nông'));
  });
});

describe('the end of a table', () => {
  it('is the total line or the signature block under it, not more nominations', async () => {
    const f = validDossier();
    const rows = f.sheets['Cá nhân']!.rows;
    rows.push([null, 'Tổng cộng: 02 cá nhân'], [], [null, null, null, null, null, 'Tam Đường, ngày 10 tháng 01 năm 2025'], [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'KT. CHỦ TỊCH'], [null, null, null, null, null, 'PHÓ CHỦ TỊCH'], [null, 'Lò Thị Hoa', null, null, null, 'Nguyễn Văn Hải']);
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.individuals.map((p) => p.name)).toEqual(['Lò Văn Thanh', 'Tẩn Thị Mai']);
    expect(allFindings(report).filter((x) => x.sheet === 'Cá nhân').map((x) => [x.code, x.cell])).toEqual([]);
  });

  it('does not take a nominee surnamed Tống for a total', async () => {
    const f = validDossier();
    const row = [...f.sheets['Cá nhân']!.rows[1]!];
    row[0] = null;
    row[1] = 'Tống Thị Lan';
    row[14] = '012345678903';
    f.sheets['Cá nhân']!.rows.push(row);
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.individuals.map((p) => p.name)).toContain('Tống Thị Lan');
  });

  it('reads a numbered row as a nomination even when the name reads like a total ("Công")', async () => {
    const f = validDossier();
    const row = [...f.sheets['Cá nhân']!.rows[1]!];
    row[0] = 3;
    row[1] = 'Công Thị Lan';
    row[14] = '012345678903';
    f.sheets['Cá nhân']!.rows.push(row);
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.individuals.map((p) => p.name)).toEqual(['Lò Văn Thanh', 'Tẩn Thị Mai', 'Công Thị Lan']);
  });

  it('skips a row holding nothing but its STT number', async () => {
    const f = validDossier();
    f.sheets['Cá nhân']!.rows.push([3], [4]);
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.individuals).toHaveLength(2);
    expect(allFindings(report).filter((x) => x.sheet === 'Cá nhân')).toEqual([]);
  });

  it('skips the formula-only lines of a template', async () => {
    const f = validDossier();
    const blank = f.sheets['Xã']!.headers.map(() => null) as unknown[];
    blank[2] = { formula: 'COUNTIF(N5:AF5,"x")', result: 0 };
    f.sheets['Xã']!.rows.push(blank as never);
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.communes).toHaveLength(3);
    expect(allFindings(report).filter((x) => x.sheet === 'Xã')).toEqual([]);
  });
});

describe('a header split over two rows', () => {
  it('reads "Số tiêu chí" over "Đạt | Năm trước", and TC1…TC19 under a merged title', async () => {
    const f = validDossier();
    const table = f.sheets['Xã']!;
    const top: Array<string | null> = table.headers.map((h) => (h === 'Số tiêu chí đạt' ? 'Số tiêu chí' : h === 'Số tiêu chí đạt năm trước' ? null : h));
    const sub: Array<string | null> = table.headers.map((h) => (h === 'Số tiêu chí đạt' ? 'Đạt' : h === 'Số tiêu chí đạt năm trước' ? 'Năm trước' : null));
    top.push('Kết quả thực hiện các tiêu chí', ...Array.from({ length: 18 }, () => null));
    sub.push(...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`));
    table.titleRows = [top as never];
    table.headers = sub as never;
    table.rows.forEach((row, r) => row.push(...Array.from({ length: 19 }, (_, i) => (r === 2 && i >= 13 ? null : 'x'))));
    table.rows[2]![2] = 13;
    const report = await checkFixtures([f]);
    const structural = allFindings(report).filter((x) => STRUCTURAL.includes(x.code) || x.code.startsWith('commune.'));
    expect(structural.map((x) => [x.code, x.cell])).toEqual([]);
    const communes = report.files[0]!.dossier!.communes;
    expect(communes.map((c) => [c.criteria, c.previousCriteria, c.criteriaMet?.filter(Boolean).length])).toEqual([[19, 19, 19], [19, 18, 19], [13, 12, 13]]);
  });

  it('does not take the first data row for a sub-header', async () => {
    const f = validDossier();
    const report = await checkFixtures([f]);
    expect(report.files[0]!.dossier!.communes).toHaveLength(3);
  });
});
