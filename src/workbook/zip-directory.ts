/**
 * Zip central-directory parsing (APPNOTE 6.3.x): finds the End Of Central Directory
 * record, follows the zip64 locator when present, and lists the entries. Only the
 * central directory is trusted for names and sizes; local headers are consulted
 * later just to find where the data starts.
 */
import { WorkbookReadError } from './types.js';

/** One file stored in the zip, as described by its central-directory header. */
export interface ZipEntry {
  /** Entry name with `\` turned into `/` (some Windows generators write backslashes). */
  name: string;
  /** 0 = stored, 8 = deflate; anything else is rejected when the entry is read. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** Declared size; it may lie, so inflation re-checks it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const MAX32 = 0xffffffff;

function corrupt(problem: string, extra: Record<string, string | number> = {}): WorkbookReadError {
  return new WorkbookReadError('corrupt-zip', { problem, ...extra });
}

/** 64-bit little-endian read; values past 2^53 only need to be "huge" for the caps. */
function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

function findEocd(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so scan only that tail.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= stop; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIG && at + 22 + buf.readUInt16LE(at + 20) <= buf.length) return at;
  }
  throw corrupt('no end of central directory');
}

function locateDirectory(buf: Buffer, eocd: number): DirectoryLocation {
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) throw corrupt('multi-disk zip');
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && buf.readUInt32LE(locator) === EOCD64_LOCATOR_SIG) {
    const at = u64(buf, locator + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64_SIG) throw corrupt('bad zip64 end record');
    count = u64(buf, at + 32);
    size = u64(buf, at + 40);
    offset = u64(buf, at + 48);
  }
  if (offset + size > buf.length) throw corrupt('central directory outside file', { offset, size });
  return { count, offset, size };
}

/** Applies the zip64 extended-information extra field (id 0x0001) to saturated fields. */
function applyZip64(buf: Buffer, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end; ) {
    const id = buf.readUInt16LE(at);
    const len = buf.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + len) throw corrupt('short zip64 extra field', { entry: entry.name });
        const v = u64(buf, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = take();
      if (entry.compressedSize === MAX32) entry.compressedSize = take();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + len;
  }
}

/**
 * Lists the entries of a zip held in `buf`.
 * @throws WorkbookReadError `corrupt-zip` for a missing/truncated directory,
 *   `too-large` when it declares more than `maxEntries` entries (checked before parsing them).
 */
export function readCentralDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  if (buf.length < 22) throw corrupt('file shorter than an end record');
  const { count, offset, size } = locateDirectory(buf, findEocd(buf));
  if (count > maxEntries) throw new WorkbookReadError('too-large', { what: 'zip entries', count, max: maxEntries });
  const entries: ZipEntry[] = [];
  let at = offset;
  const end = offset + size;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CDH_SIG) throw corrupt('bad central directory header', { index: i });
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const next = at + 46 + nameLen + extraLen + commentLen;
    if (next > end) throw corrupt('central directory header overruns directory', { index: i });
    const entry: ZipEntry = {
      name: buf.toString('utf8', at + 46, at + 46 + nameLen).replace(/\\/g, '/'),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    };
    applyZip64(buf, at + 46 + nameLen, at + 46 + nameLen + extraLen, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}
