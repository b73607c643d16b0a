/**
 * Reads the shared-string table: one string per `<si>`, rich-text runs joined,
 * phonetic (`<rPh>`) runs dropped, `_xHHHH_` escapes undone, NFC-normalised.
 */
import { decodeEntities, decodeOoxmlEscapes } from './xml-text.js';
import { asciiAt, parseXmlPart, plainTextStart, textEnd, utf8Text } from './xml.js';

/** Parses `sharedStrings.xml` into an array indexed like `<c t="s">` values. */
export function readSharedStrings(bytes: Uint8Array, partName: string): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phoneticDepth = 0;
  parseXmlPart(bytes, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        current = '';
        if (selfClosing) strings.push(finish(''));
      } else if (name === 'rPh') {
        if (!selfClosing) phoneticDepth++;
      } else if (name === 't' && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth = Math.max(0, phoneticDepth - 1);
      else if (name === 'si' && current !== undefined) {
        strings.push(finish(current));
        current = undefined;
      }
    },
    text(text) {
      if (inText && phoneticDepth === 0 && current !== undefined) current += text;
    },
    // Nearly every string is one plain run, `<si><t>text</t></si>`: taken whole, as the tokens would give it.
    element(src, lt) {
      if (current !== undefined || !asciiAt(src, lt, '<si>')) return -1;
      const start = plainTextStart(src, lt + 4);
      if (start === -1) return -1;
      const end = textEnd(src, start);
      if (!asciiAt(src, end, '</t></si>')) return -1;
      strings.push(finish(decodeEntities(utf8Text(src, start, end))));
      return end + 9;
    },
  }, partName);
  return strings;
}

function finish(raw: string): string {
  return decodeOoxmlEscapes(raw).normalize('NFC');
}
