import type { ValueKind } from '../findings/codes.js';

/**
 * The sheets and columns of the dossier workbook (dossier-workbook.md), as data.
 * The reader finds each by tolerant name; the row schemas give the values meaning.
 */

/** Which vocabulary a vocab column draws from; `basis` and `content-area` come from the plan. */
export type VocabName =
  | 'commune-level' | 'district-level' | 'submitter-level' | 'round' | 'collective-type' | 'person-kind'
  | 'management-level' | 'gender' | 'award-form' | 'content-area';

export type ColumnKind = Exclude<ValueKind, 'identity-number'> | 'identity' | 'vocab' | 'basis';

export interface ColumnSpec {
  /** The key of the field in the typed row. */
  key: string;
  /** The header as the spec writes it; also the name findings use. */
  label: string;
  aliases?: readonly string[];
  /** Required in every row (conditional requirements live in the row schemas). */
  required?: boolean;
  kind: ColumnKind;
  vocab?: VocabName;
}

export interface SheetSpec {
  id: 'info' | 'communes' | 'collectives' | 'individuals' | 'ocop';
  label: string;
  aliases: readonly string[];
  columns: readonly ColumnSpec[];
}

const stt: ColumnSpec = { key: 'stt', label: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'], kind: 'integer' };
const achievement: ColumnSpec = { key: 'achievement', label: 'Thành tích tóm tắt', aliases: ['Thành tích', 'Tóm tắt thành tích'], required: true, kind: 'text' };
const contribution: ColumnSpec = { key: 'contribution', label: 'Giá trị đóng góp (triệu đồng)', aliases: ['Giá trị đóng góp', 'Đóng góp'], kind: 'number' };
const ocopStars: ColumnSpec = { key: 'ocopStars', label: 'Số sao OCOP', aliases: ['Sao OCOP'], kind: 'integer' };
const contentArea: ColumnSpec = { key: 'contentArea', label: 'Nội dung thi đua', kind: 'vocab', vocab: 'content-area' };
const basis: ColumnSpec = { key: 'basis', label: 'Căn cứ đề nghị', aliases: ['Căn cứ', 'Diện đề nghị'], kind: 'basis' };

/** `Thông tin`: one key/value pair per row, field names in column A, values in column B. */
export const INFO_SHEET: SheetSpec = {
  id: 'info',
  label: 'Thông tin',
  aliases: ['Thông tin chung', 'Thong tin', 'Info'],
  columns: [
    { key: 'province', label: 'Tỉnh', aliases: ['Tinh', 'Province'], required: true, kind: 'text' },
    { key: 'district', label: 'Huyện', aliases: ['Huyện/thành phố', 'Huyện, thành phố', 'District'], kind: 'text' },
    { key: 'submitter', label: 'Đơn vị trình', aliases: ['Cơ quan trình'], required: true, kind: 'text' },
    { key: 'submitterLevel', label: 'Cấp đơn vị trình', aliases: ['Cấp trình'], required: true, kind: 'vocab', vocab: 'submitter-level' },
    { key: 'achievementYear', label: 'Năm thành tích', aliases: ['Năm'], required: true, kind: 'year' },
    { key: 'round', label: 'Đợt xét', aliases: ['Đợt'], required: true, kind: 'vocab', vocab: 'round' },
    { key: 'submittedOn', label: 'Ngày trình', aliases: ['Ngày tờ trình'], kind: 'date' },
    { key: 'registeredOn', label: 'Ngày đăng ký thi đua', aliases: ['Ngày đăng ký'], kind: 'date' },
    { key: 'documentNumber', label: 'Số tờ trình', aliases: ['Số'], kind: 'text' },
    { key: 'districtLevel', label: 'Mức đạt chuẩn của huyện', aliases: ['Huyện đạt chuẩn'], kind: 'vocab', vocab: 'district-level' },
    { key: 'districtRecognitionYear', label: 'Năm công nhận huyện', kind: 'year' },
    { key: 'districtDebt', label: 'Nợ đọng XDCB của huyện (triệu đồng)', aliases: ['Nợ đọng XDCB huyện', 'Nợ đọng XDCB của huyện'], kind: 'number' },
    { key: 'districtFourOnSite', label: 'Huyện đạt "4 tại chỗ"', aliases: ['4 tại chỗ huyện'], kind: 'yes-no' },
    { key: 'signer', label: 'Người ký', kind: 'text' },
    { key: 'signerTitle', label: 'Chức vụ người ký', kind: 'text' },
  ],
};

export const COMMUNE_SHEET: SheetSpec = {
  id: 'communes',
  label: 'Xã',
  aliases: ['Xa', 'Danh sách xã', 'Xã, thị trấn', 'Xã/thị trấn'],
  columns: [
    stt,
    { key: 'name', label: 'Tên xã', aliases: ['Xã', 'Xã/thị trấn', 'Xã, thị trấn', 'Tên xã, thị trấn'], required: true, kind: 'text' },
    { key: 'criteria', label: 'Số tiêu chí đạt', aliases: ['Số TC đạt', 'Tiêu chí đạt'], required: true, kind: 'integer' },
    { key: 'previousCriteria', label: 'Số tiêu chí đạt năm trước', aliases: ['TC năm trước', 'Số TC đạt năm trước', 'Số tiêu chí năm trước'], kind: 'integer' },
    { key: 'level', label: 'Mức đạt chuẩn', aliases: ['Mức đạt', 'Đạt chuẩn'], required: true, kind: 'vocab', vocab: 'commune-level' },
    { key: 'recognitionYear', label: 'Năm công nhận', aliases: ['Năm đạt chuẩn'], kind: 'year' },
    { key: 'dbkk', label: 'Xã đặc biệt khó khăn', aliases: ['ĐBKK', 'Xã ĐBKK'], kind: 'yes-no' },
    { key: 'border', label: 'Xã biên giới', aliases: ['Biên giới'], kind: 'yes-no' },
    { key: 'debt', label: 'Nợ đọng XDCB (triệu đồng)', aliases: ['Nợ đọng XDCB', 'Nợ XDCB'], required: true, kind: 'number' },
    { key: 'fourOnSite', label: 'Đạt "4 tại chỗ"', aliases: ['4 tại chỗ'], kind: 'yes-no' },
    { key: 'villages', label: 'Số thôn', aliases: ['Số thôn/bản', 'Số xóm', 'Số bản'], kind: 'integer' },
    { key: 'ntmVillages', label: 'Số thôn đạt chuẩn NTM', aliases: ['Thôn đạt chuẩn', 'Số thôn đạt chuẩn'], kind: 'integer' },
    { key: 'modelVillages', label: 'Số thôn NTM kiểu mẫu', aliases: ['Thôn kiểu mẫu'], kind: 'integer' },
    { key: 'modelGardens', label: 'Số vườn mẫu NTM', aliases: ['Vườn mẫu'], kind: 'integer' },
    { key: 'note', label: 'Ghi chú', kind: 'text' },
  ],
};

export const COLLECTIVE_SHEET: SheetSpec = {
  id: 'collectives',
  label: 'Tập thể',
  aliases: ['Tap the', 'Danh sách tập thể', 'Tập thể đề nghị'],
  columns: [
    stt,
    { key: 'name', label: 'Tên tập thể', aliases: ['Tập thể', 'Tên đơn vị'], required: true, kind: 'text' },
    { key: 'type', label: 'Loại tập thể', aliases: ['Loại'], required: true, kind: 'vocab', vocab: 'collective-type' },
    { key: 'commune', label: 'Xã', aliases: ['Thuộc xã', 'Xã, thị trấn', 'Xã/thị trấn'], kind: 'text' },
    { key: 'form', label: 'Hình thức đề nghị', aliases: ['Hình thức khen thưởng'], required: true, kind: 'vocab', vocab: 'award-form' },
    basis,
    { key: 'recognitionYear', label: 'Năm đạt chuẩn', aliases: ['Năm công nhận'], kind: 'year' },
    contribution,
    ocopStars,
    contentArea,
    achievement,
    { key: 'priorAwards', label: 'Khen thưởng đã nhận', aliases: ['Khen thưởng đã có'], kind: 'text' },
  ],
};

export const INDIVIDUAL_SHEET: SheetSpec = {
  id: 'individuals',
  label: 'Cá nhân',
  aliases: ['Ca nhan', 'Danh sách cá nhân', 'Cá nhân, hộ gia đình', 'Cá nhân đề nghị'],
  columns: [
    stt,
    { key: 'name', label: 'Họ và tên', aliases: ['Họ tên'], required: true, kind: 'text' },
    { key: 'gender', label: 'Giới tính', kind: 'vocab', vocab: 'gender' },
    { key: 'birthYear', label: 'Năm sinh', kind: 'year' },
    { key: 'position', label: 'Chức vụ, nghề nghiệp', aliases: ['Chức vụ', 'Nghề nghiệp'], kind: 'text' },
    { key: 'unit', label: 'Đơn vị, địa chỉ', aliases: ['Đơn vị công tác', 'Nơi cư trú', 'Địa chỉ'], required: true, kind: 'text' },
    { key: 'commune', label: 'Xã', aliases: ['Thuộc xã', 'Xã, thị trấn', 'Xã/thị trấn'], kind: 'text' },
    { key: 'village', label: 'Thôn/bản', aliases: ['Thôn', 'Bản', 'Xóm'], kind: 'text' },
    { key: 'kind', label: 'Đối tượng', required: true, kind: 'vocab', vocab: 'person-kind' },
    { key: 'managementLevel', label: 'Cấp quản lý', aliases: ['Cấp'], kind: 'vocab', vocab: 'management-level' },
    { key: 'form', label: 'Hình thức đề nghị', aliases: ['Hình thức khen thưởng'], required: true, kind: 'vocab', vocab: 'award-form' },
    basis,
    contribution,
    ocopStars,
    { key: 'identity', label: 'Số định danh', aliases: ['CCCD', 'Số CCCD', 'Số định danh cá nhân'], kind: 'identity' },
    contentArea,
    achievement,
    { key: 'priorAwards', label: 'Khen thưởng đã nhận', aliases: ['Khen thưởng đã có'], kind: 'text' },
  ],
};

export const OCOP_SHEET: SheetSpec = {
  id: 'ocop',
  label: 'OCOP',
  aliases: ['Sản phẩm OCOP'],
  columns: [
    stt,
    { key: 'product', label: 'Tên sản phẩm', aliases: ['Sản phẩm'], required: true, kind: 'text' },
    { key: 'owner', label: 'Chủ thể', kind: 'text' },
    { key: 'commune', label: 'Xã', kind: 'text' },
    { key: 'stars', label: 'Số sao', aliases: ['Hạng sao'], required: true, kind: 'integer' },
    { key: 'level', label: 'Cấp công nhận', kind: 'vocab', vocab: 'management-level' },
    { key: 'year', label: 'Năm công nhận', kind: 'year' },
  ],
};

/** A `TC1` … `TC19` criterion column: `TC1`, `TC 1`, `Tiêu chí 1`, `1. Quy hoạch` or the criterion's name. */
export const CRITERION_HEADER = /^(?:tc|tieu chi)\s*(\d{1,2})\b|^(\d{1,2})\s+[a-z]/;
