// The proposals cases of issue 7: a 2,000-nominee dossier, and 50 submitting units
// whose PDFs are timed against rendering the same pages as one document
// (proposals-one-document.mjs), the cost floor once fonts are parsed.
import { join } from 'node:path';
import { dossierWorkbook } from './generate.mjs';

const UNIT_NAMES = ['Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn', 'Lai Châu'];

/** Builds (or reuses) the workbooks and returns the two proposals cases. */
export async function proposalsCases(out) {
  const big = await dossierWorkbook(out, 'district-2000.xlsx', 2000, 3);
  const units = [];
  for (let i = 0; i < 50; i++) units.push(await dossierWorkbook(join(out, 'units-50'), `don-vi-${String(i + 1).padStart(2, '0')}.xlsx`, 23, 100 + i, `${UNIT_NAMES[i % 8]} ${i + 1}`));
  const proposals = (files, dir) => ['node', 'bin/ntm-check.js', 'proposals', ...files, '--plan', 'lai-chau', '--out', join(out, 'out', dir), '--force', '--quiet', '--as-of', '2025-01-10'];
  return [
    { name: 'proposals, 2,000 nominees', command: proposals([big], 'proposals-2000') },
    {
      name: 'proposals, 50 units',
      command: proposals(units, 'proposals-50'),
      baseline: { name: 'same pages, one document', command: ['node', 'bench/proposals-one-document.mjs', ...units] },
      maxRatio: 2,
    },
  ];
}
