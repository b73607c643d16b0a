/**
 * Writes one district dossier as an office-style .xlsx with exceljs: `Thông tin`
 * as field/value rows, then `Xã`, `Tập thể`, `Cá nhân` each with a title row above
 * a bold, frozen header. Document dates and zip entry times are fixed, so a rerun
 * writes the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { fixZipTimes } from '../samples/write-workbook.mjs';

const FONT = { name: 'Times New Roman', size: 12 };
const FIXED = new Date(Date.UTC(2025, 0, 2));

export const COMMUNE_HEADERS = ['STT', 'Tên xã', 'Số tiêu chí đạt', 'Số tiêu chí đạt năm trước', 'Mức đạt chuẩn', 'Năm công nhận', 'Xã đặc biệt khó khăn', 'Xã biên giới',
  'Nợ đọng XDCB (triệu đồng)', 'Đạt "4 tại chỗ"', 'Số thôn', 'Số thôn đạt chuẩn NTM', 'Số thôn NTM kiểu mẫu'];
export const COLLECTIVE_HEADERS = ['STT', 'Tên tập thể', 'Loại tập thể', 'Xã', 'Hình thức đề nghị', 'Căn cứ đề nghị', 'Năm đạt chuẩn', 'Giá trị đóng góp (triệu đồng)', 'Số sao OCOP',
  'Thành tích tóm tắt', 'Khen thưởng đã nhận'];
export const INDIVIDUAL_HEADERS = ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ, nghề nghiệp', 'Đơn vị, địa chỉ', 'Xã', 'Thôn/bản', 'Đối tượng', 'Cấp quản lý',
  'Hình thức đề nghị', 'Căn cứ đề nghị', 'Giá trị đóng góp (triệu đồng)', 'Số sao OCOP', 'Số định danh', 'Thành tích tóm tắt', 'Khen thưởng đã nhận'];

const WIDTH = { 'Thành tích tóm tắt': 60, 'Đơn vị, địa chỉ': 34, 'Họ và tên': 24, 'Tên tập thể': 32, 'Hình thức đề nghị': 34, 'Căn cứ đề nghị': 22, 'Tên xã': 18, 'Chức vụ, nghề nghiệp': 26, 'Đối tượng': 26 };

function commune(c, i) {
  const yn = (v) => (v ? 'Có' : 'Không');
  return [i + 1, c.name, c.criteria, c.previous, c.level, c.recognitionYear, yn(c.dbkk), yn(c.border), c.debt, yn(c.fourOnSite), c.villages, c.ntmVillages, c.modelVillages];
}

function table(wb, name, title, headers, rows) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3' }] });
  ws.columns = headers.map((h) => ({ width: WIDTH[h] ?? Math.max(9, Math.min(16, h.length + 2)) }));
  ws.addRow([title]).getCell(1).font = { ...FONT, bold: true, size: 13 };
  const header = ws.addRow(headers);
  header.height = 45;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const row of rows) ws.addRow(row).eachCell((cell) => (cell.font = FONT));
}

/** Writes the dossier `{ info: [[field, value]…], communes, collectives, individuals, titles }` to `file`. */
export async function writeDossier(d, file) {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, { creator: d.unit, lastModifiedBy: d.unit, created: FIXED, modified: FIXED });
  const info = wb.addWorksheet('Thông tin');
  info.columns = [{ width: 40 }, { width: 46 }];
  for (const [key, value] of d.info) {
    const row = info.addRow([key, value]);
    row.getCell(1).font = { ...FONT, bold: true };
    row.getCell(2).font = FONT;
    if (value instanceof Date) row.getCell(2).numFmt = 'dd/mm/yyyy';
  }
  table(wb, 'Xã', d.titles.communes, COMMUNE_HEADERS, d.communes.map(commune));
  const byHeader = (headers, list) => list.map((r, i) => headers.map((h) => (h === 'STT' ? i + 1 : (r[h] ?? null))));
  if (d.collectives.length) table(wb, 'Tập thể', d.titles.collectives, COLLECTIVE_HEADERS, byHeader(COLLECTIVE_HEADERS, d.collectives));
  if (d.individuals.length) table(wb, 'Cá nhân', d.titles.individuals, INDIVIDUAL_HEADERS, byHeader(INDIVIDUAL_HEADERS, d.individuals));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, fixZipTimes(buffer));
}
