/**
 * Plan-rule samples for the Tuyên Quang plan: the valid Hàm Yên dossier (Sơ kết
 * 2023) with one kind of mistake against its forms (IV.2.a), bases and their
 * conditions (IV.1) or rounds (V.2).
 */
import { FORMS } from '../columns.mjs';
import { collective, commune, extraKit, person, setOcop } from './helpers.mjs';

const BK = FORMS.bkTinh;
const kitOf = (d, slug) => extraKit(d, { seed: `tuyen-quang/${slug}`, districtKey: 'ham-yen-2023' });
const dossier = (d) => ({ dossier: d });

export const TUYEN_QUANG_PLAN_THEMES = [
  {
    slug: 'loi-hinh-thuc-co-thi-dua', codes: ['award.form-not-in-plan'], exit: 1,
    vi: 'Xã Thái Sơn (NTM kiểu mẫu) được đề nghị Cờ thi đua của UBND tỉnh; kế hoạch không có hình thức này (IV.2.a).',
    en: 'Thái Sơn (model NTM) proposed for the provincial Cờ thi đua; the plan has no such form (IV.2.a).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Thái Sơn').form = FORMS.coTinh; return dossier(d); },
  },
  {
    slug: 'loi-can-cu-khong-co-trong-ke-hoach', codes: ['award.basis-unknown'], exit: 1,
    vi: '`Căn cứ đề nghị` của Bí thư Đảng ủy xã Minh Dân ghi "Hoàn thành xuất sắc nhiệm vụ", không phải căn cứ của kế hoạch.',
    en: 'The Minh Dân party secretary\'s `Căn cứ đề nghị` says "Hoàn thành xuất sắc nhiệm vụ", not a basis of the plan.',
    make: (d) => { person(d, 'Minh Dân', 'Bí thư').basis = 'Hoàn thành xuất sắc nhiệm vụ'; return dossier(d); },
  },
  {
    slug: 'loi-thieu-can-cu-de-nghi', codes: ['award.basis-ambiguous'], exit: 1,
    vi: 'Xã Phù Lưu đề nghị Bằng khen nhưng bỏ trống `Căn cứ đề nghị`; xã có hai căn cứ (NTM/nâng cao và kiểu mẫu).',
    en: 'Phù Lưu proposed for the Bằng khen with `Căn cứ đề nghị` empty; communes have two bases (NTM/advanced and model).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Phù Lưu').basis = undefined; return dossier(d); },
  },
  {
    slug: 'loi-truong-thon-sai-can-cu', codes: ['award.subject-mismatch'], exit: 1,
    vi: 'Trưởng thôn Làng Chang (`Đối tượng` Người lao động) ghi căn cứ cán bộ, công chức, viên chức.',
    en: 'The head of Thôn Làng Chang (`Đối tượng` Người lao động) put under the civil-servant basis.',
    make: (d) => { person(d, 'Phù Lưu', 'Trưởng').basis = 'ca-nhan-can-bo'; return dossier(d); },
  },
  {
    slug: 'loi-dot-xet-cao-diem', codes: ['award.round'], exit: 1,
    vi: '`Đợt xét` = Đợt cao điểm (chọn nhầm trong danh sách); kế hoạch chỉ xét hằng năm, sơ kết 2023, tổng kết 2025.',
    en: '`Đợt xét` = Đợt cao điểm (picked by mistake); the plan has yearly, 2023 mid-term and 2025 final rounds only.',
    make: (d) => { d.info.round = 'Đợt cao điểm'; return dossier(d); },
  },
  {
    slug: 'loi-xa-nang-cao-ghi-kieu-mau', codes: ['eligibility.level'], exit: 1,
    vi: 'Xã Bình Xa (NTM nâng cao) đề nghị theo căn cứ xã NTM kiểu mẫu.', en: 'Bình Xa (advanced NTM) proposed under the model-NTM commune basis.',
    make: (d) => {
      d.collectives.splice(1, 0, kitOf(d, 'loi-xa-nang-cao-ghi-kieu-mau').commune({ commune: 'Bình Xa', form: BK, basis: 'xa-kieu-mau', kind: 'xa-nang-cao' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-xa-no-dong-xdcb', codes: ['eligibility.xdcb-debt'], exit: 1,
    vi: 'Xã Phù Lưu được đề nghị Bằng khen nhưng sheet `Xã` ghi còn nợ đọng XDCB 215,5 triệu đồng.',
    en: 'Phù Lưu is proposed for the Bằng khen but sheet `Xã` shows 215.5 triệu of construction debt.',
    make: (d) => { commune(d, 'Phù Lưu').debt = 215.5; return dossier(d); },
  },
  {
    slug: 'canh-bao-ocop-duoi-3-sao', codes: ['eligibility.ocop'], exit: 0,
    vi: 'Công ty TNHH Nông sản Thái Hòa có sản phẩm OCOP 2 sao; căn cứ doanh nghiệp nêu OCOP từ 3 sao (chỉ cảnh báo).',
    en: 'Thái Hòa agri-products company has a 2-star OCOP product; the business basis names 3 stars (warning only).',
    make: (d) => { setOcop(collective(d, 'Công ty TNHH Nông sản Thái Hòa'), 2); return dossier(d); },
  },
  {
    slug: 'loi-huyen-chua-dat-chuan', codes: ['eligibility.district-level'], exit: 1,
    vi: 'Đề nghị Bằng khen cho "Đảng bộ, chính quyền và Nhân dân huyện Hàm Yên" theo căn cứ huyện đạt chuẩn NTM, nhưng huyện "Chưa đạt".',
    en: 'The Bằng khen proposed for Hàm Yên district under the NTM-district basis, but the district is "Chưa đạt".',
    make: (d) => {
      d.collectives.unshift({
        name: 'Đảng bộ, chính quyền và Nhân dân huyện Hàm Yên', type: 'Huyện', form: BK, basis: 'huyen-ntm',
        summary: 'Giai đoạn 2021-2023 huyện có thêm 4 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn NTM kiểu mẫu; huy động 1.250 tỷ đồng xây dựng nông thôn mới; bình quân đạt 17,6 tiêu chí/xã.',
      });
      return dossier(d);
    },
  },
];
