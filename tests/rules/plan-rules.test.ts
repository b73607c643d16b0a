import { describe, expect, it } from 'vitest';
import type { DossierFixture } from '../helpers/dossier-fixture.js';
import { setCell, setInfo } from '../helpers/dossier-fixture.js';
import { addRow, person, planDossier } from '../helpers/plan-fixtures.js';
import { allFindings, checkFixtures } from '../helpers/run-check.js';

/**
 * Every plan rule, on every built-in plan it applies to: a dossier that breaks it
 * once, the findings it must raise (code, sheet, cell, clause), and the plan's
 * valid dossier that must not raise that code.
 */
type Expected = [code: string, sheet: string, cell: string | undefined, clause: string];
interface Case {
  plan: string;
  name: string;
  mutate: (f: DossierFixture) => void;
  expected: Expected[];
  /** Extra workbooks of the same run. */
  others?: (f: DossierFixture) => DossierFixture[];
}

const PLANS = ['lai-chau', 'dak-nong', 'tuyen-quang', 'tam-duong', 'ha-quang'];
const collective = (overrides: Record<string, unknown>) => ({ 'Loại tập thể': 'Xã', 'Xã': 'Bình Lư', 'Thành tích tóm tắt': 'Hoàn thành các tiêu chí nông thôn mới, không nợ đọng xây dựng cơ bản.', ...overrides });

