/**
 * Streams one worksheet part: inflate in chunks → streaming UTF-8 decode → scan,
 * keeping only the unconsumed tail of the text between chunks.
 */
import type { TextDecoder } from 'node:util';
import type { SheetContext } from './sheet-parser.js';
import { SheetParser } from './sheet-parser.js';
import type { Row } from './types.js';
import { createPartDecoder, scanXml } from './xml.js';
import type { ZipArchive } from './zip.js';

/**
 * Yields the rows of the sheet stored at `partName`, in file order.
 * After `</sheetData>` the rest of the part is still inflated (not parsed) so its
 * size and CRC get checked; a consumer that stops early skips that.
 */
export async function* streamRows(zip: ZipArchive, partName: string, ctx: SheetContext): AsyncGenerator<Row> {
  const parser = new SheetParser(ctx);
  let decoder: TextDecoder | undefined;
  let tail = '';
  for await (const chunk of zip.chunks(partName)) {
    if (parser.done) continue;
    decoder ??= createPartDecoder(chunk);
    const text = tail + decoder.decode(chunk, { stream: true });
    tail = text.slice(scanXml(text, 0, false, parser, partName));
    yield* takeReady(parser);
  }
  if (!parser.done) {
    scanXml(tail + (decoder?.decode() ?? ''), 0, true, parser, partName);
    parser.finish();
    yield* takeReady(parser);
  }
}

function takeReady(parser: SheetParser): Row[] {
  return parser.ready.splice(0, parser.ready.length);
}
