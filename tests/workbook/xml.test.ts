import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createUtf8Stream, parseXmlPart, scanXml, shortText, type XmlHandler } from '../../src/workbook/xml.js';
import { decodeEntities, decodeOoxmlEscapes, parseAttributes, readAttributes } from '../../src/workbook/xml-text.js';
import { WorkbookReadError } from '../../src/workbook/types.js';

/** A handler recording tokens as strings like `<c r=…>`, `</c>`, `"text"`. */
function recorder(out: string[]): XmlHandler {
  return {
    open: (name, attrs, selfClosing) => void out.push(`<${name}${attrs.trim() ? ' ' + attrs.trim() : ''}${selfClosing ? '/' : ''}>`),
    close: (name) => void out.push(`</${name}>`),
    text: (text) => void out.push(JSON.stringify(text)),
  };
}

/** Scans byte pieces as a streamed part is scanned: each after the unconsumed tail of the one before. */
function scanPieces(pieces: readonly Buffer[], h: XmlHandler): void {
  let tail: Buffer = Buffer.alloc(0);
  pieces.forEach((piece, i) => {
    const src = Buffer.concat([tail, piece]);
    tail = src.subarray(scanXml(src, 0, i === pieces.length - 1, h, 'test.xml'));
  });
}

/** The tokens of `xml`, given whole or in pieces. */
function tokens(xml: string | string[]): string[] {
  const out: string[] = [];
  scanPieces((typeof xml === 'string' ? [xml] : xml).map((piece) => Buffer.from(piece)), recorder(out));
  return out;
}

/** The tokens of `bytes` cut before each position in `cuts`. */
function tokensOfBytes(bytes: Buffer, cuts: readonly number[]): string[] {
  const out: string[] = [];
  const pieces = [0, ...cuts, bytes.length].slice(1).map((end, k, ends) => bytes.subarray(k === 0 ? 0 : ends[k - 1], end));
  scanPieces(pieces, recorder(out));
  return out;
}