const cases: Case[] = [
  // award.form-not-in-plan
  { plan: 'lai-chau', name: 'basis leads to another form', mutate: (f) => setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Bằng khen của Chủ tịch UBND tỉnh'), expected: [['award.form-not-in-plan', 'Tập thể', 'E2', 'V.2.b']] },
  { plan: 'tam-duong', name: 'form the campaign does not give', mutate: (f) => setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Cờ thi đua của UBND tỉnh'), expected: [['award.form-not-in-plan', 'Tập thể', 'E2', 'IV.2']] },
  { plan: 'tuyen-quang', name: 'Cờ thi đua is not a Tuyên Quang form', mutate: (f) => setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Cờ thi đua của UBND tỉnh'), expected: [['award.form-not-in-plan', 'Tập thể', 'E2', 'IV.2.a']] },
  // award.basis-unknown
  { plan: 'lai-chau', name: 'unknown basis', mutate: (f) => setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', 'xa-khong-co'), expected: [['award.basis-unknown', 'Tập thể', 'F2', 'V.2']] },
  { plan: 'dak-nong', name: 'unknown basis', mutate: (f) => setCell(f, 'Cá nhân', 1, 'Căn cứ đề nghị', 'bk-ca-nhan-xa-ntm'), expected: [['award.basis-unknown', 'Cá nhân', 'L3', 'IV']] },
  // award.basis-ambiguous
  { plan: 'lai-chau', name: 'empty basis with several candidates', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', null), expected: [['award.basis-ambiguous', 'Cá nhân', 'L2', 'V.2']] },
  { plan: 'dak-nong', name: 'empty basis for a commune (NTM or kiểu mẫu)', mutate: (f) => setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', null), expected: [['award.basis-ambiguous', 'Tập thể', 'F2', 'IV']] },
  // award.subject-mismatch
  { plan: 'dak-nong', name: 'commune basis for a person', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', 'xa-ntm'), expected: [['award.subject-mismatch', 'Cá nhân', 'I2', 'IV.c']] },
  { plan: 'tuyen-quang', name: "workers' basis for an official", mutate: (f) => setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', 'ca-nhan-lao-dong'), expected: [['award.subject-mismatch', 'Cá nhân', 'I2', 'IV.1.e']] },
  // award.round
  {
    plan: 'dak-nong', name: 'Bằng khen tỉnh in an annual round', mutate: (f) => setInfo(f, 'Đợt xét', 'Hằng năm'),
    expected: [['award.round', 'Tập thể', 'E2', 'V.2.b'], ['award.round', 'Cá nhân', 'K2', 'V.2.b'], ['award.round', 'Cá nhân', 'K3', 'V.2.b']],
  },
  { plan: 'tam-duong', name: 'a round other than the campaign', mutate: (f) => setInfo(f, 'Đợt xét', 'Hằng năm'), expected: [['award.round', 'Thông tin', 'B6', 'II']] },
  {
    plan: 'lai-chau', name: 'advisers only at sơ kết / tổng kết',
    mutate: (f) => addRow(f, 'Cá nhân', person('Nguyễn Văn Hà', { 'Đối tượng': 'Cán bộ, công chức, viên chức', 'Căn cứ đề nghị': 'bk-tham-muu', 'Xã': null })),
    expected: [['award.round', 'Cá nhân', 'L4', 'V.2.c']],
  },
  // award.once-only
  { plan: 'lai-chau', name: 'Cờ thi đua already received', mutate: (f) => setCell(f, 'Tập thể', 0, 'Khen thưởng đã nhận', '2023: Cờ thi đua của UBND tỉnh'), expected: [['award.once-only', 'Tập thể', 'K2', 'V.2.b']] },
  // eligibility.level
  { plan: 'lai-chau', name: 'individual of a commune not at NTM', mutate: (f) => setCell(f, 'Cá nhân', 0, 'Xã', 'Khun Há'), expected: [['eligibility.level', 'Cá nhân', 'L2', 'V.2.c']] },
  { plan: 'dak-nong', name: 'commune basis for a commune not at NTM', mutate: (f) => setCell(f, 'Tập thể', 0, 'Xã', 'Khun Há'), expected: [['eligibility.level', 'Tập thể', 'F2', 'IV.c']] },
  { plan: 'tuyen-quang', name: 'NTM basis for a kiểu mẫu commune', mutate: (f) => setCell(f, 'Xã', 1, 'Mức đạt chuẩn', 'NTM kiểu mẫu'), expected: [['eligibility.level', 'Tập thể', 'F2', 'IV.1.c']] },
  // eligibility.recognition-period
  { plan: 'lai-chau', name: 'recognised before the period', mutate: (f) => setCell(f, 'Tập thể', 0, 'Năm đạt chuẩn', 2019), expected: [['eligibility.recognition-period', 'Tập thể', 'G2', 'V.2.b']] },
  // eligibility.xdcb-debt
  { plan: 'lai-chau', name: 'commune with XDCB debt', mutate: (f) => setCell(f, 'Xã', 1, 'Nợ đọng XDCB (triệu đồng)', 50), expected: [['eligibility.xdcb-debt', 'Tập thể', 'F2', 'IV.3']] },
  { plan: 'dak-nong', name: 'commune with XDCB debt', mutate: (f) => setCell(f, 'Xã', 1, 'Nợ đọng XDCB (triệu đồng)', 50), expected: [['eligibility.xdcb-debt', 'Tập thể', 'F2', 'IV.c']] },
  { plan: 'ha-quang', name: 'commune with XDCB debt', mutate: (f) => setCell(f, 'Xã', 1, 'Nợ đọng XDCB (triệu đồng)', '1.250,5'), expected: [['eligibility.xdcb-debt', 'Tập thể', 'F2', 'IV.1.b']] },
  // eligibility.four-on-site
  { plan: 'dak-nong', name: 'commune without "4 tại chỗ"', mutate: (f) => setCell(f, 'Xã', 1, 'Đạt "4 tại chỗ"', 'Không'), expected: [['eligibility.four-on-site', 'Tập thể', 'F2', 'IV.c']] },
  // eligibility.contribution
  {
    plan: 'lai-chau', name: 'collective contribution below 100 triệu',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'HTX Chè Bình Lư', 'Loại tập thể': 'Hợp tác xã', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'bk-tap-the-dong-gop', 'Giá trị đóng góp (triệu đồng)': 80 })),
    expected: [['eligibility.contribution', 'Tập thể', 'H3', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'individual contribution below 50 triệu',
    mutate: (f) => addRow(f, 'Cá nhân', person('Vàng A Sử', { 'Căn cứ đề nghị': 'bk-ca-nhan-dong-gop', 'Giá trị đóng góp (triệu đồng)': '45,5' })),
    expected: [['eligibility.contribution', 'Cá nhân', 'M4', 'V.2.c']],
  },
  // eligibility.ocop
  {
    plan: 'tuyen-quang', name: 'OCOP below 3 sao',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'HTX Cam Hàm Yên', 'Loại tập thể': 'Hợp tác xã', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'dn-htx', 'Số sao OCOP': 2 })),
    expected: [['eligibility.ocop', 'Tập thể', 'I3', 'IV.1.đ']],
  },
  {
    plan: 'dak-nong', name: 'OCOP below 3 sao',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'HTX Cà phê Đắk Mil', 'Loại tập thể': 'Hợp tác xã', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'dn-htx', 'Số sao OCOP': 2 })),
    expected: [['eligibility.ocop', 'Tập thể', 'I3', 'IV.đ']],
  },
  // eligibility.top-criteria
  {
    plan: 'lai-chau', name: 'not the commune with the most criteria completed',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'UBND xã Bản Bo', 'Xã': 'Bản Bo', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'bk-xa-nhieu-tieu-chi' })),
    expected: [['eligibility.top-criteria', 'Tập thể', 'F3', 'V.2.c']],
  },
  // eligibility.district-level
  {
    plan: 'lai-chau', name: 'district basis while the district is not NTM',
    mutate: (f) => setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', 'bk-ca-nhan-huyen-ntm'),
    expected: [['eligibility.district-level', 'Cá nhân', 'L2', 'V.2.c']],
  },
  {
    plan: 'tuyen-quang', name: 'district collective while the district is not NTM',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'UBND huyện Hàm Yên', 'Loại tập thể': 'Huyện', 'Xã': null, 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'huyen-ntm' })),
    expected: [['eligibility.district-level', 'Tập thể', 'F3', 'IV.1.b']],
  },
  // eligibility.commune-kind
  {
    plan: 'dak-nong', name: 'village basis in an ordinary commune',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'Thôn 3', 'Loại tập thể': 'Thôn', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'thon-ntm' })),
    expected: [['eligibility.commune-kind', 'Tập thể', 'F3', 'IV.d']],
  },
  {
    plan: 'ha-quang', name: 'hamlet basis in an ĐBKK commune that is not on the border',
    mutate: (f) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': 'Xóm Nà Lẹng', 'Loại tập thể': 'Xóm', 'Xã': 'Khun Há', 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'xom-ntm' })),
    expected: [['eligibility.commune-kind', 'Tập thể', 'F3', 'IV.1.c']],
  },
  // quota.exceeded
  {
    plan: 'lai-chau', name: 'six individuals of one commune',
    mutate: (f) => ['Vàng A Sử', 'Lý Thị Dung', 'Tẩn Láo Lở', 'Chảo Thị Mẩy'].forEach((n) => addRow(f, 'Cá nhân', person(n))),
    expected: [['quota.exceeded', 'Cá nhân', 'B7', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'six individuals of one commune across two workbooks of the district',
    mutate: (f) => ['Vàng A Sử'].forEach((n) => addRow(f, 'Cá nhân', person(n))),
    others: () => {
      const g = planDossier('lai-chau');
      delete g.sheets['Tập thể'];
      g.sheets['Cá nhân']!.rows = [];
      ['Lý Thị Dung', 'Tẩn Láo Lở', 'Chảo Thị Mẩy'].forEach((n) => addRow(g, 'Cá nhân', person(n)));
      return [g];
    },
    expected: [['quota.exceeded', 'Cá nhân', 'B4', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'six provincial-level individuals of an NTM district',
    mutate: (f) => {
      setInfo(f, 'Mức đạt chuẩn của huyện', 'Đạt chuẩn NTM');
      setInfo(f, 'Năm công nhận huyện', 2024);
      ['Vàng A Sử', 'Lý Thị Dung', 'Tẩn Láo Lở', 'Chảo Thị Mẩy', 'Lò Thị Hoa', 'Nguyễn Văn Hà'].forEach((n, i) =>
        addRow(f, 'Cá nhân', person(n, { 'Xã': ['Bản Bo', 'Khun Há'][i % 2], 'Cấp quản lý': 'Tỉnh', 'Căn cứ đề nghị': 'bk-ca-nhan-huyen-ntm' })));
    },
    expected: [['quota.exceeded', 'Cá nhân', 'B9', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'two households of one village',
    mutate: (f) => ['Hộ ông Lò Văn Sương', 'Hộ bà Tẩn Thị Pham'].forEach((n) => addRow(f, 'Cá nhân', person(n, { 'Đối tượng': 'Hộ gia đình', 'Thôn/bản': 'Nà Khum', 'Căn cứ đề nghị': 'bk-ho-gia-dinh' }))),
    expected: [['quota.exceeded', 'Cá nhân', 'B5', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'three advisers of one unit',
    mutate: (f) => {
      setInfo(f, 'Đợt xét', 'Sơ kết 2023');
      setInfo(f, 'Năm thành tích', 2023);
      setInfo(f, 'Ngày trình', new Date(Date.UTC(2024, 0, 10)));
      setInfo(f, 'Ngày đăng ký thi đua', new Date(Date.UTC(2023, 0, 10)));
      setCell(f, 'Xã', 1, 'Năm công nhận', 2023);
      setCell(f, 'Tập thể', 0, 'Năm đạt chuẩn', 2023);
      ['Nguyễn Văn Hà', 'Trần Thị Lan', 'Phạm Đức Thắng'].forEach((n) => addRow(f, 'Cá nhân', person(n, { 'Đối tượng': 'Cán bộ, công chức, viên chức', 'Căn cứ đề nghị': 'bk-tham-muu', 'Xã': null })));
    },
    expected: [['quota.exceeded', 'Cá nhân', 'B6', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'two top-criteria communes in one district and year',
    mutate: (f) => {
      setCell(f, 'Xã', 0, 'Số tiêu chí đạt năm trước', 17);
      ['Bản Bo', 'Khun Há'].forEach((x) => addRow(f, 'Tập thể', collective({ 'Tên tập thể': `UBND xã ${x}`, 'Xã': x, 'Hình thức đề nghị': 'Bằng khen tỉnh', 'Căn cứ đề nghị': 'bk-xa-nhieu-tieu-chi' })));
    },
    expected: [['quota.exceeded', 'Tập thể', 'B4', 'V.2.c']],
  },
  // cell.required for the field a quota counts by
  {
    plan: 'lai-chau', name: 'an individual of a commune quota without Xã',
    mutate: (f) => setCell(f, 'Cá nhân', 1, 'Xã', null),
    expected: [['cell.required', 'Cá nhân', 'G3', 'V.2.c']],
  },
  {
    plan: 'lai-chau', name: 'a household without its village',
    mutate: (f) => addRow(f, 'Cá nhân', person('Hộ ông Lò Văn Sương', { 'Đối tượng': 'Hộ gia đình', 'Căn cứ đề nghị': 'bk-ho-gia-dinh' })),
    expected: [['cell.required', 'Cá nhân', 'H4', 'V.2.c']],
  },
  // deadline.late
  { plan: 'lai-chau', name: 'district dossier after 15/01', mutate: (f) => setInfo(f, 'Ngày trình', '16/01/2025'), expected: [['deadline.late', 'Thông tin', 'B7', 'V.4.b']] },
  {
    plan: 'lai-chau', name: 'commune dossier after 05/01',
    mutate: (f) => { setInfo(f, 'Cấp đơn vị trình', 'Xã'); setInfo(f, 'Ngày trình', '2025-01-09'); },
    expected: [['deadline.late', 'Thông tin', 'B7', 'V.4.b']],
  },
  // deadline.registration
  { plan: 'lai-chau', name: 'registered after 15/01', mutate: (f) => setInfo(f, 'Ngày đăng ký thi đua', '20/01/2024'), expected: [['deadline.registration', 'Thông tin', 'B8', 'V.3']] },
  // period.outside
  { plan: 'tam-duong', name: 'achievement year outside the campaign', mutate: (f) => setInfo(f, 'Năm thành tích', 2023), expected: [['period.outside', 'Thông tin', 'B5', 'II']] },
  { plan: 'tam-duong', name: 'submitted after the anniversary', mutate: (f) => setInfo(f, 'Ngày trình', '01/10/2022'), expected: [['period.outside', 'Thông tin', 'B7', 'V.4']] },
];

describe('plan rules', () => {
  it.each(PLANS)('the valid %s dossier raises no finding at all', async (plan) => {
    const report = await checkFixtures([planDossier(plan)], plan, '2025-01-10');
    expect(allFindings(report).map((f) => [f.code, f.sheet, f.cell])).toEqual([]);
  });

  it.each(cases)('$plan: $name', async ({ plan, mutate, expected, others }) => {
    const fixture = planDossier(plan);
    mutate(fixture);
    const report = await checkFixtures([...(others?.(fixture) ?? []), fixture], plan, '2025-01-10');
    const found = allFindings(report)
      .filter((f) => f.file === report.files.at(-1)!.file)
      .map((f) => [f.code, f.sheet, f.cell, f.cite?.clause]);
    for (const e of expected) expect(found).toContainEqual(e);
    const codes = new Set(expected.map((e) => e[0]));
    expect(found.filter((f) => codes.has(f[0] as string))).toHaveLength(expected.length);
    // A basis keeps its id for machines and carries the plan's label for the message.
    const labels = new Map(report.plan.bases.map((b) => [b.id, b.label]));
    for (const f of allFindings(report)) {
      const d = f.data as { basis?: string; basisLabel?: string; candidates?: string[]; candidateLabels?: string[] };
      if (d.basis !== undefined) expect(d.basisLabel, f.code).toBe(labels.get(d.basis));
      if (d.candidates !== undefined) expect(d.candidateLabels, f.code).toEqual(d.candidates.map((id) => labels.get(id)));
    }
  });
});

describe('a quota field that was unreadable', () => {
  it('is reported once, as the cell\'s own finding, not also as cell.required', async () => {
    const f = planDossier('lai-chau');
    setInfo(f, 'Mức đạt chuẩn của huyện', 'Đạt chuẩn NTM');
    setInfo(f, 'Năm công nhận huyện', 2024);
    addRow(f, 'Cá nhân', person('Vàng A Sử', { 'Cấp quản lý': 'Tỉnhh', 'Căn cứ đề nghị': 'bk-ca-nhan-huyen-ntm' }));
    const report = await checkFixtures([f], 'lai-chau', '2025-01-10');
    const onCell = allFindings(report).filter((x) => x.cell === 'J4').map((x) => x.code);
    expect(onCell).toEqual(['cell.enum']);
  });
});

describe('place and village names as officers abbreviate them', () => {
  it('counts "Hồ Pên" and "Bản Hồ Pên" as one village for the one-household quota', async () => {
    const f = planDossier('lai-chau');
    addRow(f, 'Cá nhân', person('Hộ ông Lò Văn Sương', { 'Đối tượng': 'Hộ gia đình', 'Thôn/bản': 'Bản Nà Khum', 'Căn cứ đề nghị': 'bk-ho-gia-dinh' }));
    addRow(f, 'Cá nhân', person('Hộ bà Tẩn Thị Pham', { 'Đối tượng': 'Hộ gia đình', 'Thôn/bản': 'Nà Khum', 'Căn cứ đề nghị': 'bk-ho-gia-dinh' }));
    const found = allFindings(await checkFixtures([f], 'lai-chau', '2025-01-10')).map((x) => [x.code, x.cell]);
    expect(found).toContainEqual(['quota.exceeded', 'B5']);
  });

  it('accepts "H. Tam Đường" as the district of the Tam Đường plan', async () => {
    const f = planDossier('tam-duong');
    setInfo(f, 'Huyện', 'H. Tam Đường');
    expect(allFindings(await checkFixtures([f], 'tam-duong', '2025-01-10')).map((x) => x.code)).toEqual([]);
  });
});

describe('district conditions when Thông tin could not be read', () => {
  it('are not judged on nothing: the Thông tin finding stands alone', async () => {
    const f = planDossier('lai-chau');
    setInfo(f, 'Đợt xét', 'Hằng năm 2022x');
    setInfo(f, 'Mức đạt chuẩn của huyện', 'Đạt chuẩn NTM');
    setInfo(f, 'Năm công nhận huyện', 2024);
    setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', 'bk-ca-nhan-huyen-ntm');
    const codes = allFindings(await checkFixtures([f], 'lai-chau', '2025-01-10')).map((x) => x.code);
    expect(codes).toContain('cell.enum');
    expect(codes).not.toContain('eligibility.district-level');
  });
});

describe('a condition on a Xã column the sheet lacks', () => {
  it('is one column.missing citing the condition, not a verdict on every nominee (Đắk Nông "4 tại chỗ")', async () => {
    const f = planDossier('dak-nong');
    const table = f.sheets['Xã']!;
    const col = table.headers.indexOf('Đạt "4 tại chỗ"');
    table.headers.splice(col, 1);
    for (const row of table.rows) row.splice(col, 1);
    const found = allFindings(await checkFixtures([f], 'dak-nong', '2025-01-10')).map((x) => [x.code, x.sheet, x.cite?.clause]);
    expect(found).toEqual([['column.missing', 'Xã', 'IV.c']]);
  });
});
