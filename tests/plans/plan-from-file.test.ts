import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { setCell, setInfo, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';
import { addRow, person } from '../helpers/plan-fixtures.js';

const PLAN = join(import.meta.dirname, '../fixtures/ngoc-son.json');

/** A dossier of the made-up province, from the Lai Châu fixture. */
function ngocSon() {
  const f = validDossier();
  setInfo(f, 'Tỉnh', 'Ngọc Sơn');
  setInfo(f, 'Ngày trình', '20/01/2025');
  setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Bằng khen tỉnh');
  setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', 'Xã NTM');
  setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', 'ca-nhan');
  setCell(f, 'Cá nhân', 1, 'Căn cứ đề nghị', 'ca-nhan');
  setCell(f, 'Cá nhân', 1, 'Xã', 'Bản Bo');
  return f;
}

async function codes(file: string, ...extra: string[]) {
  const r = await cli(file, '--plan', PLAN, '--format', 'json', '--as-of', '2025-01-10', ...extra);
  const report = JSON.parse(r.stdout);
  return { code: r.code, findings: report.files[0].findings.map((f: { code: string; cell: string; cite: { plan: string; clause: string } | null }) => [f.code, f.cell, f.cite?.plan, f.cite?.clause]) };
}

describe('a sixth plan from a file alone, no engine change', () => {
  it('validates a clean dossier of the made-up province', async () => {
    expect(await codes(await writeFixture(ngocSon()))).toEqual({ code: 0, findings: [] });
  });

  it('enforces its own quota, deadline, round rule and conditions, citing its clauses', async () => {
    const f = ngocSon();
    addRow(f, 'Cá nhân', person('Vàng A Sử', { 'Căn cứ đề nghị': 'ca-nhan', 'Xã': 'Bình Lư' }));
    setInfo(f, 'Ngày trình', '21/01/2025');
    setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Cờ thi đua tỉnh');
    setCell(f, 'Xã', 1, 'Nợ đọng XDCB (triệu đồng)', 12);
    const { code, findings } = await codes(await writeFixture(f));
    expect(code).toBe(1);
    expect(findings).toEqual(expect.arrayContaining([
      ['deadline.late', 'B7', 'ngoc-son', '5.2'],
      ['award.round', 'E2', 'ngoc-son', '4.2.b'],
      ['eligibility.xdcb-debt', 'F2', 'ngoc-son', '4.1.a'],
      ['quota.exceeded', 'B4', 'ngoc-son', '4.3'],
    ]));
    expect(findings).toHaveLength(4);
  });

  it('prints its rules with ntm-check plans FILE', async () => {
    const r = await cli('plans', PLAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KH 77/KH-UBND');
    expect(r.stdout).toMatch(/ca-nhan: tối đa 1 mỗi xã \[mục 4\.3\]/);
  });

  it('refuses a plan that names an unknown condition, with the path of the mistake', async () => {
    const broken = JSON.parse(readFileSync(PLAN, 'utf8'));
    broken.bases[0].conditions[1].kind = 'no-debt';
    const path = join(tempDir(), 'ngoc-son-broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const r = await cli(await writeFixture(ngocSon()), '--plan', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bases.0.conditions.1');
  });
});

describe('ntm-check plans <id>', () => {
  it.each([
    ['lai-chau', ['bk-ca-nhan-xa-ntm', 'V.2.c', 'V.4.b', '57,5%', 'cấp quản lý Tỉnh: 5', 'SỐ LƯỢNG TỐI ĐA']],
    ['dak-nong', ['xa-ntm', 'IV.c', '"4 tại chỗ"', 'Sơ kết 2023']],
    ['ha-quang', ['xom-ntm', 'LỘ TRÌNH TỪNG XÃ', 'Trường Hà']],
  ])('%s prints bases, quotas, deadlines and targets with their clauses', async (id, expected) => {
    const r = await cli('plans', id);
    expect(r.code).toBe(0);
    for (const text of expected) expect(r.stdout).toContain(text);
  });
});
