/**
 * Plan-rule samples for the Tam Đường peak campaign: the valid dossier with one
 * kind of mistake against its forms (IV.2), its single basis, its round (II) or
 * its time limits (II, V.4).
 */
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';
import { collective, redate } from './helpers.mjs';

const dossier = (d) => ({ dossier: d });

export const TAM_DUONG_PLAN_THEMES = [
  {
    slug: 'loi-hinh-thuc-co-thi-dua', codes: ['award.form-not-in-plan'], exit: 1,
    vi: 'Xã Bình Lư được đề nghị Cờ thi đua của UBND tỉnh; đợt cao điểm chỉ có Giấy khen huyện và Bằng khen tỉnh (IV.2).',
    en: 'Bình Lư proposed for the provincial Cờ thi đua; the peak campaign gives only the district Giấy khen and the Bằng khen (IV.2).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Bình Lư').form = FORMS.coTinh; return dossier(d); },
  },
  {
    slug: 'loi-can-cu-khong-co-trong-ke-hoach', codes: ['award.basis-unknown'], exit: 1,
    vi: '`Căn cứ đề nghị` ghi "Thành tích xuất sắc đột xuất" (khen đột xuất), không phải căn cứ của đợt cao điểm.',
    en: '`Căn cứ đề nghị` says "Thành tích xuất sắc đột xuất" (an ad-hoc award), not the peak campaign\'s basis.',
    make: (d) => { collective(d, 'Công an xã Nùng Nàng').basis = 'Thành tích xuất sắc đột xuất'; return dossier(d); },
  },
  {
    slug: 'loi-dot-xet-hang-nam', codes: ['award.round'], exit: 1,
    vi: '`Đợt xét` = Hằng năm (chép từ mẫu hồ sơ năm); kế hoạch chỉ có đợt cao điểm.',
    en: '`Đợt xét` = Hằng năm (copied from the yearly form); the plan has only the peak round.',
    make: (d) => { d.info.round = 'Hằng năm'; return dossier(d); },
  },
  {
    slug: 'loi-nam-thanh-tich-2021', codes: ['period.outside', 'commune.recognition-year'], exit: 1,
    vi: '`Năm thành tích` = 2021 (quên sửa khi chép mẫu năm trước); đợt cao điểm chỉ tính thành tích năm 2022 (II). Hệ quả: xã Nùng Nàng đạt chuẩn năm 2022, sau năm thành tích ghi.',
    en: '`Năm thành tích` = 2021 (not updated from last year\'s form); the campaign covers 2022 only (II). As a result Nùng Nàng\'s 2022 recognition falls after the stated year.',
    make: (d) => { d.info.year = 2021; return dossier(d); },
  },
  {
    slug: 'canh-bao-trinh-sau-ngay-ky-niem', codes: ['period.outside'], exit: 0,
    vi: 'Trình ngày 26/9/2022, sau lễ kỷ niệm 21/9/2022; thời hạn trình là suy luận (V.4) nên chỉ cảnh báo.',
    en: 'Submitted on 26/9/2022, after the 21/9/2022 anniversary; the window is inferred (V.4), so a warning.',
    make: (d) => { redate(d, day(26, 9, 2022)); return dossier(d); },
  },
];
