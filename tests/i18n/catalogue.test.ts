import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingCode, type FindingData } from '../../src/findings/codes.js';
import { en } from '../../src/i18n/en.js';
import { vi } from '../../src/i18n/vi.js';

/** Data for every code; typed, so a new code without a sample fails to compile. */
const SAMPLES: { [C in FindingCode]: FindingData[C] } = {
  'file.unreadable': { reason: 'corrupt-zip' },
  'file.not-xlsx': { reason: 'legacy-xls' },
  'file.too-large': { reason: 'too-large', detail: { entries: 5000 } },
  'sheet.missing': { sheet: 'Xã', suggestion: 'Xa', reason: 'district-workbook' },
  'column.missing': { column: 'Họ và tên', suggestion: 'Ho va tenn', headerRow: 3 },
  'column.unknown': { column: 'Ghi chú thêm' },
  'cell.required': { column: 'Tên xã', condition: 'level' },
  'cell.type': { column: 'Số thôn', value: 'abc', expected: 'integer' },
  'cell.enum': { column: 'Mức đạt chuẩn', value: 'NTMM', suggestion: 'Đạt chuẩn NTM', allowed: ['Chưa đạt', 'Đạt chuẩn NTM'] },
  'cell.range': { column: 'Số tiêu chí đạt', value: '21', max: 19 },
  'cell.formula-error': { column: 'Số thôn', error: '#REF!' },
  'text.legacy-encoding': { column: 'Họ và tên', encoding: 'tcvn3', value: 'Lß V¨n Thanh', suggestion: 'Lò Văn Thanh' },
  'info.province-mismatch': { expected: 'Lai Châu', actual: 'Lào Cai' },
  'info.district-mismatch': { expected: 'Tam Đường', actual: 'Phong Thổ' },
  'commune.duplicate': { commune: 'Bản Bo' },
  'commune.level-criteria': { commune: 'Bản Bo', level: 'Đạt chuẩn NTM', criteria: 17 },
  'commune.criteria-breakdown': { commune: 'Bản Bo', declared: 19, counted: 18 },
  'commune.recognition-year': { commune: 'Bản Bo', year: 2025, achievementYear: 2024, reason: 'after-achievement-year' },
  'commune.villages': { commune: 'Bản Bo', column: 'Số thôn đạt chuẩn NTM', value: 10, limitColumn: 'Số thôn', limit: 9 },
  'commune.criteria-dropped': { commune: 'Bản Bo', previous: 17, current: 15 },
  'nomination.unknown-commune': { commune: 'Bình Lưu', suggestion: 'Bình Lư' },
  'nomination.duplicate': { name: 'Lò Văn Thanh', form: 'Bằng khen của Chủ tịch UBND tỉnh' },
  'nomination.multiple-forms': { name: 'Lò Văn Thanh', form: 'Giấy khen của Chủ tịch UBND huyện', otherForm: 'Bằng khen của Chủ tịch UBND tỉnh' },
  'achievement.too-short': { length: 3, min: 20 },
  'award.form-not-in-plan': { form: 'Cờ thi đua của UBND tỉnh' },
  'award.basis-unknown': { value: 'xa-abc', suggestion: 'Xã đạt chuẩn NTM' },
  'award.basis-ambiguous': { form: 'Bằng khen của Chủ tịch UBND tỉnh', candidates: ['bk-ca-nhan-xa-ntm', 'bk-ca-nhan-dong-gop'], candidateLabels: ['Cá nhân có thành tích xây dựng xã NTM', 'Cá nhân đóng góp xây dựng NTM'] },
  'award.subject-mismatch': { basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM', subject: 'Người lao động' },
  'award.round': { round: 'Hằng năm', allowed: ['Sơ kết 2023', 'Tổng kết 2025'], form: 'Bằng khen của Chủ tịch UBND tỉnh' },
  'award.once-only': { name: 'UBND xã Bình Lư', form: 'Cờ thi đua của UBND tỉnh', basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM', year: 2023, source: 'history' },
  'eligibility.level': { basis: 'bk-ca-nhan-xa-ntm', basisLabel: 'Cá nhân có thành tích xây dựng xã NTM', commune: 'Khun Há', level: 'Chưa đạt', required: 'Đạt chuẩn NTM', max: 'NTM nâng cao' },
  'eligibility.recognition-period': { basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM', of: 'commune', name: 'Bình Lư', year: 2019, from: 2021, to: 2025 },
  'eligibility.xdcb-debt': { basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM', of: 'commune', name: 'Bình Lư', debt: 120 },
  'eligibility.four-on-site': { basis: 'xa-ntm', basisLabel: 'Xã đạt chuẩn NTM', of: 'commune', name: 'Đắk Sắk' },
  'eligibility.contribution': { basis: 'bk-tap-the-dong-gop', basisLabel: 'Tập thể đóng góp xây dựng NTM', contribution: 80, minMillion: 100, minOcopStars: 3 },
  'eligibility.ocop': { basis: 'dn-htx', basisLabel: 'Doanh nghiệp, hợp tác xã', stars: 2, min: 3 },
  'eligibility.top-criteria': { basis: 'bk-xa-nhieu-tieu-chi', basisLabel: 'Xã hoàn thành nhiều tiêu chí nhất', commune: 'Bản Bo', gain: 0, best: 2, bestCommunes: ['Khun Há'] },
  'eligibility.district-level': { basis: 'bk-ca-nhan-huyen-ntm', basisLabel: 'Cá nhân có thành tích xây dựng huyện NTM', district: 'Tam Đường', level: 'Chưa đạt', required: 'Đạt chuẩn NTM' },
  'eligibility.commune-kind': { basis: 'thon-ntm', basisLabel: 'Thôn đạt chuẩn NTM', commune: 'Đắk Sắk', required: ['dbkk', 'border'] },
  'quota.exceeded': { quota: 'per-commune', group: 'Bình Lư', max: 5, actual: 6 },
  'deadline.late': { deadline: '2025-01-15', submitted: '2025-01-16', daysLate: 2, submitterLevel: 'Huyện', assumed: false },
  'deadline.registration': { deadline: '2024-01-15', registered: '2024-01-20', daysLate: 6 },
  'period.outside': { what: 'submission-date', value: '2022-10-01', from: '2022-08-30', to: '2022-09-21' },
};

describe('every finding code has text in Vietnamese and English', () => {
  it('has a sample for every code', () => expect(Object.keys(SAMPLES).sort()).toEqual([...FINDING_CODES].sort()));

  it.each(FINDING_CODES)('%s', (code) => {
    const texts = [vi, en].map((catalogue) => {
      const render = catalogue.findings[code] as ((d: unknown) => string) | undefined;
      expect(render, `${code} has no text`).toBeTypeOf('function');
      return render!(SAMPLES[code]);
    });
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(texts[0]).not.toBe(texts[1]);
  });

  it('names a basis by its label (what the officer chose), never by its id', () => {
    type Named = { basis?: string; basisLabel?: string; candidates?: string[]; candidateLabels?: string[] };
    const cases: Array<[FindingCode, Named]> = [
      ...(Object.entries(SAMPLES) as Array<[FindingCode, Named]>).filter(([, d]) => d.basisLabel !== undefined || d.candidateLabels !== undefined),
      ['award.form-not-in-plan', { form: 'Cờ thi đua của UBND tỉnh', basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM' } as Named],
      ['award.round', { round: 'Hằng năm', allowed: ['Tổng kết 2025'], basis: 'co-xa-ntm', basisLabel: 'Xã đạt chuẩn NTM' } as Named],
    ];
    expect(cases.length).toBe(14);
    for (const [code, data] of cases) {
      for (const catalogue of [vi, en]) {
        const text = (catalogue.findings[code] as (d: unknown) => string)(data);
        for (const label of data.candidateLabels ?? [data.basisLabel!]) expect(text, code).toContain(label);
        for (const id of data.candidates ?? [data.basis!]) expect(text, code).not.toContain(id);
      }
    }
  });

  it('has a sentence for every unreadable reason in both languages', () => {
    expect(Object.keys(vi.unreadable).sort()).toEqual(Object.keys(en.unreadable).sort());
  });
});
