import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, loadTemplates, parseTemplate, TemplateError } from '../../src/proposals/templates.js';
import { cli } from '../helpers/cli.js';
import { validDossier, writeFixture } from '../helpers/dossier-fixture.js';
import { pdfsIn, readPdf } from './pdf-helpers.js';

const builtin = (kind: string) => readFileSync(join(BUILTIN_TEMPLATES, `${kind}.vi.txt`), 'utf8');

function reason(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return `${error.reason} ${error.detail}`;
    throw error;
  }
  return undefined;
}

describe('letter templates', { timeout: 60_000 }, () => {
  it('the built-in templates parse', async () => {
    const t = await loadTemplates();
    expect(t['to-trinh'].kind).toBe('to-trinh');
    expect(t['danh-sach'].lines('cot-ca-nhan')).toHaveLength(5);
  });

  it.each([
    ['to-trinh', (s: string) => s.replaceAll('{hinh_thuc}', '{hinh_thuc_moi}'), 'unknown-placeholder {hinh_thuc_moi}'],
    ['to-trinh', (s: string) => s.replace('[noi-nhan]', '[noi-nhan-khac]'), 'missing-section [noi-nhan]'],
    ['danh-sach', (s: string) => s.replace('[cot-tap-the]', '# [cot-tap-the]'), 'missing-section [cot-tap-the]'],
  ] as const)('%s: an edit the code cannot fill is refused', (kind, edit, expected) => {
    expect(reason(() => parseTemplate(kind, 'x.txt', edit(builtin(kind))))).toBe(expected);
  });

  it('picks the dated variant in force on the letter date, joins lines and fills placeholders', () => {
    const t = parseTemplate('danh-sach', 'x.txt', `${builtin('danh-sach')}\n[tieu-de @2024-01-01]\nDANH SÁCH\nMỚI {nam}\n`);
    expect(t.text('tieu-de', { nam: '2024' }, '2023-12-31')).toBe('DANH SÁCH');
    expect(t.text('tieu-de', { nam: '2024' }, '2024-01-01')).toBe('DANH SÁCH MỚI 2024');
  });

  it('--templates uses an edited letter without code; missing files fall back to the built-in ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-templates-'));
    writeFileSync(join(dir, 'to-trinh.vi.txt'), builtin('to-trinh').replace('- Lưu: VT.', '- Sở Nội vụ tỉnh;\n- Lưu: VT, NV.'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const { code } = await cli('proposals', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', out, '--templates', dir);
    expect(code).toBe(0);
    const [first] = await readPdf(pdfsIn(out)[0]!);
    expect(first!.text).toContain('- Sở Nội vụ tỉnh; - Lưu: VT, NV.');
  });

  it('exits 2 with one sentence on a broken template', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-templates-'));
    writeFileSync(join(dir, 'danh-sach.vi.txt'), builtin('danh-sach').replaceAll('{can_cu}', '{can_cu_x}'));
    const { code, stderr } = await cli('proposals', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', join(dir, 'out'), '--templates', dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('dated template sections', () => {
  it('apply to every section, following the letter date', async () => {
    const { mkdirSync, readFileSync: read, writeFileSync: write } = await import('node:fs');
    const { join: joinPath } = await import('node:path');
    const { cli } = await import('../helpers/cli.js');
    const { tempDir, validDossier, writeFixture } = await import('../helpers/dossier-fixture.js');
    const { pdfsIn, readPdf } = await import('./pdf-helpers.js');
    const dir = joinPath(tempDir(), 'dated-templates');
    mkdirSync(dir, { recursive: true });
    const original = read(joinPath(import.meta.dirname, '../../templates/to-trinh.vi.txt'), 'utf8');
    write(joinPath(dir, 'to-trinh.vi.txt'), `${original}\n[noi-nhan @2025-01-01]\nNơi nhận:\n- Như trên;\n- Sở Nội vụ (Ban Thi đua - Khen thưởng);\n- Lưu: VT.\n`);
    const out = joinPath(tempDir(), 'dated-out');
    const r = await cli('proposals', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', out, '--templates', dir, '--as-of', '2025-01-10');
    expect(r.code).toBe(0);
    const pages = await readPdf(pdfsIn(out)[0]!);
    expect(pages[0]!.text).toContain('Sở Nội vụ (Ban Thi đua - Khen thưởng)');
  });
});
