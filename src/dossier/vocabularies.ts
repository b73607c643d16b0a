/**
 * The fixed vocabularies of the dossier workbook (dossier-workbook.md). Each term
 * has a stable id used in code and plan files, the label officers see, and the
 * aliases that also match (compared with `fold`).
 */

export interface Term<Id extends string = string> {
  id: Id;
  label: string;
  aliases?: readonly string[];
}

function terms<const T extends readonly Term[]>(list: T): T {
  return list;
}

/** Commune NTM levels, in increasing order. */
export const COMMUNE_LEVELS = terms([
  { id: 'chua-dat', label: 'Chưa đạt' },
  { id: 'ntm', label: 'Đạt chuẩn NTM', aliases: ['NTM', 'Đạt chuẩn', 'Đạt chuẩn nông thôn mới'] },
  { id: 'nang-cao', label: 'NTM nâng cao', aliases: ['Nâng cao', 'Đạt chuẩn NTM nâng cao', 'Nông thôn mới nâng cao'] },
  { id: 'kieu-mau', label: 'NTM kiểu mẫu', aliases: ['Kiểu mẫu', 'Đạt chuẩn NTM kiểu mẫu', 'Nông thôn mới kiểu mẫu'] },
]);
export type CommuneLevel = (typeof COMMUNE_LEVELS)[number]['id'];

/** District levels (`Mức đạt chuẩn của huyện`). */
export const DISTRICT_LEVELS = terms([
  { id: 'chua-dat', label: 'Chưa đạt' },
  { id: 'ntm', label: 'Đạt chuẩn NTM', aliases: ['NTM', 'Đạt chuẩn'] },
  { id: 'nang-cao', label: 'NTM nâng cao', aliases: ['Nâng cao'] },
  { id: 'kieu-mau', label: 'NTM kiểu mẫu', aliases: ['Kiểu mẫu'] },
  { id: 'hoan-thanh', label: 'Hoàn thành nhiệm vụ XDNTM', aliases: ['Hoàn thành nhiệm vụ xây dựng nông thôn mới', 'Hoàn thành nhiệm vụ'] },
]);
export type DistrictLevel = (typeof DISTRICT_LEVELS)[number]['id'];

/** Rank of a level for comparisons; a city that completed the task ranks with NTM. */
export const LEVEL_RANK: Record<DistrictLevel, number> = { 'chua-dat': 0, ntm: 1, 'hoan-thanh': 1, 'nang-cao': 2, 'kieu-mau': 3 };

export const SUBMITTER_LEVELS = terms([
  { id: 'xa', label: 'Xã', aliases: ['UBND xã', 'Cấp xã'] },
  { id: 'huyen', label: 'Huyện', aliases: ['Huyện, thành phố', 'Thành phố', 'UBND huyện', 'Cấp huyện', 'UBND thành phố'] },
  { id: 'so-nganh', label: 'Sở, ngành', aliases: ['Sở', 'Ngành', 'Sở ngành'] },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp' },
  { id: 'co-quan-thuong-truc', label: 'Cơ quan thường trực', aliases: ['Thường trực', 'Cơ quan thường trực Chương trình'] },
]);
export type SubmitterLevel = (typeof SUBMITTER_LEVELS)[number]['id'];

export const ROUNDS = terms([
  { id: 'hang-nam', label: 'Hằng năm', aliases: ['Hàng năm', 'Thường niên'] },
  { id: 'so-ket-2023', label: 'Sơ kết 2023', aliases: ['Sơ kết', 'Sơ kết năm 2023', 'Sơ kết giai đoạn 2021-2023'] },
  { id: 'tong-ket-2025', label: 'Tổng kết 2025', aliases: ['Tổng kết', 'Tổng kết năm 2025', 'Tổng kết giai đoạn 2021-2025'] },
  { id: 'dot-cao-diem', label: 'Đợt cao điểm', aliases: ['Cao điểm', 'Thi đua cao điểm'] },
]);
export type Round = (typeof ROUNDS)[number]['id'];

export const COLLECTIVE_TYPES = terms([
  { id: 'huyen', label: 'Huyện', aliases: ['Thành phố', 'Huyện, thành phố'] },
  { id: 'xa', label: 'Xã', aliases: ['Thị trấn', 'Xã, thị trấn'] },
  { id: 'thon', label: 'Thôn/bản', aliases: ['Thôn', 'Bản', 'Xóm', 'Bon', 'Buôn', 'Tổ dân phố'] },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp' },
  { id: 'htx', label: 'Hợp tác xã', aliases: ['HTX'] },
  { id: 'co-quan', label: 'Cơ quan, đơn vị', aliases: ['Cơ quan', 'Đơn vị'] },
  { id: 'to-chuc-khac', label: 'Tổ chức khác', aliases: ['Khác'] },
]);
export type CollectiveType = (typeof COLLECTIVE_TYPES)[number]['id'];

