import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { writeFixture } from '../helpers/dossier-fixture.js';
import { planDossier } from '../helpers/plan-fixtures.js';
import { pdfsIn, readPdf } from './pdf-helpers.js';

/**
 * The Căn cứ paragraph cites the plan's own document: kind, number, date and
 * issuer as the plan file records them (plans.md). Lai Châu and Tam Đường left
 * number and date blank in their text, so the letter cites no date for them.
 */
const CASES = [
  { plan: 'tuyen-quang', cites: 'Căn cứ Kế hoạch số 118/KH-UBND ngày 20 tháng 6 năm 2022 của UBND tỉnh Tuyên Quang về tổ chức thực hiện' },
  { plan: 'dak-nong', cites: 'Căn cứ Quyết định số 137/QĐ-UBND ngày 13 tháng 7 năm 2022 của Chủ tịch UBND tỉnh Đắk Nông ban hành Kế hoạch' },
  { plan: 'lai-chau', cites: 'Căn cứ Kế hoạch số …/KH-UBND của UBND tỉnh Lai Châu về tổ chức thực hiện' },
  { plan: 'tam-duong', cites: 'Căn cứ Kế hoạch số …/KH-UBND của UBND huyện Tam Đường về phát động đợt thi đua cao điểm' },
  { plan: 'ha-quang', cites: 'Căn cứ Kế hoạch số 3254/KH-UBND ngày 03 tháng 11 năm 2022 của UBND huyện Hà Quảng về thực hiện' },
] as const;

describe('letters cite the plan document', { timeout: 60_000 }, () => {
  it.each(CASES)('$plan', async ({ plan, cites }) => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-cite-'));
    const { code } = await cli('proposals', await writeFixture(planDossier(plan)), '--plan', plan, '--out', dir);
    expect(code).toBe(0);
    const files = pdfsIn(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [first] = await readPdf(file);
      expect(first!.text).toContain(cites);
    }
  });

  it('cites the law in force on the letter date (Luật 2022 and Nghị định 98/2023 from 2024)', async () => {
    const texts: Record<string, string> = {};
    for (const plan of ['lai-chau', 'tam-duong']) {
      const dir = mkdtempSync(join(tmpdir(), 'ntm-cite-'));
      await cli('proposals', await writeFixture(planDossier(plan)), '--plan', plan, '--out', dir);
      texts[plan] = (await readPdf(pdfsIn(dir)[0]!))[0]!.text;
    }
    // lai-chau's fixture is dated 10/01/2025, tam-duong's 05/9/2022.
    expect(texts['lai-chau']).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(texts['lai-chau']).not.toContain('91/2017/NĐ-CP');
    expect(texts['tam-duong']).toContain('Nghị định số 91/2017/NĐ-CP');
    expect(texts['tam-duong']).not.toContain('98/2023/NĐ-CP');
  });
});
