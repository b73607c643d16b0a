/**
 * Streams one worksheet part: inflate in chunks → scan the UTF-8 bytes, keeping
 * only the unconsumed tail of the bytes between chunks.
 */
import type { SheetContext } from './sheet-parser.js';
import { SheetParser } from './sheet-parser.js';
import type { Row } from './types.js';
import { createUtf8Stream, scanXml, type Utf8Stream } from './xml.js';
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
  let utf8: Utf8Stream | undefined;
  let tail: Buffer = NO_BYTES;
  for await (const chunk of zip.chunks(partName)) {
    if (parser.done) continue;
    utf8 ??= createUtf8Stream(chunk);
    tail = scanChunk(tail, utf8(chunk), parser, partName);
    if (parser.ready.length > 0) yield takeReady(parser);
  }
  if (!parser.done) {
    scanXml(Buffer.concat([tail, utf8?.() ?? NO_BYTES]), 0, true, parser, partName);
    parser.finish();
    if (parser.ready.length > 0) yield takeReady(parser);
  }
}

const NO_BYTES: Buffer = Buffer.alloc(0);

/** The same rows one at a time, for readers of small sheets. */
export async function* streamRows(zip: ZipArchive, partName: string, ctx: SheetContext): AsyncGenerator<Row> {
  for await (const batch of streamRowBatches(zip, partName, ctx)) yield* batch;
}

/** How much of a new chunk joins the unconsumed tail to finish the token cut by the boundary. */
const BRIDGE_BYTES = 4096;

/**
 * Scans one chunk after the unconsumed `tail` of the previous one and returns the
 * new tail. Only the tail and the chunk's first few KB are joined, to finish the
 * token cut by the boundary, and the chunk itself is scanned where it lies, not
 * copied. A token longer than the bridge (a very long inline string) falls back
 * to joining.
 */
export function scanChunk(tail: Buffer, chunk: Buffer, parser: SheetParser, partName: string): Buffer {
  if (tail.length === 0) return chunk.subarray(scanXml(chunk, 0, false, parser, partName));
  const bridgeLength = Math.min(chunk.length, BRIDGE_BYTES);
  const bridge = Buffer.concat([tail, chunk.subarray(0, bridgeLength)]);
  const at = scanXml(bridge, 0, false, parser, partName);
  if (at >= tail.length) return chunk.subarray(scanXml(chunk, at - tail.length, false, parser, partName));
  const joined = Buffer.concat([bridge.subarray(at), chunk.subarray(bridgeLength)]);
  return joined.subarray(scanXml(joined, 0, false, parser, partName));
}

function takeReady(parser: SheetParser): Row[] {
  return parser.ready.splice(0, parser.ready.length);
}
