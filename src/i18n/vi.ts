import type { Catalogue, FindingMessages } from './types.js';

const kinds = {
  text: 'văn bản', integer: 'số nguyên', number: 'số', year: 'năm (4 chữ số)', date: 'ngày (dd/mm/yyyy)',
  'yes-no': 'Có/Không', 'identity-number': 'số định danh 12 chữ số',
} as const;

const reasons: Record<string, string> = {
  missing: 'không tìm thấy tệp', 'is-directory': 'đây là thư mục', 'no-access': 'không có quyền đọc', empty: 'tệp rỗng',
  'corrupt-zip': 'tệp bị hỏng hoặc tải về chưa hết', 'unsafe-xml': 'tệp chứa khai báo XML không an toàn',
  'too-large': 'tệp vượt giới hạn kích thước an toàn',
};

const SCOPES: Record<string, string> = { 'per-commune': 'mỗi xã', 'per-district': 'mỗi huyện', 'per-village': 'mỗi thôn/bản', 'per-unit': 'mỗi đơn vị', 'per-district-year': 'mỗi huyện mỗi năm' };
const quotaScope = (q: string) => SCOPES[q] ?? q;
const date = (iso: string) => iso.split('-').reverse().join('/');
/** Vietnamese numbers: `1.250,5`. One formatter, made when first needed (making one costs milliseconds). */
let numberFormat: Intl.NumberFormat | undefined;
const num = (n: number) => (numberFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })).format(n);

