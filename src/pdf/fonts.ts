import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Tinos: a Times-metric serif with every Vietnamese glyph (and ₫), shipped as full
 * TTFs by the registry package @expo-google-fonts/tinos (SIL OFL). pdfkit embeds
 * them; WOFF/WOFF2 builds do not load or split glyphs. Each file is read once per
 * run and shared by every document, since parsing fonts dominates PDF time.
 */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';

const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  'bold-italic': '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
const cache = new Map<FontStyle, Buffer>();

/** The font file's bytes, read on first use. */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}

/** Registers the four Tinos styles on a pdfkit document under their style names. */
export function registerFonts(doc: { registerFont(name: string, src: Buffer): unknown }): void {
  for (const style of Object.keys(FILES) as FontStyle[]) doc.registerFont(style, fontBytes(style));
}
