import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerSchema } from '../../src/ledger/ledger.js';
import { cli } from '../helpers/cli.js';
import { setCell, setInfo, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';

/** The clean Lai Châu fixture: Bình Lư, recognised NTM in 2024, proposed for the Cờ thi đua (`co-xa-ntm`, once only). */
function year2024() {
  return validDossier();
}

/** The same district a year later, proposing Bình Lư for the same once-only Cờ thi đua. */
function year2025() {
  const f = validDossier();
  setInfo(f, 'Năm thành tích', 2025);
  setInfo(f, 'Ngày trình', new Date(Date.UTC(2026, 0, 9)));
  setInfo(f, 'Ngày đăng ký thi đua', new Date(Date.UTC(2025, 0, 10)));
  setCell(f, 'Xã', 2, 'Số tiêu chí đạt năm trước', 14);
  return f;
}

let n = 0;
const outDir = () => join(tempDir(), `out-${++n}`);

async function consolidate(files: string[], out: string, ...extra: string[]) {
  return cli('consolidate', ...files, '--plan', 'lai-chau', '--out', out, '--as-of', '2026-01-20', ...extra);
}

async function codes(out: string): Promise<string[]> {
  const report = JSON.parse(await readFile(join(out, 'tong-hop.json'), 'utf8')) as { findings: Array<{ code: string }> };
  return report.findings.map((f) => f.code);
}

describe('the awards ledger carries once-only awards to the next year', () => {
  it('writes this year\'s nominations without errors to so-khen-thuong.json', async () => {
    const out = outDir();
    const r = await consolidate([await writeFixture(year2024(), 'tam-duong-2024.xlsx')], out);
    expect(r.code).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(await readFile(join(out, 'so-khen-thuong.json'), 'utf8')));
    expect(ledger.entries.map((e) => [e.subject, e.name, e.form, e.basis, e.year, e.round, e.plan, e.district])).toEqual([
      ['individual', 'Lò Văn Thanh', 'bang-khen-tinh', 'bk-ca-nhan-xa-ntm', 2024, 'hang-nam', 'lai-chau', 'Tam Đường'],
      ['individual', 'Tẩn Thị Mai', 'bang-khen-tinh', 'bk-ca-nhan-xa-ntm', 2024, 'hang-nam', 'lai-chau', 'Tam Đường'],
      ['collective', 'UBND xã Bình Lư', 'co-thi-dua-tinh', 'co-xa-ntm', 2024, 'hang-nam', 'lai-chau', 'Tam Đường'],
    ]);
    const person = ledger.entries[0]!;
    expect(person.identityMasked).toBe('********8901');
    expect(person.identityToken).toMatch(/^[0-9a-f]{24}$/);
  });

  it('finds award.once-only the following year with the JSON ledger as --history', async () => {
    const first = outDir();
    await consolidate([await writeFixture(year2024(), 'tam-duong-2024.xlsx')], first);
    const file2025 = await writeFixture(year2025(), 'tam-duong-2025.xlsx');

    const without = outDir();
    expect((await consolidate([file2025], without)).code).toBe(0);
    expect(await codes(without)).not.toContain('award.once-only');

    const second = outDir();
    const r = await consolidate([file2025], second, '--history', join(first, 'so-khen-thuong.json'));
    expect(r.code).toBe(1);
    expect(await codes(second)).toEqual(['award.once-only']);
    // Next year's ledger holds both years; the nomination in error is not added.
    const ledger = ledgerSchema.parse(JSON.parse(await readFile(join(second, 'so-khen-thuong.json'), 'utf8')));
    expect(ledger.entries.map((e) => `${e.year} ${e.name}`)).toEqual([
      '2024 Lò Văn Thanh', '2024 Tẩn Thị Mai', '2024 UBND xã Bình Lư', '2025 Lò Văn Thanh', '2025 Tẩn Thị Mai',
    ]);
  });

  it('reads the Sổ khen thưởng sheet of last year\'s tong-hop.xlsx as --history too', async () => {
    const first = outDir();
    await consolidate([await writeFixture(year2024(), 'tam-duong-2024.xlsx')], first);
    const second = outDir();
    const r = await consolidate([await writeFixture(year2025(), 'tam-duong-2025.xlsx')], second, '--history', join(first, 'tong-hop.xlsx'));
    expect(r.code).toBe(1);
    expect(await codes(second)).toEqual(['award.once-only']);
  });

  it.each(['so-khen-thuong.json', 'tong-hop.xlsx'])('consolidating a year again with its own %s as --history replaces its entries rather than finding them already awarded', async (ledger) => {
    const file = await writeFixture(year2024(), 'tam-duong-2024.xlsx');
    const first = outDir();
    await consolidate([file], first);
    const again = outDir();
    const r = await consolidate([file], again, '--history', join(first, ledger));
    expect(await codes(again)).toEqual([]);
    expect(r.code).toBe(0);
    expect(await readFile(join(again, 'so-khen-thuong.json'), 'utf8')).toBe(await readFile(join(first, 'so-khen-thuong.json'), 'utf8'));
  });

  it('a supplement (its own Số tờ trình) adds to the year\'s ledger instead of replacing the main submission', async () => {
    const first = outDir();
    await consolidate([await writeFixture(year2024(), 'tam-duong-2024-chinh.xlsx')], first);
    const main = ledgerSchema.parse(JSON.parse(await readFile(join(first, 'so-khen-thuong.json'), 'utf8'))).entries;
    const supplement = validDossier();
    setInfo(supplement, 'Số tờ trình', '21/TTr-UBND');
    delete supplement.sheets['Tập thể'];
    supplement.sheets['Cá nhân']!.rows = [[1, 'Vàng A Sử', 'Nam', 1979, 'Nông dân', 'Bản Nà Khum', 'Bình Lư', 'Nà Khum', 'Người lao động', 'Xã', 'Bằng khen của Chủ tịch UBND tỉnh', 'bk-ca-nhan-xa-ntm', null, null, '012345678977', 'Hiến 500 m² đất làm đường nội đồng của bản.', null]];
    const second = outDir();
    const r = await consolidate([await writeFixture(supplement, 'tam-duong-2024-bo-sung.xlsx')], second, '--history', join(first, 'so-khen-thuong.json'));
    expect(r.code).toBe(0);
    const merged = ledgerSchema.parse(JSON.parse(await readFile(join(second, 'so-khen-thuong.json'), 'utf8'))).entries;
    expect(merged).toHaveLength(main.length + 1);
  });

  it('refuses an unusable history ledger in one sentence (exit 2)', async () => {
    const bad = join(tempDir(), 'not-a-ledger.xlsx');
    await writeFixture(year2024(), 'not-a-ledger.xlsx');
    const r = await consolidate([await writeFixture(year2025(), 'th-2025.xlsx')], outDir(), '--history', bad);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not-a-ledger.xlsx');
  });
});
