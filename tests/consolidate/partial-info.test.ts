import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { setInfo, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';
import { planDossier } from '../helpers/plan-fixtures.js';

async function consolidated(files: string[], plan = 'lai-chau') {
  const out = join(tempDir(), `partial-${Math.random().toString(36).slice(2)}`);
  await cli('consolidate', ...files, '--plan', plan, '--out', out, '--as-of', '2025-01-20');
  return JSON.parse(await readFile(join(out, 'tong-hop.json'), 'utf8'));
}

describe('consolidation with imperfect workbooks', () => {
  it('a typo elsewhere in Thông tin does not make the district "missing"', async () => {
    const f = validDossier();
    setInfo(f, 'Đợt xét', 'Hằng nămm');
    const report = await consolidated([await writeFixture(f, 'tam-duong-typo.xlsx')]);
    expect(report.missingDistricts).not.toContain('Tam Đường');
    expect(report.districts.map((d: { name: string }) => d.name)).toContain('Tam Đường');
  });

  it('an OCOP product repeated by a supplement counts once', async () => {
    const ocop = { headers: ['Tên sản phẩm', 'Chủ thể', 'Xã', 'Số sao', 'Cấp công nhận', 'Năm công nhận'], rows: [['Miến dong Sóc Hà', 'HTX Sóc Hà', 'Bình Lư', 3, 'Tỉnh', 2024]] };
    const main = planDossier('ha-quang');
    main.sheets['OCOP'] = ocop;
    const supplement = planDossier('ha-quang');
    setInfo(supplement, 'Số tờ trình', '21/TTr-UBND');
    delete supplement.sheets['Tập thể'];
    delete supplement.sheets['Cá nhân'];
    supplement.sheets['OCOP'] = { ...ocop, rows: [...ocop.rows] };
    const report = await consolidated([await writeFixture(main, 'a-chinh.xlsx'), await writeFixture(supplement, 'b-bo-sung.xlsx')], 'ha-quang');
    expect(report.targets.find((t: { metric: string }) => t.metric === 'ocop.3star.count')).toMatchObject({ actual: 1 });
  });
});
