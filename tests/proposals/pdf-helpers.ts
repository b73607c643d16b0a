import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';

/** One page's text: its items with positions, and the whole text with whitespace collapsed. */
export interface PageText {
  /** Items in drawing order; `x`, `y` in points from the bottom-left corner. */
  items: Array<{ str: string; x: number; y: number }>;
  /** Every item joined by spaces, runs of whitespace collapsed: cell text wrapped over lines reads whole. */
  text: string;
  width: number;
  height: number;
}

/** Extracts every page's text with unpdf (pdf.js). */
export async function readPdf(path: string): Promise<PageText[]> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    const text = items.map((i) => i.str).join(' ').replace(/\s+/g, ' ');
    pages.push({ items, text, width, height });
  }
  return pages;
}

/** The page number printed in the top margin, centred, if any. */
export function printedPageNumber(page: PageText): number | undefined {
  const topMargin = (20 * 72) / 25.4;
  const hit = page.items.find((i) => /^\d+$/.test(i.str.trim()) && i.y > page.height - topMargin && Math.abs(i.x - page.width / 2) < 20);
  return hit ? Number(hit.str) : undefined;
}

/**
 * Every font the PDF uses, and whether its glyphs are embedded: each /Font object
 * must lead (a Type0 font through its descendant) to a /FontDescriptor with a
 * /FontFile2 stream. A standard-14 font (Helvetica, no descriptor) counts as missing.
 */
export function fontEmbedding(bytes: Buffer): Array<{ name: string; embedded: boolean }> {
  const source = bytes.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
  const deref = (dict: string, key: string): string | undefined => {
    const ref = new RegExp(`/${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(dict);
    return ref ? objects.get(ref[1]!) : undefined;
  };
  const fonts: Array<{ name: string; embedded: boolean }> = [];
  for (const body of objects.values()) {
    if (!/\/Type\s*\/Font\b/.test(body) || /\/Subtype\s*\/CIDFontType2/.test(body)) continue;
    const name = /\/BaseFont\s*\/([^\s/>]+)/.exec(body)?.[1] ?? '?';
    const descendant = /\/Subtype\s*\/Type0/.test(body) ? deref(body, 'DescendantFonts') : body;
    const descriptor = descendant && deref(descendant, 'FontDescriptor');
    fonts.push({ name, embedded: !!descriptor && /\/FontFile2\s+\d+ 0 R/.test(descriptor) });
  }
  return fonts;
}

/** The PDF files a run wrote into `dir`, sorted. */
export function pdfsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
}
