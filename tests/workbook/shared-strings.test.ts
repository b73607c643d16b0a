import { describe, expect, it } from 'vitest';
import { readSharedStrings } from '../../src/workbook/shared-strings.js';

// Nearly every shared string is one plain run, `<si><t>text</t></si>`, which the
// reader takes whole; everything else goes through the tokenizer. `<si >` is the
// same XML but never the fast path's shape, so it shows what the tokenizer reads.

const SHAPES = [
  '<si><t>Bản Bo</t></si>',
  '<si><t xml:space="preserve">  Nà Tăm  </t></si>',
  '<si><t>A_x000D_B &lt;C&gt; &#272; &amp;amp; a > b</t></si>',
  `<si><t>${'Hường'.normalize('NFD')}</t></si>`,
  '<si><t></t></si>',
  '<si><t/></si>',
  '<si/>',
  '<si><r><t>Xã </t></r><r><rPr><i/></rPr><t>Bản Bo</t></r></si>',
  '<si><t>ホ</t><rPh sb="0" eb="1"><t>ほ</t></rPh></si>',
  '<si><t a="1">Xã Nà Tăm, huyện Tam Đường</t></si>',
  '<si><x:t xmlns:x="urn:x">x</x:t></si>',
  '<si><t><![CDATA[a <b>]]></t></si>',
  '<si><t>one</t><t>two</t></si>',
  '<si><r><t>not closed</t></r><si><t>nested</t></si></si>', // not XML a workbook has; read as the tokenizer reads it
];

const sst = (items: readonly string[]) => Buffer.from(`<?xml version="1.0"?><sst xmlns:x="urn:x" count="${items.length}">${items.join('\n')}</sst>`);

describe('readSharedStrings', () => {
  it('reads every shape as the tokenizer does', () => {
    const viaTokenizer = readSharedStrings(sst(SHAPES.map((s) => s.replaceAll('<si>', '<si >'))), 'sst');
    expect(readSharedStrings(sst(SHAPES), 'sst')).toEqual(viaTokenizer);
    expect(viaTokenizer).toHaveLength(SHAPES.length);
    expect(viaTokenizer.at(-1)).toBe('nested');
  });

  it.each([
    [0, 'Bản Bo'],
    [1, '  Nà Tăm  '],
    [2, 'A\rB <C> Đ &amp; a > b'],
    [3, 'Hường'.normalize('NFC')],
    [4, ''],
    [7, 'Xã Bản Bo'],
    [8, 'ホ'],
    [9, 'Xã Nà Tăm, huyện Tam Đường'],
    [11, 'a <b>'],
    [12, 'onetwo'],
  ])('string %i reads as %j', (index, text) => {
    expect(readSharedStrings(sst(SHAPES), 'sst')[index]).toBe(text);
  });
});
