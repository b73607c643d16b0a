import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import type { TargetResult } from '../../src/consolidate/types.js';
import { validate } from '../../src/engine/validate.js';
import { writeFixture } from '../helpers/dossier-fixture.js';
import { districtA, districtB, metricsPlan } from './batch-fixture.js';

async function measure(districts?: string[]): Promise<Map<string, TargetResult>> {
  const plan = metricsPlan(districts);
  const files = [await writeFixture(districtA()), await writeFixture(districtB())];
  const report = await validate(files, { plan, asOf: '2025-01-10' });
  const c = consolidate(report, { plan, history: [], fallbackYear: 2024 });
  expect(c.year).toBe(2024);
  return new Map(c.targets.map((t) => [t.schedule ? `${t.metric}@${t.schedule.dueYear}` : t.metric, t]));
}

// Communes: Bản Bo NTM 2019 · Bình Lư nâng cao 2024 · Khun Há 14 TC | Mường Kim kiểu mẫu 2022 · Ta Gia 16 TC · Pha Mu 17 TC.
const EXPECTED: Array<[metric: string, actual: number, met: boolean | null]> = [
  ['communes.total', 6, true],
  ['communes.ntm.count', 3, true], // Bản Bo, Bình Lư, Mường Kim
  ['communes.ntm.share', 3 / 6, false],
  ['communes.advanced.count', 2, true], // Bình Lư, Mường Kim
  ['communes.advanced.shareOfNtm', 2 / 3, false],
  ['communes.model.count', 1, true],
  ['communes.model.shareOfNtm', 1 / 3, false],
  // Bình Lư (nâng cao 2024) and Mường Kim (kiểu mẫu 2022) were recognised in the period at a level above
  // NTM: whether they reached NTM in it too the sheet cannot say, so none is certain and the count is incomplete.
  ['communes.newNtm.count', 0, null],
  ['communes.criteria.avg', (19 + 19 + 14 + 19 + 16 + 17) / 6, true],
  ['communes.below15.count', 1, true], // Khun Há
  ['communes.criteria.growth.min', 0, false], // Khun Há +2, Ta Gia +1, Pha Mu +0
  ['districts.ntm.count', 1, true], // Tam Đường
  ['districts.ntm.named', 1, true],
  ['villages.ntm.share', (8 + 12 + 2 + 10 + 1 + 3) / (10 + 12 + 8 + 10 + 10 + 6), false],
  ['villages.model.count', 1 + 2 + 3, true],
  ['villages.ntm.shareInDbkk', (2 + 1 + 3) / (8 + 10 + 6), false], // Khun Há, Ta Gia, Pha Mu
  ['communes.withModelVillage.share', 3 / 6, false],
  ['communes.withTwoModelGardens.share', 4 / 6, false], // gardens 2, 3, 4, 2
  ['ocop.3star.count', 2, true], // 3 and 4 stars in 2024; the 2023 product is another year's
  ['ocop.2star.count', 1, true],
];

describe('target metrics on a hand-checked batch', () => {
  it('computes every metric of plans.md', async () => {
    const results = await measure();
    for (const [metric, actual, met] of EXPECTED) {
      const r = results.get(metric)!;
      expect(r, metric).toBeDefined();
      expect(r.actual, metric).toBeCloseTo(actual, 9);
      expect(r.met, metric).toBe(met);
      expect(r.cite, metric).toEqual({ plan: 'lai-chau', clause: 'I.1.b' });
    }
    expect(results.get('districts.ntm.named')!.named).toEqual([
      { name: 'Tam Đường', reached: true, level: 'Đạt chuẩn NTM' },
      { name: 'Than Uyên', reached: false, level: 'Chưa đạt' },
    ]);
  });

  it('reports each scheduled commune as on time, late, at risk or on track', async () => {
    const results = await measure();
    const status = (commune: string, year: number) => results.get(`schedule.${commune}@${year}`)!;
    expect(status('Khun Há', 2026).schedule!.status).toBe('at-risk'); // 5 criteria left, 2 years at 2 a year
    expect(status('Ta Gia', 2024).schedule!.status).toBe('late');
    expect(status('Ta Gia', 2024).met).toBe(false);
    expect(status('Bình Lư', 2025).schedule!.status).toBe('on-time');
    expect(status('Bình Lư', 2025).met).toBe(true);
    expect(status('Pha Mu', 2027).schedule!.status).toBe('at-risk'); // gained nothing this year
    expect(status('Mường Kim', 2021).schedule!.status).toBe('on-time'); // above the due level
    expect(status('Bản Bo', 2026).schedule!.status).toBe('on-track');
    expect(status('Bản Bo', 2026)).toMatchObject({ met: null, reason: 'not-yet-due' });
    expect(status('Nậm Cần', 2025)).toMatchObject({ met: null, actual: null, reason: 'missing-communes' });
  });

  it('judges with a missing district only what the missing data cannot change', async () => {
    const results = await measure(['Tam Đường', 'Than Uyên', 'Phong Thổ']);
    const r = (m: string) => results.get(m)!;
    expect(r('communes.ntm.count')).toMatchObject({ actual: 3, met: true }); // ≥ 1 reached: more communes cannot undo it
    expect(r('communes.ntm.share')).toMatchObject({ met: null, reason: 'missing-districts', missing: ['Phong Thổ'] });
    expect(r('communes.criteria.avg')).toMatchObject({ met: null, reason: 'missing-districts' });
    expect(r('communes.criteria.growth.min')).toMatchObject({ actual: 0, met: false }); // a minimum can only fall
    expect(r('districts.ntm.count')).toMatchObject({ actual: 1, met: true });
  });
});