const findings = {
  'file.unreadable': (d) => `Không đọc được tệp: ${reasons[d.reason] ?? d.reason}.`,
  'file.not-xlsx': (d) => `Tệp không phải sổ tính Excel .xlsx (${d.reason}).`,
  'file.too-large': () => 'Tệp vượt giới hạn kích thước an toàn.',
  'sheet.missing': (d) =>
    `Thiếu trang tính "${d.sheet}"${d.reason === 'district-workbook' ? ' (bắt buộc với hồ sơ cấp huyện, xã)' : ''}${d.suggestion ? `; có phải là "${d.suggestion}"?` : ''}.`,
  'column.missing': (d) => `Thiếu cột "${d.column}"${d.suggestion ? `; có phải là cột "${d.suggestion}"?` : ''}.`,
  'column.unknown': (d) => `Cột "${d.column}" không có trong mẫu hồ sơ; cột này được bỏ qua.`,
  'cell.required': (d) => `Chưa điền "${d.column}"${d.condition ? ` (bắt buộc trong trường hợp này)` : ''}.`,
  'cell.type': (d) => `"${d.column}": giá trị "${d.value}" không phải ${kinds[d.expected]}.`,
  'cell.enum': (d) => `"${d.column}": giá trị "${d.value}" không có trong danh mục${d.suggestion ? `; có phải là "${d.suggestion}"?` : ''}.`,
  'cell.range': (d) => `"${d.column}": giá trị ${d.value} ${d.min !== undefined ? `nhỏ hơn mức tối thiểu ${d.min}` : `lớn hơn mức tối đa ${d.max}`}.`,
  'cell.formula-error': (d) => `"${d.column}": ô có lỗi công thức${d.error ? ` ${d.error}` : ' (chưa có kết quả tính; hãy mở và lưu lại bằng Excel)'}.`,
  'text.legacy-encoding': (d) => `"${d.column}": văn bản gõ bằng bảng mã cũ ${d.encoding.toUpperCase()}; nên sửa thành "${d.suggestion}".`,
  'info.province-mismatch': (d) => `Tỉnh "${d.actual}" không phải tỉnh của kế hoạch (${d.expected}).`,
  'info.district-mismatch': (d) => `Huyện "${d.actual}" không phải huyện của kế hoạch (${d.expected}).`,
  'commune.duplicate': (d) => `Xã "${d.commune}" được kê khai hai lần.`,
  'commune.level-criteria': (d) => `Xã ${d.commune} ở mức "${d.level}" phải đạt đủ 19 tiêu chí, nhưng chỉ ghi ${d.criteria}.`,
  'commune.criteria-breakdown': (d) => `Xã ${d.commune}: ghi ${d.declared} tiêu chí đạt nhưng các cột TC1–TC19 đánh dấu ${d.counted}.`,
  'commune.recognition-year': (d) =>
    d.reason === 'after-achievement-year'
      ? `Xã ${d.commune}: năm công nhận ${d.year} sau năm thành tích ${d.achievementYear}.`
      : `Xã ${d.commune} chưa đạt chuẩn nhưng có năm công nhận ${d.year}; kiểm tra lại mức đạt chuẩn.`,
  'commune.villages': (d) => `Xã ${d.commune}: "${d.column}" (${d.value}) lớn hơn "${d.limitColumn}" (${d.limit}).`,
  'commune.criteria-dropped': (d) => `Xã ${d.commune} giảm từ ${d.previous} xuống ${d.current} tiêu chí so với năm trước; kiểm tra lại.`,
  'nomination.unknown-commune': (d) => `Xã "${d.commune}" không có trong trang tính Xã${d.suggestion ? `; có phải là "${d.suggestion}"?` : ''}.`,
  'nomination.duplicate': (d) => `${d.name} được đề nghị "${d.form}" hai lần trong cùng đợt.`,
  'nomination.multiple-forms': (d) => `${d.name} được đề nghị hai hình thức trong cùng đợt: "${d.form}" và "${d.otherForm}".`,
  'achievement.too-short': (d) => `Thành tích tóm tắt quá ngắn (${d.length} ký tự, cần ít nhất ${d.min}); nêu thành tích cụ thể.`,
  'award.form-not-in-plan': (d) => d.basis ? `Căn cứ "${d.basisLabel}" không dẫn tới hình thức "${d.form}".` : `Kế hoạch không có hình thức "${d.form}".`,
  'award.basis-unknown': (d) => `Căn cứ đề nghị "${d.value}" không có trong kế hoạch${d.suggestion ? `; có phải là "${d.suggestion}"?` : ''}.`,
  'award.basis-ambiguous': (d) =>
    d.candidates.length === 0
      ? `Không có căn cứ nào của kế hoạch cho đối tượng này với hình thức "${d.form}"; ghi rõ căn cứ đề nghị.`
      : `Chưa ghi căn cứ đề nghị mà kế hoạch có nhiều căn cứ cho hình thức "${d.form}" (${d.candidateLabels.map((l) => `"${l}"`).join(', ')}); ghi rõ căn cứ.`,
  'award.subject-mismatch': (d) => `Căn cứ "${d.basisLabel}" không áp dụng cho đối tượng "${d.subject}".`,
  'award.round': (d) =>
    d.form ? `Hình thức "${d.form}" không xét ở đợt "${d.round}"; chỉ xét ở: ${d.allowed.join(', ')}.`
      : d.basis ? `Căn cứ "${d.basisLabel}" không xét ở đợt "${d.round}"; chỉ xét ở: ${d.allowed.join(', ')}.`
      : `Kế hoạch không có đợt xét "${d.round}"; các đợt: ${d.allowed.join(', ')}.`,
  'award.once-only': (d) =>
    `${d.name} đã nhận "${d.form}"${d.year ? ` năm ${d.year}` : ''} (${d.source === 'history' ? 'theo sổ khen thưởng' : 'theo cột Khen thưởng đã nhận'}); căn cứ "${d.basisLabel}" chỉ khen 01 lần` +
    (d.uncertain ? '; cột này không ghi căn cứ của lần trước, hình thức này còn có căn cứ khác, cần kiểm tra.' : '.'),
  'eligibility.level': (d) => `Căn cứ "${d.basisLabel}" yêu cầu xã đạt mức "${d.required}"${d.max ? ` đến "${d.max}"` : ''}; xã ${d.commune} ở mức "${d.level}".`,
  'eligibility.recognition-period': (d) => `Căn cứ "${d.basisLabel}" yêu cầu ${d.of === 'district' ? 'huyện' : ''} ${d.name} được công nhận trong ${d.from}–${d.to}; ${d.year ? `năm công nhận là ${d.year}` : 'chưa ghi năm công nhận'}.`.replace('  ', ' '),
  'eligibility.xdcb-debt': (d) => d.debt === undefined
    ? `Căn cứ "${d.basisLabel}" yêu cầu không nợ đọng XDCB nhưng ${d.of === 'district' ? 'huyện' : 'xã'} ${d.name} chưa kê khai số nợ; ghi 0 nếu không nợ.`
    : `Căn cứ "${d.basisLabel}" yêu cầu không nợ đọng XDCB; ${d.of === 'district' ? 'huyện' : 'xã'} ${d.name} còn nợ ${num(d.debt)} triệu đồng.`,
  'eligibility.four-on-site': (d) => `Căn cứ "${d.basisLabel}" yêu cầu đạt "4 tại chỗ"; ${d.of === 'district' ? 'huyện' : 'xã'} ${d.name} chưa đạt (hoặc chưa kê khai).`,
  'eligibility.contribution': (d) => `Căn cứ "${d.basisLabel}" yêu cầu ${[d.minMillion !== undefined ? `đóng góp từ ${num(d.minMillion)} triệu đồng` : '', d.minOcopStars !== undefined ? `sản phẩm OCOP từ ${d.minOcopStars} sao` : ''].filter(Boolean).join(' hoặc ')}; hồ sơ ghi ${d.contribution !== undefined ? `${num(d.contribution)} triệu đồng` : 'không có giá trị đóng góp'}${d.ocopStars !== undefined ? `, ${d.ocopStars} sao` : ''}.`,
  'eligibility.ocop': (d) => `Căn cứ "${d.basisLabel}" nêu sản phẩm OCOP từ ${d.min} sao; hồ sơ ghi ${d.stars} sao.`,
  'eligibility.top-criteria': (d) => `Căn cứ "${d.basisLabel}" dành cho xã hoàn thành nhiều tiêu chí nhất trong năm của huyện (${d.bestCommunes.join(', ')}: +${d.best}); xã ${d.commune} ${d.gain === undefined ? 'chưa ghi số tiêu chí năm trước' : `tăng ${d.gain}`}.`,
  'eligibility.district-level': (d) => `Căn cứ "${d.basisLabel}" yêu cầu huyện đạt mức "${d.required}"; huyện ${d.district} ${d.level ? `ở mức "${d.level}"` : 'chưa kê khai mức đạt chuẩn'}.`,
  'eligibility.commune-kind': (d) => `Căn cứ "${d.basisLabel}" chỉ áp dụng cho ${d.all ? 'xã ' : ''}${d.required.map((k) => (k === 'dbkk' ? (d.all ? 'đặc biệt khó khăn' : 'xã đặc biệt khó khăn') : d.all ? 'biên giới' : 'xã biên giới')).join(d.all ? ' và ' : ' hoặc ')}; xã ${d.commune} không được đánh dấu như vậy trong trang tính Xã.`,
  'quota.exceeded': (d) => `Vượt số lượng tối đa (${quotaScope(d.quota)}: ${d.group}${d.managementLevel ? `, cấp quản lý ${d.managementLevel}` : ''}): ${d.actual} đề nghị, tối đa ${d.max}.`,
  'deadline.late': (d) => `Trình ngày ${date(d.submitted)}${d.assumed ? ' (ngày kiểm tra, vì chưa ghi Ngày trình)' : ''}, quá hạn ${d.daysLate} ngày; ${d.submitterLevel} phải trình trước ngày ${date(d.deadline)}.`,
  'deadline.registration': (d) => d.registered ? `Đăng ký thi đua ngày ${date(d.registered)}, quá hạn ${d.daysLate} ngày (hạn: trước ${date(d.deadline)}).` : `Chưa ghi Ngày đăng ký thi đua (hạn: trước ${date(d.deadline)}).`,
  'period.outside': (d) => d.what === 'achievement-year' ? `Năm thành tích ${d.value} nằm ngoài thời gian của kế hoạch (${d.from ?? ''}–${d.to}).` : `Ngày trình ${date(d.value)} nằm ngoài thời hạn ${d.from ? `từ ${date(d.from)} ` : ''}đến ${date(d.to)}.`,
} satisfies FindingMessages;

