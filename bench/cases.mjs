// The benchmark cases of issue 7, each a command line with its baseline and target.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { consolidateCases } from './consolidate-batch.mjs';
import { dossierWorkbook } from './generate.mjs';
import { proposalsCases } from './proposals-cases.mjs';

const CHECK = (files) => ['node', 'bin/ntm-check.js', ...files, '--plan', 'lai-chau', '--format', 'json', '--as-of', '2025-01-10', '--quiet'];
const LIMIT = (file) => ({ name: 'unzip-limit scan', command: ['node', 'bench/unzip-limit.mjs', file] });

/** Builds (or reuses) the workbooks and returns the cases in order. */
export async function cases(out) {
  process.stderr.write('bench: generating workbooks (cached in .bench-out)…\n');
  const district = await dossierWorkbook(out, 'district-300.xlsx', 300, 7);
  const big100 = await dossierWorkbook(out, 'ca-nhan-100k.xlsx', 100_000, 1);
  const big500 = await dossierWorkbook(out, 'ca-nhan-500k.xlsx', 500_000, 5);
  return [
    { name: 'check a 300-nomination district workbook', command: CHECK([district]), baseline: { name: 'node -e 0', command: ['node', '-e', '0'] }, maxRatio: 4 },
    { name: 'check 100k rows', command: CHECK([big100]), baseline: LIMIT(big100), maxRatio: 1.5 },
    { name: 'check 500k rows', command: CHECK([big500]), baseline: LIMIT(big500), maxRatio: 1.5, maxRssMb: 400 },
    ...(await proposalsCases(out)),
    ...(await consolidateCases(out)).map((c) => {
      const folder = c.command[c.command.indexOf('consolidate') + 1];
      const files = readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(folder, f));
      return { ...c, baseline: { name: 'plain check of the same files', command: CHECK(files) }, maxRatio: 1.2 };
    }),
  ];
}
