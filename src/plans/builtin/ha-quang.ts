import type { PlanInput } from '../schema.js';

/**
 * Kế hoạch 3254/KH-UBND ngày 03/11/2022 của UBND huyện Hà Quảng, tỉnh Cao Bằng
 * (plans.md, `ha-quang`). The source is OCR text without diacritics; commune names are
 * restored. Section IV.1 is lettered a, b, c, d, e, g (no đ).
 */

const ALL_FORMS = ['huan-chuong-lao-dong', 'bang-khen-ttg', 'bang-khen-tinh', 'giay-khen-huyen', 'giay-khen-thu-truong'] as const;

export const haQuang = {
  id: 'ha-quang',
  title: 'Kế hoạch thực hiện Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025 trên địa bàn huyện Hà Quảng',
  issuer: 'UBND huyện Hà Quảng',
  document: {
    kind: 'Kế hoạch',
    number: '3254/KH-UBND',
    date: '2022-11-03',
    note: 'Văn bản nguồn là bản OCR không dấu; tên xã đã được khôi phục dấu (Ngọc Đào, Sóc Hà, Lương Can, Trường Hà, Quý Quân, Đa Thông, Cần Yên). Thực hiện Kế hoạch 2452/KH-UBND ngày 26/9/2022 của UBND tỉnh Cao Bằng.',
  },
  citeAs: 'KH 3254/KH-UBND Hà Quảng',
  scope: 'district',
  province: 'Cao Bằng',
  district: 'Hà Quảng',
  // The 19 communes (xã) of the district since the 2020 merger with Thông Nông; the two towns
  // (thị trấn Xuân Hòa, Thông Nông) are not NTM communes and are left out.
  districts: [
    'Ngọc Đào',
    'Sóc Hà',
    'Lương Can',
    'Trường Hà',
    'Quý Quân',
    'Đa Thông',
    'Cần Yên',
    'Cải Viên',
    'Cần Nông',
    'Hồng Sỹ',
    'Lũng Nặm',
    'Lương Thông',
    'Mã Ba',
    'Ngọc Động',
    'Nội Thôn',
    'Thanh Long',
    'Thượng Thôn',
    'Tổng Cọt',
    'Yên Sơn',
  ],

  sections: { awardForms: 'IV.2', bases: 'IV.1' },
  period: { from: '2021-01-01', to: '2025-12-31', clause: 'I.1' },
  rounds: { allowed: ['hang-nam', 'so-ket-2023', 'tong-ket-2025'], clause: 'IV.2' },

  // "thực hiện hằng năm và vào dịp sơ kết, tổng kết phong trào thi đua" for every form.
  awardForms: [
    { form: 'huan-chuong-lao-dong', clause: 'IV.2' },
    { form: 'bang-khen-ttg', clause: 'IV.2' },
    { form: 'bang-khen-tinh', clause: 'IV.2' },
    { form: 'giay-khen-huyen', clause: 'IV.2' },
    { form: 'giay-khen-thu-truong', clause: 'IV.2' },
  ],

  bases: [
    {
      id: 'co-quan',
      label: 'Cơ quan, ban, ngành, đoàn thể huyện',
      aliases: ['Cơ quan cấp huyện', 'Phòng, ban, ngành huyện', 'Cơ quan, ban, ngành'],
      subjects: { collective: ['co-quan'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.a',
    },
    {
      id: 'xa-ntm',
      label: 'Xã hoàn thành tiêu chí NTM theo kế hoạch',
      aliases: ['Xã đạt chuẩn NTM', 'Xã đạt chuẩn nông thôn mới', 'Xã NTM', 'Xã tiêu biểu'],
      subjects: { collective: ['xa'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [{ kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.1.b' }],
      clause: 'IV.1.b',
    },
    {
      id: 'xom-ntm',
      label: 'Xóm đạt chuẩn NTM',
      aliases: ['Xóm NTM', 'Xóm đạt chuẩn nông thôn mới', 'Thôn, xóm đạt chuẩn NTM', 'Xóm NTM kiểu mẫu'],
      subjects: { collective: ['thon'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      // "xóm thuộc các xã đặc biệt khó khăn khu vực biên giới": the commune must be both
      // (two conditions, since `anyOf` alone would accept either).
      conditions: [
        { kind: 'commune-kind', allOf: ['dbkk', 'border'], clause: 'IV.1.c' },
      ],
      clause: 'IV.1.c',
    },
    {
      id: 'dn-htx',
      label: 'Doanh nghiệp, HTX đóng góp xây dựng NTM',
      aliases: ['Doanh nghiệp, hợp tác xã', 'Doanh nghiệp, HTX', 'Doanh nghiệp', 'Hợp tác xã', 'HTX'],
      subjects: { collective: ['doanh-nghiep', 'htx'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      // "có sản phẩm OCOP", no star count: any rated product.
      conditions: [{ kind: 'ocop', minStars: 1, severity: 'warning', clause: 'IV.1.d' }],
      clause: 'IV.1.d',
    },
    {
      id: 'ca-nhan-can-bo',
      label: 'Cán bộ, công chức, viên chức có sáng kiến',
      aliases: ['Cán bộ, công chức, viên chức', 'CBCCVC', 'Cán bộ bám cơ sở'],
      subjects: { person: ['can-bo'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.e',
    },
    {
      id: 'ca-nhan-lao-dong',
      label: 'Người lao động, thành viên HTX',
      aliases: ['Người lao động', 'Nông dân', 'Công nhân', 'Thành viên HTX', 'Thành viên hợp tác xã'],
      subjects: { person: ['lao-dong', 'thanh-vien-htx'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.e',
    },
    {
      id: 'doi-tuong-khac',
      label: 'Đối tượng khác',
      aliases: ['Tổ chức, cá nhân khác', 'Doanh nhân, trí thức, nhà khoa học', 'Gia đình', 'Hội, tổ chức'],
      subjects: {
        collective: ['to-chuc-khac'],
        person: ['doanh-nhan', 'ho-gia-dinh', 'khac', 'doan-vien', 'luc-luong-vu-trang'],
      },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.g',
    },
  ],

  targets: [
    {
      metric: 'communes.newNtm.count',
      comparator: '>=',
      value: 4,
      label: 'Đến năm 2025 có thêm 04 xã đạt chuẩn nông thôn mới',
      clause: 'I.1',
    },
    {
      metric: 'communes.advanced.count',
      comparator: '>=',
      value: 1,
      label: '01 xã đạt chuẩn NTM nâng cao',
      clause: 'I.1',
    },
    {
      metric: 'communes.criteria.avg',
      comparator: '>=',
      value: 16.5,
      label: 'Bình quân mỗi xã đạt 16,5 tiêu chí/xã',
      clause: 'I.1',
    },
    {
      metric: 'communes.below15.count',
      comparator: '<=',
      value: 0,
      label: 'Không còn xã đạt dưới 15 tiêu chí',
      clause: 'I.1',
    },
    {
      metric: 'communes.criteria.growth.min',
      comparator: '>=',
      value: 1,
      label: 'Mỗi xã đạt thêm từ 1-2 tiêu chí/xã/năm (xã chưa đạt chuẩn)',
      clause: 'I.1',
    },
    {
      metric: 'villages.ntm.share',
      comparator: '>=',
      value: 0.3,
      label: '30% số thôn, xóm đạt chuẩn nông thôn mới (tương đương 54 thôn, xóm)',
      clause: 'I.1',
    },
    {
      metric: 'villages.model.count',
      comparator: '>=',
      value: 9,
      label: '9 thôn đạt chuẩn nông thôn mới kiểu mẫu',
      clause: 'I.1',
    },
    {
      metric: 'ocop.3star.count',
      comparator: '>=',
      value: 2,
      label: 'Mỗi năm thêm ít nhất 2-3 sản phẩm OCOP đạt 3 sao cấp tỉnh (tính mức thấp: 2)',
      clause: 'I.1',
    },
    {
      metric: 'ocop.2star.count',
      comparator: '>=',
      value: 2,
      label: 'Mỗi năm thêm 02 sản phẩm OCOP đạt 2 sao cấp huyện',
      clause: 'I.1',
    },
  ],

  // Each commune's own deadline (I.1). The three communes already at NTM keep it from the
  // plan's start (Quý IV/2022, V.1).
  schedule: [
    { commune: 'Ngọc Đào', level: 'ntm', year: 2022, clause: 'I.1' },
    { commune: 'Sóc Hà', level: 'ntm', year: 2022, clause: 'I.1' },
    { commune: 'Lương Can', level: 'ntm', year: 2022, clause: 'I.1' },
    { commune: 'Trường Hà', level: 'ntm', year: 2023, clause: 'I.1' },
    { commune: 'Ngọc Đào', level: 'nang-cao', year: 2024, clause: 'I.1' },
    { commune: 'Quý Quân', level: 'ntm', year: 2024, clause: 'I.1' },
    { commune: 'Đa Thông', level: 'ntm', year: 2025, clause: 'I.1' },
    { commune: 'Cần Yên', level: 'ntm', year: 2025, clause: 'I.1' },
  ],
} satisfies PlanInput;
