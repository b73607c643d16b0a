import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { writeFixture } from '../helpers/dossier-fixture.js';
import { endMark, largeDossier, nomineeName, startMark } from './large-fixture.js';
import { pdfsIn, printedPageNumber, readPdf, type PageText } from './pdf-helpers.js';

const COUNT = 2000;
const HEADERS = ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Thành tích tóm tắt', 'Căn cứ đề nghị'];

describe('a 2,000-nominee dossier', () => {
  it('renders a multi-page list: header row on every page, no row split, every name once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-large-'));
    const input = await writeFixture(largeDossier(COUNT), 'large-2000.xlsx');
    const started = performance.now();
    const { code, stderr } = await cli('proposals', input, '--plan', 'tuyen-quang', '--out', dir, '--quiet');
    const seconds = (performance.now() - started) / 1000;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    console.info(`proposals for ${COUNT} nominees: ${seconds.toFixed(1)} s`);

    const file = pdfsIn(dir).find((f) => f.includes('bang-khen-tinh'))!;
    const pages = await readPdf(file);
    const listPages = pages.filter((p) => p.text.includes('Thành tích tóm tắt'));
    expect(listPages.length).toBeGreaterThan(50);
    // Every page of the individuals' part carries the column headings.
    const individualPages = pages.slice(pages.findIndex((p) => p.text.includes('CÁ NHÂN (')));
    for (const page of individualPages) for (const h of HEADERS) expect(page.text).toContain(h);
    // Each row's name and both ends of its summary are on one page, and only there.
    const pageOf = (needle: string) => pages.flatMap((p: PageText, i) => (p.text.includes(needle) ? [i] : []));
    for (let i = 0; i < COUNT; i++) {
      const start = pageOf(startMark(i));
      expect(start).toHaveLength(1);
      expect(pageOf(endMark(i))).toEqual(start);
      expect(pages[start[0]!]!.text).toContain(`${nomineeName(i)} Nông dân`);
    }
    pages.slice(1).forEach((page, i) => expect(printedPageNumber(page)).toBe(i + 2));
    expect(pages.map((p) => p.text).join(' ')).not.toMatch(/\d{12}/);
  }, 120_000);
});
