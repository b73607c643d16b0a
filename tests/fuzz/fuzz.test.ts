import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/i18n/render.js';
import { cli } from '../helpers/cli.js';
import { buildWorkbook, tempDir, validDossier } from '../helpers/dossier-fixture.js';
import { mutate } from './mutate.js';

/**
 * Damaged workbooks never crash, hang or get modified: every case ends with exit
 * 0, 1 or 2, no stack trace, no internal error, within a time bound, and the input
 * bytes unchanged. CI runs a bounded number; `npm run fuzz` runs FUZZ_CASES.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASE_BOUND_MS = 5_000;

/**
 * The valid workbook every case damages. exceljs stamps the workbook and each zip
 * entry with the clock, so it is built at a fixed moment: a seed then names the
 * same damaged bytes in every run, and a failing seed can be replayed.
 */
async function frozenOriginal(): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-01-10T00:00:00Z') });
  try {
    return Buffer.from(await buildWorkbook(validDossier()));
  } finally {
    vi.useRealTimers();
  }
}

describe(`fuzz: ${CASES} damaged workbooks (seed ${SEED})`, () => {
  it('damages the same workbook whenever it runs', async () => {
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = await frozenOriginal();
    vi.setSystemTime(new Date('2032-10-11T12:13:14Z'));
    const second = await frozenOriginal();
    vi.useRealTimers();
    expect(first.equals(second)).toBe(true);
  });

  it('answers every one with 0, 1 or 2 and a clean message', async () => {
    const original = await frozenOriginal();
    const dir = tempDir();
    const counts = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const bytes = mutate(original, seed);
      const file = join(dir, `fuzz-${seed}.xlsx`);
      writeFileSync(file, bytes);
      const started = performance.now();
      const r = await cli(file, '--plan', 'lai-chau', '--as-of', '2025-01-10', '--format', 'json');
      const took = performance.now() - started;
      slowest = Math.max(slowest, took);
      const context = `seed ${seed}: exit ${r.code}, ${r.stderr.slice(0, 200)}`;
      expect([0, 1, 2], context).toContain(r.code);
      expect(r.stderr, context).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/);
      expect(r.stderr, context).not.toContain(catalogue('vi').cli.internal);
      if (r.code !== 2) expect(() => JSON.parse(r.stdout), context).not.toThrow();
      expect(took, context).toBeLessThan(CASE_BOUND_MS);
      expect(readFileSync(file).equals(bytes), context).toBe(true);
      counts[r.code]!++;
    }
    console.log(`fuzz: ${CASES} cases from seed ${SEED}: exit 0 ×${counts[0]}, 1 ×${counts[1]}, 2 ×${counts[2]}; slowest ${slowest.toFixed(0)} ms`);
  }, Math.max(60_000, CASES * 1_000));
});
