import type { TemplateText } from './text.js';

const range = (min: number, max: number | undefined) => (max === undefined ? `từ ${min} trở lên` : `từ ${min} đến ${max}`);

/** Vietnamese, the default. */
export const vi: TemplateText = {
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
    whole: (min, max) => `Số nguyên ${range(min, max)}`,
    decimal: (min) => `Số ${range(min, undefined)}`,
    date: 'Ngày (dd/mm/yyyy)',
    text: 'Chữ',
    textMin: (n) => `Chữ, ít nhất ${n} ký tự`,
    identity: '12 chữ số',
    commune: 'Tên một xã của trang Xã',
  },
  invalid: {
    title: 'Giá trị không hợp lệ',
    list: 'Chọn một giá trị trong danh sách thả xuống.',
    whole: (min, max) => `Nhập số nguyên ${range(min, max)}.`,
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
    withoutValidations: (file) => `Bản đánh dấu của tệp "${file}" không giữ các danh sách chọn, quy tắc nhập liệu, ô gộp và định dạng có điều kiện (vùng áp dụng quá lớn); tệp gốc vẫn giữ nguyên.`,
  },
};
