/**
 * Text made safe for XML content and attribute values. Characters XML 1.0 cannot
 * carry (C0 controls other than tab, LF, CR; lone surrogates) are dropped: a
 * workbook with them would not open.
 */
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text; // most cells: nothing to do
  return text
    .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (pair) => (pair.length === 2 ? pair : ''))
    .replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => ENTITIES[ch] ?? '');
}
