/**
 * Reads `styles.xml` just far enough to know which cell style indices (`s="…"`)
 * carry a date/time number format.
 */
import { isBuiltinDateFormat, isDateFormatCode } from './number-format.js';
import { parseAttributes } from './xml-text.js';
import { parseXmlPart } from './xml.js';

/** Date-ness of each cell format (`cellXfs` entry), by index. */
export interface StyleTable {
  isDate(styleIndex: number): boolean;
}

/** A style table for workbooks without `styles.xml`: nothing is a date. */
export const NO_STYLES: StyleTable = { isDate: () => false };

/** Parses `styles.xml`. Custom `<numFmt>` codes override built-in ids with the same number. */
export function readStyles(bytes: Uint8Array, partName: string): StyleTable {
  const customCodes = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  parseXmlPart(bytes, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') {
        const a = parseAttributes(attrs);
        const id = Number(a.get('numFmtId'));
        if (Number.isInteger(id)) customCodes.set(id, a.get('formatCode') ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(parseAttributes(attrs).get('numFmtId') ?? 0);
        xfFormatIds.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  }, partName);
  const dateXf = xfFormatIds.map((id) => {
    const code = customCodes.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id);
  });
  return { isDate: (styleIndex) => dateXf[styleIndex] ?? false };
}