/** Vietnamese, the default language. */
export const vi: Catalogue = {
  findings,
  unreadable: {
    missing: (f) => `Không tìm thấy tệp "${f}"; kiểm tra lại đường dẫn.`,
    'is-directory': (f) => `"${f}" là thư mục, không phải tệp; hãy chỉ ra từng tệp .xlsx.`,
    'no-access': (f) => `Không có quyền đọc tệp "${f}"; kiểm tra quyền truy cập.`,
    empty: (f) => `Tệp "${f}" rỗng (0 byte); hãy gửi lại tệp hồ sơ.`,
    'text-file': (f) => `Tệp "${f}" là văn bản (CSV/TXT) đổi đuôi thành .xlsx; hãy mở bằng Excel và lưu dạng "Excel Workbook (.xlsx)".`,
    'legacy-xls': (f) => `Tệp "${f}" là định dạng Excel 97-2003 (.xls); hãy mở bằng Excel và lưu dạng "Excel Workbook (.xlsx)".`,
    encrypted: (f) => `Tệp "${f}" được đặt mật khẩu, không hỗ trợ; hãy lưu lại không có mật khẩu.`,
    'not-zip': (f) => `Tệp "${f}" không phải sổ tính Excel .xlsx; hãy lưu lại dạng "Excel Workbook (.xlsx)".`,
    'corrupt-zip': (f) => `Tệp "${f}" bị hỏng hoặc chưa tải về hết; hãy xin gửi lại tệp.`,
    'not-workbook': (f) => `Tệp "${f}" là tệp Office nhưng không phải sổ tính Excel; hãy gửi đúng tệp .xlsx.`,
    'unsafe-xml': (f) => `Tệp "${f}" chứa khai báo XML không an toàn (DTD/entity) nên bị từ chối; hãy lưu lại bằng Excel.`,
    'too-large': (f) => `Tệp "${f}" vượt giới hạn kích thước an toàn; hãy kiểm tra lại tệp hoặc tách thành nhiều tệp.`,
  },
  valueKinds: kinds,
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  cite: (document, clause) => `${document}, mục ${clause}`,
  related: (p, sameFile, duplicate) => `${duplicate ? 'trùng với' : 'xem'} ${p.sheet ? `"${p.sheet}" ` : ''}${p.cell ? `ô ${p.cell}` : p.row ? `dòng ${p.row}` : ''}${sameFile ? '' : ` của tệp ${p.file}`}`,
  summary: (c) => `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin trong ${c.files} tệp.`,
  inferred: 'suy luận từ kế hoạch, cần xem xét',
  clean: 'Không có lỗi.',
  cli: {
    unknownPlan: (p, known) => `Không có kế hoạch "${p}"; dùng một trong: ${known.join(', ')}, hoặc đường dẫn tệp kế hoạch .json.`,
    badPlanFile: (f, path, m) => `Tệp kế hoạch "${f}" không hợp lệ tại "${path}": ${m}`,
    badDate: (v) => `Ngày "${v}" không hợp lệ; dùng dạng YYYY-MM-DD, ví dụ 2025-01-10.`,
    badLang: (v) => `Ngôn ngữ "${v}" không hỗ trợ; dùng vi hoặc en.`,
    badFormat: (v) => `Định dạng "${v}" không hỗ trợ; dùng text, json hoặc junit.`,
    badUsage: (d) => `Lệnh không hợp lệ (${d}); xem hướng dẫn bằng: ntm-check --help`,
    planUnreadable: (f) => `Không đọc được tệp kế hoạch "${f}"; kiểm tra lại đường dẫn.`,
    missingPlan: 'Chưa chọn kế hoạch; thêm --plan <mã>, ví dụ --plan lai-chau (xem danh sách bằng: ntm-check plans).',
    badHistory: (f, d) => `Không dùng được sổ khen thưởng "${f}"${d ? ` (${d})` : ''}; cần tệp so-khen-thuong.json hoặc tong-hop.xlsx do ntm-check consolidate tạo ra.`,
    output: {
      'is-input': (p) => `Không ghi vào "${p}" vì ở đó có tệp đầu vào; hãy chọn thư mục khác.`,
      'not-a-folder': (p) => `"${p}" là một tệp, không phải thư mục; hãy chọn thư mục để ghi kết quả.`,
      'not-writable': (p) => `Không ghi được vào "${p}"; kiểm tra quyền ghi hoặc chọn thư mục khác.`,
    },
    stalled: 'ntm-check dừng giữa chừng khi đang đọc tệp (tệp có thể bị hỏng); không có kết quả nào được coi là hợp lệ. Hãy kiểm tra lại tệp.',
    badLimit: (f, v) => `Giá trị "${v}" của ${f} không hợp lệ; cần một số dương.`,
    noInput: 'Chưa chỉ ra tệp hồ sơ nào; ví dụ: ntm-check ho-so.xlsx --plan lai-chau',
    internal: 'Lỗi nội bộ của ntm-check; hãy chạy lại với DEBUG=ntm-check và gửi kết quả cho người phát triển.',
    plansHeader: 'Các kế hoạch có sẵn',
    crossFile: 'Giữa các tệp',
    sheetless: 'Chung',
  },
};
