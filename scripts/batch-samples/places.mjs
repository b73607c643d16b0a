/**
 * The districts and communes of the two sample provinces, as they stood before the
 * 2025 reorganisation: real names (xã only — wards and thị trấn are not assessed
 * against the commune NTM criteria). Levels and figures generated from them are
 * illustrative, not official statistics.
 *
 * District fields: ntm (share of communes at an NTM level), level / levelYear (the
 * district's own NTM level), border (a border district), dbkk (share of ĐBKK communes).
 */

export const LAI_CHAU = [
  { name: 'TP Lai Châu', info: 'Thành phố Lai Châu', unit: 'UBND thành phố Lai Châu', ntm: 1, level: 'Hoàn thành nhiệm vụ XDNTM', levelYear: 2019, dbkk: 0,
    communes: ['San Thàng', 'Sùng Phài'], people: ['kinh', 'thai'] },
  { name: 'Tam Đường', ntm: 0.85, level: 'Đạt chuẩn NTM', levelYear: 2023, dbkk: 0.35,
    communes: ['Bình Lư', 'Bản Bo', 'Nà Tăm', 'Sơn Bình', 'Bản Giang', 'Bản Hon', 'Thèn Sin', 'Hồ Thầu', 'Tả Lèng', 'Nùng Nàng', 'Giang Ma', 'Khun Há'], people: ['thai', 'hmong', 'dao', 'kinh'] },
  { name: 'Phong Thổ', ntm: 0.45, border: true, dbkk: 0.7,
    communes: ['Sì Lở Lầu', 'Mồ Sì San', 'Pa Vây Sử', 'Vàng Ma Chải', 'Tông Qua Lìn', 'Mù Sang', 'Dào San', 'Ma Li Pho', 'Hoang Thèn', 'Bản Lang', 'Khổng Lào', 'Mường So', 'Nậm Xe', 'Sin Suối Hồ', 'Lản Nhì Thàng', 'Huổi Luông'],
    people: ['dao', 'hmong', 'thai', 'kinh'] },
  { name: 'Sìn Hồ', ntm: 0.4, border: true, dbkk: 0.8,
    communes: ['Căn Co', 'Chăn Nưa', 'Hồng Thu', 'Làng Mô', 'Lùng Thàng', 'Ma Quai', 'Nậm Cha', 'Nậm Cuổi', 'Nậm Hăn', 'Nậm Mạ', 'Nậm Tăm', 'Noong Hẻo', 'Pa Khóa', 'Pa Tần', 'Phăng Sô Lin', 'Phìn Hồ', 'Pu Sam Cáp', 'Sà Dề Phìn', 'Tả Ngảo', 'Tả Phìn', 'Tủa Sín Chải'],
    people: ['hmong', 'thai', 'dao', 'kinh'] },
  { name: 'Mường Tè', ntm: 0.35, border: true, dbkk: 0.9,
    communes: ['Bum Nưa', 'Bum Tở', 'Ka Lăng', 'Kan Hồ', 'Mù Cả', 'Mường Tè', 'Nậm Khao', 'Pa Ủ', 'Pa Vệ Sử', 'Tá Bạ', 'Thu Lũm', 'Tà Tổng', 'Vàng San'],
    people: ['thai', 'hmong', 'kinh'] },
  { name: 'Than Uyên', ntm: 0.9, level: 'Đạt chuẩn NTM', levelYear: 2024, dbkk: 0.2,
    communes: ['Hua Nà', 'Khoen On', 'Mường Cang', 'Mường Kim', 'Mường Mít', 'Mường Than', 'Pha Mu', 'Phúc Than', 'Ta Gia', 'Tà Hừa', 'Tà Mung'], people: ['thai', 'kinh', 'hmong'] },
  { name: 'Tân Uyên', ntm: 0.65, dbkk: 0.45,
    communes: ['Trung Đồng', 'Mường Khoa', 'Phúc Khoa', 'Thân Thuộc', 'Pắc Ta', 'Nậm Cần', 'Nậm Sỏ', 'Tà Mít', 'Hố Mít'], people: ['thai', 'kinh', 'hmong'] },
  { name: 'Nậm Nhùn', ntm: 0.4, border: true, dbkk: 0.85,
    communes: ['Hua Bum', 'Lê Lợi', 'Mường Mô', 'Nậm Ban', 'Nậm Chà', 'Nậm Hàng', 'Nậm Manh', 'Nậm Pì', 'Pú Đao', 'Trung Chải'], people: ['thai', 'hmong', 'kinh'] },
];

