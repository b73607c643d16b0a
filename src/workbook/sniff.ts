/**
 * Tells what kind of file a byte buffer holds before any zip parsing, so a CSV or
 * an old `.xls` renamed to `.xlsx` gets an accurate message instead of "corrupt".
 */

/** What the leading bytes say about a file. */
export type FileKind = 'zip' | 'encrypted' | 'legacy-xls' | 'text-file' | 'not-zip';

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted OOXML file is an OLE2 compound file whose directory names these streams.
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((n) => Buffer.from(n, 'utf16le'));
const TEXT_SAMPLE_BYTES = 8192;

function isZipMagic(buf: Buffer): boolean {
  // Local file header, empty-archive end record, or a spanned-archive marker.
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b &&
    ((buf[2] === 3 && buf[3] === 4) || (buf[2] === 5 && buf[3] === 6) || (buf[2] === 7 && buf[3] === 8));
}

/**
 * Heuristic for CSV/TSV/HTML/plain text: a BOM, or no NUL bytes and almost no
 * control characters in the first 8 KB. Bytes ≥ 0x80 count as text so that
 * UTF-8 and legacy 8-bit Vietnamese encodings (TCVN3, VNI, Windows-1258) qualify.
 */
export function looksLikeText(buf: Buffer): boolean {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return true;
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return true;
  const sample = buf.subarray(0, TEXT_SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return control <= sample.length * 0.02;
}

/** Classifies a non-empty file by its content. */
export function sniffFile(buf: Buffer): FileKind {
  if (isZipMagic(buf)) return 'zip';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_MAGIC)) {
    return ENCRYPTION_STREAMS.some((name) => buf.includes(name)) ? 'encrypted' : 'legacy-xls';
  }
  return looksLikeText(buf) ? 'text-file' : 'not-zip';
}
