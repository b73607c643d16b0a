import { describe, expect, it } from 'vitest';
import { priorAwards } from '../../src/rules/plan/once-only.js';

describe('Khen thưởng đã nhận, as officers write it', () => {
  it.each<[string, Array<{ year?: number; form?: string }>]>([
    ['2023: Bằng khen của Chủ tịch UBND tỉnh; 2022: Giấy khen của Chủ tịch UBND huyện', [{ year: 2023, form: 'bang-khen-tinh' }, { year: 2022, form: 'giay-khen-huyen' }]],
    ['Bằng khen UBND tỉnh năm 2021', [{ year: 2021, form: 'bang-khen-tinh' }]],
    ['Giấy khen huyện năm 2021, Bằng khen của Chủ tịch UBND tỉnh năm 2022', [{ year: 2021, form: 'giay-khen-huyen' }, { year: 2022, form: 'bang-khen-tinh' }]],
    ['Năm 2022 - Cờ thi đua của UBND tỉnh', [{ year: 2022, form: 'co-thi-dua-tinh' }]],
    ['BK TTg (2020)\nHCLĐ hạng Ba 2024', [{ year: 2020, form: 'bang-khen-ttg' }, { year: 2024, form: 'huan-chuong-lao-dong' }]],
  ])('%s', (text, expected) => {
    expect(priorAwards(text)).toEqual(expected);
  });
});
