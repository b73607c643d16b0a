/**
 * Sheet names, `Thông tin` field names and column headers exactly as
 * shared/spec/dossier-workbook.md spells them, with the kind of value each holds
 * and a column width for the written file.
 */

export const SHEETS = { info: 'Thông tin', communes: 'Xã', collectives: 'Tập thể', individuals: 'Cá nhân', ocop: 'OCOP' };

/** `Thông tin` rows in the order an officer fills them. */
export const INFO_FIELDS = [
  { key: 'province', label: 'Tỉnh', kind: 'text' },
  { key: 'district', label: 'Huyện', kind: 'text' },
  { key: 'unit', label: 'Đơn vị trình', kind: 'text' },
  { key: 'unitLevel', label: 'Cấp đơn vị trình', kind: 'text' },
  { key: 'year', label: 'Năm thành tích', kind: 'year' },
  { key: 'round', label: 'Đợt xét', kind: 'text' },
  { key: 'submittedOn', label: 'Ngày trình', kind: 'date' },
  { key: 'registeredOn', label: 'Ngày đăng ký thi đua', kind: 'date' },
  { key: 'docNo', label: 'Số tờ trình', kind: 'text' },
  { key: 'districtLevel', label: 'Mức đạt chuẩn của huyện', kind: 'text' },
  { key: 'districtYear', label: 'Năm công nhận huyện', kind: 'year' },
  { key: 'districtDebt', label: 'Nợ đọng XDCB của huyện (triệu đồng)', kind: 'num' },
  { key: 'districtFourOnSite', label: 'Huyện đạt "4 tại chỗ"', kind: 'yesno' },
  { key: 'signer', label: 'Người ký', kind: 'text' },
  { key: 'signerTitle', label: 'Chức vụ người ký', kind: 'text' },
];

/** The 19 commune criteria of QĐ 318/QĐ-TTg, as TC1…TC19 columns. */
const CRITERIA_COLUMNS = Array.from({ length: 19 }, (_, i) => (
  { key: `tc${i + 1}`, header: `TC${i + 1}`, kind: 'yesno', width: 5.5 }));

export const COMMUNE_COLUMNS = [
  { key: 'stt', header: 'STT', kind: 'int', width: 5 },
  { key: 'name', header: 'Tên xã', kind: 'text', width: 16 },
  { key: 'criteria', header: 'Số tiêu chí đạt', kind: 'int', width: 9 },
  { key: 'criteriaPrev', header: 'Số tiêu chí đạt năm trước', kind: 'int', width: 11 },
  { key: 'level', header: 'Mức đạt chuẩn', kind: 'text', width: 15 },
  { key: 'recognized', header: 'Năm công nhận', kind: 'year', width: 9 },
  { key: 'dbkk', header: 'Xã đặc biệt khó khăn', kind: 'yesno', width: 10 },
  { key: 'border', header: 'Xã biên giới', kind: 'yesno', width: 9 },
  { key: 'debt', header: 'Nợ đọng XDCB (triệu đồng)', kind: 'num', width: 11 },
  { key: 'fourOnSite', header: 'Đạt "4 tại chỗ"', kind: 'yesno', width: 9 },
  { key: 'villages', header: 'Số thôn', kind: 'int', width: 8 },
  { key: 'villagesNtm', header: 'Số thôn đạt chuẩn NTM', kind: 'int', width: 10 },
  { key: 'villagesModel', header: 'Số thôn NTM kiểu mẫu', kind: 'int', width: 10 },
  { key: 'gardens', header: 'Số vườn mẫu NTM', kind: 'int', width: 9 },
  ...CRITERIA_COLUMNS,
  { key: 'note', header: 'Ghi chú', kind: 'text', width: 24 },
];

