/**
 * Writes a dossier (plain data) as an office-style .xlsx with exceljs: a
 * `Thông tin` key/value sheet, then one table sheet per part, each with a bold
 * title above a wrapped, bordered header row, set widths and a frozen header.
 * Values may also be raw exceljs values (`{ error }`, `{ formula, result }`) or
 * `{ $text, $font }` for text typed in an old font, so error samples can be made.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { SHEETS, INFO_FIELDS, COMMUNE_COLUMNS, COLLECTIVE_COLUMNS, INDIVIDUAL_COLUMNS, OCOP_COLUMNS } from './columns.mjs';
import { stripDiacritics, vnNumber, ddmmyyyy, day } from './text.mjs';

const FONT = 'Times New Roman';
const FIXED_DATE = day(1, 12, 2024); // document properties: never the current date
const HEADER_ROW = 4;
const THIN = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const TABLES = [
  { key: 'communes', columns: COMMUNE_COLUMNS },
  { key: 'collectives', columns: COLLECTIVE_COLUMNS },
  { key: 'individuals', columns: INDIVIDUAL_COLUMNS },
  { key: 'ocop', columns: OCOP_COLUMNS },
];

/**
 * Writes `dossier` to `file`. Options: `accents` (false: sheet names, headers and
 * text without diacritics), `textDates` (dd/mm/yyyy text), `textNumbers` (numbers as
 * Vietnamese-formatted text), `omitSheets` (table keys), `headers` ({ table: { key: header } }),
 * `sttFormula` (STT as `=ROW()-4` with its cached result).
 */
export async function writeDossier(dossier, file, options = {}) {
  const opts = { accents: true, textDates: false, textNumbers: false, omitSheets: [], headers: {}, ...options };
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, { creator: dossier.info.unit, lastModifiedBy: dossier.info.unit, created: FIXED_DATE, modified: FIXED_DATE });

  addInfoSheet(wb, dossier, opts);
  for (const table of TABLES) {
    const rows = dossier[table.key];
    if (!rows || rows.length === 0 || opts.omitSheets.includes(table.key)) continue;
    addTableSheet(wb, table, dossier, opts);
  }
  const buffer = await wb.xlsx.writeBuffer();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, fixZipTimes(Buffer.from(buffer)));
}

function text(value, opts) {
  return opts.accents ? value : stripDiacritics(value);
}

/** Converts one model value to what the cell receives, per column kind and options. */
function cellValue(value, kind, opts) {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return opts.textDates ? ddmmyyyy(value) : value;
  if (typeof value === 'object') return value.$text !== undefined ? value.$text : value;
  if (kind === 'yesno') {
    if (!opts.accents) return value ? 'x' : null;
    return value ? 'Có' : 'Không';
  }
  if (typeof value === 'number') {
    if (!opts.textNumbers) return value;
    return kind === 'year' || kind === 'int' ? String(value) : vnNumber(value);
  }
  return text(String(value), opts);
}

function styleCell(cell, value, extra = {}) {
  cell.font = { name: value?.$font ?? FONT, size: 12, ...extra.font };
  cell.alignment = { vertical: 'middle', wrapText: true, ...extra.alignment };
  if (extra.border !== false) cell.border = BORDER;
  if (value instanceof Date && typeof cell.value !== 'string') cell.numFmt = 'dd/mm/yyyy';
}

function addInfoSheet(wb, dossier, opts) {
  const ws = wb.addWorksheet(text(SHEETS.info, opts), { properties: { tabColor: { argb: 'FF1F4E79' } } });
  ws.columns = [{ width: 40 }, { width: 46 }];
  // Every field of the form is listed, as in the office template; fields that do not apply stay blank.
  for (const field of INFO_FIELDS) {
    const raw = dossier.info[field.key];
    const row = ws.addRow([text(field.label, opts), cellValue(raw, field.kind, opts)]);
    styleCell(row.getCell(1), null, { font: { bold: true } });
    styleCell(row.getCell(2), raw, { alignment: { horizontal: 'left' } });
  }
}

/** The columns written for a table: the dossier may hide optional ones; rows may add extra ones. */
function tableColumns(table, dossier, opts) {
  const hidden = dossier.hide?.[table.key] ?? [];
  const columns = table.columns.filter((c) => !hidden.includes(c.key))
    .map((c) => ({ ...c, header: opts.headers[table.key]?.[c.key] ?? c.header }));
  const extras = [...new Set(dossier[table.key].flatMap((r) => Object.keys(r.extra ?? {})))];
  for (const header of extras) columns.push({ key: header, header, kind: 'text', width: 22, extra: true });
  return columns;
}

function addTableSheet(wb, table, dossier, opts) {
  const columns = tableColumns(table, dossier, opts);
  const ws = wb.addWorksheet(text(SHEETS[table.key], opts), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));

  const [title, subtitle] = dossier.titles[table.key];
  writeTitle(ws, 1, text(title, opts), columns.length, { bold: true, size: 14 });
  writeTitle(ws, 2, text(subtitle, opts), columns.length, { italic: true, size: 12 });

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text(c.header, opts);
    styleCell(cell, null, { font: { bold: true }, alignment: { horizontal: 'center' } });
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  header.height = 48;

  dossier[table.key].forEach((model, index) => {
    const row = ws.getRow(HEADER_ROW + 1 + index);
    columns.forEach((c, i) => {
      const raw = c.extra ? model.extra?.[c.key] : c.key === 'stt' ? stt(model, index, opts) : model[c.key];
      const cell = row.getCell(i + 1);
      cell.value = cellValue(raw, c.kind, opts);
      const centred = ['int', 'year', 'yesno'].includes(c.kind) || c.key === 'gender';
      styleCell(cell, raw, { alignment: centred ? { horizontal: 'center' } : {} });
    });
  });
}

function stt(model, index, opts) {
  if (model.stt !== undefined) return model.stt;
  return opts.sttFormula ? { formula: `ROW()-${HEADER_ROW}`, result: index + 1 } : index + 1;
}

function writeTitle(ws, rowNumber, value, width, font) {
  ws.mergeCells(rowNumber, 1, rowNumber, Math.min(width, 14));
  const cell = ws.getCell(rowNumber, 1);
  cell.value = value;
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(rowNumber).height = 22;
}

/**
 * exceljs's zip writer stamps each entry with the current time; set every local
 * and central-directory entry to 1980-01-01 so reruns write identical bytes.
 */
export function fixZipTimes(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i += 1) {
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(0, p + 12); // time
    buf.writeUInt16LE(0x21, p + 14); // date 1980-01-01
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(0x21, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
