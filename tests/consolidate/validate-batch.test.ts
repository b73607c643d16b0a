import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { loadPlan } from '../../src/plans/load.js';
import { addRow, person } from '../helpers/plan-fixtures.js';
import { validDossier, writeFixture } from '../helpers/dossier-fixture.js';

describe('validate, as the yearly batch uses it', () => {
  it('tells after each file, and the report is the same as without the callback', async () => {
    const second = validDossier();
    addRow(second, 'Cá nhân', person('Hoàng Văn Nam', { 'Số định danh': '012345678955' }));
    const files = [await writeFixture(validDossier()), await writeFixture(second), '/nonexistent-ntm-check/absent.xlsx'];
    const plan = await loadPlan('lai-chau');
    const seen: number[] = [];
    const mine = await validate(files, { plan, asOf: '2025-01-10', onFile: (done) => seen.push(done) });
    const engine = await validate(files, { plan, asOf: '2025-01-10' });
    expect(mine).toEqual(engine);
    expect(mine.crossFile.map((f) => f.code)).toContain('nomination.duplicate');
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('a plain check never loads exceljs or pdfkit', () => {
  it('imports them only lazily in the consolidation code', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = [join(root, 'cli/consolidate-command.ts'), ...walk(join(root, 'consolidate')), ...walk(join(root, 'ledger'))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/^import (?!type )[^;]*from '(exceljs|pdfkit)'/m);
    }
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}
