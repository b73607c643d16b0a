import type { PlanInput } from '../schema.js';

/**
 * Kế hoạch …/KH-UBND (2022) của UBND huyện Tam Đường: đợt thi đua cao điểm chào mừng
 * 20 năm thành lập huyện (plans.md, `tam-duong`). Clauses use the plan's own numbering:
 * II (thời gian), III.1–III.2.6 (nội dung), IV.1 (đối tượng), IV.2.1–IV.2.2 (hình thức).
 */

export const tamDuong = {
  id: 'tam-duong',
  title: 'Kế hoạch phát động đợt thi đua cao điểm chào mừng kỷ niệm 20 năm Ngày thành lập huyện Tam Đường (21/9/2002-21/9/2022)',
  issuer: 'UBND huyện Tam Đường',
  document: {
    kind: 'Kế hoạch',
    number: '…/KH-UBND',
    note: 'Số và ngày ban hành để trống trong văn bản (“Số: /KH-UBND”, “ngày tháng năm 2022”).',
  },
  citeAs: 'KH Tam Đường',
  scope: 'district',
  province: 'Lai Châu',
  district: 'Tam Đường',
  // Sùng Phài is not here: it passed to TP Lai Châu in 2020, before this plan.
  districts: [
    'Thị trấn Tam Đường',
    'Bản Bo',
    'Bản Giang',
    'Bản Hon',
    'Bình Lư',
    'Giang Ma',
    'Hồ Thầu',
    'Khun Há',
    'Nà Tăm',
    'Nùng Nàng',
    'Sơn Bình',
    'Tả Lèng',
    'Thèn Sin',
  ],

  // "Từ nay đến hết ngày 30/8/2022": the issue date is blank, so the period opens on 1/1/2022
  // (the campaign's content is the district's 2022 tasks, III.1).
  sections: { awardForms: 'IV.2', bases: 'IV.1' },
  period: { from: '2022-01-01', to: '2022-08-30', clause: 'II' },
  achievementYears: { from: 2022, to: 2022, clause: 'II' },
  rounds: { allowed: ['dot-cao-diem'], clause: 'II' },
  // Dossiers come after the campaign closes and, to be awarded at the anniversary (21/9/2022),
  // before it; Phòng Nội vụ appraises them (V.4). The text gives no date: inferred.
  submissionWindow: { from: '2022-08-30', to: '2022-09-21', inferred: true, severity: 'warning', clause: 'V.4' },

  awardForms: [
    { form: 'giay-khen-huyen', clause: 'IV.2.1' },
    // "trình Hội đồng Thi đua, Khen thưởng tỉnh xem xét, trình Chủ tịch UBND tỉnh Quyết định".
    { form: 'bang-khen-tinh', clause: 'IV.2.2' },
  ],

  bases: [
    {
      id: 'dot-cao-diem',
      label: 'Thành tích trong đợt thi đua cao điểm',
      aliases: ['Đợt thi đua cao điểm', 'Đợt cao điểm', 'Chào mừng 20 năm thành lập huyện', 'Kỷ niệm 20 năm thành lập huyện'],
      subjects: {
        collective: ['huyen', 'xa', 'thon', 'doanh-nghiep', 'htx', 'co-quan', 'to-chuc-khac'],
        person: ['can-bo', 'luc-luong-vu-trang', 'doan-vien', 'lao-dong', 'thanh-vien-htx', 'doanh-nhan', 'ho-gia-dinh', 'khac'],
      },
      forms: ['giay-khen-huyen', 'bang-khen-tinh'],
      frequency: 'per-phase',
      rounds: ['dot-cao-diem'],
      clause: 'IV.1',
    },
  ],

  contentAreas: [
    { id: '1', label: 'Thi đua hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội của huyện năm 2022' },
    { id: '2.1', label: 'Thi đua thực hiện nhiệm vụ phát triển kinh tế' },
    { id: '2.2', label: 'Thi đua thực hiện nhiệm vụ phát triển văn hóa - xã hội' },
    { id: '2.3', label: 'Thi đua đẩy mạnh cải cách hành chính' },
    { id: '2.4', label: 'Thi đua nâng cao hiệu lực, hiệu quả quản lý nhà nước' },
    { id: '2.5', label: 'Thi đua thực hiện tốt công tác quốc phòng - an ninh' },
    { id: '2.6', label: 'Thi đua đẩy mạnh chất lượng hoạt động của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội' },
  ],
} satisfies PlanInput;
