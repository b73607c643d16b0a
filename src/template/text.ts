import type { Lang } from '../i18n/types.js';
import type { ListName } from './lists.js';

/**
 * The words of the template, the annotated copies and their CLI sentences, in
 * Vietnamese and English. Sheet and column names of the dossier are not here:
 * they are the reader's contract (`columns.ts`) and stay Vietnamese in both.
 */
export interface TemplateText {
  sheets: { guide: string; lists: string; findings: string };
  info: { headers: [field: string, value: string, note: string]; required: string; optional: string };
  guide: {
    title: string;
    plan: (title: string, issuer: string, citeAs: string) => string;
    generalHeading: string;
    general: (planId: string) => string[];
    columnsHeading: string;
    columnHeaders: [sheet: string, column: string, required: string, values: string, explanation: string];
    required: string;
    optional: string;
    rulesHeading: string;
    contentAreasHeading: string;
  };
  /** What a column accepts, in the guide's "values" column. */
  values: {
    list: (values: readonly string[]) => string;
    longList: (count: number) => string;
    whole: (min: number, max?: number) => string;
    decimal: (min: number) => string;
    date: string;
    text: string;
    textMin: (n: number) => string;
    identity: string;
    commune: string;
  };
  /** Excel's refusal message when a value breaks a column's validation. */
  invalid: { title: string; list: string; whole: (min: number, max?: number) => string; decimal: string; date: string; textMin: (n: number) => string; identity: string; commune: string };
  /** Headings of the `Danh mục` columns. */
  lists: Record<ListName, string>;
  findings: { headers: [no: string, severity: string, code: string, sheet: string, cell: string, message: string, cite: string]; title: (file: string) => string };
  cli: {
    missingOutput: string;
    notXlsx: (path: string) => string;
    exists: (path: string) => string;
    written: (path: string) => string;
    annotated: (count: number, dir: string) => string;
    annotateFailed: (file: string) => string;
  };
}

const range = (min: number, max: number | undefined, vi: boolean) =>
  max === undefined ? (vi ? `từ ${min} trở lên` : `${min} or more`) : vi ? `từ ${min} đến ${max}` : `from ${min} to ${max}`;

