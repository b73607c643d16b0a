import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { BUILTIN_PLAN_IDS, loadPlan } from '../../src/plans/load.js';
import { buildTemplate } from '../../src/template/build.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/dossier-fixture.js';
import { planDossier } from '../helpers/plan-fixtures.js';
import { places } from '../helpers/run-check.js';
import { fillTemplate } from './fill-template.js';

/** The as-of date each plan's fixture was made for. */
const AS_OF: Record<string, string> = { 'tam-duong': '2022-09-05', 'dak-nong': '2024-01-10' };

async function templateFile(plan: string, name: string, fill: boolean): Promise<string> {
  const loaded = await loadPlan(plan);
  let bytes = await buildTemplate(loaded, 'vi');
  if (fill) bytes = await fillTemplate(bytes, planDossier(plan), loaded);
  const file = join(tempDir(), name);
  await writeFile(file, bytes);
  return file;
}

describe('the blank template, checked', () => {
  it.each(BUILTIN_PLAN_IDS)('%s: reads, and reports only the values still to fill', async (plan) => {
    const file = await templateFile(plan, `blank-${plan}.xlsx`, false);
    const report = await validate([file], { plan: await loadPlan(plan), asOf: '2025-01-10' });
    expect(report.files[0]!.readable).toBe(true);
    const codes = new Set(report.files[0]!.findings.map((f) => f.code));
    expect([...codes]).toEqual(['cell.required']);
  });
});

describe('a template filled in as an officer would', () => {
  it.each(BUILTIN_PLAN_IDS)('%s: validates clean', async (plan) => {
    const file = await templateFile(plan, `filled-${plan}.xlsx`, true);
    const report = await validate([file], { plan: await loadPlan(plan), asOf: AS_OF[plan] ?? '2025-01-10' });
    expect(places(report.files[0]!.findings)).toEqual([]);
  });

  it.each(['lai-chau', 'tam-duong'])('%s: the check command exits 0', async (plan) => {
    const file = await templateFile(plan, `filled-cli-${plan}.xlsx`, true);
    const r = await cli(file, '--plan', plan, '--as-of', AS_OF[plan] ?? '2025-01-10');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
