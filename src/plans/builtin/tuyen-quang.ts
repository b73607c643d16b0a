import type { PlanInput } from '../schema.js';

/**
 * Kế hoạch 118/KH-UBND ngày 20/6/2022 của UBND tỉnh Tuyên Quang (plans.md, `tuyen-quang`).
 * Clauses follow the source text: mục IV.1 (đối tượng, tiêu chí), IV.2 (hình thức),
 * I.1.b (chỉ tiêu), V (tiến độ).
 */

const ALL_FORMS = [
  'huan-chuong-lao-dong',
  'bang-khen-ttg',
  'bang-khen-tinh',
  'giay-khen-thu-truong',
  'giay-khen-huyen',
  'giay-khen-xa',
] as const;

export const tuyenQuang = {
  id: 'tuyen-quang',
  title: 'Kế hoạch tổ chức thực hiện Phong trào thi đua “Tuyên Quang chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025',
  issuer: 'UBND tỉnh Tuyên Quang',
  document: { kind: 'Kế hoạch', number: '118/KH-UBND', date: '2022-06-20' },
  citeAs: 'KH 118/KH-UBND Tuyên Quang',
  scope: 'province',
  province: 'Tuyên Quang',
  districts: ['TP Tuyên Quang', 'Lâm Bình', 'Na Hang', 'Chiêm Hóa', 'Hàm Yên', 'Yên Sơn', 'Sơn Dương'],

  sections: { awardForms: 'IV.2.a', bases: 'IV.1' },
  period: { from: '2021-01-01', to: '2025-12-31', clause: 'I.1.a' },
  rounds: { allowed: ['hang-nam', 'so-ket-2023', 'tong-ket-2025'], clause: 'V.2' },

  awardForms: [
    { form: 'huan-chuong-lao-dong', clause: 'IV.2.a' },
    { form: 'bang-khen-ttg', clause: 'IV.2.a' },
    { form: 'bang-khen-tinh', clause: 'IV.2.a' },
    // The plan says only "Giấy khen", without naming who awards it: every issuer of a Giấy khen is allowed.
    { form: 'giay-khen-thu-truong', clause: 'IV.2.a' },
    { form: 'giay-khen-huyen', clause: 'IV.2.a' },
    { form: 'giay-khen-xa', clause: 'IV.2.a' },
  ],

  bases: [
    {
      id: 'co-quan',
      label: 'Sở, ban, ngành, đoàn thể tỉnh',
      aliases: ['Cơ quan cấp tỉnh', 'Sở, ngành', 'Sở, ban, ngành'],
      subjects: { collective: ['co-quan'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.a',
    },
    {
      id: 'huyen-ntm',
      label: 'Huyện đạt chuẩn NTM',
      aliases: ['Huyện đạt chuẩn nông thôn mới', 'Huyện NTM', 'Huyện tiêu biểu'],
      subjects: { collective: ['huyen'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'district-level', min: 'ntm', clause: 'IV.1.b' },
        { kind: 'no-xdcb-debt', of: 'district', clause: 'IV.1.b' },
      ],
      clause: 'IV.1.b',
    },
    {
      id: 'xa-ntm',
      label: 'Xã đạt chuẩn NTM, NTM nâng cao',
      aliases: ['Xã đạt chuẩn NTM', 'Xã đạt chuẩn nông thôn mới', 'Xã NTM', 'Xã NTM nâng cao', 'Xã đạt chuẩn NTM nâng cao'],
      subjects: { collective: ['xa'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'commune-level', min: 'ntm', max: 'nang-cao', clause: 'IV.1.c' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.1.c' },
      ],
      clause: 'IV.1.c',
    },
    {
      id: 'xa-kieu-mau',
      label: 'Xã đạt chuẩn NTM kiểu mẫu',
      aliases: ['Xã NTM kiểu mẫu', 'Xã kiểu mẫu', 'Xã đạt chuẩn nông thôn mới kiểu mẫu'],
      subjects: { collective: ['xa'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'commune-level', min: 'kieu-mau', clause: 'IV.1.c' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.1.c' },
      ],
      clause: 'IV.1.c',
    },
    {
      id: 'thon-ntm',
      label: 'Thôn đạt chuẩn NTM',
      aliases: ['Thôn NTM', 'Thôn đạt chuẩn nông thôn mới', 'Thôn, bản đạt chuẩn NTM'],
      subjects: { collective: ['thon'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.1.d',
    },
    {
      id: 'dn-htx',
      label: 'Doanh nghiệp, HTX đóng góp xây dựng NTM',
      aliases: ['Doanh nghiệp, hợp tác xã', 'Doanh nghiệp, HTX', 'Doanh nghiệp', 'Hợp tác xã', 'HTX'],
      subjects: { collective: ['doanh-nghiep', 'htx'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [{ kind: 'ocop', minStars: 3, severity: 'warning', clause: 'IV.1.đ' }],
      clause: 'IV.1.đ',
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
      // "các tổ chức quốc tế, tổ chức phi chính phủ, các hội, doanh nhân, trí thức, nhà khoa học,
      // các gia đình, cá nhân trong và ngoài nước": persons the other bases do not name come here.
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
      metric: 'communes.ntm.share',
      comparator: '>',
      value: 0.68,
      label: 'Trên 68% số xã đạt chuẩn nông thôn mới',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.ntm.count',
      comparator: '>=',
      value: 85,
      label: 'Từ 85/122 xã đạt chuẩn nông thôn mới trở lên',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.newNtm.count',
      comparator: '>=',
      value: 38,
      label: 'Có thêm ít nhất 38 xã đạt chuẩn nông thôn mới trong giai đoạn',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.advanced.shareOfNtm',
      comparator: '>',
      value: 0.3,
      label: 'Trên 30% số xã đạt chuẩn NTM đạt chuẩn NTM nâng cao',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.model.shareOfNtm',
      comparator: '>=',
      value: 0.1,
      label: '10% số xã đạt chuẩn NTM đạt chuẩn NTM kiểu mẫu',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.criteria.avg',
      comparator: '>',
      value: 17,
      label: 'Bình quân toàn tỉnh trên 17 tiêu chí/xã',
      clause: 'I.1.b',
    },
    {
      metric: 'districts.ntm.named',
      comparator: '>=',
      value: 1,
      names: ['Hàm Yên'],
      label: 'Có thêm huyện Hàm Yên đạt chuẩn huyện nông thôn mới',
      clause: 'I.1.b',
    },
    {
      metric: 'districts.ntm.named',
      comparator: '>=',
      value: 1,
      names: ['TP Tuyên Quang'],
      label:
        'Duy trì, giữ vững thành phố Tuyên Quang hoàn thành nhiệm vụ xây dựng NTM (mức “Hoàn thành nhiệm vụ XDNTM” được tính ngang mức đạt chuẩn NTM)',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.withModelVillage.share',
      comparator: '>=',
      value: 1,
      label: '100% số xã có ít nhất 01 thôn đạt chuẩn “Thôn nông thôn mới kiểu mẫu”',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.withTwoModelGardens.share',
      comparator: '>=',
      value: 1,
      label: '100% số xã có ít nhất 02 vườn hộ gia đình đạt chuẩn “Vườn mẫu nông thôn mới”',
      clause: 'I.1.b',
    },
  ],
} satisfies PlanInput;
