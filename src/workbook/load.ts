/**
 * Assembles a {@link WorkbookData} from a zip already in memory: finds the
 * workbook part through the package relationships, reads shared strings and
 * styles up front, and maps sheet names to their worksheet parts.
 */
import { findRelationship, readRelationships, relKind, type Relationship } from './opc.js';
import { streamRowBatches, streamRows } from './sheet.js';
import { readSharedStrings } from './shared-strings.js';
import { NO_STYLES, readStyles } from './styles.js';
import { WorkbookReadError, type ReadLimits, type WorkbookData } from './types.js';
import { readWorkbookPart } from './workbook-part.js';
import { ZipArchive } from './zip.js';

const FALLBACK_WORKBOOK = 'xl/workbook.xml';

/** The workbook part: the package's officeDocument target if present, else `xl/workbook.xml`. */
function findWorkbookPart(zip: ZipArchive): string {
  const main = findRelationship(readRelationships(zip, ''), 'officeDocument');
  const entry = zip.find(main?.target ?? '') ?? zip.find(FALLBACK_WORKBOOK);
  if (!entry) throw new WorkbookReadError('not-workbook', { missingPart: FALLBACK_WORKBOOK });
  return entry.name;
}

/** Target of the relationship of `kind`, else `fallback`, as an existing entry name. */
function optionalPart(zip: ZipArchive, rels: Map<string, Relationship>, kind: string, fallback: string): string | undefined {
  const rel = findRelationship(rels, kind);
  return zip.find(rel?.target ?? '')?.name ?? zip.find(fallback)?.name;
}

/**
 * Opens a workbook held in `buf` (already known to start like a zip).
 * @throws WorkbookReadError `corrupt-zip`, `too-large`, `encrypted`, `not-workbook`, `unsafe-xml`.
 */
export function loadWorkbook(buf: Buffer, limits: ReadLimits): WorkbookData {
  const zip = new ZipArchive(buf, limits);
  const workbookPart = findWorkbookPart(zip);
  const { date1904, sheets } = readWorkbookPart(zip.readEntry(workbookPart), workbookPart);
  const rels = readRelationships(zip, workbookPart);
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);

  const sstPart = optionalPart(zip, rels, 'sharedStrings', `${dir}sharedStrings.xml`);
  const sharedStrings = sstPart ? readSharedStrings(zip.readEntry(sstPart), sstPart) : [];
  const stylesPart = optionalPart(zip, rels, 'styles', `${dir}styles.xml`);
  const styles = stylesPart ? readStyles(zip.readEntry(stylesPart), stylesPart) : NO_STYLES;

  // Map, not a plain object: sheet names are file content (`__proto__` is a legal name).
  const parts = new Map<string, string>();
  for (const sheet of sheets) {
    const rel = rels.get(sheet.relId);
    if (!rel) throw new WorkbookReadError('not-workbook', { problem: 'sheet relationship missing', sheet: sheet.name });
    // Chart, dialog and macro sheets hold no cells: leave them out.
    if (relKind(rel.type) !== 'worksheet') continue;
    const entry = zip.find(rel.target);
    if (!entry) throw new WorkbookReadError('not-workbook', { problem: 'sheet part missing', sheet: sheet.name, missingPart: rel.target });
    if (!parts.has(sheet.name)) parts.set(sheet.name, entry.name);
  }

  const partOf = (sheetName: string) => {
    const part = parts.get(sheetName);
    if (part === undefined) throw new RangeError(`no worksheet named ${JSON.stringify(sheetName)}`);
    return part;
  };
  const contextOf = (sheetName: string) => ({
    sheet: sheetName, sharedStrings, styles, date1904, maxRows: limits.maxRows, maxColumns: limits.maxColumns,
  });
  return {
    date1904,
    sheets: [...parts.keys()].map((name) => ({ name })),
    rows(sheetName: string) {
      return streamRows(zip, partOf(sheetName), contextOf(sheetName));
    },
    rowBatches(sheetName: string) {
      return streamRowBatches(zip, partOf(sheetName), contextOf(sheetName));
    },
  };
}
