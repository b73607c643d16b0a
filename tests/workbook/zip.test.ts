import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUT_CHUNK_BYTES, ZipArchive, type ZipLimits } from '../../src/workbook/zip.js';
import { WorkbookReadError } from '../../src/workbook/types.js';
import { buildZip } from '../helpers/zip.js';

const LIMITS: ZipLimits = { maxEntries: 1000, maxUncompressedBytes: 2 ** 31, minInflateRatio: 0.01 };
const text = 'Nguyễn Thị Hường — Xã Bản Bo\n'.repeat(2000);

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkbookReadError) return err.reason;
    throw err;
  }
  return undefined;
}

async function asyncReasonOf(work: Promise<unknown>): Promise<string | undefined> {
  const err = await work.then(() => undefined, (e: unknown) => e);
  if (err === undefined) return undefined;
  if (err instanceof WorkbookReadError) return err.reason;
  throw err;
}

describe('ZipArchive', () => {
  it.each([
    ['deflated', 'deflate'],
    ['stored', 'store'],
  ] as const)('reads %s entries whole and streamed', async (_label, method) => {
    const zip = new ZipArchive(buildZip([{ name: 'a.txt', data: text, method }]), LIMITS);
    expect(zip.names()).toEqual(['a.txt']);
    expect(zip.readEntry('a.txt').toString('utf8')).toBe(text);
    expect((await collect(zip.chunks('a.txt'))).toString('utf8')).toBe(text);
  });

  it('reads a zip64 end record', () => {
    const zip = new ZipArchive(buildZip([{ name: 'x.xml', data: '<a/>' }, { name: 'y.xml', data: '<b/>' }], { zip64: true }), LIMITS);
    expect(zip.names()).toEqual(['x.xml', 'y.xml']);
    expect(zip.readEntry('y.xml').toString()).toBe('<b/>');
  });

  it('finds entries case-insensitively and with backslash names', () => {
    const zip = new ZipArchive(buildZip([{ name: 'xl\\Workbook.xml', data: '<w/>' }]), LIMITS);
    expect(zip.find('xl/workbook.xml')?.name).toBe('xl/Workbook.xml');
  });

  it('streams in several chunks and can be abandoned early', async () => {
    const big = randomBytes(2 * OUT_CHUNK_BYTES).toString('hex'); // incompressible enough to pass the ratio cap
    const zip = new ZipArchive(buildZip([{ name: 'big', data: big }]), LIMITS);
    let chunks = 0;
    for await (const chunk of zip.chunks('big')) {
      expect(chunk.length).toBeLessThanOrEqual(OUT_CHUNK_BYTES);
      if (++chunks === 3) break;
    }
    expect(chunks).toBe(3);
  });

  it('inflates no further ahead of the reader than its read-ahead, even for a bomb that lies about its size', async () => {
    // 64 MB of zeros declared as 300 KB: the ratio cap cannot see it; the size check stops it.
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const zip = new ZipArchive(buildZip([{ name: 'bomb', data: zeros, declaredSize: 300_000 }]), LIMITS);
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    let inflated = 0;
    const reason = await (async () => {
      try {
        for await (const chunk of zip.chunks('bomb')) {
          // A slow reader: zlib gets time to run ahead, if anything lets it.
          if (inflated === 0) await new Promise((resolve) => setTimeout(resolve, 200));
          inflated += chunk.length;
          peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
        }
      } catch (err) {
        return (err as WorkbookReadError).reason;
      }
      return undefined;
    })();
    expect(reason).toBe('corrupt-zip');
    expect(inflated).toBeLessThan(400_000);
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });

  it.each([
    ['bad CRC', [{ name: 'a', data: text, crc: 1234 }], 'corrupt-zip'],
    ['declared size smaller than actual', [{ name: 'a', data: text, declaredSize: 100 }], 'corrupt-zip'],
    ['declared size larger than actual', [{ name: 'a', data: 'short', declaredSize: 50 }], 'corrupt-zip'],
  ])('rejects an entry with a %s', async (_label, entries, reason) => {
    const zip = new ZipArchive(buildZip(entries), LIMITS);
    expect(reasonOf(() => zip.readEntry('a'))).toBe(reason);
    expect(await asyncReasonOf(collect(zip.chunks('a')))).toBe(reason);
  });

  it('rejects garbage in the deflate stream, whole or streamed', async () => {
    const zipBuf = buildZip([{ name: 'a', data: text }]);
    const compressed = zlib.deflateRawSync(Buffer.from(text));
    const at = zipBuf.indexOf(compressed.subarray(0, 16));
    zipBuf.fill(0xff, at + 10, at + 40);
    const zip = new ZipArchive(zipBuf, LIMITS);
    expect(await asyncReasonOf(collect(zip.chunks('a')))).toBe('corrupt-zip');
    expect(reasonOf(() => zip.readEntry('a'))).toBe('corrupt-zip');
  });

  it.each([
    ['no end record', Buffer.from('PK\x03\x04 just some bytes that are not a zip at all')],
    ['truncated archive', buildZip([{ name: 'a', data: text }]).subarray(0, 200)],
    ['too short', Buffer.from('PK\x03\x04')],
  ])('rejects %s as corrupt-zip', (_label, buf) => {
    expect(reasonOf(() => new ZipArchive(buf, LIMITS))).toBe('corrupt-zip');
  });

  it('enforces the entry-count cap before listing entries', () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: 'x' }));
    const err = (() => {
      try {
        new ZipArchive(buildZip(entries), { ...LIMITS, maxEntries: 10 });
      } catch (e) {
        return e as WorkbookReadError;
      }
      return undefined;
    })();
    expect(err?.reason).toBe('too-large');
    expect(err?.detail).toMatchObject({ what: 'zip entries', count: 11, max: 10 });
  });

  it('enforces the total declared size cap', () => {
    const buf = buildZip([{ name: 'a', data: 'x'.repeat(5000) }, { name: 'b', data: 'y'.repeat(5000) }]);
    expect(reasonOf(() => new ZipArchive(buf, { ...LIMITS, maxUncompressedBytes: 9000 }))).toBe('too-large');
  });

  it('applies the ratio cap only above 100 KB', () => {
    expect(reasonOf(() => new ZipArchive(buildZip([{ name: 'small', data: ' '.repeat(90_000) }]), LIMITS))).toBeUndefined();
    expect(reasonOf(() => new ZipArchive(buildZip([{ name: 'bomb', data: Buffer.alloc(1_000_000) }]), LIMITS))).toBe('too-large');
  });

  it('names a missing part as not-workbook', () => {
    const zip = new ZipArchive(buildZip([{ name: 'a', data: 'x' }]), LIMITS);
    expect(reasonOf(() => zip.readEntry('xl/workbook.xml'))).toBe('not-workbook');
  });
});