export const COLLECTIVE_COLUMNS = [
  { key: 'stt', header: 'STT', kind: 'int', width: 5 },
  { key: 'name', header: 'Tên tập thể', kind: 'text', width: 34 },
  { key: 'type', header: 'Loại tập thể', kind: 'text', width: 13 },
  { key: 'commune', header: 'Xã', kind: 'text', width: 13 },
  { key: 'form', header: 'Hình thức đề nghị', kind: 'text', width: 24 },
  { key: 'basis', header: 'Căn cứ đề nghị', kind: 'text', width: 19 },
  { key: 'recognized', header: 'Năm đạt chuẩn', kind: 'year', width: 9 },
  { key: 'contribution', header: 'Giá trị đóng góp (triệu đồng)', kind: 'num', width: 11 },
  { key: 'ocop', header: 'Số sao OCOP', kind: 'int', width: 7 },
  { key: 'content', header: 'Nội dung thi đua', kind: 'text', width: 9 },
  { key: 'summary', header: 'Thành tích tóm tắt', kind: 'text', width: 60 },
  { key: 'history', header: 'Khen thưởng đã nhận', kind: 'text', width: 28 },
];

export const INDIVIDUAL_COLUMNS = [
  { key: 'stt', header: 'STT', kind: 'int', width: 5 },
  { key: 'name', header: 'Họ và tên', kind: 'text', width: 22 },
  { key: 'gender', header: 'Giới tính', kind: 'text', width: 7 },
  { key: 'birthYear', header: 'Năm sinh', kind: 'year', width: 7 },
  { key: 'position', header: 'Chức vụ, nghề nghiệp', kind: 'text', width: 26 },
  { key: 'address', header: 'Đơn vị, địa chỉ', kind: 'text', width: 30 },
  { key: 'commune', header: 'Xã', kind: 'text', width: 12 },
  { key: 'village', header: 'Thôn/bản', kind: 'text', width: 15 },
  { key: 'subject', header: 'Đối tượng', kind: 'text', width: 20 },
  { key: 'mgmtLevel', header: 'Cấp quản lý', kind: 'text', width: 8 },
  { key: 'form', header: 'Hình thức đề nghị', kind: 'text', width: 24 },
  { key: 'basis', header: 'Căn cứ đề nghị', kind: 'text', width: 19 },
  { key: 'contribution', header: 'Giá trị đóng góp (triệu đồng)', kind: 'num', width: 11 },
  { key: 'ocop', header: 'Số sao OCOP', kind: 'int', width: 7 },
  { key: 'id', header: 'Số định danh', kind: 'text', width: 15 },
  { key: 'content', header: 'Nội dung thi đua', kind: 'text', width: 9 },
  { key: 'summary', header: 'Thành tích tóm tắt', kind: 'text', width: 60 },
  { key: 'history', header: 'Khen thưởng đã nhận', kind: 'text', width: 28 },
];

export const OCOP_COLUMNS = [
  { key: 'product', header: 'Tên sản phẩm', kind: 'text', width: 30 },
  { key: 'owner', header: 'Chủ thể', kind: 'text', width: 34 },
  { key: 'commune', header: 'Xã', kind: 'text', width: 13 },
  { key: 'stars', header: 'Số sao', kind: 'int', width: 7 },
  { key: 'level', header: 'Cấp công nhận', kind: 'text', width: 10 },
  { key: 'recognized', header: 'Năm công nhận', kind: 'year', width: 9 },
];

/** Award form labels (the vocabulary of the spec). */
export const FORMS = {
  gkHuyen: 'Giấy khen của Chủ tịch UBND huyện',
  bkTinh: 'Bằng khen của Chủ tịch UBND tỉnh',
  coTinh: 'Cờ thi đua của UBND tỉnh',
};

export const LEVELS = { C: 'Chưa đạt', N: 'Đạt chuẩn NTM', A: 'NTM nâng cao', K: 'NTM kiểu mẫu' };

export const SUBJECTS = {
  canBo: 'Cán bộ, công chức, viên chức',
  hoiVien: 'Đoàn viên, hội viên',
  lucLuong: 'Chiến sỹ lực lượng vũ trang',
  laoDong: 'Người lao động',
  htx: 'Thành viên hợp tác xã',
  doanhNhan: 'Doanh nhân, trí thức, nhà khoa học',
  hoGiaDinh: 'Hộ gia đình',
  khac: 'Khác',
};
