/**
 * A small, resumable XML tokenizer for SpreadsheetML parts. It reports element
 * names without their namespace prefix (`<x:c>` → `c`), hands attribute lists over
 * unparsed (the caller parses only the ones it needs), and can stop at an
 * incomplete token so a streamed part is scanned chunk by chunk with only the
 * unconsumed tail kept in memory. Any DTD markup (`<!DOCTYPE`, `<!ENTITY`, …) is
 * refused outright: entities are never expanded and nothing external is read.
 *
 * It reads the part's UTF-8 bytes, not decoded text. Markup is ASCII, and UTF-8
 * never uses an ASCII byte inside a multi-byte character, so the scan can cut at
 * `<`, `>` and quotes without splitting a character, and only what is reported —
 * names, attribute lists, text — is decoded. A sheet's everyday cells, taken by the
 * handler's fast path, are never decoded at all: checking a 500k-row sheet took
 * about a quarter less than when the tokenizer scanned decoded text.
 */
import { TextDecoder } from 'node:util';
import { decodeEntities } from './xml-text.js';
import { WorkbookReadError } from './types.js';

/** Receives tokens from {@link scanXml}. Text is already entity-decoded. */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /** When set to true the scan stops at the next token (e.g. after `</sheetData>`). */
  done?: boolean;
  /**
   * Optional fast path, offered every start and end tag before it is tokenized: a
   * handler that recognises a whole element (or tag) at byte `lt` in its everyday
   * shape consumes it and returns the position after it; -1 leaves it to the
   * tokenizer (nothing consumed).
   */
  element?(src: Buffer, lt: number): number;
}

/**
 * How much must follow a tag before it is offered to the handler's fast path. A
 * fast path that reads past the end of a chunk (a cut element) gets undefined for
 * the byte, and V8 throws away its optimised code for each such read site: at
 * every chunk's end, early in a big sheet, that cost the first 100k-row scan 15–20 %
 * (deoptimised nine times). An everyday cell or row tag takes 30–100 bytes;
 * a bigger margin sends more cells the slow way (1,024: the scan 5–8 % slower).
 */
const FAST_PATH_MARGIN = 256;

/** `src[start, end)` decoded as UTF-8; malformed bytes become U+FFFD, as `TextDecoder` makes them. */
export function utf8Text(src: Buffer, start: number, end: number): string {
  return src.toString('utf8', start, end);
}

