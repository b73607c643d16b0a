import type { DossierFixture } from '../helpers/dossier-fixture.js';
import { addRow, person, planDossier } from '../helpers/plan-fixtures.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lò'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Hữu', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Thùy', 'Xuân'];
const GIVEN = ['Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hưng', 'Khánh', 'Lâm', 'Linh', 'Mỹ', 'Nguyệt', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Ưng'];
const FILLER = 'vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn, xây dựng nhà văn hóa thôn và giữ gìn vệ sinh môi trường;';

/** The i-th (0-based) of 2,000 distinct Vietnamese names with diacritics. */
export function nomineeName(i: number): string {
  return `${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 10]} ${GIVEN[Math.floor(i / 100) % 20]}`;
}

/** Markers at both ends of a row's achievement, to see on which page each end lands. */
export const startMark = (i: number) => `BĐ${String(i).padStart(4, '0')}`;
export const endMark = (i: number) => `KT${String(i).padStart(4, '0')}`;

/**
 * A clean Tuyên Quang dossier (the plan has no quotas) with `count` more
 * individuals whose achievement summaries run from one line to several, so rows
 * of many heights meet the page feet. Each has an identity number that must
 * never be printed.
 */
export function largeDossier(count: number): DossierFixture {
  const f = planDossier('tuyen-quang');
  for (let i = 0; i < count; i++) {
    const achievement = `${startMark(i)} ${Array.from({ length: 1 + (i % 4) }, () => FILLER).join(' ')} ${endMark(i)}.`;
    addRow(f, 'Cá nhân', person(nomineeName(i), {
      'Căn cứ đề nghị': 'ca-nhan-lao-dong',
      'Năm sinh': 1960 + (i % 40),
      'Số định danh': `0080${String(90000000 + i)}`,
      'Thành tích tóm tắt': achievement,
    }));
  }
  return f;
}
