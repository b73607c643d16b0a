/**
 * Reads a workbook file from disk, turning file-system failures into
 * {@link WorkbookReadError} reasons the CLI can explain.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { WorkbookReadError, type UnreadableReason } from './types.js';

function reasonFor(err: unknown): UnreadableReason | undefined {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR': // a path component is a file: nothing can exist below it
      return 'missing';
    case 'EACCES':
    case 'EPERM':
      return 'no-access';
    case 'EISDIR':
      return 'is-directory';
    default:
      return undefined;
  }
}

function translate(err: unknown, path: string): unknown {
  const reason = reasonFor(err);
  return reason ? new WorkbookReadError(reason, { path }) : err;
}

/**
 * Returns the whole file after checking that it exists, is a regular file, is not
 * empty and is at most `maxBytes` long. FIFOs and devices are refused up front
 * because reading them could block forever.
 * @throws WorkbookReadError `missing`, `is-directory`, `no-access`, `empty`, `too-large`, `not-zip`.
 */
export async function readWorkbookFile(path: string, maxBytes: number): Promise<Buffer> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw translate(err, path);
  }
  if (info.isDirectory()) throw new WorkbookReadError('is-directory', { path });
  if (!info.isFile()) throw new WorkbookReadError('not-zip', { path, problem: 'not a regular file' });
  if (info.size === 0) throw new WorkbookReadError('empty', { path });
  if (info.size > maxBytes) throw new WorkbookReadError('too-large', { what: 'file size', bytes: info.size, max: maxBytes });
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw translate(err, path);
  }
  // The file may have changed between stat and read.
  if (buf.length === 0) throw new WorkbookReadError('empty', { path });
  if (buf.length > maxBytes) throw new WorkbookReadError('too-large', { what: 'file size', bytes: buf.length, max: maxBytes });
  return buf;
}
