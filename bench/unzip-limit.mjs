#!/usr/bin/env node
// The practical limit for reading a sheet: unzip with node:zlib and scan the
// sheet XML for <c> and <v> by hand, shared strings decoded once. No validation,
// no objects per cell. The benchmark divides ntm-check's time by this one's.
import { readFileSync } from 'node:fs';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

const file = process.argv[2];
const buf = readFileSync(file);
const entries = new Map();
let eocd = buf.length - 22;
while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
let at = buf.readUInt32LE(eocd + 16);
for (let i = 0, n = buf.readUInt16LE(eocd + 10); i < n; i++) {
  const nameLength = buf.readUInt16LE(at + 28);
  const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
  entries.set(name, { method: buf.readUInt16LE(at + 10), size: buf.readUInt32LE(at + 20), offset: buf.readUInt32LE(at + 42) });
  at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
}
const body = (e) => {
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  return buf.subarray(start, start + e.size);
};
const sst = entries.get('xl/sharedStrings.xml');
const strings = sst ? inflateRawSync(body(sst)).toString('utf8').split('<si>').length - 1 : 0;
let cells = 0;
let values = 0;
const sheets = [...entries.keys()].filter((n) => n.startsWith('xl/worksheets/sheet'));
for (const name of sheets) {
  const stream = createInflateRaw();
  stream.end(body(entries.get(name)));
  let tail = '';
  for await (const chunk of stream) {
    const text = tail + chunk.toString('latin1'); // byte scan: tags are ASCII
    let i = 0;
    for (;;) {
      const c = text.indexOf('<c', i);
      if (c === -1 || c > text.length - 64) break;
      cells++;
      const v = text.indexOf('<v>', c);
      if (v !== -1 && v < text.indexOf('</c>', c)) values++;
      i = c + 2;
    }
    tail = text.slice(i);
  }
}
process.stdout.write(JSON.stringify({ strings, cells, values }) + '\n');