export const PERSON_KINDS = terms([
  { id: 'can-bo', label: 'Cán bộ, công chức, viên chức', aliases: ['Cán bộ', 'Công chức', 'Viên chức', 'CBCCVC'] },
  { id: 'luc-luong-vu-trang', label: 'Chiến sỹ lực lượng vũ trang', aliases: ['Chiến sĩ lực lượng vũ trang', 'Lực lượng vũ trang'] },
  { id: 'doan-vien', label: 'Đoàn viên, hội viên', aliases: ['Đoàn viên', 'Hội viên'] },
  { id: 'lao-dong', label: 'Người lao động', aliases: ['Nông dân', 'Công nhân', 'Lao động'] },
  { id: 'thanh-vien-htx', label: 'Thành viên hợp tác xã', aliases: ['Thành viên HTX', 'Xã viên'] },
  { id: 'doanh-nhan', label: 'Doanh nhân, trí thức, nhà khoa học', aliases: ['Doanh nhân', 'Trí thức', 'Nhà khoa học'] },
  { id: 'ho-gia-dinh', label: 'Hộ gia đình', aliases: ['Hộ'] },
  { id: 'khac', label: 'Khác' },
]);
export type PersonKind = (typeof PERSON_KINDS)[number]['id'];

export const MANAGEMENT_LEVELS = terms([
  { id: 'tinh', label: 'Tỉnh', aliases: ['Cấp tỉnh'] },
  { id: 'huyen', label: 'Huyện', aliases: ['Cấp huyện'] },
  { id: 'xa', label: 'Xã', aliases: ['Cấp xã'] },
]);
export type ManagementLevel = (typeof MANAGEMENT_LEVELS)[number]['id'];

export const GENDERS = terms([
  { id: 'nam', label: 'Nam' },
  { id: 'nu', label: 'Nữ' },
]);
export type Gender = (typeof GENDERS)[number]['id'];

export const AWARD_FORMS = terms([
  { id: 'giay-khen-huyen', label: 'Giấy khen của Chủ tịch UBND huyện', aliases: ['Giấy khen huyện', 'GK CT UBND huyện', 'Giấy khen Chủ tịch UBND huyện'] },
  { id: 'giay-khen-thu-truong', label: 'Giấy khen của Thủ trưởng cơ quan, đơn vị', aliases: ['Giấy khen sở', 'Giấy khen'] },
  { id: 'giay-khen-xa', label: 'Giấy khen của Chủ tịch UBND xã', aliases: ['Giấy khen xã'] },
  { id: 'bang-khen-tinh', label: 'Bằng khen của Chủ tịch UBND tỉnh', aliases: ['Bằng khen tỉnh', 'BK UBND tỉnh', 'BK CT UBND tỉnh', 'Bằng khen Chủ tịch UBND tỉnh', 'Bằng khen UBND tỉnh', 'Bằng khen của UBND tỉnh'] },
  { id: 'co-thi-dua-tinh', label: 'Cờ thi đua của UBND tỉnh', aliases: ['Cờ thi đua tỉnh', 'Cờ thi đua', 'Cờ thi đua UBND tỉnh'] },
  { id: 'bang-khen-ttg', label: 'Bằng khen của Thủ tướng Chính phủ', aliases: ['Bằng khen Thủ tướng', 'BK TTg', 'Bằng khen Thủ tướng Chính phủ', 'Bằng khen của Thủ tướng'] },
  {
    id: 'huan-chuong-lao-dong',
    label: 'Huân chương Lao động',
    aliases: ['HCLĐ', 'Huân chương Lao động hạng Ba', 'Huân chương Lao động hạng Nhì', 'Huân chương Lao động hạng Nhất'],
  },
]);
export type AwardForm = (typeof AWARD_FORMS)[number]['id'];

/** The 19 commune criteria of the national set 2021–2025 (QĐ 318/QĐ-TTg). */
export const CRITERIA = [
  'Quy hoạch', 'Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'Trường học',
  'Cơ sở vật chất văn hóa', 'Cơ sở hạ tầng thương mại nông thôn', 'Thông tin và Truyền thông',
  'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Lao động', 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo', 'Y tế', 'Văn hóa', 'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật', 'Quốc phòng và An ninh',
] as const;
