import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRow } from '../../src/dossier/parse-row.js';
import type { Finding } from '../../src/findings/finding.js';

// parseRow interprets a schema for a sheet's first rows and lets zod compile it for
// the rest (compiling only pays on big sheets). Both ways must give the same rows
// and the same findings.
describe('parseRow on small and big sheets', () => {
  it('gives the same typed rows and findings before and after zod compiles the schema', () => {
    const schema = z.object({ name: z.string().min(1), year: z.number().int().min(1920).max(2009).optional(), stars: z.number().int().min(1).max(5) });
    const layout = { name: 'B', year: 'C', stars: 'D' };
    const rows = [
      { values: { name: 'Lò Văn Páo', year: 1980, stars: 3 }, invalid: new Set<string>() },
      { values: { name: 'Tẩn Láo Sử', year: 1900, stars: 9 }, invalid: new Set<string>() },
      { values: { year: 1990, stars: 2 }, invalid: new Set<string>() },
      { values: { name: 'Giàng A Dình', year: 1990.5, stars: 2 }, invalid: new Set<string>(['stars']) },
    ];
    const run = (index: number) =>
      rows.map((r) => {
        const findings: Finding[] = [];
        const typed = parseRow(schema, { row: index, ...r }, { file: 'f.xlsx', sheet: 'Cá nhân', findings, labelOf: (k) => k, layout });
        return { typed: typed && { ...typed, origin: { ...typed.origin, row: 0 } }, findings: findings.map((f) => [f.code, f.cell, f.data]) };
      });
    const first = run(2);
    for (let i = 0; i < 1_500; i++) run(3); // past the interpreted rows (4 rows a run)
    const later = run(6_002);
    expect(later.map((r) => r.findings.map((f) => [f[0], String(f[1]).replace(/\d+$/, '')]))).toEqual(first.map((r) => r.findings.map((f) => [f[0], String(f[1]).replace(/\d+$/, '')])));
    expect(later.map((r) => r.typed)).toEqual(first.map((r) => r.typed));
    expect(first[0]!.findings).toEqual([]);
    expect(first[1]!.findings.map((f) => f[0]).sort()).toEqual(['cell.range', 'cell.range']);
    expect(first[2]!.findings.map((f) => f[0])).toEqual(['cell.required']);
  });
});
