import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { setCell, setInfo, validDossier, writeFixture } from '../helpers/dossier-fixture.js';
import { addRow, person } from '../helpers/plan-fixtures.js';
import { fontEmbedding, pdfsIn, printedPageNumber, readPdf } from './pdf-helpers.js';

const out = () => mkdtempSync(join(tmpdir(), 'ntm-proposals-'));

describe('ntm-check proposals', { timeout: 60_000 }, () => {
  it('writes one PDF per unit and award form, named in ASCII', async () => {
    const input = await writeFixture(validDossier());
    const dir = out();
    const { code } = await cli('proposals', input, '--plan', 'lai-chau', '--out', dir, '--as-of', '2025-01-10');
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'to-trinh_ubnd-huyen-tam-duong_bang-khen-tinh_2024.pdf',
      'to-trinh_ubnd-huyen-tam-duong_co-thi-dua-tinh_2024.pdf',
    ]);
    for (const name of readdirSync(dir)) expect(name).toMatch(/^[a-z0-9_.-]+$/);
  });

  it('prints the header, subject, every name with its diacritics, and page numbers from page 2; never an identity number', async () => {
    const f = validDossier();
    // A name typed in decomposed form (NFD) comes out composed, letter for letter.
    addRow(f, 'Cá nhân', person('Nguyễn Thị Ánh Tuyết'.normalize('NFD'), { 'Số định danh': '012345678903' }));
    for (let i = 0; i < 3; i++) addRow(f, 'Cá nhân', person(['Hoàng Văn Đức', 'Lù Thị Mỷ', 'Vàng A Sử'][i]!, { Xã: 'Bản Bo', 'Đơn vị, địa chỉ': 'Xã Bản Bo' }));
    const dir = out();
    expect((await cli('proposals', await writeFixture(f), '--plan', 'lai-chau', '--out', dir)).code).toBe(0);
    const pages = await readPdf(join(dir, 'to-trinh_ubnd-huyen-tam-duong_bang-khen-tinh_2024.pdf'));
    const first = pages[0]!.text;
    for (const part of ['ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'TỜ TRÌNH', 'Số:', 'Tam Đường, ngày 10 tháng 01 năm 2025']) {
      expect(first).toContain(part);
    }
    expect(first).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh');
    expect(first).toContain('Kính gửi:');
    expect(first).toMatch(/TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH .*Nguyễn Văn Hải/);
    const all = pages.map((p) => p.text).join(' ');
    for (const name of ['Lò Văn Thanh', 'Tẩn Thị Mai', 'Nguyễn Thị Ánh Tuyết', 'Hoàng Văn Đức', 'Lù Thị Mỷ', 'Vàng A Sử']) expect(all).toContain(name);
    expect(all).toContain('DANH SÁCH');
    expect(all).not.toMatch(/\d{12}|5678901|\*{4}/);
    expect(pages.length).toBeGreaterThan(1);
    expect(printedPageNumber(pages[0]!)).toBeUndefined();
    pages.slice(1).forEach((page, i) => expect(printedPageNumber(page)).toBe(i + 2));
  });

  it('writes a batch of units whose PDFs all read back letter for letter (fonts parsed once, reused)', async () => {
    // Two units: Bình Lư's quota of 5 individuals per commune holds four of these nominees, not six.
    const units = ['Tam Đường', 'Tân Uyên'];
    const inputs: string[] = [];
    for (const [u, district] of units.entries()) {
      const f = validDossier();
      setInfo(f, 'Đơn vị trình', `UBND huyện ${district}`);
      setCell(f, 'Tập thể', 0, 'Tên tập thể', `Bản Nậm Ưng số ${u + 1}`);
      setCell(f, 'Cá nhân', 0, 'Họ và tên', `Đèo Văn Ựng ${u + 1}`);
      setCell(f, 'Cá nhân', 1, 'Họ và tên', `Giàng Thị Dế ${u + 1}`);
      setCell(f, 'Cá nhân', 0, 'Số định danh', `01234567891${u}`);
      setCell(f, 'Cá nhân', 1, 'Số định danh', `01234567892${u}`);
      inputs.push(await writeFixture(f));
    }
    const dir = out();
    expect((await cli('proposals', ...inputs, '--plan', 'lai-chau', '--out', dir)).code).toBe(0);
    const files = pdfsIn(dir);
    expect(files).toHaveLength(4);
    for (const [u] of units.entries()) {
      const texts = await Promise.all(files.filter((f) => f.includes(['tam-duong', 'tan-uyen'][u]!)).map(readPdf));
      const all = texts.flat().map((p) => p.text).join(' ');
      for (const text of [`Bản Nậm Ưng số ${u + 1}`, `Đèo Văn Ựng ${u + 1}`, `Giàng Thị Dế ${u + 1}`, 'Bằng khen của Chủ tịch UBND tỉnh', 'Cờ thi đua của UBND tỉnh', 'DANH SÁCH']) {
        expect(all).toContain(text);
      }
    }
  });

  it('embeds every font it uses', async () => {
    const dir = out();
    await cli('proposals', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', dir);
    for (const file of pdfsIn(dir)) {
      const fonts = fontEmbedding(readFileSync(file));
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.every((f) => /Tinos/.test(f.name))).toBe(true);
    }
  });

  it('refuses with exit 1 and the findings while the dossier has errors, writing nothing', async () => {
    const f = validDossier();
    setInfo(f, 'Tỉnh', 'Lào Cai');
    const dir = out();
    const { code, stdout } = await cli('proposals', await writeFixture(f), '--plan', 'lai-chau', '--out', dir, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('info.province-mismatch');
    expect(pdfsIn(dir)).toEqual([]);
  });

  it('with --force writes drafts stamped "DỰ THẢO" on every page', async () => {
    const f = validDossier();
    setInfo(f, 'Tỉnh', 'Lào Cai');
    const dir = out();
    const { code } = await cli('proposals', await writeFixture(f), '--plan', 'lai-chau', '--out', dir, '--force');
    expect(code).toBe(1);
    const files = pdfsIn(dir);
    expect(files).toHaveLength(2);
    for (const file of files) for (const page of await readPdf(file)) expect(page.text).toContain('DỰ THẢO');
  });

  it('does not stamp a clean dossier', async () => {
    const dir = out();
    await cli('proposals', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', dir, '--force');
    for (const file of pdfsIn(dir)) for (const page of await readPdf(file)) expect(page.text).not.toContain('DỰ THẢO');
  });

  it('exits 2 when --out is missing or holds an input', async () => {
    const input = await writeFixture(validDossier());
    expect((await cli('proposals', input, '--plan', 'lai-chau')).code).toBe(2);
    const { code, stderr } = await cli('proposals', input, '--plan', 'lai-chau', '--out', dirname(input));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dirname(input), 'to-trinh_ubnd-huyen-tam-duong_bang-khen-tinh_2024.pdf'))).toBe(false);
  });
});

describe('units whose names share the first 60 characters', () => {
  it('get their own letters and files', async () => {
    const { setInfo, validDossier, writeFixture, tempDir } = await import('../helpers/dossier-fixture.js');
    const { cli } = await import('../helpers/cli.js');
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    for (const district of ['Tam Đường', 'Than Uyên']) {
      const f = validDossier();
      setInfo(f, 'Đơn vị trình', `Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia huyện ${district}`);
      delete f.sheets['Tập thể'];
      f.sheets['Cá nhân']!.rows = f.sheets['Cá nhân']!.rows.slice(district === 'Tam Đường' ? 0 : 1, district === 'Tam Đường' ? 1 : 2);
      files.push(await writeFixture(f, `bcd-${files.length}.xlsx`));
    }
    const out = join(tempDir(), 'long-units');
    const r = await cli('proposals', ...files, '--plan', 'lai-chau', '--out', out, '--as-of', '2025-01-10');
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf')).sort()).toHaveLength(2);
  });
});
