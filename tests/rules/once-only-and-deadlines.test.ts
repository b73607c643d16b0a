import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKeyOf } from '../../src/dossier/identity.js';
import { submissionOf, type LedgerEntry } from '../../src/ledger/ledger.js';
import { cli } from '../helpers/cli.js';
import { setCell, setInfo, tempDir, writeFixture } from '../helpers/dossier-fixture.js';
import { planDossier } from '../helpers/plan-fixtures.js';

async function run(file: string, ...extra: string[]) {
  const r = await cli(file, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-01-10', ...extra);
  const findings = JSON.parse(r.stdout || '{"files":[{"findings":[]}]}').files[0].findings as Array<{ code: string; severity: string; cell: string; cite: { clause: string; inferred?: boolean } }>;
  return { code: r.code, stderr: r.stderr, findings: findings.map((f) => [f.code, f.severity, f.cell, f.cite?.clause, f.cite?.inferred ?? false]) };
}

function ledger(entries: Partial<LedgerEntry>[]): string {
  const path = join(tempDir(), `so-khen-thuong-${Math.random().toString(36).slice(2)}.json`);
  const full = entries.map((e) => ({ subject: 'collective', name: 'UBND xã Bình Lư', nameKey: nameKeyOf({ subject: 'collective', name: 'UBND xã Bình Lư', type: 'xa', commune: 'Bình Lư' } as never), form: 'co-thi-dua-tinh', basis: 'co-xa-ntm', year: 2022, round: 'hang-nam', plan: 'lai-chau', ...e }));
  writeFileSync(path, JSON.stringify({ tool: 'ntm-check', kind: 'awards-ledger', version: 1, entries: full }));
  return path;
}

describe('award.once-only against the --history ledger', () => {
  it('is an error when the ledger holds the same once-only basis', async () => {
    const file = await writeFixture(planDossier('lai-chau'));
    expect(await run(file, '--history', ledger([{}]))).toMatchObject({ code: 1, findings: [['award.once-only', 'error', 'B2', 'V.2.b', false]] });
  });

  it('passes when the ledger holds another basis, or a year before the plan period', async () => {
    const file = await writeFixture(planDossier('lai-chau'));
    expect(await run(file, '--history', ledger([{ basis: 'co-xa-nang-cao' }, { year: 2019 }]))).toMatchObject({ code: 0, findings: [] });
  });

  it('does not count the ledger of this very submission (a corrected workbook checked again), but counts a supplement or an earlier round', async () => {
    const file = await writeFixture(planDossier('lai-chau'));
    const self = submissionOf({ district: 'Tam Đường', submitter: 'UBND huyện Tam Đường', documentNumber: '15/TTr-UBND' });
    const supplement = submissionOf({ district: 'Tam Đường', submitter: 'UBND huyện Tam Đường', documentNumber: '21/TTr-UBND' });
    expect(await run(file, '--history', ledger([{ year: 2024, round: 'hang-nam', source: self }]))).toMatchObject({ code: 0, findings: [] });
    const once = [['award.once-only', 'error', 'B2', 'V.2.b', false]];
    expect((await run(file, '--history', ledger([{ year: 2024, round: 'hang-nam', source: supplement }]))).findings).toEqual(once);
    expect((await run(file, '--history', ledger([{ year: 2024, round: 'so-ket-2023', source: self }]))).findings).toEqual(once);
  });

  it('is only a warning when the free-text column names a form two once-only bases lead to', async () => {
    const f = planDossier('lai-chau');
    setCell(f, 'Tập thể', 0, 'Khen thưởng đã nhận', '2022: Cờ thi đua của UBND tỉnh');
    expect(await run(await writeFixture(f))).toMatchObject({ code: 0, findings: [['award.once-only', 'warning', 'K2', 'V.2.b', false]] });
  });

  it('refuses a ledger that is not one, with one sentence and exit 2', async () => {
    const path = join(tempDir(), 'not-a-ledger.json');
    writeFileSync(path, '{"entries": 3}');
    const r = await run(await writeFixture(planDossier('lai-chau')), '--history', path);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('deadline.late reads "trước ngày" as the plan setting says', () => {
  it.each([
    ['2025-01-14', 0, []],
    ['2025-01-15', 0, [['deadline.late', 'warning', 'B7', 'V.4.b', true]]],
    ['2025-01-16', 1, [['deadline.late', 'error', 'B7', 'V.4.b', false]]],
  ])('submitted on %s', async (date, code, findings) => {
    const f = planDossier('lai-chau');
    setInfo(f, 'Ngày trình', date);
    expect(await run(await writeFixture(f))).toMatchObject({ code, findings });
  });

  it('uses --as-of when Ngày trình is empty', async () => {
    const f = planDossier('lai-chau');
    setInfo(f, 'Ngày trình', undefined);
    const file = await writeFixture(f);
    expect((await run(file)).findings).toEqual([]);
    const late = await cli(file, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-02-01');
    expect(JSON.parse(late.stdout).files[0].findings[0]).toMatchObject({ code: 'deadline.late', data: { submitted: '2025-02-01', assumed: true, daysLate: 18 } });
  });
});
