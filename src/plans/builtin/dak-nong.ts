import type { PlanInput } from '../schema.js';

/**
 * Quyết định 137/QĐ-UBND ngày 13/7/2022 của Chủ tịch UBND tỉnh Đắk Nông ban hành Kế hoạch
 * (plans.md, `dak-nong`). The plan's section IV has lettered points without a number
 * (IV.a … IV.f), so its clauses read `IV.b`, not `IV.1.b`.
 */

const ALL_FORMS = ['giay-khen-thu-truong', 'giay-khen-huyen', 'bang-khen-tinh', 'bang-khen-ttg', 'huan-chuong-lao-dong'] as const;

export const dakNong = {
  id: 'dak-nong',
  title: 'Kế hoạch tổ chức thực hiện Phong trào thi đua “Đắk Nông chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025',
  issuer: 'Chủ tịch UBND tỉnh Đắk Nông',
  document: {
    kind: 'Quyết định',
    number: '137/QĐ-UBND',
    date: '2022-07-13',
    note: 'Kế hoạch ban hành kèm theo Quyết định; dòng chú thích của Kế hoạch ghi “Quyết định số 1337/QĐ-UBND ngày 13/7/2022”, khác số 137/QĐ-UBND ở trang đầu Quyết định.',
  },
  citeAs: 'QĐ 137/QĐ-UBND Đắk Nông',
  scope: 'province',
  province: 'Đắk Nông',
  districts: ['TP Gia Nghĩa', 'Cư Jút', 'Đắk Glong', 'Đắk Mil', "Đắk R'Lấp", 'Đắk Song', 'Krông Nô', 'Tuy Đức'],

  sections: { awardForms: 'V.1', bases: 'IV' },
  period: { from: '2021-01-01', to: '2025-12-31', clause: 'I.1' },
  rounds: { allowed: ['hang-nam', 'so-ket-2023', 'tong-ket-2025'], clause: 'V.2.b' },

  awardForms: [
    // Giấy khen may be given in any round ("Khen thưởng hàng năm", V.2.b, second "+").
    { form: 'giay-khen-thu-truong', clause: 'V.1.a' },
    { form: 'giay-khen-huyen', clause: 'V.1.a' },
    // "không xét khen thưởng hàng năm … cộng dồn và khen thưởng vào dịp sơ kết năm 2023, tổng kết năm 2025".
    { form: 'bang-khen-tinh', rounds: ['so-ket-2023', 'tong-ket-2025'], clause: 'V.2.b' },
    // State-level forms follow QĐ 587/QĐ-TTg (V.2.a); the plan does not state their rounds.
    { form: 'bang-khen-ttg', rounds: ['so-ket-2023', 'tong-ket-2025'], inferred: true, severity: 'warning', clause: 'V.2.a' },
    { form: 'huan-chuong-lao-dong', rounds: ['so-ket-2023', 'tong-ket-2025'], inferred: true, severity: 'warning', clause: 'V.2.a' },
  ],

  bases: [
    {
      id: 'co-quan',
      label: 'Sở, ban, ngành, đoàn thể tỉnh',
      aliases: ['Cơ quan cấp tỉnh', 'Sở, ngành', 'Sở, ban, ngành'],
      subjects: { collective: ['co-quan'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.a',
    },
    {
      id: 'huyen-ntm',
      label: 'Huyện đạt chuẩn NTM',
      aliases: [
        'Huyện đạt chuẩn nông thôn mới',
        'Huyện NTM',
        'Huyện NTM nâng cao',
        'Huyện NTM kiểu mẫu',
        'Thành phố hoàn thành nhiệm vụ xây dựng NTM',
        'Huyện tiêu biểu',
      ],
      subjects: { collective: ['huyen'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'district-level', min: 'ntm', clause: 'IV.b' },
        { kind: 'four-on-site', of: 'district', clause: 'IV.b' },
        { kind: 'no-xdcb-debt', of: 'district', clause: 'IV.b' },
      ],
      clause: 'IV.b',
    },
    {
      id: 'xa-ntm',
      label: 'Xã đạt chuẩn NTM, NTM nâng cao',
      aliases: ['Xã đạt chuẩn NTM', 'Xã đạt chuẩn nông thôn mới', 'Xã NTM', 'Xã NTM nâng cao', 'Xã đạt chuẩn NTM nâng cao'],
      subjects: { collective: ['xa'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'commune-level', min: 'ntm', max: 'nang-cao', clause: 'IV.c' },
        { kind: 'four-on-site', of: 'commune', clause: 'IV.c' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.c' },
      ],
      clause: 'IV.c',
    },
    {
      id: 'xa-kieu-mau',
      label: 'Xã đạt chuẩn NTM kiểu mẫu',
      aliases: ['Xã NTM kiểu mẫu', 'Xã kiểu mẫu', 'Xã đạt chuẩn nông thôn mới kiểu mẫu'],
      subjects: { collective: ['xa'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [
        { kind: 'commune-level', min: 'kieu-mau', clause: 'IV.c' },
        { kind: 'four-on-site', of: 'commune', clause: 'IV.c' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.c' },
      ],
      clause: 'IV.c',
    },
    {
      id: 'thon-ntm',
      label: 'Thôn, bon, buôn xã ĐBKK, biên giới đạt chuẩn NTM',
      aliases: ['Thôn đạt chuẩn NTM', 'Thôn NTM', 'Bon đạt chuẩn NTM', 'Buôn đạt chuẩn NTM', 'Thôn, bon, buôn đạt chuẩn NTM'],
      subjects: { collective: ['thon'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      // "thuộc các xã đặc biệt khó khăn, khu vực biên giới": either flag on the commune suffices.
      conditions: [{ kind: 'commune-kind', anyOf: ['dbkk', 'border'], clause: 'IV.d' }],
      clause: 'IV.d',
    },
    {
      id: 'dn-htx',
      label: 'Doanh nghiệp, HTX đóng góp xây dựng NTM',
      aliases: ['Doanh nghiệp, hợp tác xã', 'Doanh nghiệp, HTX', 'Doanh nghiệp', 'Hợp tác xã', 'HTX'],
      subjects: { collective: ['doanh-nghiep', 'htx'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      conditions: [{ kind: 'ocop', minStars: 3, severity: 'warning', clause: 'IV.đ' }],
      clause: 'IV.đ',
    },
    {
      id: 'ca-nhan-can-bo',
      label: 'Cán bộ, công chức, viên chức có sáng kiến',
      aliases: ['Cán bộ, công chức, viên chức', 'CBCCVC', 'Cán bộ bám cơ sở'],
      subjects: { person: ['can-bo'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.e',
    },
    {
      id: 'ca-nhan-lao-dong',
      label: 'Người lao động, thành viên HTX',
      aliases: ['Người lao động', 'Nông dân', 'Công nhân', 'Thành viên HTX', 'Thành viên hợp tác xã'],
      subjects: { person: ['lao-dong', 'thanh-vien-htx'] },
      forms: [...ALL_FORMS],
      frequency: 'annual',
      clause: 'IV.e',
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
      clause: 'IV.f',
    },
  ],

  targets: [
    {
      metric: 'communes.ntm.count',
      comparator: '>=',
      value: 43,
      label: 'Đến năm 2025 có ít nhất 43 xã đạt chuẩn nông thôn mới',
      clause: 'I.1',
    },
    {
      metric: 'communes.advanced.count',
      comparator: '>=',
      value: 12,
      label: 'Ít nhất 12 xã đạt chuẩn NTM nâng cao',
      clause: 'I.1',
    },
    {
      metric: 'communes.model.count',
      comparator: '>=',
      value: 3,
      label: 'Ít nhất 03 xã đạt chuẩn NTM kiểu mẫu',
      clause: 'I.1',
    },
    {
      metric: 'communes.criteria.avg',
      comparator: '>=',
      value: 17.2,
      label: 'Bình quân toàn tỉnh đạt từ 17,2 tiêu chí/xã',
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
      metric: 'districts.ntm.count',
      comparator: '>=',
      value: 2,
      label:
        'Có thêm 02 huyện đạt chuẩn nông thôn mới (văn bản không nêu số huyện đã đạt chuẩn đầu kỳ; chỉ tiêu tính với giả định đầu kỳ chưa có huyện nào đạt chuẩn)',
      clause: 'I.1',
    },
  ],
} satisfies PlanInput;
