import { validate, type Report } from '../../src/engine/validate.js';
import type { Finding } from '../../src/findings/finding.js';
import { loadPlan } from '../../src/plans/load.js';
import { writeFixture, type DossierFixture } from './dossier-fixture.js';

/** Validates fixtures (written to temporary files) against a built-in plan. */
export async function checkFixtures(fixtures: DossierFixture[], plan = 'lai-chau', asOf = '2025-01-10'): Promise<Report> {
  const files = await Promise.all(fixtures.map((f) => writeFixture(f)));
  return validate(files, { plan: await loadPlan(plan), asOf });
}

/** Every finding of a run, per-file and cross-file. */
export function allFindings(report: Report): Finding[] {
  return [...report.files.flatMap((f) => f.findings), ...report.crossFile];
}

/** The stable part of a finding, for assertions: [code, sheet, cell, row]. */
export type Place = [code: string, sheet: string | undefined, cell: string | undefined, row: number | undefined];

export function places(findings: readonly Finding[], code?: string): Place[] {
  return findings.filter((f) => !code || f.code === code).map((f) => [f.code, f.sheet, f.cell, f.row]);
}
