import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { ZipArchive } from '../../src/workbook/zip.js';
import { cli } from '../helpers/cli.js';
import { buildWorkbook, setCell, tempDir, validDossier } from '../helpers/dossier-fixture.js';
import { buildZip } from '../helpers/zip.js';

describe('--annotate on a workbook with a huge merged range', () => {
  it('writes the copy without the merges instead of running out of memory', async () => {
    const f = validDossier();
    setCell(f, 'Xã', 2, 'Số tiêu chí đạt', 21);
    const bytes = Buffer.from(await buildWorkbook(f));
    const zip = new ZipArchive(bytes, { ...DEFAULT_LIMITS });
    const entries = zip.names().map((name) => {
      let data: Buffer | string = zip.readEntry(name);
      // Sheet 2 is Xã: a merge from P30 to the last row, the kind that makes exceljs expand a million cells.
      if (name === 'xl/worksheets/sheet2.xml') data = data.toString('utf8').replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="P30:Z1048576"/></mergeCells>');
      return { name, data };
    });
    const dir = tempDir();
    const input = join(dir, 'gop-o.xlsx');
    writeFileSync(input, buildZip(entries));
    const before = readFileSync(input);
    const out = join(dir, 'danh-dau-gop-o');
    const started = performance.now();
    const r = await cli(input, '--plan', 'lai-chau', '--as-of', '2025-01-10', '--annotate', out);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, 'gop-o.xlsx')).length).toBeGreaterThan(0);
    expect(r.stderr).toContain('gop-o.xlsx');
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 60_000);
});
