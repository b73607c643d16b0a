import type { PlanInput } from '../schema.js';

/**
 * Kế hoạch …/KH-UBND (2022) của UBND tỉnh Lai Châu — number and date left blank in the
 * text (plans.md, `lai-chau`). Its bases are the award standards of V.2; quotas V.2.c;
 * registration V.3; submission deadlines V.4.b.
 */

const PERSONS_EXCEPT_HOUSEHOLDS = ['can-bo', 'luc-luong-vu-trang', 'doan-vien', 'lao-dong', 'thanh-vien-htx', 'doanh-nhan', 'khac'] as const;
const ALL_COLLECTIVES = ['huyen', 'xa', 'thon', 'doanh-nghiep', 'htx', 'co-quan', 'to-chuc-khac'] as const;
const ALL_PERSONS = [...PERSONS_EXCEPT_HOUSEHOLDS, 'ho-gia-dinh'] as const;

export const laiChau = {
  id: 'lai-chau',
  title: 'Kế hoạch tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn 2021-2025',
  issuer: 'UBND tỉnh Lai Châu',
  document: {
    kind: 'Kế hoạch',
    number: '…/KH-UBND',
    note: 'Số và ngày ban hành để trống trong văn bản (“Số: /KH-UBND”, “ngày tháng năm 2022”).',
  },
  citeAs: 'KH Lai Châu',
  scope: 'province',
  province: 'Lai Châu',
  districts: ['TP Lai Châu', 'Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn'],

  sections: { awardForms: 'V.2', bases: 'V.2' },
  period: { from: '2021-01-01', to: '2025-12-31', clause: 'I.1.b' },
  rounds: { allowed: ['hang-nam', 'so-ket-2023', 'tong-ket-2025'], clause: 'VI.1' },

  awardForms: [
    { form: 'huan-chuong-lao-dong', clause: 'V.2.a' },
    { form: 'bang-khen-ttg', clause: 'V.2.a' },
    { form: 'co-thi-dua-tinh', clause: 'V.2.b' },
    { form: 'bang-khen-tinh', clause: 'V.2.c' },
    { form: 'giay-khen-thu-truong', clause: 'V.2.d' },
    { form: 'giay-khen-huyen', clause: 'V.2.d' },
    { form: 'giay-khen-xa', clause: 'V.2.d' },
  ],

  bases: [
    // — Cờ thi đua của UBND tỉnh: "Tặng 01 lần" (V.2.b).
    {
      id: 'co-huyen-ntm',
      label: 'Huyện đạt chuẩn NTM',
      aliases: ['Huyện đạt chuẩn nông thôn mới', 'Huyện NTM', 'Cờ thi đua huyện NTM'],
      subjects: { collective: ['huyen'] },
      forms: ['co-thi-dua-tinh'],
      frequency: 'once',
      conditions: [
        { kind: 'district-level', min: 'ntm', clause: 'V.2.b' },
        { kind: 'recognition-period', of: 'district', from: 2021, to: 2025, clause: 'V.2.b' },
        { kind: 'no-xdcb-debt', of: 'district', clause: 'IV.2' },
      ],
      clause: 'V.2.b',
    },
    {
      id: 'co-xa-ntm',
      label: 'Xã đạt chuẩn NTM',
      aliases: ['Xã đạt chuẩn nông thôn mới', 'Xã NTM', 'Cờ thi đua xã NTM'],
      subjects: { collective: ['xa'] },
      forms: ['co-thi-dua-tinh'],
      frequency: 'once',
      conditions: [
        { kind: 'commune-level', min: 'ntm', clause: 'V.2.b' },
        { kind: 'recognition-period', of: 'commune', from: 2021, to: 2025, clause: 'V.2.b' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.3' },
      ],
      clause: 'V.2.b',
    },
    {
      id: 'co-xa-nang-cao',
      label: 'Xã đạt chuẩn NTM nâng cao',
      aliases: ['Xã đạt chuẩn nông thôn mới nâng cao', 'Xã NTM nâng cao', 'Cờ thi đua xã NTM nâng cao'],
      subjects: { collective: ['xa'] },
      forms: ['co-thi-dua-tinh'],
      frequency: 'once',
      conditions: [
        { kind: 'commune-level', min: 'nang-cao', clause: 'V.2.b' },
        { kind: 'recognition-period', of: 'commune', from: 2021, to: 2025, clause: 'V.2.b' },
        { kind: 'no-xdcb-debt', of: 'commune', clause: 'IV.3' },
      ],
      clause: 'V.2.b',
    },

    // — Bằng khen của Chủ tịch UBND tỉnh, tập thể: "Hằng năm …" (V.2.c, first dash).
    {
      id: 'bk-xa-nhieu-tieu-chi',
      label: 'Xã hoàn thành nhiều tiêu chí nhất trong năm',
      aliases: ['Xã có số tiêu chí hoàn thành cao nhất', 'Xã nhiều tiêu chí nhất', 'Nhiều tiêu chí nhất'],
      subjects: { collective: ['xa'] },
      forms: ['bang-khen-tinh'],
      frequency: 'annual',
      conditions: [
        { kind: 'top-criteria', clause: 'V.2.c' },
        // IV.3 asks every commune to carry no XDCB debt; V.2.c does not repeat it for this standard.
        { kind: 'no-xdcb-debt', of: 'commune', inferred: true, severity: 'warning', clause: 'IV.3' },
      ],
      clause: 'V.2.c',
    },
    {
      id: 'bk-thon-ntm',
      label: 'Thôn, bản tiêu biểu đạt chuẩn NTM',
      aliases: ['Bản đạt chuẩn NTM', 'Thôn đạt chuẩn NTM', 'Bản NTM', 'Thôn NTM', 'Bản tiêu biểu đạt chuẩn NTM'],
      subjects: { collective: ['thon'] },
      forms: ['bang-khen-tinh'],
      frequency: 'once',
      clause: 'V.2.c',
    },
    {
      id: 'bk-tap-the-dong-gop',
      label: 'Tập thể đóng góp xây dựng NTM',
      aliases: ['Tập thể đóng góp', 'Tập thể có sản phẩm OCOP', 'Tập thể ủng hộ xây dựng NTM'],
      subjects: { collective: ['doanh-nghiep', 'htx', 'co-quan', 'to-chuc-khac'] },
      forms: ['bang-khen-tinh'],
      frequency: 'once',
      // "có giá trị từ 100 triệu đồng trở lên hoặc có sản phẩm OCOP được xếp hạng từ 3 sao trở lên".
      conditions: [{ kind: 'contribution', minMillion: 100, minOcopStars: 3, clause: 'V.2.c' }],
      clause: 'V.2.c',
    },

    // — Bằng khen của Chủ tịch UBND tỉnh, cá nhân, hộ gia đình (V.2.c, second dash).
    {
      id: 'bk-ca-nhan-huyen-ntm',
      label: 'Cá nhân tiêu biểu của huyện đạt chuẩn NTM',
      aliases: ['Cá nhân huyện NTM', 'Cá nhân huyện đạt chuẩn NTM', 'Cá nhân của huyện đạt chuẩn nông thôn mới'],
      subjects: { person: [...PERSONS_EXCEPT_HOUSEHOLDS] },
      forms: ['bang-khen-tinh'],
      frequency: 'annual',
      conditions: [{ kind: 'district-level', min: 'ntm', clause: 'V.2.c' }],
      clause: 'V.2.c',
    },
    {
      id: 'bk-ca-nhan-xa-ntm',
      label: 'Cá nhân tiêu biểu của xã đạt chuẩn NTM, NTM nâng cao',
      aliases: ['Cá nhân xã NTM', 'Cá nhân xã đạt chuẩn NTM', 'Cá nhân xã NTM nâng cao', 'Cá nhân của xã đạt chuẩn nông thôn mới'],
      subjects: { person: [...PERSONS_EXCEPT_HOUSEHOLDS] },
      forms: ['bang-khen-tinh'],
      frequency: 'annual',
      // Of the nominee's commune (column `Xã`): "Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao".
      // "Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao": a kiểu mẫu commune has reached
      // both, so the level has a floor and no ceiling.
      conditions: [{ kind: 'commune-level', min: 'ntm', clause: 'V.2.c' }],
      clause: 'V.2.c',
    },
    {
      id: 'bk-ho-gia-dinh',
      label: 'Hộ gia đình tiêu biểu của bản đạt chuẩn NTM',
      aliases: ['Hộ gia đình tiêu biểu', 'Hộ tiêu biểu', 'Hộ gia đình bản NTM'],
      subjects: { person: ['ho-gia-dinh'] },
      forms: ['bang-khen-tinh'],
      frequency: 'once',
      clause: 'V.2.c',
    },
    {
      id: 'bk-ca-nhan-dong-gop',
      label: 'Cá nhân đóng góp xây dựng NTM',
      aliases: ['Cá nhân đóng góp', 'Cá nhân có sản phẩm OCOP', 'Cá nhân chuyển giao khoa học kỹ thuật', 'Cá nhân ủng hộ xây dựng NTM'],
      subjects: { person: [...PERSONS_EXCEPT_HOUSEHOLDS] },
      forms: ['bang-khen-tinh'],
      frequency: 'once',
      // "bằng công sức, tiền của hoặc có sản phẩm OCOP … từ 3 sao trở lên hoặc chuyển giao khoa học kỹ thuật
      // có giá trị từ 50 triệu đồng trở lên".
      conditions: [{ kind: 'contribution', minMillion: 50, minOcopStars: 3, clause: 'V.2.c' }],
      clause: 'V.2.c',
    },
    {
      id: 'bk-tham-muu',
      label: 'Cá nhân tiêu biểu tham mưu, chỉ đạo thực hiện Chương trình',
      aliases: ['Tham mưu, chỉ đạo', 'Cán bộ tham mưu', 'Tiêu biểu trong tham mưu, chỉ đạo'],
      subjects: { person: ['can-bo', 'luc-luong-vu-trang'] },
      forms: ['bang-khen-tinh'],
      frequency: 'per-phase',
      rounds: ['so-ket-2023', 'tong-ket-2025'],
      clause: 'V.2.c',
    },

    // — Giấy khen: each issuer's own rules (V.2.d).
    {
      id: 'giay-khen',
      label: 'Giấy khen theo quy định của cấp khen',
      aliases: ['Giấy khen', 'Theo quy định của cấp khen', 'Khen thưởng theo thẩm quyền'],
      subjects: { collective: [...ALL_COLLECTIVES], person: [...ALL_PERSONS] },
      forms: ['giay-khen-thu-truong', 'giay-khen-huyen', 'giay-khen-xa'],
      frequency: 'annual',
      clause: 'V.2.d',
    },

    // — Not in plans.md: state-level forms (V.2.a) follow the Government's rules; without this
    // basis a nomination for them could name no basis at all.
    {
      id: 'khen-cap-nha-nuoc',
      label: 'Khen thưởng cấp Nhà nước',
      aliases: ['Cấp Nhà nước', 'Theo quy định của Chính phủ'],
      subjects: { collective: [...ALL_COLLECTIVES], person: [...ALL_PERSONS] },
      forms: ['bang-khen-ttg', 'huan-chuong-lao-dong'],
      frequency: 'annual',
      clause: 'V.2.a',
    },
  ],

  quotas: [
    {
      id: 'ca-nhan-moi-xa',
      scope: 'per-commune',
      bases: ['bk-ca-nhan-xa-ntm'],
      max: 5,
      clause: 'V.2.c',
    },
    {
      id: 'ca-nhan-moi-huyen',
      scope: 'per-district',
      bases: ['bk-ca-nhan-huyen-ntm'],
      max: 20,
      byManagementLevel: { tinh: 5, huyen: 15 },
      clause: 'V.2.c',
    },
    {
      id: 'ho-gia-dinh-moi-ban',
      scope: 'per-village',
      bases: ['bk-ho-gia-dinh'],
      max: 1,
      clause: 'V.2.c',
    },
    {
      id: 'tham-muu-moi-don-vi',
      scope: 'per-unit',
      bases: ['bk-tham-muu'],
      max: 2,
      standingAgencyMax: 4,
      clause: 'V.2.c',
    },
    {
      id: 'xa-nhieu-tieu-chi-moi-huyen',
      scope: 'per-district-year',
      bases: ['bk-xa-nhieu-tieu-chi'],
      max: 1,
      clause: 'V.2.c',
    },
  ],

  // "trước ngày …/01 hàng năm", for achievements of the previous year. Reading "trước ngày"
  // as "the day itself is late" is the inference (plans.md): `inferred` marks the reading, so
  // a dossier sent on the named day is a warning and one sent after it an error.
  deadlines: [
    { submitters: ['xa'], day: 5, month: 1, yearOffset: 1, reading: 'before', inferred: true, clause: 'V.4.b' },
    {
      submitters: ['co-quan-thuong-truc'],
      where: 'district',
      day: 10,
      month: 1,
      yearOffset: 1,
      reading: 'before',
      inferred: true,
      clause: 'V.4.b',
    },
    {
      submitters: ['huyen', 'so-nganh', 'doanh-nghiep'],
      day: 15,
      month: 1,
      yearOffset: 1,
      reading: 'before',
      inferred: true,
      clause: 'V.4.b',
    },
    {
      submitters: ['co-quan-thuong-truc'],
      where: 'province',
      day: 20,
      month: 1,
      yearOffset: 1,
      reading: 'before',
      inferred: true,
      clause: 'V.4.b',
    },
  ],
  registration: { day: 15, month: 1, reading: 'before', inferred: true, clause: 'V.3' },

  targets: [
    {
      metric: 'communes.ntm.share',
      comparator: '>=',
      value: 0.575,
      label: 'Đến năm 2025 có 57,5% số xã đạt chuẩn nông thôn mới',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.advanced.count',
      comparator: '>=',
      value: 4,
      label: '4 xã đạt chuẩn NTM nâng cao',
      clause: 'I.1.b',
    },
    {
      metric: 'communes.below15.count',
      comparator: '<=',
      value: 0,
      label: 'Không còn xã dưới 15 tiêu chí',
      clause: 'I.1.b',
    },
    {
      metric: 'districts.ntm.named',
      comparator: '>=',
      value: 2,
      names: ['Tam Đường', 'Than Uyên'],
      label: 'Có thêm 02 huyện đạt chuẩn nông thôn mới (Tam Đường, Than Uyên)',
      clause: 'I.1.b',
    },
    {
      metric: 'villages.ntm.shareInDbkk',
      comparator: '>=',
      value: 0.25,
      label: '25% số bản của các xã đặc biệt khó khăn đạt chuẩn nông thôn mới',
      clause: 'I.1.b',
    },
  ],
} satisfies PlanInput;
