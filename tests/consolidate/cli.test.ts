import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { cli } from '../helpers/cli.js';
import { buildWorkbook, setCell, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';

let n = 0;
const fresh = () => join(tempDir(), `cli-${++n}`);

async function folderOf(files: Record<string, Buffer | string>): Promise<string> {
  const dir = fresh();
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

const valid = async () => Buffer.from(await buildWorkbook(validDossier()));

describe('ntm-check consolidate', () => {
  it('expands a folder to its workbooks, sorted, without lock and hidden files', async () => {
    const dir = await folderOf({ 'b.xlsx': await valid(), 'a.xlsx': await valid(), '~$a.xlsx': 'lock', '.hidden.xlsx': 'x', 'notes.txt': 'x' });
    const out = fresh();
    const r = await cli('consolidate', dir, '--plan', 'lai-chau', '--out', out, '--as-of', '2025-01-20');
    const json = JSON.parse(await readFile(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.districts.map((d: { file: string }) => d.file)).toEqual([join(dir, 'a.xlsx'), join(dir, 'b.xlsx')]);
    // The same workbook twice: duplicates across the batch are errors, and the outputs are still written.
    expect(r.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['so-khen-thuong.json', 'tong-hop.json', 'tong-hop.pdf', 'tong-hop.xlsx']);
  });

  it('refuses (exit 2, one sentence) an --out folder that holds an input, writing nothing', async () => {
    const file = await writeFixture(validDossier(), 'refused.xlsx');
    const r = await cli('consolidate', file, '--plan', 'lai-chau', '--out', tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tempDir(), 'tong-hop.json'))).toBe(false);
  });

  it('says in one sentence what is missing: the folder\'s workbooks, --out, --plan, a valid --year', async () => {
    const empty = await folderOf({ 'notes.txt': 'x' });
    const file = await writeFixture(validDossier());
    const missing = join(empty, 'khong-co.xlsx');
    for (const args of [[empty, '--plan', 'lai-chau', '--out', fresh()], [file, '--plan', 'lai-chau'], [file, '--out', fresh()],
      [file, '--plan', 'lai-chau', '--out', fresh(), '--year', '24'], [missing, '--plan', 'lai-chau', '--out', fresh()]]) {
      const r = await cli('consolidate', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('exits 2 for an unreadable workbook, still reporting the others', async () => {
    const dir = await folderOf({ 'a.xlsx': await valid(), 'b.xlsx': 'STT;Tên xã\n1;Bản Bo\n' });
    const out = fresh();
    const r = await cli('consolidate', dir, '--plan', 'lai-chau', '--out', out, '--as-of', '2025-01-20');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.xlsx');
    const json = JSON.parse(await readFile(join(out, 'tong-hop.json'), 'utf8'));
    expect(json.districts.map((d: { readable: boolean }) => d.readable)).toEqual([true, false]);
    // With nothing readable there is nothing to consolidate: no outputs.
    const none = await folderOf({ 'c.xlsx': 'STT;Tên xã\n' });
    const nothing = fresh();
    expect((await cli('consolidate', none, '--plan', 'lai-chau', '--out', nothing)).code).toBe(2);
    expect(existsSync(join(nothing, 'tong-hop.json'))).toBe(false);
  });

  it('exits 0 on a clean batch and 1 when a workbook has errors', async () => {
    const clean = await cli('consolidate', await writeFixture(validDossier()), '--plan', 'lai-chau', '--out', fresh(), '--as-of', '2025-01-20');
    expect(clean.code).toBe(0);
    const f = validDossier();
    setCell(f, 'Xã', 0, 'Số tiêu chí đạt', 17); // NTM with 17 criteria
    const broken = await cli('consolidate', await writeFixture(f), '--plan', 'lai-chau', '--out', fresh(), '--as-of', '2025-01-20');
    expect(broken.code).toBe(1);
  });

  it('shows a progress line on a terminal only, cleared at the end, and never with --quiet', async () => {
    const file = await writeFixture(validDossier());
    const go = async (isTty: boolean, ...extra: string[]) => {
      let stderr = '';
      const code = await run(['consolidate', file, '--plan', 'lai-chau', '--out', fresh(), '--as-of', '2025-01-20', ...extra], {
        stdout: () => undefined, stderr: (t) => void (stderr += t), env: {}, isTty,
      });
      return { code, stderr };
    };
    const tty = await go(true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\rĐang kiểm tra hồ sơ 1/1');
    expect(tty.stderr).toMatch(/\r +\r$/);
    expect((await go(true, '--quiet')).stderr).toBe('');
    expect((await go(false)).stderr).toBe('');
  });
});