/** True when the bytes at `at` spell `ascii`. */
export function asciiAt(src: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > src.length) return false;
  for (let k = 0; k < ascii.length; k++) if (src[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/**
 * Where the text of the `<t>` at `at` starts when it is a plain run as generators
 * write it, `<t>` or `<t xml:space="preserve">`; -1 for anything else (a prefix,
 * other attributes, `<t/>`). For handlers' fast paths over inline and shared strings.
 */
export function plainTextStart(src: Uint8Array, at: number): number {
  if (!asciiAt(src, at, '<t')) return -1;
  if (src[at + 2] === 62 /* > */) return at + 3;
  return asciiAt(src, at + 2, ' xml:space="preserve">') ? at + 24 : -1;
}

/** Where text starting at `at` ends: at the next `<` (or the end of `src`); the text itself holds no markup. */
export function textEnd(src: Uint8Array, at: number): number {
  const len = src.length;
  while (at < len && src[at] !== 60 /* < */) at++;
  return at;
}

/**
 * Short texts already decoded (element names, a cell's type), by a hash of their
 * bytes: a part has a handful of names, each met millions of times, and decoding
 * costs a call into node's C++ every time. A hit is checked byte by byte, so a
 * collision only costs a decode; the table stays small whatever the file holds.
 */
const SHORT_TEXTS = new Map<number, string>();
const SHORT_TEXTS_MAX = 256;
const SHORT_TEXT_BYTES = 32;

/** `utf8Text` for a short ASCII text met again and again (names, `t` values), without decoding it each time. */
export function shortText(src: Buffer, start: number, end: number): string {
  if (end - start > SHORT_TEXT_BYTES) return utf8Text(src, start, end);
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + src[i]!) | 0;
  const known = SHORT_TEXTS.get(hash);
  if (known !== undefined && spells(src, start, end, known)) return known;
  const text = utf8Text(src, start, end);
  // Only texts that are their own bytes (ASCII) can be checked against them later.
  if (SHORT_TEXTS.size < SHORT_TEXTS_MAX && spells(src, start, end, text)) SHORT_TEXTS.set(hash, text);
  return text;
}

/** True when `src[start, end)` is `text`'s bytes (so `text` is ASCII). */
function spells(src: Uint8Array, start: number, end: number, text: string): boolean {
  return text.length === end - start && asciiAt(src, start, text);
}

function malformed(part: string, at: number): WorkbookReadError {
  return new WorkbookReadError('corrupt-zip', { problem: 'malformed XML', part, offset: at });
}

/** Handles `<!…>` and `<?…?>` markup at `lt`; returns the next position, or -1 if incomplete. */
function skipSpecial(src: Buffer, lt: number, h: XmlHandler, part: string): number {
  if (src[lt + 1] === 63 /* ? */) {
    const end = src.indexOf('?>', lt + 2);
    return end === -1 ? -1 : end + 2;
  }
  if (asciiAt(src, lt, '<!--')) {
    const end = src.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (asciiAt(src, lt, '<![CDATA[')) {
    const end = src.indexOf(']]>', lt + 9);
    if (end === -1) return -1;
    h.text(utf8Text(src, lt + 9, end));
    return end + 3;
  }
  // <!DOCTYPE, <!ENTITY, <!ELEMENT, <!ATTLIST … only exist in DTDs, which a workbook never needs.
  throw new WorkbookReadError('unsafe-xml', { part, markup: utf8Text(src, lt, Math.min(src.length, lt + 9)) });
}

/**
 * Scans tokens of `src` starting at `pos` and returns the index of the first
 * character not consumed. With `final` false an incomplete trailing token is left
 * for the next call; with `final` true it is an error.
 * @throws WorkbookReadError `unsafe-xml` on DTD markup, `corrupt-zip` on malformed markup.
 */
export function scanXml(src: Buffer, pos: number, final: boolean, h: XmlHandler, part: string): number {
  const len = src.length;
  while (pos < len && !h.done) {
    // Nearly always the very next byte: a loop here beats a call into native indexOf.
    let lt = pos;
    while (lt < len && src[lt] !== 60 /* < */) lt++;
    if (lt === len) {
      if (!final) return pos;
      h.text(decodeEntities(utf8Text(src, pos, len)));
      return len;
    }
    if (lt > pos) h.text(decodeEntities(utf8Text(src, pos, lt)));
    // Nine bytes are enough to tell `<![CDATA[` and `<!DOCTYPE` apart from the rest.
    if (!final && len - lt < 9) return lt;
    const c = src[lt + 1];
    let next: number;
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      next = skipSpecial(src, lt, h, part);
    } else {
      // Near the end of a chunk the element is likely cut: leave it to the tokenizer.
      next = h.element === undefined || (!final && len - lt < FAST_PATH_MARGIN) ? -1 : h.element(src, lt);
      if (next === -1) next = readTag(src, lt, c === 47 /* / */, h);
    }
    if (next === -1) {
      if (final) throw malformed(part, lt);
      return lt;
    }
    pos = next;
  }
  return h.done ? len : pos;
}

function isNameEnd(ch: number): boolean {
  return ch === 62 /* > */ || ch === 32 || ch === 47 /* / */ || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Reads the start or end tag at `lt` and reports it; returns the position after
 * its `>`, or -1 when the tag is not complete in `src` yet. One pass: the name
 * (prefix dropped), then — only if there are attributes — a quote-aware search
 * for the closing `>` (a quoted value may contain `>`).
 */
function readTag(src: Buffer, lt: number, closing: boolean, h: XmlHandler): number {
  const len = src.length;
  let i = closing ? lt + 2 : lt + 1;
  let start = i;
  let ch = 0;
  for (; i < len; i++) {
    ch = src[i]!;
    if (isNameEnd(ch)) break;
    if (ch === 58 /* : */) start = i + 1;
  }
  if (i >= len) return -1;
  const nameEnd = i;
  if (ch !== 62) {
    let quote = 0;
    for (; i < len; i++) {
      ch = src[i]!;
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 62) break;
      else if (ch === 34 || ch === 39) quote = ch;
    }
    if (i >= len) return -1;
  }
  const name = shortText(src, start, nameEnd);
  if (closing) h.close(name);
  else {
    const selfClosing = src[i - 1] === 47;
    h.open(name, nameEnd < i ? utf8Text(src, nameEnd, selfClosing ? i - 1 : i) : '', selfClosing);
  }
  return i + 1;
}

/** The label of a part whose byte-order mark says UTF-16 (legal XML; Excel only writes UTF-8). */
function utf16Label(first: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return undefined;
}

const hasUtf8Mark = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
const NO_BYTES: Buffer = Buffer.alloc(0);

/** A whole part as UTF-8 bytes without a byte-order mark: as it is, or re-encoded from UTF-16. */
export function utf8Bytes(bytes: Uint8Array): Buffer {
  const label = utf16Label(bytes);
  if (label) return Buffer.from(new TextDecoder(label).decode(bytes), 'utf8');
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return hasUtf8Mark(buf) ? buf.subarray(3) : buf;
}

/** Turns a streamed part's chunks into UTF-8 bytes; called without a chunk at the end, for what is left. */
export type Utf8Stream = (chunk?: Buffer) => Buffer;

/**
 * The {@link utf8Bytes} of a streamed part (a sheet), chosen by its first chunk.
 * UTF-8 chunks pass through untouched (a character cut between two chunks stays
 * whole in the tokenizer's unconsumed tail); UTF-16 is decoded as it streams and
 * re-encoded. A UTF-8 mark is dropped from the first chunk; one cut by a chunk
 * boundary (a part a few bytes long) would only be text before the root element,
 * which no handler reads.
 */
export function createUtf8Stream(first: Uint8Array): Utf8Stream {
  const label = utf16Label(first);
  if (label) {
    const decoder = new TextDecoder(label);
    return (chunk) => Buffer.from(chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true }), 'utf8');
  }
  let started = false;
  return (chunk) => {
    if (chunk === undefined) return NO_BYTES;
    if (started) return chunk;
    started = true;
    return hasUtf8Mark(chunk) ? chunk.subarray(3) : chunk;
  };
}

/** Tokenizes a whole, already-inflated part. */
export function parseXmlPart(bytes: Uint8Array, h: XmlHandler, part: string): void {
  scanXml(utf8Bytes(bytes), 0, true, h, part);
}
