import { laiChau } from '../../src/plans/builtin/index.js';
import { planSchema, type Plan, type PlanInput } from '../../src/plans/schema.js';
import { COMMUNE_HEADERS, setInfo, validDossier, type CellInput, type DossierFixture } from '../helpers/dossier-fixture.js';

/**
 * The hand-checked batch of the metric tests: two districts of three communes each,
 * every column the metrics read, and an OCOP sheet. The numbers each metric should
 * give are worked out by hand in `metrics.test.ts`.
 */
const HEADERS = [...COMMUNE_HEADERS, 'Số vườn mẫu NTM'];

// Tên xã, TC, TC năm trước, mức, năm công nhận, ĐBKK, thôn, thôn NTM, thôn kiểu mẫu, vườn mẫu
type Row = [string, number, number, string, number | null, boolean, number, number, number, number];

function communeRows(rows: Row[]): CellInput[][] {
  return rows.map(([name, tc, prev, level, year, dbkk, villages, ntm, model, gardens], i) =>
    [i + 1, name, tc, prev, level, year, dbkk ? 'Có' : 'Không', 'Không', 0, 'Có', villages, ntm, model, gardens]);
}

/** Huyện Tam Đường: district at NTM (2023); one commune at each of three stages; an OCOP sheet. */
export function districtA(): DossierFixture {
  const f = validDossier();
  setInfo(f, 'Mức đạt chuẩn của huyện', 'Đạt chuẩn NTM');
  setInfo(f, 'Năm công nhận huyện', 2023);
  f.sheets['Xã'] = {
    headers: [...HEADERS],
    rows: communeRows([
      ['Bản Bo', 19, 19, 'Đạt chuẩn NTM', 2019, false, 10, 8, 1, 2],
      ['Bình Lư', 19, 18, 'NTM nâng cao', 2024, false, 12, 12, 2, 3],
      ['Khun Há', 14, 12, 'Chưa đạt', null, true, 8, 2, 0, 0],
    ]),
  };
  f.sheets['OCOP'] = {
    headers: ['STT', 'Tên sản phẩm', 'Chủ thể', 'Xã', 'Số sao', 'Cấp công nhận', 'Năm công nhận'],
    rows: [
      [1, 'Chè Shan tuyết Bản Bo', 'HTX Chè Bản Bo', 'Bản Bo', 3, 'Tỉnh', 2024],
      [2, 'Miến dong Bình Lư', 'HTX Bình Lư', 'Bình Lư', 4, 'Tỉnh', 2024],
      [3, 'Mật ong Khun Há', 'Tổ hợp tác Khun Há', 'Khun Há', 2, 'Huyện', 2024],
      [4, 'Gạo nếp Tả Lèng', 'HTX Tả Lèng', 'Bản Bo', 3, 'Tỉnh', 2023],
    ],
  };
  // The nominations are the fixture's own (Bình Lư's Cờ thi đua, two people of Bình Lư).
  f.sheets['Tập thể']!.rows[0]![5] = 'co-xa-nang-cao';
  return f;
}

/** Huyện Than Uyên: not yet NTM; one commune at kiểu mẫu, two below. No nominations. */
export function districtB(): DossierFixture {
  const f = validDossier();
  setInfo(f, 'Huyện', 'Than Uyên');
  setInfo(f, 'Đơn vị trình', 'UBND huyện Than Uyên');
  f.sheets['Xã'] = {
    headers: [...HEADERS],
    rows: communeRows([
      ['Mường Kim', 19, 19, 'NTM kiểu mẫu', 2022, false, 10, 10, 3, 4],
      ['Ta Gia', 16, 15, 'Chưa đạt', null, true, 10, 1, 0, 1],
      ['Pha Mu', 17, 17, 'Chưa đạt', null, true, 6, 3, 0, 2],
    ]),
  };
  delete f.sheets['Tập thể'];
  delete f.sheets['Cá nhân'];
  return f;
}

/** Every metric id of plans.md, each as a target of a Lai Châu plan limited to two districts. */
export const ALL_METRICS = [
  'communes.total', 'communes.ntm.count', 'communes.ntm.share', 'communes.advanced.count', 'communes.advanced.shareOfNtm',
  'communes.model.count', 'communes.model.shareOfNtm', 'communes.newNtm.count', 'communes.criteria.avg', 'communes.below15.count',
  'communes.criteria.growth.min', 'districts.ntm.count', 'districts.ntm.named', 'villages.ntm.share', 'villages.model.count',
  'villages.ntm.shareInDbkk', 'communes.withModelVillage.share', 'communes.withTwoModelGardens.share', 'ocop.3star.count', 'ocop.2star.count',
] as const;

/** The test plan: Lai Châu's rules, two (or more) districts, a target for every metric and a schedule. */
export function metricsPlan(districts = ['Tam Đường', 'Than Uyên']): Plan {
  const input: PlanInput = {
    ...laiChau,
    districts,
    targets: ALL_METRICS.map((metric) => ({
      metric, comparator: '>=', value: 1, label: metric, clause: 'I.1.b',
      ...(metric === 'districts.ntm.named' ? { names: ['Tam Đường', 'Than Uyên'] } : {}),
    })),
    schedule: [
      { commune: 'Khun Há', level: 'ntm', year: 2026, clause: 'I.1' },
      { commune: 'Ta Gia', level: 'ntm', year: 2024, clause: 'I.1' },
      { commune: 'Bình Lư', level: 'nang-cao', year: 2025, clause: 'I.1' },
      { commune: 'Pha Mu', level: 'ntm', year: 2027, clause: 'I.1' },
      { commune: 'Mường Kim', level: 'ntm', year: 2021, clause: 'I.1' },
      { commune: 'Bản Bo', level: 'nang-cao', year: 2026, clause: 'I.1' },
      { commune: 'Nậm Cần', level: 'ntm', year: 2025, clause: 'I.1' },
    ],
  };
  return planSchema.parse(input);
}
