/**
 * The communes of each sample district with a plausible NTM status for the
 * sample year. Names are the real communes (towns — thị trấn — are not assessed
 * against the commune NTM criteria and are left out). Levels, years and figures
 * are realistic but illustrative, not official statistics.
 *
 * Row: [name, level (C/N/A/K), recognition year, criteria, criteria last year,
 *       villages, villages NTM, model villages, flags ('D' ĐBKK, 'B' border), debt (triệu đồng)]
 */
import { LEVELS } from './columns.mjs';

export const DISTRICTS = {
  'tam-duong-2022': {
    villageWord: 'Bản',
    rows: [
      ['Bình Lư', 'A', 2021, 19, 19, 21, 15, 2, '', 0],
      ['Bản Bo', 'N', 2016, 19, 19, 15, 9, 1, '', 0],
      ['Nà Tăm', 'N', 2017, 19, 19, 12, 6, 0, '', 0],
      ['Sơn Bình', 'N', 2018, 19, 19, 11, 5, 0, '', 0],
      ['Bản Giang', 'N', 2019, 19, 19, 10, 5, 1, '', 0],
      ['Bản Hon', 'N', 2019, 19, 19, 12, 4, 0, '', 0],
      ['Thèn Sin', 'N', 2020, 19, 19, 9, 3, 0, 'D', 0],
      ['Hồ Thầu', 'N', 2020, 19, 19, 11, 3, 0, 'D', 0],
      ['Tả Lèng', 'N', 2021, 19, 19, 11, 4, 0, 'D', 0],
      ['Nùng Nàng', 'N', 2022, 19, 17, 8, 3, 0, 'D', 0],
      ['Giang Ma', 'C', null, 17, 16, 9, 1, 0, 'D', 120],
      ['Khun Há', 'C', null, 15, 12, 10, 1, 0, 'D', 0],
    ],
    places: {
      'Bình Lư': ['Bản Nà Cơ', 'Bản Nà Luồng', 'Bản Cư Nhà La'],
      'Bản Bo': ['Bản Nà Bo', 'Bản Chăn Nuôi', 'Bản Nà Đon'],
      'Nà Tăm': ['Bản Nà Tăm 1', 'Bản Hưng Phong'],
      'Sơn Bình': ['Bản Lản Nhì Thàng', 'Bản Sơn Bình'],
      'Bản Giang': ['Bản Tẩn Phù Nhiêu', 'Bản Nà Khum'],
      'Bản Hon': ['Bản Nà Ly', 'Bản Hon 1'],
      'Thèn Sin': ['Bản Thèn Sin', 'Bản Sin Chải'],
      'Hồ Thầu': ['Bản Hồ Thầu', 'Bản Sì Thâu Chải'],
      'Tả Lèng': ['Bản Phìn Ngan', 'Bản Tả Lèng', 'Bản Hồ Pên'],
      'Nùng Nàng': ['Bản Phiêng Phát', 'Bản Nùng Nàng', 'Bản Cò Lá'],
      'Giang Ma': ['Bản Giang Ma', 'Bản Phan Lìn'],
      'Khun Há': ['Bản Khun Há', 'Bản Can Hồ'],
    },
  },
  'tan-uyen-2022': {
    villageWord: 'Bản',
    rows: [
      ['Trung Đồng', 'N', 2017, 19, 19, 14, 8, 1, '', 0],
      ['Mường Khoa', 'N', 2018, 19, 19, 16, 7, 0, '', 0],
      ['Phúc Khoa', 'N', 2019, 19, 19, 12, 5, 0, '', 0],
      ['Thân Thuộc', 'N', 2020, 19, 19, 13, 4, 0, '', 0],
      ['Pắc Ta', 'N', 2021, 19, 19, 13, 4, 0, 'D', 0],
      ['Nậm Cần', 'N', 2022, 19, 17, 8, 2, 0, 'D', 0],
      ['Nậm Sỏ', 'C', null, 16, 15, 14, 2, 0, 'D', 85],
      ['Tà Mít', 'C', null, 14, 13, 7, 0, 0, 'D', 0],
      ['Hố Mít', 'C', null, 14, 11, 8, 1, 0, 'D', 0],
    ],
    places: {
      'Trung Đồng': ['Bản Phiêng Lúc', 'Bản Hua Pầu'],
      'Mường Khoa': ['Bản Nà Bó', 'Bản Phiêng Áng'],
      'Phúc Khoa': ['Bản Nà Khoang', 'Bản Nà Ún'],
      'Thân Thuộc': ['Bản Hô Ta', 'Bản Nà Cóc'],
      'Pắc Ta': ['Bản Pắc Ta', 'Bản Nà Phát', 'Bản Hưng Phong'],
      'Nậm Cần': ['Bản Nậm Cần', 'Bản Nậm Bon', 'Bản Sân Bay'],
      'Nậm Sỏ': ['Bản Nà Nọi', 'Bản Nậm Sỏ'],
      'Tà Mít': ['Bản Tà Mít', 'Bản Phiêng Chá'],
      'Hố Mít': ['Bản Hố Mít', 'Bản Thẩm Phé'],
    },
  },
  'ham-yen-2023': {
    villageWord: 'Thôn',
    rows: [
      ['Thái Sơn', 'K', 2023, 19, 19, 14, 14, 4, '', 0],
      ['Bình Xa', 'A', 2022, 19, 19, 19, 12, 2, '', 0],
      ['Thái Hòa', 'N', 2019, 19, 19, 17, 9, 1, '', 0],
      ['Tân Thành', 'N', 2020, 19, 19, 16, 7, 1, '', 0],
      ['Đức Ninh', 'N', 2020, 19, 19, 14, 6, 1, '', 0],
      ['Yên Phú', 'N', 2021, 19, 19, 18, 6, 1, '', 0],
      ['Nhân Mục', 'N', 2021, 19, 19, 13, 5, 1, '', 0],
      ['Thành Long', 'N', 2022, 19, 19, 21, 6, 1, '', 0],
      ['Phù Lưu', 'N', 2023, 19, 17, 15, 5, 1, '', 0],
      ['Minh Dân', 'N', 2023, 19, 18, 12, 4, 1, '', 0],
      ['Bằng Cốc', 'C', null, 18, 16, 10, 2, 1, '', 0],
      ['Hùng Đức', 'C', null, 17, 15, 14, 2, 1, '', 230.5],
      ['Minh Hương', 'C', null, 17, 16, 17, 3, 1, '', 0],
      ['Minh Khương', 'C', null, 16, 15, 12, 1, 1, 'D', 0],
      ['Yên Lâm', 'C', null, 16, 15, 11, 1, 1, '', 64],
      ['Yên Thuận', 'C', null, 15, 14, 13, 1, 1, 'D', 0],
      ['Bạch Xa', 'C', null, 15, 13, 9, 1, 1, 'D', 0],
    ],
    places: {
      'Thái Sơn': ['Thôn Thác Cái', 'Thôn Cây Quýt', 'Thôn Thái Bình'],
      'Bình Xa': ['Thôn Minh Tiến', 'Thôn Bình Thuận'],
      'Phù Lưu': ['Thôn Làng Chang', 'Thôn Ngòi Khương', 'Thôn Nà Vài'],
      'Minh Dân': ['Thôn Thọ', 'Thôn Đồng Mới', 'Thôn Khau Làng'],
      'Thành Long': ['Thôn Cầu Cao', 'Thôn Lục Khu'],
      'Yên Phú': ['Thôn Yên Thịnh', 'Thôn Cầu Đá'],
      'Nhân Mục': ['Thôn Nắc Con', 'Thôn Ngõa'],
      'Tân Thành': ['Thôn 12', 'Thôn 8'],
      'Đức Ninh': ['Thôn Động Hốc', 'Thôn Đồng Bàng'],
      'Thái Hòa': ['Thôn Thái Bình', 'Thôn Cây Xoan'],
      'Hùng Đức': ['Thôn Trầm Ân', 'Thôn Tiến Thắng'],
      'Bằng Cốc': ['Thôn Đồng Tâm', 'Thôn Đèo Quân'],
    },
  },
  'dak-mil-2023': {
    villageWord: 'Thôn',
    rows: [
      ['Đức Mạnh', 'A', 2022, 19, 19, 17, 12, 2, '', 0],
      ['Đức Minh', 'N', 2016, 19, 19, 14, 9, 1, '', 0],
      ['Thuận An', 'N', 2018, 19, 19, 15, 8, 1, 'B', 0],
      ['Đắk Sắk', 'N', 2019, 19, 19, 14, 6, 0, '', 0],
      ['Đắk Lao', 'N', 2020, 19, 19, 16, 5, 0, 'B', 0],
      ["Đắk R'La", 'N', 2021, 19, 19, 13, 4, 0, '', 0],
      ['Long Sơn', 'N', 2022, 19, 19, 6, 2, 0, '', 0],
      ['Đắk Gằn', 'N', 2023, 19, 18, 16, 4, 0, '', 0],
      ["Đắk N'Drót", 'C', null, 16, 15, 12, 2, 0, 'D', 0],
    ],
    places: {
      'Đức Mạnh': ['Thôn Đức Lộc', 'Thôn Xuân Lộc', 'Thôn Đức Hòa'],
      'Đức Minh': ['Thôn Tân Lợi', 'Thôn Thanh Sơn'],
      'Thuận An': ['Bon Bu Đắk', 'Thôn Thuận Hạnh', 'Bon Sa Pa'],
      'Đắk Sắk': ['Thôn Bình Thuận', 'Thôn Xuân Sơn'],
      'Đắk Lao': ['Thôn 9', 'Bon Ja Ráh'],
      "Đắk R'La": ['Thôn 5', 'Thôn 8'],
      'Long Sơn': ['Thôn Tân Sơn', 'Thôn Đồng Đăng'],
      'Đắk Gằn': ['Thôn Đắk Hà', 'Bon Đắk Gằn', 'Thôn Tân Lập'],
      "Đắk N'Drót": ['Bon Đắk Krai', 'Thôn 3'],
    },
  },
  'ha-quang-2023': {
    villageWord: 'Xóm',
    rows: [
      ['Ngọc Đào', 'N', 2019, 19, 19, 11, 5, 1, '', 0],
      ['Sóc Hà', 'N', 2018, 19, 19, 10, 5, 1, 'B', 0],
      ['Lương Can', 'N', 2020, 19, 19, 8, 4, 0, '', 0],
      ['Trường Hà', 'N', 2023, 19, 17, 12, 5, 1, 'DB', 0],
      ['Quý Quân', 'C', null, 17, 16, 7, 2, 0, 'D', 0],
      ['Đa Thông', 'C', null, 16, 15, 9, 2, 0, 'D', 0],
      ['Cần Yên', 'C', null, 15, 14, 12, 2, 0, 'D', 0],
      ['Thanh Long', 'C', null, 14, 13, 14, 1, 0, 'D', 0],
      ['Lương Thông', 'C', null, 14, 13, 8, 1, 0, 'D', 0],
      ['Yên Sơn', 'C', null, 13, 12, 9, 1, 0, 'D', 45],
      ['Hồng Sỹ', 'C', null, 13, 12, 10, 1, 0, 'D', 0],
      ['Nội Thôn', 'C', null, 13, 12, 9, 2, 0, 'DB', 0],
      ['Lũng Nặm', 'C', null, 13, 12, 10, 1, 0, 'DB', 0],
      ['Mã Ba', 'C', null, 12, 11, 8, 0, 0, 'D', 0],
      ['Tổng Cọt', 'C', null, 12, 11, 9, 1, 0, 'DB', 0],
      ['Cần Nông', 'C', null, 12, 11, 8, 0, 0, 'D', 0],
      ['Ngọc Động', 'C', null, 12, 11, 7, 0, 0, 'D', 0],
      ['Thượng Thôn', 'C', null, 11, 10, 9, 1, 0, 'DB', 0],
      ['Cải Viên', 'C', null, 11, 10, 10, 0, 0, 'DB', 0],
    ],
    places: {
      'Trường Hà': ['Xóm Pác Bó', 'Xóm Nặm Lìn', 'Xóm Nà Mạ'],
      'Nội Thôn': ['Xóm Nà Lẹng', 'Xóm Lũng Tao'],
      'Ngọc Đào': ['Xóm Nà Chạng', 'Xóm Hoàng Hà'],
      'Sóc Hà': ['Xóm Bó Củng', 'Xóm Sóc Giang'],
      'Lương Can': ['Xóm Nà Nghiềng', 'Xóm Bản Chang'],
      'Quý Quân': ['Xóm Nà Mò', 'Xóm Pác Ngòa'],
      'Đa Thông': ['Xóm Nà Ngần', 'Xóm Đông Sy'],
      'Cần Yên': ['Xóm Nà Rại', 'Xóm Cốc Lùng'],
      'Lũng Nặm': ['Xóm Lũng Rì', 'Xóm Nà Pù'],
      'Thanh Long': ['Xóm Lũng Nhùng', 'Xóm Thôm Ngà'],
    },
  },
};

