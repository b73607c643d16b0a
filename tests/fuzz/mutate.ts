import { ZipArchive } from '../../src/workbook/zip.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { buildZip } from '../helpers/zip.js';

/** A small seeded PRNG (mulberry32), so every failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: () => number, n: number) => Math.floor(r() * n);

/** XML fragments that stress a SpreadsheetML reader when spliced in. */
const XML_SPLICES = [
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<c r="A1" t="s"><v>999999</v></c>', '<c r="XFD1048576"><v>1</v></c>',
  '<row r="0">', '</row>', '<c t="e"><v>#REF!</v></c>', '<is><t>', ']]>', '<![CDATA[', '&#x0;', '&#xD800;', '<f>SUM(A1)</f>',
  '<mergeCell ref="A1:XFD1048576"/>', '<v>1e309</v>', '<v>-0</v>', '<c r="A1" s="99999"><v>1</v></c>', '__proto__', 'r:id="__proto__"',
  '<sheet name="constructor" sheetId="9" r:id="rId9"/>', 'date1904="true"', '<x:c r="B2"><x:v>2</x:v></x:c>',
];

/** Byte-level damage: flips, truncation, splices from elsewhere in the file. */
function mutateBytes(bytes: Buffer, r: () => number): Buffer {
  const out = Buffer.from(bytes);
  switch (int(r, 4)) {
    case 0: {
      for (let i = 0, n = 1 + int(r, 8); i < n; i++) out[int(r, out.length)] = int(r, 256);
      return out;
    }
    case 1:
      return out.subarray(0, int(r, out.length));
    case 2: {
      const from = int(r, out.length);
      const len = int(r, 200);
      const to = int(r, out.length);
      return Buffer.concat([out.subarray(0, to), out.subarray(from, from + len), out.subarray(to)]);
    }
    default: {
      const at = int(r, out.length);
      return Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + int(r, 64))]);
    }
  }
}

/** XML-level damage inside one entry, re-zipped with valid CRCs so the reader gets past the zip. */
function mutateXml(bytes: Buffer, r: () => number): Buffer {
  const zip = new ZipArchive(bytes, { ...DEFAULT_LIMITS });
  const names = zip.names();
  const target = names[int(r, names.length)]!;
  const entries = names.map((name) => ({ name, data: zip.readEntry(name) }));
  const entry = entries.find((e) => e.name === target)!;
  let text = entry.data.toString('utf8');
  for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
    const at = int(r, text.length + 1);
    switch (int(r, 4)) {
      case 0: text = text.slice(0, at) + XML_SPLICES[int(r, XML_SPLICES.length)]! + text.slice(at); break;
      case 1: text = text.slice(0, at) + text.slice(at + 1 + int(r, 40)); break;
      case 2: { const len = int(r, 120); text = text.slice(0, at) + text.slice(at, at + len) + text.slice(at); break; }
      default: text = text.replace(/"(\d+)"/, () => `"${int(r, 2) ? -1 : 4294967296 + int(r, 99)}"`);
    }
  }
  entry.data = Buffer.from(text, 'utf8');
  if (int(r, 5) === 0) entries.splice(int(r, entries.length), 1); // a part goes missing
  return buildZip(entries);
}

/** One fuzz case: the seed decides whether bytes or XML are damaged, and how. */
export function mutate(bytes: Buffer, seed: number): Buffer {
  const r = rng(seed);
  return int(r, 2) === 0 ? mutateBytes(bytes, r) : mutateXml(bytes, r);
}