const vi: TemplateText = {
  sheets: { guide: 'Hướng dẫn', lists: 'Danh mục', findings: 'Phát hiện' },
  info: { headers: ['Thông tin', 'Giá trị', 'Ghi chú'], required: 'Bắt buộc', optional: 'Không bắt buộc' },
  guide: {
    title: 'HƯỚNG DẪN ĐIỀN HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO "CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI"',
    plan: (title, issuer, citeAs) => `Kế hoạch: ${title} (${issuer}; trích dẫn là "${citeAs}").`,
    generalHeading: 'CÁCH ĐIỀN',
    general: (planId) => [
      'Điền các trang Thông tin, Xã, Tập thể, Cá nhân (trang OCOP nếu kế hoạch có chỉ tiêu OCOP). Không có đề nghị tập thể hoặc cá nhân thì để trống trang đó.',
      'Không đổi tên trang tính và tên cột: công cụ kiểm tra tìm chúng theo tên. Có thể thêm dòng tiêu đề phía trên dòng tên cột.',
      'Ô tên cột nền xanh đậm là bắt buộc; nền xanh nhạt là không bắt buộc hoặc chỉ bắt buộc trong trường hợp nêu ở cột Giải thích. Di chuột lên tên cột để xem giải thích.',
      'Chọn giá trị trong danh sách thả xuống khi ô có danh sách. Ngày ghi theo dạng dd/mm/yyyy; số tiền tính bằng triệu đồng; cột Có/Không chọn "Có" hoặc "Không".',
      'Số định danh (CCCD) chỉ dùng để phát hiện đề nghị trùng; công cụ không bao giờ in đầy đủ số này.',
      `Kiểm tra hồ sơ: ntm-check ho-so.xlsx --plan ${planId}. Thêm --annotate <thư mục> để nhận bản sao có đánh dấu các ô sai (đỏ: lỗi, vàng: cảnh báo).`,
    ],
    columnsHeading: 'CÁC CỘT',
    columnHeaders: ['Trang tính', 'Cột', 'Bắt buộc', 'Giá trị', 'Giải thích'],
    required: 'Có',
    optional: 'Không',
    rulesHeading: 'QUY ĐỊNH CHÍNH CỦA KẾ HOẠCH (kèm mục trích dẫn)',
    contentAreasHeading: 'NỘI DUNG THI ĐUA',
  },
  values: {
    list: (values) => `Chọn: ${values.join('; ')}`,
    longList: (count) => `Chọn trong danh sách (${count} giá trị)`,
    whole: (min, max) => `Số nguyên ${range(min, max, true)}`,
    decimal: (min) => `Số ${range(min, undefined, true)}`,
    date: 'Ngày (dd/mm/yyyy)',
    text: 'Chữ',
    textMin: (n) => `Chữ, ít nhất ${n} ký tự`,
    identity: '12 chữ số',
    commune: 'Tên một xã của trang Xã',
  },
  invalid: {
    title: 'Giá trị không hợp lệ',
    list: 'Chọn một giá trị trong danh sách thả xuống.',
    whole: (min, max) => `Nhập số nguyên ${range(min, max, true)}.`,
    decimal: 'Nhập một số không âm (triệu đồng).',
    date: 'Nhập ngày theo dạng dd/mm/yyyy.',
    textMin: (n) => `Ghi cụ thể, ít nhất ${n} ký tự.`,
    identity: 'Số định danh gồm 12 chữ số.',
    commune: 'Xã này chưa có trong trang Xã. Kiểm tra lại tên xã.',
  },
  lists: {
    'yes-no': 'Có/Không', 'submitter-level': 'Cấp đơn vị trình', round: 'Đợt xét', 'district-level': 'Mức đạt chuẩn của huyện',
    'commune-level': 'Mức đạt chuẩn của xã', 'collective-type': 'Loại tập thể', 'person-kind': 'Đối tượng', 'management-level': 'Cấp quản lý',
    gender: 'Giới tính', 'award-form': 'Hình thức khen thưởng', 'basis-collective': 'Căn cứ (tập thể)', 'basis-person': 'Căn cứ (cá nhân)',
    'content-area': 'Nội dung thi đua', district: 'Huyện',
  },
  findings: { headers: ['STT', 'Mức độ', 'Mã', 'Trang tính', 'Ô', 'Nội dung', 'Căn cứ'], title: (file) => `Các phát hiện khi kiểm tra tệp ${file}` },
  cli: {
    missingOutput: 'Thiếu tệp kết quả: thêm -o <tệp.xlsx>, ví dụ -o mau-ho-so.xlsx.',
    notXlsx: (path) => `Tệp kết quả "${path}" phải có đuôi .xlsx; hãy đặt tên như mau-ho-so.xlsx.`,
    exists: (path) => `Tệp "${path}" đã có; chọn tên khác hoặc thêm --force để ghi đè.`,
    written: (path) => `Đã tạo mẫu hồ sơ: ${path}`,
    annotated: (count, dir) => `Đã ghi ${count} bản đánh dấu vào thư mục ${dir}`,
    annotateFailed: (file) => `Không tạo được bản đánh dấu cho tệp "${file}" (thư viện exceljs không đọc được tệp); báo cáo ở trên vẫn đúng.`,
  },
};

