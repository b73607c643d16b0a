import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/workbook/open.js';
import { readRows } from '../helpers/read.js';
import { makeTempDir } from '../helpers/tmp.js';
import { craftEntries } from '../helpers/xlsx.js';
import { buildZip } from '../helpers/zip.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const hostile = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

describe('names from the file are plain data', () => {
  it('reads sheets and defined names called __proto__ without touching Object.prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const entries = craftEntries({
      sheets: hostile.map((name) => ({ name, rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${name}</t></is></c></row>` })),
      sharedStrings: ['__proto__'],
      workbookExtra: '<definedNames><definedName name="__proto__">__proto__!$A$1</definedName>' +
        '<definedName name="polluted" localSheetId="0">1</definedName><definedName name="constructor">2</definedName></definedNames>',
    }).map((e) => (e.name === 'xl/_rels/workbook.xml.rels' || e.name === 'xl/workbook.xml'
      // Relationship ids are file content too: make the first one `__proto__`.
      ? { ...e, data: String(e.data).replace('"rId1"', '"__proto__"') }
      : e));
    const wb = await openWorkbook(tmp.write('proto.xlsx', buildZip(entries)));
    expect(wb.sheets.map((s) => s.name)).toEqual(hostile);
    for (const name of hostile) {
      const rows = await readRows(wb, name);
      expect(rows[0]!.cells[0]!.value).toEqual({ kind: 'string', text: name });
    }
    expect(() => wb.rows('valueOf')).toThrow(RangeError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
