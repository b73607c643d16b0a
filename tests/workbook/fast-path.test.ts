import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SheetParser, type SheetContext } from '../../src/workbook/sheet-parser.js';
import { scanChunk } from '../../src/workbook/sheet.js';
import type { StyleTable } from '../../src/workbook/styles.js';
import type { Row } from '../../src/workbook/types.js';
import { scanXml, type XmlHandler } from '../../src/workbook/xml.js';

// The sheet parser reads the everyday `<c>` element on a fast path and leaves
// everything else to the tokenizer. These tests read the same XML both ways —
// and cut into chunks at every place — and ask for the same rows.

const styles = { isDate: (s: number) => s === 2 } as unknown as StyleTable;
const ctx: SheetContext = { sheet: 'S', maxRows: 1_048_576, maxColumns: 16_384, sharedStrings: ['Nguyễn Thị Hường', '', 'Bản Bo'], styles, date1904: false };

/** Every cell shape the fast path takes, and the ones it must hand back. */
const CELLS = [
  '<c r="A{r}" t="s"><v>0</v></c>',
  '<c r="B{r}" s="2"><v>45667</v></c>',
  '<c r="C{r}" t="s" s="0"><v>1</v></c>',
  '<c r="D{r}"/>',
  '<c r="E{r}" s="3" />',
  '<c r="F{r}" t="b"><v>1</v></c>',
  '<c r="G{r}" t="e"><v>#REF!</v></c>',
  '<c r="H{r}" t="str"><v>a &amp; b &lt; c_x000D_</v></c>',
  "<c r='I{r}' t='n'><v>1.5</v></c>",
  '<c r="J{r}">\n  <v>7</v>\n</c>',
  '<c r="K{r}"><f>SUM(A1:B1)</f><v>3</v></c>',
  '<c r="L{r}"><f>B1*2</f></c>',
  '<c r="M{r}" t="inlineStr"><is><t>Xã Bản Bo</t></is></c>',
  '<c r="AG{r}" s="1" t="inlineStr"><is><t xml:space="preserve"> Nà &amp; Tăm _x000D_</t></is></c>',
  '<c r="AH{r}" t="inlineStr"><is><t></t></is></c>',
  '<c r="AI{r}" t="inlineStr"><is><t/></is></c>',
  '<c r="AJ{r}" t="inlineStr"><is><r><t>Bản </t></r><r><rPr><b/></rPr><t>Hon</t></r></is></c>',
  '<c r="AK{r}" t="inlineStr"><is><t>ホ</t><rPh sb="0" eb="1"><t>ほ</t></rPh></is></c>',
  '<c r="AL{r}" t="inlineStr"/>',
  '<c r="AM{r}" t="ş"><v>12</v></c>',
  '<c r="AN{r}" t="inlineStr"><is><t a="1">Xã Nà Tăm, huyện Tam Đường</t></is></c>',
  '<c r="$N${r}"><v>4</v></c>',
  '<c r="o{r}"><v>5</v></c>',
  '<c r = "P{r}"><v>6</v></c>',
  '<c x:r="Q{r}" xmlns:x="urn:x"><v>7</v></c>',
  '<c r="R{r}" t="&#115;"><v>2</v></c>',
  '<c r="S{r}"><v><![CDATA[8]]></v></c>',
  '<c r="T{r}"><v/></c>',
  '<c><v>9</v></c>',
  '<c r="V{r}" s="x"><v>10</v></c>',
  '<c r="W{r}" t="d"><v>2025-01-10</v></c>',
  '<c r="X{r}" t="s"><v>99</v></c>',
  `<c r="Y{r}" t="inlineStr"><is><t>${'dài '.repeat(1500)}</t></is></c>`,
  '<c r="Z{r}"><v>007</v></c>',
  '<c r="AA{r}" t="str"><v>007</v></c>',
  '<c r="AB{r}"><v>1234567890123456789</v></c>',
  '<c r="AC{r}"><v>12 </v></c>',
  '<c r="AD{r}" t="s"><v>2</v></c>',
  '<c r="AE{r}" t="e"><v>0</v></c>',
  '<c r="A{r}" s="1" r="AF{r}" s="2"><v>45000</v></c>',
  '<c r="B{r}"><v>11</v></c>', // out of order: sorted by column
];

/** Row start tags: the fast path takes the first seven, the tokenizer the rest. */
const ROW_TAGS = [
  '<row r="{r}">',
  '<row r="{r}" spans="1:33" x14ac:dyDescent="0.25">',
  "<row ht='30' customHeight='1' r='{r}'>",
  '<row>',
  '<row r="0">', // no usable number: follows the previous row
  '<row r="0{r}" s="2" a=">">',
  '<row r="{r}" r="9{r}">', // a repeated attribute: the last one counts, as in the tokenizer
  '<row r = "{r}">',
  '<row\n r="{r}">',
  '<row x:r="{r}">',
  '<row r="&#5{r};">',
  '<row r="{r}.0">',
  '<row r="">',
  '<x:row r="{r}">',
];

function sheetXml(cells: readonly string[], rows: number, rowTags: readonly string[] = ROW_TAGS.slice(0, 1)): string {
  let body = '';
  for (let r = 1; r <= rows; r++) {
    const start = rowTags[(r - 1) % rowTags.length]!.replaceAll('{r}', String(r));
    body += `${start}${cells.map((c) => c.replaceAll('{r}', String(r))).join('')}${start.startsWith('<x:') ? '</x:row>' : '</row>'}`;
  }
  return `<?xml version="1.0"?><worksheet xmlns:x="urn:x"><sheetData>${body}<row><c><v>12</v></c></row><row r="9000"/></sheetData><mergeCells/></worksheet>`;
}

