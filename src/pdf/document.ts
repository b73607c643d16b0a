import { fontBytes, type FontStyle } from './fonts.js';
import { MARGINS } from './layout.js';

/** The pdfkit document type, named once so callers need no global namespace. */
export type PdfDoc = PDFKit.PDFDocument;
/** The pdfkit constructor, passed in so pdfkit is only loaded by the commands that draw. */
export type PdfDocClass = typeof import('pdfkit');

/** What the document says about itself (PDF metadata). */
export interface DocMeta {
  title: string;
  author: string;
  subject?: string;
}

/**
 * A new A4 portrait document with the ND 30 margins and the Tinos fonts
 * registered under their style names. Pages are buffered so page numbers and
 * the draft stamp can be drawn once the page count is known.
 */
export function newDocument(PDFDocument: PdfDocClass, meta: DocMeta): PdfDoc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGINS },
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, ...(meta.subject ? { Subject: meta.subject } : {}), Creator: 'ntm-check' },
  });
  useTinos(doc);
  shareLayouts(doc);
  // Select a Tinos face at once: pdfkit's default Helvetica has no Vietnamese glyphs.
  doc.font('regular');
  return doc;
}

/** pdfkit's per-document font object, as far as this module touches it (not in its typings). */
type EmbeddedFace = { font?: unknown; layoutCache?: Record<string, unknown> };
/** Shaped words per parsed face, kept across documents. */
const layouts = new Map<unknown, Record<string, unknown>>();

/**
 * pdfkit shapes every word through the font's OpenType tables once per document
 * and caches it on that document's font object. A batch draws the same words into
 * dozens of PDFs, and shaping was most of each one's cost; so the cache is shared
 * by every document using the same parsed face. A shaped word holds glyph ids,
 * positions and the characters of each glyph, the same in any document; each
 * document still builds its own subset and ToUnicode map from them.
 */
function shareLayouts(doc: PdfDoc): void {
  const select = doc.font.bind(doc) as (...args: unknown[]) => PdfDoc;
  (doc as unknown as { font: (...args: unknown[]) => PdfDoc }).font = (...args: unknown[]) => {
    select(...args);
    const current = (doc as unknown as { _font?: EmbeddedFace })._font;
    if (current?.font && current.layoutCache) {
      let shared = layouts.get(current.font);
      if (!shared) layouts.set(current.font, (shared = current.layoutCache));
      current.layoutCache = shared;
    }
    return doc;
  };
}

const STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'bold-italic'];
/** A font as parsed by fontkit (pdfkit's font engine); pdfkit accepts one in place of bytes. */
type ParsedFace = { layout: (...args: never[]) => unknown; _glyphs?: object };
const parsed = new Map<FontStyle, ParsedFace>();

/**
 * Registers the four Tinos faces. The first document parses the bytes that
 * fonts.ts read; later documents reuse the parsed faces (pdfkit takes a fontkit
 * font wherever it takes bytes), since parsing the tables again cost about 0.3 s
 * per PDF and a batch writes one PDF per unit and form. Each document still
 * embeds its own subset of the glyphs it uses. Documents are drawn one after
 * another, never interleaved, so the faces are never shared by two at once.
 */
function useTinos(doc: PdfDoc): void {
  for (const style of STYLES) {
    const face = parsed.get(style);
    if (face) {
      // fontkit keeps each glyph with the characters it was first asked for; a glyph
      // the last PDF's subsetter created had none, and would map to no text here
      // (a broken ToUnicode). A fresh glyph cache per PDF keeps the tables, drops that.
      face._glyphs = {};
      doc.registerFont(style, face as unknown as Buffer);
      continue;
    }
    doc.registerFont(style, fontBytes(style));
    doc.font(style);
    // pdfkit keeps the parsed font on its current-font object; not part of its typings.
    const current = (doc as unknown as { _font?: { font?: ParsedFace } })._font?.font;
    if (typeof current?.layout === 'function') parsed.set(style, current);
  }
}

/** Adds a page in the given orientation, keeping the ND 30 margins. */
export function addPage(doc: PdfDoc, layout: 'portrait' | 'landscape'): void {
  doc.addPage({ size: 'A4', layout, margins: { ...MARGINS } });
}

/** Ends the document and collects its bytes. */
export function finish(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The bottom edge text may reach on the current page. */
export function bottomOf(doc: PdfDoc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** The usable width of the current page. */
export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
