/**
 * Text made safe for XML content and attribute values (the JUnit report, the
 * parts of a written workbook). Characters XML 1.0 cannot carry — C0 controls
 * other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates — are dropped: a
 * file holding them would not open.
 */
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text; // most text: nothing to do
  return text
    .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (pair) => (pair.length === 2 ? pair : ''))
    .replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => ENTITIES[ch] ?? '');
}