const en: TemplateText = {
  sheets: { guide: 'Instructions', lists: 'Lists', findings: 'Findings' },
  info: { headers: ['Field', 'Value', 'Note'], required: 'Required', optional: 'Optional' },
  guide: {
    title: 'HOW TO FILL IN THE NTM AWARD DOSSIER ("chung sức xây dựng nông thôn mới")',
    plan: (title, issuer, citeAs) => `Plan: ${title} (${issuer}; cited as "${citeAs}").`,
    generalHeading: 'FILLING IN',
    general: (planId) => [
      'Fill in the sheets Thông tin, Xã, Tập thể, Cá nhân (and OCOP when the plan has OCOP targets). Leave a sheet empty when there are no collective or individual nominations.',
      'Do not rename sheets or column headers: the checker finds them by name. Title rows above the header row are allowed.',
      'Dark blue headers are required; light blue ones are optional or required only in the cases the Explanation column names. Hover over a header to read its note.',
      'Pick values from the drop-down list where a cell has one. Dates are dd/mm/yyyy; money is in million VND; yes/no columns take "Có" (yes) or "Không" (no).',
      'Identity numbers (CCCD) only serve to find duplicate nominations; the tool never prints them in full.',
      `Check the dossier: ntm-check dossier.xlsx --plan ${planId}. Add --annotate <folder> for a copy with the wrong cells marked (red: error, yellow: warning).`,
    ],
    columnsHeading: 'COLUMNS',
    columnHeaders: ['Sheet', 'Column', 'Required', 'Values', 'Explanation'],
    required: 'Yes',
    optional: 'No',
    rulesHeading: "THE PLAN'S MAIN RULES (with the clauses they come from)",
    contentAreasHeading: 'CAMPAIGN CONTENT AREAS',
  },
  values: {
    list: (values) => `One of: ${values.join('; ')}`,
    longList: (count) => `Pick from the list (${count} values)`,
    whole: (min, max) => `Whole number ${range(min, max, false)}`,
    decimal: (min) => `Number, ${range(min, undefined, false)}`,
    date: 'Date (dd/mm/yyyy)',
    text: 'Text',
    textMin: (n) => `Text, at least ${n} characters`,
    identity: '12 digits',
    commune: 'A commune of sheet Xã',
  },
  invalid: {
    title: 'Value not accepted',
    list: 'Pick a value from the drop-down list.',
    whole: (min, max) => `Enter a whole number ${range(min, max, false)}.`,
    decimal: 'Enter a number, not negative (million VND).',
    date: 'Enter a date as dd/mm/yyyy.',
    textMin: (n) => `Be specific: at least ${n} characters.`,
    identity: 'An identity number has 12 digits.',
    commune: 'This commune is not in sheet Xã. Check its name.',
  },
  lists: {
    'yes-no': 'Yes/no', 'submitter-level': 'Submitter level', round: 'Round', 'district-level': 'District level',
    'commune-level': 'Commune level', 'collective-type': 'Collective type', 'person-kind': 'Person kind', 'management-level': 'Management level',
    gender: 'Gender', 'award-form': 'Award form', 'basis-collective': 'Basis (collectives)', 'basis-person': 'Basis (individuals)',
    'content-area': 'Content area', district: 'District',
  },
  findings: { headers: ['No.', 'Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Clause'], title: (file) => `Findings of the check of ${file}` },
  cli: {
    missingOutput: 'No output file: add -o <file.xlsx>, for example -o dossier-template.xlsx.',
    notXlsx: (path) => `The output "${path}" must end in .xlsx; name it like dossier-template.xlsx.`,
    exists: (path) => `"${path}" already exists; choose another name or add --force to overwrite it.`,
    written: (path) => `Template written: ${path}`,
    annotated: (count, dir) => `${count} annotated ${count === 1 ? 'copy' : 'copies'} written to ${dir}`,
    annotateFailed: (file) => `Could not make an annotated copy of "${file}" (exceljs cannot read it); the report above stands.`,
  },
};

const TEXTS = { vi, en } satisfies Record<Lang, TemplateText>;

/** The template and annotation text of a language. */
export function templateText(lang: Lang): TemplateText {
  return TEXTS[lang];
}
