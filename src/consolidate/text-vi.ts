import type { ConsolidateText } from './text.js';
import { formatNumber, shortList } from './format.js';

const n = (x: number) => formatNumber(x, 'vi');

/** Vietnamese, the default. */
export const textVi = {
  title: 'BÁO CÁO TỔNG HỢP',
  subtitle: (year) => `Kết quả phong trào thi đua “Chung sức xây dựng nông thôn mới” năm ${year}`,
  planLine: (document, issuer) => `Căn cứ ${document} của ${issuer}`,
  place: (province, district) => (district ? `Huyện ${district}, tỉnh ${province}` : `Tỉnh ${province}`),
  madeBy: (version, date) => `Lập bằng ntm-check ${version}, ngày ${date}`,
  summary: (s) =>
    `${n(s.files)} hồ sơ, ${n(s.communes)} xã, ${n(s.nominations)} đề nghị khen thưởng (${n(s.withoutErrors)} không có lỗi); ${n(s.errors)} lỗi, ${n(s.warnings)} cảnh báo.`,
  sections: {
    targets: 'I. Kết quả thực hiện các chỉ tiêu của kế hoạch',
    chart: 'Thực hiện so với chỉ tiêu',
    schedule: 'Lộ trình đạt chuẩn của từng xã',
    districts: 'II. Tổng hợp theo đơn vị',
    missing: 'Đơn vị chưa có số liệu',
    nominations: 'III. Đề nghị khen thưởng',
    byForm: 'Theo hình thức khen thưởng',
    byGender: 'Cá nhân theo giới tính',
    findings: 'IV. Kết quả kiểm tra hồ sơ',
  },
  columns: {
    no: 'TT', target: 'Chỉ tiêu', plan: 'Kế hoạch', actual: 'Thực hiện', verdict: 'Đánh giá', clause: 'Mục',
    district: 'Đơn vị', communes: 'Số xã', ntm: 'Xã đạt NTM', ntmShare: 'Tỉ lệ NTM', avgCriteria: 'TC bình quân',
    nominations: 'Đề nghị', errors: 'Lỗi', warnings: 'Cảnh báo', form: 'Hình thức khen thưởng', collective: 'Tập thể',
    individual: 'Cá nhân', total: 'Tổng', withoutErrors: 'Không lỗi', count: 'Số lượng', code: 'Mã phát hiện',
    severity: 'Mức', example: 'Ví dụ', commune: 'Xã', due: 'Lộ trình', now: 'Hiện nay', status: 'Tiến độ',
  },
  tiles: { files: 'Hồ sơ đơn vị', communes: 'Xã', nominations: 'Đề nghị khen thưởng', targets: 'Chỉ tiêu đạt', errors: 'Lỗi cần sửa' },
  criteria: (x) => `${n(x)}/19 tiêu chí`,
  totalRow: 'Tổng cộng',
  met: { true: 'Đạt', false: 'Chưa đạt', null: 'Chưa đủ dữ liệu' },
  reasons: {
    'missing-districts': (m) => `thiếu hồ sơ của: ${shortList(m)}`,
    'missing-communes': (m) => `thiếu số liệu của xã: ${shortList(m)}`,
    'missing-data': (m) => (m.length > 0 ? `thiếu số liệu ở: ${shortList(m)}` : 'thiếu số liệu'),
    'no-communes': () => 'không có xã nào trong hồ sơ',
    'no-ntm-communes': () => 'chưa có xã đạt chuẩn NTM',
    'no-pending-communes': () => 'không còn xã chưa đạt chuẩn',
    'no-dbkk-communes': () => 'không có xã đặc biệt khó khăn',
    'no-ocop-sheet': () => 'hồ sơ không có sheet OCOP',
    'no-names': () => 'kế hoạch không nêu tên huyện',
    'not-yet-due': () => 'chưa đến hạn',
    'unknown-metric': () => 'chỉ tiêu chưa được hỗ trợ tính tự động',
  },
  schedule: { 'on-time': 'Đúng hạn', late: 'Chậm', 'at-risk': 'Có nguy cơ chậm', 'on-track': 'Đang thực hiện', unknown: 'Không có số liệu' },
  atRiskNote: '“Có nguy cơ chậm”: chưa đến hạn nhưng số tiêu chí còn thiếu vượt 2 tiêu chí/năm còn lại (nhịp kế hoạch đề ra), hoặc năm nay không tăng tiêu chí nào.',
  chartTarget: 'Mức kế hoạch',
  chartNote: 'Mỗi thanh được vẽ theo thang riêng của chỉ tiêu; vạch đỏ là mức kế hoạch.',
  gender: { nam: 'Nam', nu: 'Nữ', unknown: 'Chưa ghi' },
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  verdict: { ok: 'Hợp lệ', warning: 'Có cảnh báo', error: 'Có lỗi' },
  yes: 'Có',
  no: 'Không',
  none: 'Không có',
  page: (p, of) => `Trang ${p}/${of}`,
  unreadableFile: 'không đọc được',
  headers: {
    targets: { no: 'TT', metric: 'Mã chỉ tiêu', label: 'Chỉ tiêu', comparator: 'So sánh', target: 'Kế hoạch', actual: 'Thực hiện', met: 'Đánh giá', reason: 'Ghi chú', clause: 'Mục' },
    communes: {
      district: 'Huyện', file: 'Tệp', name: 'Tên xã', criteria: 'Số tiêu chí đạt', previous: 'Số tiêu chí đạt năm trước', level: 'Mức đạt chuẩn',
      year: 'Năm công nhận', dbkk: 'Xã ĐBKK', border: 'Xã biên giới', debt: 'Nợ đọng XDCB (triệu đồng)', fourOnSite: 'Đạt "4 tại chỗ"',
      villages: 'Số thôn', ntmVillages: 'Số thôn đạt chuẩn NTM', modelVillages: 'Số thôn NTM kiểu mẫu', gardens: 'Số vườn mẫu NTM',
    },
    nominations: {
      district: 'Huyện', file: 'Tệp', row: 'Dòng', name: 'Tên', type: 'Loại / Đối tượng', commune: 'Xã', gender: 'Giới tính', birthYear: 'Năm sinh',
      unit: 'Đơn vị, địa chỉ', identity: 'Số định danh (đã che)', form: 'Hình thức đề nghị', basis: 'Căn cứ', contribution: 'Đóng góp (triệu đồng)',
      stars: 'Sao OCOP', achievement: 'Thành tích tóm tắt', verdict: 'Kết quả kiểm tra', codes: 'Mã phát hiện',
    },
    findings: { file: 'Tệp', district: 'Đơn vị', sheet: 'Sheet', cell: 'Ô', row: 'Dòng', severity: 'Mức', code: 'Mã', message: 'Nội dung', clause: 'Căn cứ' },
  },
  progress: {
    reading: (done, total, rows) => `Đang kiểm tra hồ sơ ${n(done)}/${n(total)} · ${n(rows)} dòng`,
    writing: (file) => `Đang ghi ${file}`,
  },
  cli: {
    noWorkbooks: (dir) => `Thư mục "${dir}" không có tệp .xlsx nào; hãy chỉ ra thư mục chứa hồ sơ các huyện.`,
    badYear: (v) => `Năm "${v}" không hợp lệ; dùng năm có 4 chữ số, ví dụ --year 2024.`,
    missingOut: 'Chưa chọn thư mục kết quả; thêm --out <thư mục>, ví dụ --out tong-hop-2024.',
    done: (dir, s) =>
      `Đã ghi tong-hop.xlsx, tong-hop.pdf, tong-hop.json, so-khen-thuong.json vào ${dir}: ${n(s.districts)} hồ sơ, ${n(s.errors)} lỗi, ${n(s.warnings)} cảnh báo; chỉ tiêu: ${n(s.met)} đạt, ${n(s.notMet)} chưa đạt, ${n(s.unknown)} chưa đủ dữ liệu; sổ khen thưởng ${n(s.ledger)} mục.`,
  },
} satisfies ConsolidateText;
