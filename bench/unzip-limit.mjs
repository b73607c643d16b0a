#!/usr/bin/env node
// The practical limit for reading a sheet, as issue 7 describes it: unzip with
// node:zlib and scan the sheet XML for <c> and <v> by hand. It does the least any
// validator must do — shared strings decoded once, and every cell's reference,
// type and value gathered into its row — and nothing more: no validation, no
// objects beyond one small array per cell. (An earlier version only counted
// `<c` tags without reading a value; that is a byte scan, not a reader.)
// The benchmark divides ntm-check's time by this one's.
import { readFileSync } from 'node:fs';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';

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
const unescape = (s) => (s.indexOf('&') === -1 ? s : s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]));
// Shared strings: the text of every <t> inside each <si>, decoded once.
const strings = [];
const sst = entries.get('xl/sharedStrings.xml');
if (sst) {
  const xml = inflateRawSync(body(sst)).toString('utf8');
  let i = 0;
  for (;;) {
    const si = xml.indexOf('<si>', i);
    if (si === -1) break;
    const end = xml.indexOf('</si>', si);
    let text = '';
    for (let t = xml.indexOf('<t', si); t !== -1 && t < end; t = xml.indexOf('<t', t + 2)) {
      const gt = xml.indexOf('>', t);
      if (xml.charCodeAt(t + 2) !== 62 && xml.charCodeAt(t + 2) !== 32) continue;
      text += unescape(xml.slice(gt + 1, xml.indexOf('</t>', gt)));
    }
    strings.push(text);
    i = end + 5;
  }
}
// Sheets: every <c>'s reference, type and value, gathered into one row at a time.
let cells = 0;
let rows = 0;
const attr = (tag, name) => {
  const k = tag.indexOf(` ${name}="`);
  return k === -1 ? undefined : tag.slice(k + name.length + 3, tag.indexOf('"', k + name.length + 3));
};
const sheets = [...entries.keys()].filter((n) => n.startsWith('xl/worksheets/sheet'));
for (const name of sheets) {
  const stream = createInflateRaw();
  stream.end(body(entries.get(name)));
  const decoder = new StringDecoder('utf8');
  let tail = '';
  let row = [];
  for await (const chunk of stream) {
    const text = tail + decoder.write(chunk);
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt === -1 || lt > text.length - 256) break;
      if (text.startsWith('<c ', lt)) {
        const gt = text.indexOf('>', lt);
        const tag = text.slice(lt, gt);
        const ref = attr(tag, 'r');
        const type = attr(tag, 't');
        let value;
        let next = gt + 1;
        if (text.charCodeAt(gt - 1) !== 47) {
          const close = text.indexOf('</c>', gt);
          const v = text.indexOf('<v>', gt);
          if (v !== -1 && v < close) {
            const raw = text.slice(v + 3, text.indexOf('</v>', v));
            value = type === 's' ? strings[Number(raw)] : type === 'str' || type === 'inlineStr' ? unescape(raw) : Number(raw);
          }
          next = close + 4;
        }
        row.push([ref, value]);
        cells++;
        i = next;
      } else if (text.startsWith('</row>', lt)) {
        rows++;
        row = [];
        i = lt + 6;
      } else i = lt + 1;
    }
    tail = text.slice(i);
  }
}
process.stdout.write(JSON.stringify({ strings: strings.length, rows, cells }) + '\n');
