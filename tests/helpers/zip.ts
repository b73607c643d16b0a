/**
 * A tiny zip writer for crafting workbooks exceljs cannot make: stored or
 * deflated entries, and deliberate lies (declared size, CRC, zip64 records).
 */
import zlib from 'node:zlib';

/** One entry to put in a crafted zip. */
export interface ZipEntrySpec {
  name: string;
  data: string | Buffer;
  /** Defaults to deflate. */
  method?: 'store' | 'deflate';
  /** Declared uncompressed size, to lie about it; defaults to the real size. */
  declaredSize?: number;
  /** Declared CRC-32, to lie about it; defaults to the real CRC. */
  crc?: number;
}

/** Options for the whole archive. */
export interface ZipOptions {
  /** Also write a zip64 end record and locator (with the classic record saturated). */
  zip64?: boolean;
}

function header(fields: Array<[number, 2 | 4]>): Buffer {
  const buf = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) buf.writeUInt16LE(value, at);
    else buf.writeUInt32LE(value >>> 0, at);
    at += size;
  }
  return buf;
}

/** Builds a zip archive in memory. */
export function buildZip(entries: ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const method = e.method === 'store' ? 0 : 8;
    const body = method === 8 ? zlib.deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.crc ?? zlib.crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const common: Array<[number, 2 | 4]> = [[20, 2], [0x0800, 2], [method, 2], [0, 2], [0x21, 2], [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2]];
    parts.push(header([[0x04034b50, 4], ...common]), name, body);
    central.push(header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const eocd64 = Buffer.alloc(56);
    eocd64.writeUInt32LE(0x06064b50, 0);
    eocd64.writeBigUInt64LE(44n, 4);
    eocd64.writeUInt16LE(45, 12);
    eocd64.writeUInt16LE(45, 14);
    eocd64.writeBigUInt64LE(BigInt(entries.length), 24);
    eocd64.writeBigUInt64LE(BigInt(entries.length), 32);
    eocd64.writeBigUInt64LE(BigInt(cd.length), 40);
    eocd64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(eocd64, locator);
  }
  const count = options.zip64 ? 0xffff : entries.length;
  const eocd = header([[0x06054b50, 4], [0, 2], [0, 2], [count, 2], [count, 2],
    [options.zip64 ? 0xffffffff : cd.length, 4], [options.zip64 ? 0xffffffff : offset, 4], [0, 2]]);
  return Buffer.concat([...parts, cd, ...tail, eocd]);
}
