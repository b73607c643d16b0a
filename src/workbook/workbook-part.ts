/**
 * Reads `workbook.xml`: the sheet list in tab order and the date system. Defined
 * names, views and the rest are not needed, and none of the part's content is ever
 * used as a key of a plain object.
 */
import { parseAttributes } from './xml-text.js';
import { parseXmlPart } from './xml.js';
import { WorkbookReadError } from './types.js';

/** A `<sheet>` entry of the workbook part. */
export interface SheetEntry {
  /** NFC-normalised sheet name. */
  name: string;
  /** Relationship id (`r:id`) pointing at the sheet part. */
  relId: string;
}

/** What the reader needs from `workbook.xml`. */
export interface WorkbookPart {
  date1904: boolean;
  sheets: SheetEntry[];
}

/**
 * Parses a workbook part.
 * @throws WorkbookReadError `not-workbook` when the root element is not `<workbook>`
 *   (e.g. an officeDocument relationship pointing at a Word document).
 */
export function readWorkbookPart(bytes: Uint8Array, partName: string): WorkbookPart {
  const result: WorkbookPart = { date1904: false, sheets: [] };
  let root: string | undefined;
  parseXmlPart(bytes, {
    open(name, attrs) {
      if (root === undefined) root = name;
      if (name === 'workbookPr') {
        const v = parseAttributes(attrs).get('date1904')?.trim().toLowerCase();
        result.date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const a = parseAttributes(attrs);
        const sheetName = a.get('name');
        const relId = a.get('id');
        if (sheetName !== undefined && relId !== undefined) result.sheets.push({ name: sheetName.normalize('NFC'), relId });
      }
    },
    close() {},
    text() {},
  }, partName);
  if (root !== 'workbook') throw new WorkbookReadError('not-workbook', { part: partName, root: root ?? '' });
  return result;
}
