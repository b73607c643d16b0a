/**
 * Plan-rule samples for the Hà Quảng plan: the valid 2023 dossier with one kind
 * of mistake against its forms and rounds (IV.2) or its bases and their
 * conditions (IV.1).
 */
import { FORMS } from '../columns.mjs';
import { collective, commune, extraKit, person } from './helpers.mjs';

const BK = FORMS.bkTinh;
const GK = 'Giấy khen huyện';
const kitOf = (d, slug) => extraKit(d, { seed: `ha-quang/${slug}`, districtKey: 'ha-quang-2023', defaultGroups: ['tay'] });
const dossier = (d) => ({ dossier: d });

export const HA_QUANG_PLAN_THEMES = [
  {
    slug: 'loi-hinh-thuc-co-thi-dua', codes: ['award.form-not-in-plan'], exit: 1,
    vi: 'Xã Trường Hà (vừa đạt chuẩn NTM 2023) được đề nghị Cờ thi đua của UBND tỉnh; kế hoạch không có hình thức này (IV.2).',
    en: 'Trường Hà (NTM in 2023) proposed for the provincial Cờ thi đua; the plan has no such form (IV.2).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Trường Hà').form = FORMS.coTinh; return dossier(d); },
  },
  {
    slug: 'loi-can-cu-khong-co-trong-ke-hoach', codes: ['award.basis-unknown'], exit: 1,
    vi: '`Căn cứ đề nghị` của xóm Nà Lẹng ghi "Xóm văn hóa tiêu biểu", không phải căn cứ của kế hoạch.',
    en: 'Xóm Nà Lẹng\'s `Căn cứ đề nghị` says "Xóm văn hóa tiêu biểu", not a basis of the plan.',
    make: (d) => { collective(d, 'Xóm Nà Lẹng').basis = 'Xóm văn hóa tiêu biểu'; return dossier(d); },
  },
  {
    slug: 'loi-de-nghi-huyen-khong-co-can-cu', codes: ['award.basis-ambiguous'], exit: 1,
    vi: 'Hồ sơ đề nghị Bằng khen cho chính "Đảng bộ, chính quyền và Nhân dân huyện Hà Quảng", bỏ trống căn cứ; kế hoạch huyện không có căn cứ nào cho tập thể huyện.',
    en: 'The dossier proposes Hà Quảng district itself for the Bằng khen with no basis; the district plan has no basis for a district collective.',
    make: (d) => {
      d.collectives.unshift({
        name: 'Đảng bộ, chính quyền và Nhân dân huyện Hà Quảng', type: 'Huyện', form: BK,
        summary: 'Năm 2023 huyện có thêm xã Trường Hà đạt chuẩn nông thôn mới; bình quân đạt 13,6 tiêu chí/xã; 5 sản phẩm được công nhận OCOP; huy động 42 tỷ đồng xây dựng nông thôn mới.',
      });
      return dossier(d);
    },
  },
  {
    slug: 'loi-truong-xom-sai-can-cu', codes: ['award.subject-mismatch'], exit: 1,
    vi: 'Trưởng xóm Nặm Lìn (`Đối tượng` Người lao động) ghi căn cứ cán bộ, công chức, viên chức.',
    en: 'The head of Xóm Nặm Lìn (`Đối tượng` Người lao động) put under the civil-servant basis.',
    make: (d) => { person(d, 'Trường Hà', 'Trưởng').basis = 'ca-nhan-can-bo'; return dossier(d); },
  },
  {
    slug: 'loi-dot-xet-cao-diem', codes: ['award.round'], exit: 1,
    vi: '`Đợt xét` = Đợt cao điểm (chọn nhầm trong danh sách); kế hoạch xét hằng năm, sơ kết, tổng kết.',
    en: '`Đợt xét` = Đợt cao điểm (picked by mistake); the plan has yearly, mid-term and final rounds.',
    make: (d) => { d.info.round = 'Đợt cao điểm'; return dossier(d); },
  },
  {
    slug: 'loi-xa-no-dong-xdcb', codes: ['eligibility.xdcb-debt'], exit: 1,
    vi: 'Xã Trường Hà được đề nghị Bằng khen nhưng sheet `Xã` ghi còn nợ đọng XDCB 95 triệu đồng.',
    en: 'Trường Hà is proposed for the Bằng khen but sheet `Xã` shows 95 triệu of construction debt.',
    make: (d) => { commune(d, 'Trường Hà').debt = 95; return dossier(d); },
  },
  {
    slug: 'canh-bao-htx-chua-co-ocop', codes: ['eligibility.ocop'], exit: 0,
    vi: 'Hợp tác xã ở xã Lương Thông ghi `Số sao OCOP` = 0 (chưa có sản phẩm OCOP); căn cứ doanh nghiệp, HTX nêu "có sản phẩm OCOP" (chỉ cảnh báo).',
    en: 'A Lương Thông cooperative with `Số sao OCOP` = 0 (no OCOP product yet); the business basis names an OCOP product (warning only).',
    make: (d) => {
      d.collectives.splice(5, 0, {
        name: 'Hợp tác xã Nông nghiệp Lương Thông', type: 'Hợp tác xã', commune: 'Lương Thông', form: GK, basis: 'dn-htx', ocop: 0, contribution: 40,
        summary: 'Liên kết 65 hộ trồng dong riềng, ngô nếp; đang hoàn thiện hồ sơ sản phẩm miến dong tham gia đánh giá OCOP; ủng hộ 40 triệu đồng bê tông hóa đường xóm.',
      });
      return dossier(d);
    },
  },
  {
    slug: 'loi-xom-khong-thuoc-xa-bien-gioi', codes: ['eligibility.commune-kind'], exit: 1,
    vi: 'Xóm Pác Ngòa (xã Quý Quân: ĐBKK nhưng không biên giới) đề nghị theo căn cứ xóm đạt chuẩn; căn cứ chỉ cho xóm thuộc xã ĐBKK khu vực biên giới (IV.1.c).',
    en: 'Xóm Pác Ngòa (Quý Quân: ĐBKK but not on the border) under the hamlet basis, which needs an ĐBKK border commune (IV.1.c).',
    make: (d) => {
      const v = kitOf(d, 'loi-xom-khong-thuoc-xa-bien-gioi').village({ commune: 'Quý Quân', village: 'Xóm Pác Ngòa', form: GK, basis: 'xom-ntm', recognized: 2023 });
      d.collectives.splice(4, 0, v);
      return dossier(d);
    },
  },
];
