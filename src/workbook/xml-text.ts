/**
 * Text-level XML decoding: the five predefined entities, numeric character
 * references, attribute lists, and SpreadsheetML's `_xHHHH_` escapes. Nothing here
 * ever expands a declared entity: unknown `&name;` references are kept verbatim.
 */

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
});

function fromCodePoint(cp: number, literal: string): string {
  // NUL, lone surrogates and out-of-range values are not XML characters: keep the text as written.
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return literal;
  return String.fromCodePoint(cp);
}

/** Replaces predefined entities and `&#…;` / `&#x…;` references. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (m: string, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), m);
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10), m);
    return NAMED[name!] ?? m;
  });
}

const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Undoes ST_Xstring escapes (`_x000D_` → CR, `_x005F_` → `_`). Applied to string
 * cell text after entity decoding; surrogate pairs arrive as two escapes and join up.
 */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') === -1) return s;
  return s.replace(OOXML_ESCAPE, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** XML white space: space, tab, LF, CR. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** True when the qualified name `src[start, end)` has local name `wanted` and is not an `xmlns:` declaration. */
function hasLocalName(src: string, start: number, end: number, wanted: string): boolean {
  const at = end - wanted.length;
  if (at < start || !src.startsWith(wanted, at)) return false;
  if (at === start) return true;
  return src.charCodeAt(at - 1) === 58 /* : */ && !(at - 1 - start === 5 && src.startsWith('xmlns', start));
}

/**
 * One pass over an attribute list filling `out[i]` with the decoded value of
 * `names[i]` (matched by local name), or undefined. Used on the per-cell hot path
 * instead of building a Map.
 */
export function readAttributes(src: string, names: readonly string[], out: (string | undefined)[]): void {
  for (let n = 0; n < names.length; n++) out[n] = undefined;
  const len = src.length;
  for (let i = 0; i < len; ) {
    const eq = src.indexOf('=', i);
    if (eq === -1) return;
    let start = i;
    while (start < eq && isSpace(src.charCodeAt(start))) start++;
    let end = eq;
    while (end > start && isSpace(src.charCodeAt(end - 1))) end--;
    let q = eq + 1;
    while (q < len && isSpace(src.charCodeAt(q))) q++;
    const quote = src.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return;
    const close = src.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close === -1) return;
    for (let n = 0; n < names.length; n++) {
      if (hasLocalName(src, start, end, names[n]!)) out[n] = decodeEntities(src.slice(q + 1, close));
    }
    i = close + 1;
  }
}

/**
 * Parses an attribute list into a Map keyed by local name (prefix dropped, so
 * `r:id` → `id`); namespace declarations are skipped. Later duplicates win.
 */
export function parseAttributes(src: string): Map<string, string> {
  const out = new Map<string, string>();
  if (src.length === 0) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(src); m !== null; m = ATTRIBUTE.exec(src)) {
    const qname = m[1]!;
    if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
    const colon = qname.indexOf(':');
    out.set(colon === -1 ? qname : qname.slice(colon + 1), decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return out;
}