/** Rows read by the tokenizer alone: a handler without the `element` fast path. */
function slowRows(xml: string): Row[] {
  const parser = new SheetParser(ctx);
  const slow: XmlHandler = {
    open: (n, a, s) => parser.open(n, a, s),
    close: (n) => parser.close(n),
    text: (t) => parser.text(t),
    get done() { return parser.done; },
  };
  scanXml(Buffer.from(xml), 0, true, slow, 'sheet');
  parser.finish();
  return parser.ready;
}

/** Rows read with the fast path, the UTF-8 bytes cut into the given chunk lengths. */
function fastRows(xml: string, cuts: readonly number[] = []): Row[] {
  const parser = new SheetParser(ctx);
  const bytes = Buffer.from(xml);
  let tail: Buffer = Buffer.alloc(0);
  let at = 0;
  for (const cut of cuts) {
    tail = scanChunk(tail, bytes.subarray(at, at + cut), parser, 'sheet');
    at += cut;
  }
  scanXml(Buffer.concat([tail, bytes.subarray(at)]), 0, true, parser, 'sheet');
  parser.finish();
  return parser.ready;
}

describe('the sheet fast path', () => {
  it('reads every cell shape exactly as the tokenizer does', () => {
    const xml = sheetXml(CELLS, 3);
    const expected = slowRows(xml);
    expect(expected).toHaveLength(4);
    expect(expected[0]!.cells.length).toBeGreaterThan(20);
    expect(fastRows(xml)).toEqual(expected);
  });

  it('reads every row tag exactly as the tokenizer does', () => {
    const xml = sheetXml(CELLS.slice(0, 4), ROW_TAGS.length * 2, ROW_TAGS);
    const expected = slowRows(xml);
    expect(expected.length).toBeGreaterThan(ROW_TAGS.length);
    expect(fastRows(xml)).toEqual(expected);
    expect(fastRows(xml, [700, 1100, 1300])).toEqual(expected);
  });

  it('takes the everyday row tag itself and leaves the others to the tokenizer', () => {
    const parser = new SheetParser(ctx);
    scanXml(Buffer.from('<sheetData>'), 0, false, parser, 'sheet');
    const taken = (tag: string) => parser.element(Buffer.from(tag), 0) !== -1;
    for (const tag of ROW_TAGS.slice(0, 7)) expect(taken(tag.replaceAll('{r}', '3'))).toBe(true);
    for (const tag of ROW_TAGS.slice(7)) expect(taken(tag.replaceAll('{r}', '3'))).toBe(false);
    expect(taken('</row>')).toBe(true);
    expect(taken('</x:row>')).toBe(false);
    expect(taken('<row r="4"/>')).toBe(false);
  });

  it('takes the everyday cell itself and leaves the others to the tokenizer', () => {
    const parser = new SheetParser(ctx);
    scanXml(Buffer.from('<sheetData><row r="1">'), 0, false, parser, 'sheet');
    const taken = (cell: string) => parser.element(Buffer.from(cell), 0) !== -1;
    expect(taken('<c r="A1" t="s"><v>0</v></c>')).toBe(true);
    expect(taken('<c r="B1" s="2"/>')).toBe(true);
    expect(taken('<c r="C1">\n<v>7</v>\n</c>')).toBe(true);
    expect(taken('<c r="D1"><f>A1</f><v>1</v></c>')).toBe(false);
    expect(taken('<c r="E1" t="inlineStr"><is><t>x</t></is></c>')).toBe(true);
    expect(taken('<c r="E1" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c>')).toBe(true);
    expect(taken('<c r="E1" t="inlineStr"><is><r><t>x</t></r></is></c>')).toBe(false);
    expect(taken('<c r="E1" t="inlineStr"><is><t>x</t><rPh><t>y</t></rPh></is></c>')).toBe(false);
    expect(taken('<c r="E1" t="inlineStr"><is><x:t>x</x:t></is></c>')).toBe(false);
    expect(taken('<c r="E1" t="inlineStr"><is><t>x</t></is>')).toBe(false); // cut by the chunk boundary
    expect(taken('<c r="$F$1"><v>1</v></c>')).toBe(false);
    expect(taken('<c r="G1"><v>1</v>')).toBe(false); // cut by the chunk boundary
    expect(taken('<col min="1"/>')).toBe(false);
  });

  it('gives the same rows wherever the chunks are cut, long tokens included', () => {
    const xml = sheetXml(CELLS, 4, ROW_TAGS.slice(0, 4));
    const expected = slowRows(xml);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: 1, maxLength: 12 }), (cuts) => {
        expect(fastRows(xml, cuts)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows when cut at every single byte of a small sheet, inside characters too', () => {
    const xml = sheetXml(CELLS.filter((c) => c.length < 200), 1);
    const expected = slowRows(xml);
    const bytes = Buffer.byteLength(xml);
    expect(bytes).toBeGreaterThan(xml.length); // Vietnamese letters take two or three bytes
    for (let cut = 1; cut < bytes; cut++) expect(fastRows(xml, [cut])).toEqual(expected);
  });
});