describe('scanXml', () => {
  it('strips namespace prefixes and reports self-closing tags', () => {
    expect(tokens('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"/></x:row>')).toEqual([
      '<row r="1">', '<c r="A1" t="s">', '<v>', '"0"', '</v>', '</c>', '<c r="B1"/>', '</row>',
    ]);
  });

  it('skips declarations, comments and processing instructions; passes CDATA through as text', () => {
    expect(tokens('<?xml version="1.0"?><!-- a <b> comment --><t><![CDATA[1 < 2 & 3]]></t>')).toEqual([
      '<t>', '"1 < 2 & 3"', '</t>',
    ]);
  });

  it('decodes entities in text and keeps `>` inside quoted attributes', () => {
    expect(tokens(`<f a='x>y' b="it's">A1&lt;B1 &amp;&#x1EA1;&#7841;</f>`)).toEqual([
      `<f a='x>y' b="it's">`, '"A1<B1 &ạạ"', '</f>',
    ]);
  });

  it('gives the same tokens however the input is split', () => {
    const xml = '<?xml version="1.0"?><row r="3"><c r="A3" t="inlineStr"><is><t>Hường &amp; Bản</t></is></c><!-- z --></row>';
    const whole = tokens(xml);
    for (let cut = 1; cut < xml.length; cut++) expect(tokens([xml.slice(0, cut), xml.slice(cut)])).toEqual(whole);
    expect(tokens(xml.split(''))).toEqual(whole);
  });

  it('gives the same tokens when the bytes are cut inside a character', () => {
    const xml = '<row r="3"><c r="A3" t="inlineStr"><is><t>Hường Bản 😀</t></is></c></row>';
    const bytes = Buffer.from(xml);
    const whole = tokens(xml);
    for (let cut = 1; cut < bytes.length; cut++) expect(tokensOfBytes(bytes, [cut])).toEqual(whole);
    expect(tokensOfBytes(bytes, Array.from({ length: bytes.length - 1 }, (_, k) => k + 1))).toEqual(whole);
  });

  it.each([
    ['DOCTYPE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ['ENTITY on its own', '<!ENTITY a SYSTEM "file:///etc/passwd"><x/>'],
    ['DOCTYPE split across chunks', ['<x/><!DOC', 'TYPE x><y/>']],
  ])('refuses %s as unsafe-xml', (_label, xml) => {
    expect(() => tokens(xml)).toThrow(expect.objectContaining({ reason: 'unsafe-xml' }) as Error);
  });

  it('reports an unterminated tag at the end as malformed', () => {
    expect(() => tokens('<row><c r="A1"')).toThrow(WorkbookReadError);
  });

  it('stops when the handler says it is done', () => {
    const seen: string[] = [];
    const h: XmlHandler = {
      open(name) { seen.push(name); if (name === 'stop') h.done = true; },
      close() {},
      text() {},
    };
    scanXml(Buffer.from('<a><stop/><b/></a>'), 0, true, h, 'x');
    expect(seen).toEqual(['a', 'stop']);
  });
});

describe('text decoding', () => {
  it.each([
    ['a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;', `a & b <c> "d" 'e'`],
    ['&#272;&#x1B0;&#X1EDD;ng', 'Đường'],
    ['&#0; &#xD800; &#x110000; &nbsp; &unknown;', '&#0; &#xD800; &#x110000; &nbsp; &unknown;'],
    ['no entities', 'no entities'],
  ])('decodeEntities(%j)', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it.each([
    ['line_x000D_\nbreak', 'line\r\nbreak'],
    ['_x005F_x0041_', '_x0041_'],
    ['_xD83D__xDE00_', '😀'],
    ['_x00_ stays', '_x00_ stays'],
  ])('decodeOoxmlEscapes(%j)', (input, expected) => {
    expect(decodeOoxmlEscapes(input)).toBe(expected);
  });

  it('parses attributes by local name, skipping namespace declarations', () => {
    const a = parseAttributes(` xmlns:r="urn:r" name='Xã &amp; "A"' r:id="rId1" __proto__="p"`);
    expect([...a]).toEqual([['name', 'Xã & "A"'], ['id', 'rId1'], ['__proto__', 'p']]);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it('reads only the wanted attributes in one pass', () => {
    const out: (string | undefined)[] = [];
    readAttributes(` s = "3" xmlns:r="urn:x" r="B2" x:t='s'`, ['r', 't', 's', 'missing'], out);
    expect(out).toEqual(['B2', 's', '3', undefined]);
  });
});

describe('decoding the bytes', () => {
  /** Bytes that make up UTF-8 edge cases: lead and continuation bytes, a BOM, surrogates, overlongs, bytes never valid, and `>`. */
  const BYTES = [0x41, 0x3e, 0xc3, 0xa1, 0xe1, 0xbb, 0x87, 0xf0, 0x9f, 0x98, 0x80, 0xbf, 0xc0, 0xed, 0xa0, 0xff, 0xfe, 0xef, 0xe2, 0x82, 0xac, 0xf4, 0x90, 0xc2];

  /** The text tokens of a part streamed in pieces through its UTF-8 stream. */
  function streamedText(pieces: readonly Buffer[]): string[] {
    const out: string[] = [];
    const utf8 = createUtf8Stream(pieces[0] ?? Buffer.alloc(0));
    scanPieces([...pieces.map((p) => utf8(p)), utf8()], recorder(out));
    return out.filter((t) => t.startsWith('"')).map((t) => JSON.parse(t) as string);
  }

  it('gives the text a TextDecoder gives, for any bytes cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.constantFrom(...BYTES), { minLength: 1, maxLength: 24 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 24 }),
        (bom, body, cuts) => {
          const bytes = Buffer.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from('<t>'), ...body, ...Buffer.from('</t>')]);
          // The mark must be whole in the first piece (as it is in any chunk zlib gives).
          const pieces: Buffer[] = [bytes.subarray(0, 3)];
          for (let at = 3, k = 0; at < bytes.length; at += cuts[k++ % cuts.length]!) pieces.push(bytes.subarray(at, at + cuts[k % cuts.length]!));
          // A U+FEFF inside text is a character (the mark is only dropped before the root element).
          expect(streamedText(pieces)).toEqual([new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from(body))]);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads UTF-16 parts by their byte-order mark, streamed or whole', () => {
    const le = Buffer.from('\ufeff<t>Bản Bo 😀</t>', 'utf16le');
    expect(streamedText([le.subarray(0, 5), le.subarray(5, 20), le.subarray(20)])).toEqual(['Bản Bo 😀']);
    const be = Buffer.from(le).swap16();
    const out: string[] = [];
    parseXmlPart(be, recorder(out), 'x');
    expect(out).toEqual(['<t>', '"Bản Bo 😀"', '</t>']);
  });

  it('drops a UTF-8 byte-order mark, and keeps U+FEFF inside text', () => {
    const out: string[] = [];
    parseXmlPart(Buffer.from('\ufeff<t>\ufeffa</t>'), recorder(out), 'x');
    expect(out).toEqual(['<t>', JSON.stringify('\ufeffa'), '</t>']);
  });

  it('remembers short names without mistaking one for another', () => {
    // "Aa" and "BB" hash alike (65·31 + 97 = 66·31 + 66): the second must not come back as the first.
    const names = ['c', 'v', 'row', 'sheetData', 'Aa', 'BB', 'Đ', 'x'.repeat(40), 'b\u00e1'];
    for (let round = 0; round < 3; round++) {
      for (const name of names) {
        const bytes = Buffer.from(`<${name}>`);
        expect(shortText(bytes, 1, bytes.length - 1)).toBe(name);
      }
    }
  });
});
