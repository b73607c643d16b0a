/**
 * Hand-built SpreadsheetML packages for cases exceljs cannot produce: inline
 * strings, namespace prefixes, missing `r` attributes, `date1904="true"`, Strict
 * OOXML, DTDs, hostile names. Parts are written as literal XML on purpose.
 */
import { buildZip, type ZipEntrySpec, type ZipOptions } from './zip.js';

/** One sheet of a crafted workbook. */
export interface CraftSheet {
  name: string;
  /** Inner XML of `<sheetData>` (use the same prefix as `CraftOptions.prefix`). */
  rows?: string;
  /** The whole worksheet part, overriding `rows`. */
  xml?: string;
  /** Relationship kind; `chartsheet` parts get no rows. */
  kind?: 'worksheet' | 'chartsheet';
}

/** What to put in a crafted workbook. */
export interface CraftOptions {
  sheets: CraftSheet[];
  /** Plain strings (escaped here) or a whole `sharedStrings.xml`. */
  sharedStrings?: string[] | { xml: string };
  stylesXml?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="true"`. */
  workbookPr?: string;
  /** Extra XML inside `<workbook>` after `<sheets>`, e.g. `<definedNames>…`. */
  workbookExtra?: string;
  /** Use Strict OOXML namespaces and relationship types. */
  strict?: boolean;
  /** Namespace prefix for SpreadsheetML elements (e.g. `x`). */
  prefix?: string;
  /** Write relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
}

/** Escapes text for XML content or attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function namespaces(strict: boolean): { main: string; rel: string; relType: (kind: string) => string } {
  return strict
    ? { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships', relType: (k) => `http://purl.oclc.org/ooxml/officeDocument/relationships/${k}` }
    : { main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', relType: (k) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${k}` };
}

function rels(items: Array<{ id: string; type: string; target: string }>): string {
  const body = items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `${DECL}<Relationships xmlns="${PKG_RELS_NS}">${body}</Relationships>`;
}

/** A worksheet part around `rows`, with an optional element prefix. */
export function worksheetXml(rows: string, prefix = '', strict = false): string {
  const ns = namespaces(strict);
  const p = prefix ? `${prefix}:` : '';
  const xmlns = prefix ? `xmlns:${prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  return `${DECL}<${p}worksheet ${xmlns} xmlns:r="${ns.rel}"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
}

/** The zip entries of a crafted workbook. */
export function craftEntries(o: CraftOptions): ZipEntrySpec[] {
  const ns = namespaces(o.strict ?? false);
  const p = o.prefix ? `${o.prefix}:` : '';
  const xmlns = o.prefix ? `xmlns:${o.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const target = (t: string): string => (o.absoluteTargets ? `/xl/${t}` : t);
  const sheetTags = o.sheets.map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const pr = o.workbookPr ? `<${p}workbookPr ${o.workbookPr}/>` : '';
  const entries: ZipEntrySpec[] = [
    { name: '[Content_Types].xml', data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: '_rels/.rels', data: rels([{ id: 'rId1', type: ns.relType('officeDocument'), target: o.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml' }]) },
    { name: 'xl/workbook.xml', data: `${DECL}<${p}workbook ${xmlns} xmlns:r="${ns.rel}">${pr}<${p}sheets>${sheetTags}</${p}sheets>${o.workbookExtra ?? ''}</${p}workbook>` },
  ];
  const wbRels = o.sheets.map((s, i) => {
    const kind = s.kind ?? 'worksheet';
    const file = `${kind}s/sheet${i + 1}.xml`;
    entries.push({ name: `xl/${file}`, data: s.xml ?? worksheetXml(s.rows ?? '', o.prefix, o.strict) });
    return { id: `rId${i + 1}`, type: ns.relType(kind), target: target(file) };
  });
  if (o.sharedStrings) {
    const sst = Array.isArray(o.sharedStrings)
      ? `${DECL}<sst xmlns="${ns.main}" count="${o.sharedStrings.length}">${o.sharedStrings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`
      : o.sharedStrings.xml;
    entries.push({ name: 'xl/sharedStrings.xml', data: sst });
    wbRels.push({ id: 'rIdSst', type: ns.relType('sharedStrings'), target: target('sharedStrings.xml') });
  }
  if (o.stylesXml) {
    entries.push({ name: 'xl/styles.xml', data: o.stylesXml });
    wbRels.push({ id: 'rIdStyles', type: ns.relType('styles'), target: target('styles.xml') });
  }
  entries.push({ name: 'xl/_rels/workbook.xml.rels', data: rels(wbRels) });
  return entries;
}

/** A crafted workbook as zip bytes. */
export function craftXlsx(o: CraftOptions, zip?: ZipOptions): Buffer {
  return buildZip(craftEntries(o), zip);
}

/** A `styles.xml` whose cellXfs use the given number-format ids, plus custom formats. */
export function stylesXml(xfFormatIds: number[], customFormats: Record<number, string> = {}): string {
  const fmts = Object.entries(customFormats).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
  const xfs = xfFormatIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`).join('');
  return `${DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${Object.keys(customFormats).length}">${fmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfFormatIds.length}">${xfs}</cellXfs></styleSheet>`;
}
