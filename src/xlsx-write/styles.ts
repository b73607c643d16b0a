/**
 * The cell formats of a written workbook: the default, a header look, and one
 * format per number format asked for. `styles.xml` lists them in the order they
 * were first asked for, so a format's index is stable within one workbook.
 */
import { escapeXml } from '../text/xml-escape.js';

/** How a header cell looks: bold, light blue fill, centred and wrapped. */
export const HEADER_FILL = 'FFDDEBF7';

/** Format indexes (`s="…"`): 0 is the default, 1 the header. */
export class StyleSheet {
  private readonly numFmts: string[] = [];
  private readonly byFormat = new Map<string, number>();

  /** The format index for numbers shown with `numFmt` (e.g. `0.0%`). */
  numberFormat(numFmt: string): number {
    let index = this.byFormat.get(numFmt);
    if (index === undefined) {
      this.numFmts.push(numFmt);
      index = this.numFmts.length + 1; // after the default (0) and the header (1)
      this.byFormat.set(numFmt, index);
    }
    return index;
  }

  /** `xl/styles.xml`. Custom number formats take ids from 164, as Excel's own do. */
  toXml(): string {
    const numFmts = this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`).join('');
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
      ...this.numFmts.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
    ];
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts ? `<numFmts count="${this.numFmts.length}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
