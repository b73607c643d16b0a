import { describe, expect, it } from 'vitest';
import { textReport } from '../../src/reporters/text.js';
import { setCell, setInfo, validDossier } from '../helpers/dossier-fixture.js';
import { checkFixtures } from '../helpers/run-check.js';

describe('text output on a terminal', () => {
  it('wraps every finding to the terminal width under a hanging indent, code and clause last', async () => {
    const f = validDossier();
    setInfo(f, 'Tỉnh', 'Lào Cai');
    setCell(f, 'Xã', 1, 'Nợ đọng XDCB (triệu đồng)', 350);
    const report = await checkFixtures([f]);
    const out = textReport(report, { lang: 'vi', color: false, quiet: false, citeAs: () => 'KH Lai Châu', width: 60 });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(out).toMatch(/B1 +lỗi +Tỉnh "Lào Cai"/);
    expect(out).toMatch(/eligibility\.xdcb-debt/);
    expect(out).toMatch(/mục\s+IV\.3/);
    // Every other line is a heading, a finding's first line, or a continuation under its message.
    const kinds = lines.filter((l) => l !== '').map((l) =>
      /^\S/.test(l) || /^ {2}\S/.test(l) ? 'heading' : /^ {4}[A-Z]{1,3}\d+ +lỗi/.test(l) ? 'finding' : /^ {21}\S/.test(l) ? 'continuation' : `stray: ${l}`);
    expect(kinds.filter((k) => k.startsWith('stray'))).toEqual([]);
    expect(kinds).toContain('continuation');
  });

  it('keeps one finding per line when not on a terminal (pipes, CI logs)', async () => {
    const f = validDossier();
    setInfo(f, 'Tỉnh', 'Lào Cai');
    const out = textReport(await checkFixtures([f]), { lang: 'vi', color: false, quiet: false, citeAs: () => 'KH Lai Châu' });
    expect(out.split('\n').filter((l) => l.includes('info.province-mismatch'))).toHaveLength(1);
  });
});
