/**
 * Streams one worksheet part: inflate in chunks → streaming UTF-8 decode → scan,
 * keeping only the unconsumed tail of the text between chunks.
 */
import type { SheetContext } from './sheet-parser.js';
import { SheetParser } from './sheet-parser.js';
import type { Row } from './types.js';
import { createStreamDecoder, scanXml, type StreamDecoder } from './xml.js';
import type { ZipArchive } from './zip.js';

/**
 * Yields the rows of the sheet stored at `partName`, in file order, in batches: the
 * rows completed by each inflated chunk (hundreds of them) come out together, so a
 * big sheet costs one await per chunk rather than one per row.
 * After `</sheetData>` the rest of the part is still inflated (not parsed) so its
 * size and CRC get checked; a consumer that stops early skips that.
 */
export async function* streamRowBatches(zip: ZipArchive, partName: string, ctx: SheetContext): AsyncGenerator<readonly Row[]> {
  const parser = new SheetParser(ctx);
  let decoder: StreamDecoder | undefined;
  let tail = '';
  for await (const chunk of zip.chunks(partName)) {
    if (parser.done) continue;
    decoder ??= createStreamDecoder(chunk);
    tail = scanChunk(tail, decoder.decode(chunk), parser, partName);
    if (parser.ready.length > 0) yield takeReady(parser);
  }
  if (!parser.done) {
    scanXml(tail + (decoder?.decode() ?? ''), 0, true, parser, partName);
    parser.finish();
    if (parser.ready.length > 0) yield takeReady(parser);
  }
}

/** The same rows one at a time, for readers of small sheets. */
export async function* streamRows(zip: ZipArchive, partName: string, ctx: SheetContext): AsyncGenerator<Row> {
  for await (const batch of streamRowBatches(zip, partName, ctx)) yield* batch;
}

/** How much of a new chunk joins the unconsumed tail to finish the token cut by the boundary. */
const BRIDGE_CHARS = 4096;

/**
 * Scans one decoded chunk after the unconsumed `tail` of the previous one and
 * returns the new tail. Joining the two strings would hand the scanner a
 * concatenated (non-flat) string, which V8 reads markedly slower char by char; so
 * only the tail and the chunk's first few KB are joined, to finish the token cut by
 * the boundary, and the chunk itself is scanned as the flat string it is. A token
 * longer than the bridge (a very long inline string) falls back to joining.
 */
export function scanChunk(tail: string, decoded: string, parser: SheetParser, partName: string): string {
  if (tail.length === 0) return decoded.slice(scanXml(decoded, 0, false, parser, partName));
  const bridgeLength = Math.min(decoded.length, BRIDGE_CHARS);
  const bridge = tail + decoded.slice(0, bridgeLength);
  const at = scanXml(bridge, 0, false, parser, partName);
  if (at >= tail.length) return decoded.slice(scanXml(decoded, at - tail.length, false, parser, partName));
  const text = bridge.slice(at) + decoded.slice(bridgeLength);
  return text.slice(scanXml(text, 0, false, parser, partName));
}

function takeReady(parser: SheetParser): Row[] {
  return parser.ready.splice(0, parser.ready.length);
}
