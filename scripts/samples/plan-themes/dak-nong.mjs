/**
 * Plan-rule samples for the Đắk Nông plan: the valid Đắk Mil dossier (Sơ kết
 * 2023) with one kind of mistake against its forms and rounds (V.1, V.2), bases
 * and their conditions (IV).
 */
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';
import { collective, commune, extraKit, person, redate, retitle, setOcop } from './helpers.mjs';

const BK = FORMS.bkTinh;
const GK = FORMS.gkHuyen;
const kitOf = (d, slug) => extraKit(d, { seed: `dak-nong/${slug}`, districtKey: 'dak-mil-2023' });
const dossier = (d) => ({ dossier: d });

/** The same dossier sent at the yearly round of 2023 (December). */
function yearly(d) {
  d.info.round = 'Hằng năm';
  redate(d, day(15, 12, 2023));
  retitle(d, [['SƠ KẾT PHONG TRÀO', 'PHONG TRÀO'], ['GIAI ĐOẠN 2021-2023', 'NĂM 2023']]);
  return d;
}

export const DAK_NONG_PLAN_THEMES = [
  {
    slug: 'loi-hinh-thuc-co-thi-dua', codes: ['award.form-not-in-plan'], exit: 1,
    vi: 'Xã Đức Mạnh (NTM nâng cao) được đề nghị Cờ thi đua của UBND tỉnh; kế hoạch không có hình thức này (V.1).',
    en: 'Đức Mạnh (advanced NTM) proposed for the provincial Cờ thi đua; the plan has no such form (V.1).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Đức Mạnh').form = FORMS.coTinh; return dossier(d); },
  },
  {
    slug: 'loi-can-cu-khong-co-trong-ke-hoach', codes: ['award.basis-unknown'], exit: 1,
    vi: '`Căn cứ đề nghị` của một nông dân xã Đức Mạnh ghi "Nông dân sản xuất kinh doanh giỏi" (danh hiệu của Hội Nông dân).',
    en: 'A Đức Mạnh farmer\'s `Căn cứ đề nghị` says "Nông dân sản xuất kinh doanh giỏi" (a Farmers\' Union title).',
    make: (d) => { person(d, 'Đức Mạnh', 'Nông dân').basis = 'Nông dân sản xuất kinh doanh giỏi'; return dossier(d); },
  },
  {
    slug: 'loi-thieu-can-cu-de-nghi', codes: ['award.basis-ambiguous'], exit: 1,
    vi: 'Xã Đắk Gằn đề nghị Bằng khen nhưng bỏ trống `Căn cứ đề nghị`; xã có hai căn cứ (NTM/nâng cao và kiểu mẫu).',
    en: 'Đắk Gằn proposed for the Bằng khen with `Căn cứ đề nghị` empty; communes have two bases (NTM/advanced and model).',
    make: (d) => { collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Đắk Gằn').basis = undefined; return dossier(d); },
  },
  {
    slug: 'loi-truong-bon-sai-can-cu', codes: ['award.subject-mismatch'], exit: 1,
    vi: 'Trưởng bon Bu Đắk (`Đối tượng` Người lao động) ghi căn cứ cán bộ, công chức, viên chức.',
    en: 'The head of Bon Bu Đắk (`Đối tượng` Người lao động) put under the civil-servant basis.',
    make: (d) => { person(d, 'Thuận An', 'Trưởng').basis = 'ca-nhan-can-bo'; return dossier(d); },
  },
  {
    slug: 'loi-bang-khen-hang-nam', codes: ['award.round'], exit: 1,
    vi: 'Hồ sơ đợt Hằng năm 2023 vẫn đề nghị Bằng khen tỉnh; Bằng khen chỉ xét khi sơ kết 2023, tổng kết 2025 (V.2.b).',
    en: 'A yearly-round 2023 dossier still proposing the Bằng khen; it is given only at the 2023 and 2025 reviews (V.2.b).',
    make: (d) => dossier(yearly(d)),
  },
  {
    slug: 'canh-bao-bang-khen-thu-tuong-hang-nam', codes: ['award.round'], exit: 0,
    vi: 'Hồ sơ Hằng năm 2023 (chỉ Giấy khen huyện) đề nghị Bằng khen Thủ tướng cho xã Đức Mạnh; kế hoạch không nói đợt xét khen cấp Nhà nước, suy ra như Bằng khen tỉnh nên chỉ cảnh báo.',
    en: 'A yearly 2023 dossier (district Giấy khen only) proposing the Prime Minister\'s Bằng khen for Đức Mạnh; the plan is silent on state-level rounds, inferred like the Bằng khen: warning.',
    make: (d) => {
      yearly(d);
      for (const row of [...d.collectives, ...d.individuals]) if (row.form === BK) row.form = GK;
      collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Đức Mạnh').form = 'Bằng khen của Thủ tướng Chính phủ';
      return dossier(d);
    },
  },
  {
    slug: 'loi-xa-chua-dat-chuan', codes: ['eligibility.level'], exit: 1,
    vi: "Xã Đắk N'Drót (chưa đạt chuẩn, 16 tiêu chí) đề nghị Giấy khen theo căn cứ xã đạt chuẩn NTM.",
    en: "Đắk N'Drót (not yet NTM, 16 criteria) proposed for a Giấy khen under the NTM-commune basis.",
    make: (d) => {
      d.collectives.splice(2, 0, {
        name: "Đảng bộ, chính quyền và Nhân dân xã Đắk N'Drót", type: 'Xã', commune: "Đắk N'Drót", form: GK, basis: 'xa-ntm',
        summary: "Năm 2023 xã Đắk N'Drót đạt thêm 1 tiêu chí, nâng tổng số lên 16/19 tiêu chí; Nhân dân hiến 6.500 m² đất, góp 1.200 ngày công làm đường; phấn đấu đạt chuẩn nông thôn mới năm 2025.",
      });
      return dossier(d);
    },
  },
  {
    slug: 'loi-xa-no-dong-xdcb', codes: ['eligibility.xdcb-debt'], exit: 1,
    vi: 'Xã Đắk Gằn được đề nghị Bằng khen nhưng sheet `Xã` ghi còn nợ đọng XDCB 180 triệu đồng.',
    en: 'Đắk Gằn is proposed for the Bằng khen but sheet `Xã` shows 180 triệu of construction debt.',
    make: (d) => { commune(d, 'Đắk Gằn').debt = 180; return dossier(d); },
  },
  {
    slug: 'loi-xa-chua-dat-4-tai-cho', codes: ['eligibility.four-on-site'], exit: 1,
    vi: 'Xã Đức Mạnh được đề nghị Bằng khen nhưng cột `Đạt "4 tại chỗ"` để "Không".',
    en: 'Đức Mạnh is proposed for the Bằng khen but its `Đạt "4 tại chỗ"` cell says "Không".',
    make: (d) => { commune(d, 'Đức Mạnh').fourOnSite = false; return dossier(d); },
  },
  {
    slug: 'canh-bao-ocop-duoi-3-sao', codes: ['eligibility.ocop'], exit: 0,
    vi: 'Công ty TNHH MTV Nông sản Đức Lập có sản phẩm OCOP 2 sao; căn cứ doanh nghiệp, HTX nêu OCOP từ 3 sao (chỉ cảnh báo).',
    en: 'Đức Lập agri-products company has a 2-star OCOP product; the business basis names 3 stars (warning only).',
    make: (d) => { setOcop(collective(d, 'Công ty TNHH MTV Nông sản Đức Lập'), 2); return dossier(d); },
  },
  {
    slug: 'loi-huyen-chua-dat-chuan', codes: ['eligibility.district-level'], exit: 1,
    vi: 'Đề nghị Bằng khen cho "Đảng bộ, chính quyền và Nhân dân huyện Đắk Mil" theo căn cứ huyện đạt chuẩn NTM, nhưng huyện "Chưa đạt".',
    en: 'The Bằng khen proposed for Đắk Mil district under the NTM-district basis, but the district is "Chưa đạt".',
    make: (d) => {
      d.collectives.unshift({
        name: 'Đảng bộ, chính quyền và Nhân dân huyện Đắk Mil', type: 'Huyện', form: BK, basis: 'huyen-ntm',
        summary: 'Giai đoạn 2021-2023 huyện có 8/9 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn NTM nâng cao; 100% xã đạt "4 tại chỗ"; không phát sinh nợ đọng xây dựng cơ bản.',
      });
      return dossier(d);
    },
  },
  {
    slug: 'loi-bon-khong-thuoc-xa-dbkk-bien-gioi', codes: ['eligibility.commune-kind'], exit: 1,
    vi: 'Bon Đắk Gằn được đề nghị Giấy khen theo căn cứ thôn, bon đạt chuẩn, nhưng xã Đắk Gằn không phải xã ĐBKK hay biên giới (IV.d).',
    en: 'Bon Đắk Gằn proposed under the village basis, but Đắk Gằn is neither an ĐBKK nor a border commune (IV.d).',
    make: (d) => {
      const v = kitOf(d, 'loi-bon-khong-thuoc-xa-dbkk-bien-gioi').village({ commune: 'Đắk Gằn', village: 'Bon Đắk Gằn', form: GK, basis: 'thon-ntm', recognized: 2023 });
      d.collectives.splice(4, 0, v);
      return dossier(d);
    },
  },
];
