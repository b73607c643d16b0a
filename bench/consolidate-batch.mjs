// The consolidation case of issue 4: 10 district workbooks of 300 communes and
// 5,000 nominations each, consolidated in one run (validation, metrics, the four
// outputs). Seeded and cached like generate.mjs. To run it with `npm run bench`,
// add `...(await consolidateCases(out))` to the list in cases.mjs.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { INDIVIDUAL_HEADERS, rng } from './generate.mjs';

const DISTRICTS = ['TP Lai Châu', 'Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn', 'Huyện Mới 1', 'Huyện Mới 2'];
const SYLLABLES = ['Nà', 'Bản', 'Phìn', 'Sì', 'Tả', 'Mường', 'Nậm', 'Pa', 'Hua', 'Khun', 'Lả', 'Mù', 'Chăn', 'Tông', 'Dào', 'Sơn', 'Hồ', 'Giang', 'Bình', 'Lùng'];
const FAMILY = ['Nguyễn', 'Lò', 'Tẩn', 'Giàng', 'Vàng', 'Lý', 'Hoàng', 'Sùng', 'Chảo', 'Phàn', 'Trần', 'Lường'];
const GIVEN = ['Hùng', 'Mai', 'Páo', 'Chinh', 'Lan', 'Khum', 'Pọm', 'Sử', 'Thắng', 'Hà', 'Dình', 'Phương'];
const COMMUNE_HEADERS = ['STT', 'Tên xã', 'Số tiêu chí đạt', 'Số tiêu chí đạt năm trước', 'Mức đạt chuẩn', 'Năm công nhận', 'Xã đặc biệt khó khăn', 'Nợ đọng XDCB (triệu đồng)', 'Số thôn', 'Số thôn đạt chuẩn NTM', 'Số thôn NTM kiểu mẫu'];

const communeName = (i) => `${SYLLABLES[i % 20]} ${SYLLABLES[Math.floor(i / 20) % 20]} ${i}`;

async function district(dir, d, communes, nominations) {
  const path = join(dir, `huyen-${String(d + 1).padStart(2, '0')}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const r = rng(1000 + d);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${path}.tmp`, useSharedStrings: true, useStyles: true });
  const info = wb.addWorksheet('Thông tin');
  const name = DISTRICTS[d];
  for (const row of [['Tỉnh', 'Lai Châu'], ['Huyện', name], ['Đơn vị trình', `UBND huyện ${name}`], ['Cấp đơn vị trình', 'Huyện'], ['Năm thành tích', 2024], ['Đợt xét', 'Hằng năm'],
    ['Ngày trình', new Date(Date.UTC(2025, 0, 10))], ['Ngày đăng ký thi đua', new Date(Date.UTC(2024, 0, 10))], ['Mức đạt chuẩn của huyện', 'Chưa đạt'], ['Nợ đọng XDCB của huyện (triệu đồng)', 0]]) info.addRow(row).commit();
  const xa = wb.addWorksheet('Xã');
  xa.addRow(COMMUNE_HEADERS).commit();
  for (let i = 0; i < communes; i++) {
    const ntm = r() < 0.55;
    const tc = ntm ? 19 : 12 + Math.floor(r() * 7);
    const villages = 6 + Math.floor(r() * 12);
    xa.addRow([i + 1, communeName(i), tc, ntm ? 19 : tc - Math.floor(r() * 2), ntm ? 'Đạt chuẩn NTM' : 'Chưa đạt', ntm ? 2015 + Math.floor(r() * 9) : null, r() < 0.4 ? 'Có' : 'Không', 0, villages, ntm ? villages - 2 : 1, ntm ? 1 : 0]).commit();
  }
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(INDIVIDUAL_HEADERS).commit();
  for (let i = 0; i < nominations; i++) {
    const commune = communeName(i % communes);
    ws.addRow([i + 1, `${FAMILY[Math.floor(r() * 12)]} Văn ${GIVEN[Math.floor(r() * 12)]}`, i % 2 ? 'Nữ' : 'Nam', 1960 + Math.floor(r() * 40), 'Nông dân', `Xã ${commune}`, commune, 'Bản Nà Khum',
      'Người lao động', 'Xã', 'Giấy khen của Chủ tịch UBND huyện', 'giay-khen', `0${String(d).padStart(2, '0')}${String(i).padStart(9, '0')}`,
      'Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn dài 1,2 km.', '']).commit();
  }
  await wb.commit();
  renameSync(`${path}.tmp`, path);
  return path;
}

/** Builds (or reuses) the batch and returns the consolidation case. */
export async function consolidateCases(out, { districts = 10, communes = 300, nominations = 5000 } = {}) {
  const dir = join(out, `batch-${districts}x${communes}x${nominations}`);
  for (let d = 0; d < districts; d++) await district(dir, d, communes, nominations);
  return [{
    name: `consolidate ${districts} districts × ${communes} communes × ${nominations} nominations`,
    command: ['node', 'bin/ntm-check.js', 'consolidate', dir, '--plan', 'lai-chau', '--out', join(out, 'out', 'tong-hop'), '--as-of', '2025-01-20', '--quiet'],
  }];
}
