import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PLANS } from '../../src/plans/builtin/index.js';
import { cli } from '../helpers/cli.js';
import { setCell, setInfo, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';

describe('ntm-check <workbook> --plan', () => {
  it('exits 0 on a clean dossier and says so', async () => {
    const file = await writeFixture(validDossier());
    const r = await cli(file, '--plan', 'lai-chau', '--as-of', '2025-01-10');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(file);
  });

  it('exits 1 when there is an error finding, and prints cell and code', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Xã', 2, 'Số tiêu chí đạt', 21);
    const r = await cli(await writeFixture(fixture), '--plan', 'lai-chau');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/C4\s+lỗi\s+cell\.range/);
  });

  it('warnings pass unless --strict', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Xã', 2, 'Số tiêu chí đạt năm trước', 15);
    const file = await writeFixture(fixture);
    expect((await cli(file, '--plan', 'lai-chau')).code).toBe(0);
    expect((await cli(file, '--plan', 'lai-chau', '--strict')).code).toBe(1);
  });

  it('--quiet leaves warnings out of the text output', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Xã', 2, 'Số tiêu chí đạt năm trước', 15);
    const file = await writeFixture(fixture);
    expect((await cli(file, '--plan', 'lai-chau')).stdout).toContain('commune.criteria-dropped');
    expect((await cli(file, '--plan', 'lai-chau', '--quiet')).stdout).not.toContain('commune.criteria-dropped');
  });

  it('--format json follows the cli.md contract', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Xã', 2, 'Số tiêu chí đạt', 21);
    setInfo(fixture, 'Tỉnh', 'Lào Cai');
    const file = await writeFixture(fixture);
    const r = await cli(file, '--plan', 'lai-chau', '--format', 'json', '--lang', 'en');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ tool: 'ntm-check', plan: { id: 'lai-chau' }, crossFile: [], summary: { files: 1 } });
    const [entry] = json.files;
    expect(entry).toMatchObject({ file, readable: true });
    const codes = entry.findings.map((f: { code: string; sheet: string; cell: string; row: number }) => [f.code, f.sheet, f.cell, f.row]);
    expect(codes).toContainEqual(['info.province-mismatch', 'Thông tin', 'B1', 1]);
    expect(codes).toContainEqual(['cell.range', 'Xã', 'C4', 4]);
    for (const f of entry.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'file', 'sheet', 'cell', 'row', 'message', 'cite', 'data']));
    expect(entry.counts.error).toBe(entry.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    // Sorted by file, sheet, row, code: Thông tin before Xã.
    expect(codes.findIndex((c: string[]) => c[0] === 'info.province-mismatch')).toBeLessThan(codes.findIndex((c: string[]) => c[0] === 'cell.range'));
  });

  it('--format junit writes one failing test case per error', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Xã', 2, 'Số tiêu chí đạt', 21);
    const r = await cli(await writeFixture(fixture), '--plan', 'lai-chau', '--format', 'junit');
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout.match(/<failure /g)).toHaveLength(1);
    expect(r.stdout).toContain('type="cell.range"');
  });

  it('never prints an identity number in full', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Cá nhân', 0, 'Số định danh', '0123456789012');
    const r = await cli(await writeFixture(fixture), '--plan', 'lai-chau', '--format', 'json');
    expect(r.stdout).not.toContain('0123456789012');
    expect(r.stdout).toContain('*********9012');
  });
});

describe('identity numbers typed outside their column', () => {
  it('are masked in messages, JSON data, JUnit and the consolidated workbook', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Cá nhân', 0, 'Thành tích tóm tắt', 'Ông Thanh (CCCD 012 076 392 924) vận động nhân dân hiến đất làm đường.');
    setCell(fixture, 'Cá nhân', 1, 'Xã', '012190663608');
    const file = await writeFixture(fixture);
    for (const format of ['json', 'text', 'junit']) {
      const r = await cli(file, '--plan', 'lai-chau', '--format', format, '--as-of', '2025-01-10');
      expect(r.stdout).not.toMatch(/012190663608|012 076 392 924|012076392924/);
    }
    const json = await cli(file, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-01-10');
    expect(json.stdout).toContain('********3608');
    const out = join(tempDir(), 'masked-consolidation');
    await cli('consolidate', file, '--plan', 'lai-chau', '--out', out, '--as-of', '2025-01-10');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tong-hop.xlsx'));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
    expect(texts.join('\n')).not.toMatch(/012190663608|012 076 392 924|012076392924/);
    expect(texts.join('\n')).toContain('Ông Thanh (CCCD ********2924)');
  });
});

describe('usage errors: one sentence, exit 2, no stack trace', () => {
  const cases: Array<[string, () => Promise<string[]>]> = [
    ['unknown plan', async () => [await writeFixture(validDossier()), '--plan', 'ha-noi']],
    ['no plan', async () => [await writeFixture(validDossier())]],
    ['no workbook', async () => ['--plan', 'lai-chau']],
    ['bad --as-of', async () => [await writeFixture(validDossier()), '--plan', 'lai-chau', '--as-of', '2025-02-30']],
    ['bad --format', async () => [await writeFixture(validDossier()), '--plan', 'lai-chau', '--format', 'xml']],
    ['bad --lang', async () => [await writeFixture(validDossier()), '--plan', 'lai-chau', '--lang', 'fr']],
    ['unknown option', async () => [await writeFixture(validDossier()), '--plan', 'lai-chau', '--frobnicate']],
    ['missing plan file', async () => [await writeFixture(validDossier()), '--plan', './khong-co.json']],
  ];
  it.each(cases)('%s', async (_name, args) => {
    const r = await cli(...(await args()));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--plan FILE', () => {
  it('accepts a plan file of the built-in shape', async () => {
    const path = join(tempDir(), 'lai-chau-copy.json');
    writeFileSync(path, JSON.stringify({ ...BUILTIN_PLANS.find((p) => p.id === 'lai-chau'), id: 'lai-chau-copy' }));
    const r = await cli(await writeFixture(validDossier()), '--plan', path, '--as-of', '2025-01-10');
    expect(r.code).toBe(0);
  });

  it('refuses a malformed plan file naming the path of the mistake', async () => {
    const path = join(tempDir(), 'broken-plan.json');
    const plan = structuredClone(BUILTIN_PLANS.find((p) => p.id === 'lai-chau')!) as { bases: Array<{ forms: string[] }> };
    plan.bases[1]!.forms = ['bang-khen-quoc-hoi'];
    writeFileSync(path, JSON.stringify(plan));
    const r = await cli(await writeFixture(validDossier()), '--plan', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bases.1.forms.0');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('ntm-check plans', () => {
  it('lists the five built-in plans', async () => {
    const r = await cli('plans');
    expect(r.code).toBe(0);
    for (const id of ['tuyen-quang', 'dak-nong', 'lai-chau', 'tam-duong', 'ha-quang']) expect(r.stdout).toContain(id);
  });
});