export const DAK_NONG = [
  { name: 'TP Gia Nghĩa', info: 'Thành phố Gia Nghĩa', unit: 'UBND thành phố Gia Nghĩa', ntm: 1, level: 'Hoàn thành nhiệm vụ XDNTM', levelYear: 2022, dbkk: 0,
    communes: ['Đắk Nia', "Đắk R'Moan", 'Quảng Thành'], people: ['kinh', 'mnong'] },
  { name: 'Cư Jút', ntm: 1, level: 'Đạt chuẩn NTM', levelYear: 2023, dbkk: 0.1,
    communes: ["Cư K'Nia", "Đắk D'Rông", 'Đắk Wil', 'Ea Pô', 'Nam Dong', 'Tâm Thắng', 'Trúc Sơn'], people: ['kinh', 'tay', 'mnong'] },
  { name: 'Đắk Glong', ntm: 0.3, dbkk: 0.7,
    communes: ['Đắk Ha', 'Đắk Plao', "Đắk R'Măng", 'Đắk Som', 'Quảng Hòa', 'Quảng Khê', 'Quảng Sơn'], people: ['mnong', 'kinh', 'tay'] },
  { name: 'Đắk Mil', ntm: 0.8, border: true, dbkk: 0.2,
    communes: ['Đắk Gằn', 'Đắk Lao', "Đắk N'Drót", "Đắk R'La", 'Đắk Sắk', 'Đức Mạnh', 'Đức Minh', 'Long Sơn', 'Thuận An'], people: ['kinh', 'mnong', 'tay'] },
  { name: "Đắk R'Lấp", ntm: 0.8, dbkk: 0.1,
    communes: ['Đạo Nghĩa', 'Đắk Ru', 'Đắk Sin', 'Đắk Wer', 'Hưng Bình', 'Kiến Thành', 'Nghĩa Thắng', 'Nhân Cơ', 'Nhân Đạo', 'Quảng Tín'], people: ['kinh', 'mnong'] },
  { name: 'Đắk Song', ntm: 0.6, border: true, dbkk: 0.3,
    communes: ['Đắk Hòa', 'Đắk Môl', "Đắk N'Drung", 'Nam Bình', "Nâm N'Jang", 'Thuận Hà', 'Thuận Hạnh', 'Trường Xuân'], people: ['kinh', 'mnong', 'tay'] },
  { name: 'Krông Nô', ntm: 0.65, dbkk: 0.3,
    communes: ['Buôn Choáh', 'Đắk Drô', 'Đắk Nang', 'Đắk Sôr', 'Đức Xuyên', 'Nam Đà', 'Nam Xuân', "Nâm N'Đir", 'Nâm Nung', 'Quảng Phú', 'Tân Thành'], people: ['kinh', 'mnong', 'tay'] },
  { name: 'Tuy Đức', ntm: 0.3, border: true, dbkk: 0.8,
    communes: ['Đắk Buk So', 'Đắk Ngo', "Đắk R'Tíh", 'Quảng Tâm', 'Quảng Tân', 'Quảng Trực'], people: ['mnong', 'kinh'] },
];

/** Village names of a commune: the word for a village there and a few real-sounding names. */
export const VILLAGE_NAMES = {
  'Lai Châu': { word: 'Bản', names: ['Nà Khum', 'Phiêng Phát', 'Nà Cơ', 'Hua Pầu', 'Nậm Bon', 'Sin Chải', 'Cò Lá', 'Nà Luồng', 'Tà Chải', 'Hồ Pên', 'Pa Pao', 'Chu Va', 'Nà Đon', 'Lùng Cù'] },
  'Đắk Nông': { word: 'Thôn', names: ['Tân Lập', 'Đắk Hà', 'Thuận Hạnh', 'Bon Bu Đắk', 'Bon Đắk Krai', 'Buôn Ja Ráh', 'Tân Bình', 'Đức Lộc', 'Bon Sar Pa', 'Thôn 3', 'Thôn 7', 'Bon Ndrung', 'Quảng Lợi', 'Bon Ol Bu Tung'] },
};
