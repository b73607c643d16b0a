// Seeded, realistic Vietnamese dossier workbooks for the benchmark. Large sheets
// are written with exceljs's streaming writer (shared strings on), the way the
// issue's reference numbers were measured.
import { mkdirSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createRng } from '../scripts/samples/rng.mjs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Lò', 'Tẩn', 'Giàng', 'Vàng', 'Lý', 'Đèo', 'Sùng', 'Chảo', 'Phàn'];
const MIDDLE = ['Văn', 'Thị', 'A', 'Láo', 'Đức', 'Thu', 'Ngọc', 'Minh', 'Hữu', 'Thị Thu'];
const GIVEN = ['Hùng', 'Hường', 'Sử', 'Páo', 'Mai', 'Thắng', 'Lan', 'Chinh', 'Dình', 'Phương', 'Hà', 'Sương', 'Khum', 'Pọm'];
const COMMUNES = ['Bản Bo', 'Bình Lư', 'Nà Tăm', 'Sơn Bình', 'Khun Há', 'Hồ Thầu', 'Bản Giang', 'Bản Hon', 'Nùng Nàng', 'Tả Lèng', 'Giang Ma', 'Thèn Sin'];
const POSITIONS = ['Chủ tịch UBND xã', 'Bí thư chi bộ', 'Trưởng bản', 'Nông dân', 'Công chức Địa chính - Xây dựng', 'Hội viên Hội Nông dân'];
const ACHIEVEMENTS = [
  'Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn dài 1,2 km.',
  'Tích cực tham mưu chỉ đạo xã hoàn thành 19/19 tiêu chí nông thôn mới.',
  'Phát triển mô hình trồng chè an toàn, tạo việc làm cho 25 lao động tại địa phương.',
  'Đóng góp kinh phí xây dựng nhà văn hóa bản và sân thể thao.',
];
export const INDIVIDUAL_HEADERS = ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ, nghề nghiệp', 'Đơn vị, địa chỉ', 'Xã', 'Thôn/bản', 'Đối tượng', 'Cấp quản lý', 'Hình thức đề nghị', 'Căn cứ đề nghị', 'Số định danh', 'Thành tích tóm tắt', 'Khen thưởng đã nhận'];

/** The sample scripts' seeded generator (mulberry32): the same seed gives the same workbook. */
export const rng = (seed) => createRng(seed).next;
const pick = (r, list) => list[Math.floor(r() * list.length)];

function info(ws, district = 'Tam Đường') {
  const rows = [['Tỉnh', 'Lai Châu'], ['Huyện', district], ['Đơn vị trình', `UBND huyện ${district}`], ['Cấp đơn vị trình', 'Huyện'], ['Năm thành tích', 2024],
    ['Đợt xét', 'Hằng năm'], ['Ngày trình', new Date(Date.UTC(2025, 0, 10))], ['Ngày đăng ký thi đua', new Date(Date.UTC(2024, 0, 10))], ['Mức đạt chuẩn của huyện', 'Chưa đạt'], ['Nợ đọng XDCB của huyện (triệu đồng)', 0]];
  for (const row of rows) ws.addRow(row).commit?.();
}

function communes(ws) {
  ws.addRow(['STT', 'Tên xã', 'Số tiêu chí đạt', 'Số tiêu chí đạt năm trước', 'Mức đạt chuẩn', 'Năm công nhận', 'Nợ đọng XDCB (triệu đồng)', 'Số thôn', 'Số thôn đạt chuẩn NTM']).commit?.();
  COMMUNES.forEach((name, i) => ws.addRow([i + 1, name, 19, 19, 'Đạt chuẩn NTM', 2021 + (i % 4), 0, 12, 10]).commit?.());
}

/** One individual nomination row; every row is a distinct person, five per commune at most in `district` mode. */
function person(r, i, seed) {
  const name = `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
  const commune = COMMUNES[i % COMMUNES.length];
  return [i + 1, name, i % 2 ? 'Nữ' : 'Nam', 1960 + Math.floor(r() * 40), pick(r, POSITIONS), `Xã ${commune}`, commune, `Bản ${pick(r, GIVEN)}`, 'Người lao động', 'Xã',
    'Giấy khen của Chủ tịch UBND huyện', 'giay-khen', String(10 ** 11 + seed * 10 ** 6 + i).padStart(12, '0'), pick(r, ACHIEVEMENTS), ''];
}

/** A district workbook with `rows` individual nominations. Returns its path (cached by name). */
export async function dossierWorkbook(dir, name, rows, seed, district) {
  const path = join(dir, name);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: false });
  info(wb.addWorksheet('Thông tin'), district);
  communes(wb.addWorksheet('Xã'));
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(INDIVIDUAL_HEADERS).commit();
  const r = rng(seed);
  for (let i = 0; i < rows; i++) ws.addRow(person(r, i, seed)).commit();
  await wb.commit();
  renameSync(temp, path);
  return path;
}