// Criteria communes most often still miss (QĐ 318 numbering), most likely first.
const HARD_CRITERIA = [10, 11, 13, 17, 5, 9, 14, 6, 2, 3, 15, 7, 12, 8];

/** Which of the 19 criteria a commune meets: `count` of them, the missing ones drawn from the hard ones. */
function criteriaFlags(rng, count) {
  const missing = new Set(rng.shuffle(HARD_CRITERIA.slice(0, 10)).concat(HARD_CRITERIA.slice(10)).slice(0, 19 - count));
  return Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`tc${i + 1}`, !missing.has(i + 1)]));
}

/**
 * The `Xã` rows of a district for its sample year, plus its village names.
 * `fourOnSite` fills the Đắk Nông column; `gardens` the Tuyên Quang one.
 */
export function buildCommunes(rng, districtKey, { fourOnSite = false, gardens = false } = {}) {
  const district = DISTRICTS[districtKey];
  return district.rows.map(([name, level, recognized, criteria, criteriaPrev, villages, villagesNtm, villagesModel, flags, debt]) => ({
    name,
    criteria,
    criteriaPrev,
    level: LEVELS[level],
    recognized: recognized ?? undefined,
    dbkk: flags.includes('D'),
    border: flags.includes('B'),
    debt,
    fourOnSite: fourOnSite ? true : undefined,
    villages,
    villagesNtm,
    villagesModel,
    gardens: gardens ? (level === 'C' ? rng.int(2, 6) : rng.int(2 * villagesModel + 4, 2 * villagesModel + 14)) : undefined,
    ...criteriaFlags(rng, criteria),
  }));
}

/** Village names known for a commune (for nominations of villages and households). */
export function placesOf(districtKey, commune) {
  return DISTRICTS[districtKey].places[commune] ?? [];
}

/**
 * Sets a commune row's `Số tiêu chí đạt` to `count` and flips TC flags (hard
 * criteria first) so the breakdown still adds up.
 */
export function setCriteria(row, count) {
  const order = [...HARD_CRITERIA, 1, 4, 16, 18, 19].map((n) => `tc${n}`);
  let have = order.filter((k) => row[k]).length;
  for (const key of order) {
    if (have > count && row[key]) { row[key] = false; have -= 1; }
  }
  for (const key of [...order].reverse()) {
    if (have < count && !row[key]) { row[key] = true; have += 1; }
  }
  row.criteria = count;
  return row;
}
