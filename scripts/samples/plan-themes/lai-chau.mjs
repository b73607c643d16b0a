/**
 * Plan-rule samples for the Lai Châu plan: each is the valid Tam Đường 2022
 * dossier with one kind of mistake against the plan's bases, conditions, quotas
 * (V.2.c), registration (V.3) or deadlines (V.4.b).
 */
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';
import { tamDuong2022 } from '../dossiers/lai-chau.mjs';
import { collective, commune, extraKit, person, redate, retitle, setContribution } from './helpers.mjs';

const BK = FORMS.bkTinh;
const kitOf = (d, slug) => extraKit(d, { seed: `lai-chau/${slug}`, districtKey: 'tam-duong-2022' });

/** District leaders (managed by the province's party committee: `Cấp quản lý` = Tỉnh) and district staff. */
const LEADERS = [
  ['Bí thư Huyện ủy', 'Huyện ủy Tam Đường'], ['Phó Bí thư Thường trực Huyện ủy', 'Huyện ủy Tam Đường'],
  ['Chủ tịch HĐND huyện', 'HĐND huyện Tam Đường'], ['Chủ tịch UBND huyện', 'UBND huyện Tam Đường'],
  ['Phó Chủ tịch UBND huyện', 'UBND huyện Tam Đường'], ['Phó Chủ tịch HĐND huyện', 'HĐND huyện Tam Đường'],
];
const LEADER_SUMMARIES = [
  'Lãnh đạo, chỉ đạo ban hành Nghị quyết chuyên đề về xây dựng nông thôn mới giai đoạn 2021-2025; trực tiếp phụ trách 3 xã đặc biệt khó khăn, đưa xã Nùng Nàng đạt chuẩn năm 2022.',
  'Chỉ đạo lồng ghép 86 tỷ đồng vốn các chương trình mục tiêu quốc gia; huyện không phát sinh nợ đọng xây dựng cơ bản; 10/12 xã đạt chuẩn nông thôn mới.',
  'Chủ trì 6 cuộc giám sát chuyên đề về thực hiện bộ tiêu chí nông thôn mới tại các xã; kiến nghị tháo gỡ vướng mắc về giải phóng mặt bằng đường liên xã.',
];
const STAFF = [
  ['Trưởng phòng Nông nghiệp và PTNT', 'Phòng Nông nghiệp và Phát triển nông thôn'], ['Phó Trưởng phòng Nông nghiệp và PTNT', 'Phòng Nông nghiệp và Phát triển nông thôn'],
  ['Trưởng phòng Tài chính - Kế hoạch', 'Phòng Tài chính - Kế hoạch'], ['Trưởng phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế - Hạ tầng'],
  ['Trưởng phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường'], ['Trưởng phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin'],
  ['Trưởng phòng Lao động - Thương binh và Xã hội', 'Phòng Lao động - Thương binh và Xã hội'], ['Phó Trưởng phòng Giáo dục và Đào tạo', 'Phòng Giáo dục và Đào tạo'],
  ['Trưởng phòng Y tế', 'Phòng Y tế'], ['Trưởng phòng Dân tộc', 'Phòng Dân tộc'],
  ['Chánh Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND và UBND'], ['Chánh Văn phòng Điều phối nông thôn mới huyện', 'Văn phòng Điều phối nông thôn mới'],
  ['Chuyên viên Văn phòng Điều phối nông thôn mới huyện', 'Văn phòng Điều phối nông thôn mới'], ['Giám đốc Trung tâm Dịch vụ nông nghiệp', 'Trung tâm Dịch vụ nông nghiệp'],
  ['Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện', 'Ban Quản lý dự án đầu tư xây dựng'], ['Phó Trưởng Ban Dân vận Huyện ủy', 'Ban Dân vận Huyện ủy'],
  ['Chủ tịch Hội Nông dân huyện', 'Hội Nông dân huyện'],
];

/**
 * Puts the district at NTM (recognised 2022) and adds `leaders` province-managed
 * and `staff` district-managed nominees under "Cá nhân tiêu biểu của huyện đạt chuẩn NTM".
 */
function districtNominees(d, slug, leaders, staffCount) {
  Object.assign(d.info, { districtLevel: 'Đạt chuẩn NTM', districtYear: 2022 });
  const k = kitOf(d, slug);
  const basis = { form: BK, basis: 'bk-ca-nhan-huyen-ntm' };
  LEADERS.slice(0, leaders).forEach(([title, office], i) => {
    const p = k.person({ role: 'can-bo-huyen', title, office, group: i % 2 ? 'thai' : 'kinh', mgmtLevel: 'Tỉnh', ...basis,
      summary: LEADER_SUMMARIES[i % LEADER_SUMMARIES.length] });
    d.individuals.push({ ...p, address: `${office}, tỉnh Lai Châu` });
  });
  STAFF.slice(0, staffCount).forEach(([title, office], i) => {
    d.individuals.push(k.person({ role: 'can-bo-huyen', title, office, group: ['kinh', 'thai', 'kinh', 'hmong'][i % 4], ...basis }));
  });
  return d;
}

const dossier = (d, options) => ({ dossier: d, ...(options ? { options } : {}) });

export const LAI_CHAU_PLAN_THEMES = [
  {
    slug: 'loi-ban-de-nghi-co-thi-dua', codes: ['award.form-not-in-plan'], exit: 1,
    vi: 'Bản Phiêng Phát (căn cứ `bk-thon-ntm`) được đề nghị Cờ thi đua của UBND tỉnh; căn cứ bản đạt chuẩn chỉ dẫn tới Bằng khen (V.2.c).',
    en: 'Bản Phiêng Phát (basis `bk-thon-ntm`) proposed for the provincial Cờ thi đua; a village basis leads only to the Bằng khen (V.2.c).',
    make: (d) => { collective(d, 'Bản Phiêng Phát').form = FORMS.coTinh; return dossier(d); },
  },
  {
    slug: 'loi-can-cu-khong-co-trong-ke-hoach', codes: ['award.basis-unknown'], exit: 1,
    vi: '`Căn cứ đề nghị` ghi "Chiến sĩ thi đua cơ sở" (một danh hiệu, không phải tiêu chuẩn khen của kế hoạch).',
    en: '`Căn cứ đề nghị` says "Chiến sĩ thi đua cơ sở" (an emulation title, not one of the plan\'s award standards).',
    make: (d) => { person(d, 'Tả Lèng', 'Phó Chủ tịch').basis = 'Chiến sĩ thi đua cơ sở'; return dossier(d); },
  },
  {
    slug: 'loi-thieu-can-cu-de-nghi', codes: ['award.basis-ambiguous'], exit: 1,
    vi: 'Doanh nhân đề nghị Bằng khen tỉnh nhưng bỏ trống `Căn cứ đề nghị`; kế hoạch có nhiều căn cứ Bằng khen cho cá nhân.',
    en: 'A businesswoman proposed for the Bằng khen with `Căn cứ đề nghị` empty; the plan has several Bằng khen bases for persons.',
    make: (d) => { d.individuals.find((p) => p.position.startsWith('Giám đốc')).basis = undefined; return dossier(d); },
  },
  {
    slug: 'loi-ho-gia-dinh-sai-can-cu', codes: ['award.subject-mismatch'], exit: 1,
    vi: 'Hộ gia đình bản Nà Đon ủng hộ 80 triệu đồng, ghi căn cứ `bk-ca-nhan-dong-gop` (căn cứ cho cá nhân, không cho hộ gia đình).',
    en: 'A Bản Nà Đon household that gave 80 triệu, put under `bk-ca-nhan-dong-gop` (a basis for persons, not households).',
    make: (d) => {
      const h = person(d, 'Bản Bo', 'Chủ hộ');
      Object.assign(h, { basis: 'bk-ca-nhan-dong-gop', contribution: 80, summary: `${h.summary} Gia đình ủng hộ 80 triệu đồng làm đường nội bản.` });
      return dossier(d);
    },
  },
  {
    slug: 'loi-tham-muu-xet-hang-nam', codes: ['award.round'], exit: 1,
    vi: 'Chánh Văn phòng Điều phối NTM huyện đề nghị theo căn cứ tham mưu, chỉ đạo (`bk-tham-muu`) ở đợt Hằng năm; căn cứ này chỉ xét khi sơ kết, tổng kết.',
    en: 'The head of the district NTM office proposed under `bk-tham-muu` at the yearly round; that basis is for the mid-term and final reviews only.',
    make: (d) => {
      d.individuals.push(kitOf(d, 'loi-tham-muu-xet-hang-nam').person({ role: 'can-bo-huyen', title: 'Chánh Văn phòng Điều phối nông thôn mới huyện',
        office: 'Văn phòng Điều phối nông thôn mới', group: 'kinh', gender: 'Nam', form: BK, basis: 'bk-tham-muu' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-ho-gia-dinh-da-nhan-bang-khen', codes: ['award.once-only'], exit: 1,
    vi: 'Hộ gia đình bản Nà Cơ đã nhận Bằng khen tỉnh năm 2021 (`Khen thưởng đã nhận`) nay đề nghị lại; Bằng khen hộ gia đình chỉ tặng 01 lần.',
    en: 'A Bản Nà Cơ household that got the Bằng khen in 2021 (`Khen thưởng đã nhận`) is proposed again; the household Bằng khen is given once.',
    make: (d) => { person(d, 'Bình Lư', 'Chủ hộ').history = '2021: Bằng khen của Chủ tịch UBND tỉnh'; return dossier(d); },
  },
  {
    slug: 'canh-bao-xa-da-nhan-co-thi-dua', codes: ['award.once-only'], exit: 0,
    vi: 'Xã Bình Lư (NTM nâng cao) đề nghị Cờ thi đua, đã ghi "2021: Cờ thi đua của UBND tỉnh"; không rõ Cờ năm 2021 theo căn cứ nào nên chỉ cảnh báo.',
    en: 'Bình Lư (advanced NTM) proposed for the Cờ thi đua with "2021: Cờ thi đua của UBND tỉnh" already; which basis the 2021 flag was for is unknown: warning.',
    make: (d) => {
      const c = kitOf(d, 'canh-bao-xa-da-nhan-co-thi-dua').commune({ commune: 'Bình Lư', form: FORMS.coTinh, basis: 'co-xa-nang-cao', kind: 'xa-nang-cao',
        history: '2021: Cờ thi đua của UBND tỉnh' });
      d.collectives.splice(1, 0, c);
      return dossier(d);
    },
  },
  {
    slug: 'loi-ca-nhan-xa-chua-dat-chuan', codes: ['eligibility.level'], exit: 1,
    vi: 'Chủ tịch UBND xã Khun Há (xã chưa đạt chuẩn, 15 tiêu chí) đề nghị theo căn cứ cá nhân của xã đạt chuẩn NTM.',
    en: 'The chairman of Khun Há (not yet NTM, 15 criteria) proposed under the basis for persons of an NTM commune.',
    make: (d) => {
      d.individuals.push(kitOf(d, 'loi-ca-nhan-xa-chua-dat-chuan').person({ role: 'chu-tich-xa', commune: 'Khun Há', group: 'hmong', gender: 'Nam', form: BK, basis: 'bk-ca-nhan-xa-ntm' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-co-thi-dua-xa-dat-chuan-truoc-2021', codes: ['eligibility.recognition-period'], exit: 1,
    vi: 'Đề nghị Cờ thi đua cho xã Bản Bo, đạt chuẩn NTM năm 2016, trước giai đoạn 2021-2025 của kế hoạch.',
    en: 'The Cờ thi đua proposed for Bản Bo, which reached NTM in 2016, before the plan\'s 2021-2025 period.',
    make: (d) => {
      d.collectives.splice(1, 0, kitOf(d, 'loi-co-thi-dua-xa-dat-chuan-truoc-2021').commune({ commune: 'Bản Bo', form: FORMS.coTinh, basis: 'co-xa-ntm' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-xa-no-dong-xdcb', codes: ['eligibility.xdcb-debt'], exit: 1,
    vi: 'Xã Nùng Nàng được đề nghị Cờ thi đua nhưng sheet `Xã` ghi còn nợ đọng XDCB 350 triệu đồng.',
    en: 'Nùng Nàng is proposed for the Cờ thi đua but sheet `Xã` shows 350 triệu of unpaid construction debt.',
    make: (d) => { commune(d, 'Nùng Nàng').debt = 350; return dossier(d); },
  },
  {
    slug: 'canh-bao-xa-nhieu-tieu-chi-con-no-xdcb', codes: ['eligibility.xdcb-debt'], exit: 0,
    vi: 'Xã Khun Há (nhiều tiêu chí nhất) còn nợ XDCB 45 triệu; V.2.c không nhắc lại điều kiện này (suy từ IV.3) nên chỉ cảnh báo.',
    en: 'Khun Há (the top-gain commune) owes 45 triệu; V.2.c does not repeat the no-debt rule (inferred from IV.3), so a warning.',
    make: (d) => { commune(d, 'Khun Há').debt = 45; return dossier(d); },
  },
  {
    slug: 'loi-dong-gop-duoi-50-trieu', codes: ['eligibility.contribution'], exit: 1,
    vi: 'Cá nhân bản Lản Nhì Thàng đề nghị theo căn cứ đóng góp nhưng chỉ đóng góp 35 triệu đồng (cần từ 50 triệu hoặc OCOP từ 3 sao).',
    en: 'A Bản Lản Nhì Thàng donor proposed under the contribution basis with only 35 triệu (50 triệu or a 3-star OCOP product needed).',
    make: (d) => { setContribution(person(d, 'Sơn Bình', 'Nông dân'), 35); return dossier(d); },
  },
  {
    slug: 'loi-xa-khong-nhieu-tieu-chi-nhat', codes: ['eligibility.top-criteria'], exit: 1,
    vi: 'Khun Há được đề nghị là xã hoàn thành nhiều tiêu chí nhất (14 lên 15, +1), nhưng Nùng Nàng tăng 2 tiêu chí (17 lên 19).',
    en: 'Khun Há proposed as the top-gain commune (14 to 15, +1) while Nùng Nàng gained 2 (17 to 19).',
    make: (d) => {
      commune(d, 'Khun Há').criteriaPrev = 14;
      const c = collective(d, 'Đảng bộ, chính quyền và Nhân dân xã Khun Há');
      c.summary = c.summary.replace('thêm 3 tiêu chí (từ 12 lên 15', 'thêm 1 tiêu chí (từ 14 lên 15');
      return dossier(d);
    },
  },
  {
    slug: 'loi-huyen-chua-dat-chuan', codes: ['eligibility.district-level'], exit: 1,
    vi: 'Phó Trưởng phòng NN&PTNT đề nghị theo căn cứ cá nhân của huyện đạt chuẩn NTM, nhưng huyện Tam Đường "Chưa đạt".',
    en: 'A deputy head of the agriculture office proposed under the basis for persons of an NTM district, but Tam Đường is "Chưa đạt".',
    make: (d) => {
      d.individuals.push(kitOf(d, 'loi-huyen-chua-dat-chuan').person({ role: 'can-bo-huyen', title: 'Phó Trưởng phòng Nông nghiệp và PTNT',
        office: 'Phòng Nông nghiệp và Phát triển nông thôn', group: 'thai', gender: 'Nữ', form: BK, basis: 'bk-ca-nhan-huyen-ntm' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-vuot-han-muc-ca-nhan-moi-xa', codes: ['quota.exceeded'], exit: 1,
    vi: 'Xã Nùng Nàng có 6 cá nhân đề nghị theo căn cứ cá nhân của xã đạt chuẩn (tối đa 05 mỗi xã).',
    en: 'Six persons of Nùng Nàng proposed under the NTM-commune basis (at most 5 per commune).',
    make: (d) => {
      const p = kitOf(d, 'loi-vuot-han-muc-ca-nhan-moi-xa').person({ role: 'chu-tich-hoi-nd', commune: 'Nùng Nàng', group: 'hmong', gender: 'Nam', form: BK, basis: 'bk-ca-nhan-xa-ntm' });
      d.individuals.splice(5, 0, p);
      return dossier(d);
    },
  },
  {
    slug: 'loi-vuot-han-muc-ca-nhan-huyen', codes: ['quota.exceeded'], exit: 1,
    vi: 'Giả định huyện đã đạt chuẩn NTM (2022): đề nghị 21 cá nhân theo căn cứ cá nhân của huyện đạt chuẩn (5 cấp tỉnh quản lý, 16 cấp huyện; tối đa 20).',
    en: 'With the district taken as NTM (2022): 21 persons under the NTM-district basis (5 province-managed, 16 district-managed; at most 20).',
    make: (d) => dossier(districtNominees(d, 'loi-vuot-han-muc-ca-nhan-huyen', 5, 16)),
  },
  {
    slug: 'loi-vuot-han-muc-can-bo-tinh-quan-ly', codes: ['quota.exceeded'], exit: 1,
    vi: 'Giả định huyện đã đạt chuẩn NTM (2022): 14 cá nhân theo căn cứ của huyện, trong đó 6 người cấp tỉnh quản lý (tối đa 05 cấp tỉnh, 15 cấp huyện).',
    en: 'With the district taken as NTM (2022): 14 persons under the NTM-district basis, 6 of them province-managed (at most 5 province, 15 district).',
    make: (d) => dossier(districtNominees(d, 'loi-vuot-han-muc-can-bo-tinh-quan-ly', 6, 8)),
  },
  {
    slug: 'loi-vuot-han-muc-ho-moi-ban', codes: ['quota.exceeded'], exit: 1,
    vi: 'Hai hộ gia đình cùng bản Hồ Pên (xã Tả Lèng) đề nghị Bằng khen hộ tiêu biểu (mỗi bản 01 hộ).',
    en: 'Two households of Bản Hồ Pên (Tả Lèng) proposed as model households (one per village).',
    make: (d) => {
      const h = kitOf(d, 'loi-vuot-han-muc-ho-moi-ban').person({ role: 'ho-gia-dinh', commune: 'Tả Lèng', village: 'Bản Hồ Pên', group: 'dao', gender: 'Nữ', form: BK, basis: 'bk-ho-gia-dinh' });
      d.individuals.splice(d.individuals.indexOf(person(d, 'Tả Lèng', 'Chủ hộ')) + 1, 0, h);
      return dossier(d);
    },
  },
  {
    slug: 'loi-vuot-han-muc-tham-muu-so-ket', codes: ['quota.exceeded'], exit: 1,
    vi: 'Hồ sơ sơ kết 2023: UBND huyện đề nghị 3 cá nhân của Phòng Nông nghiệp và PTNT tiêu biểu tham mưu, chỉ đạo (`bk-tham-muu`; mỗi đơn vị tối đa 02).',
    en: 'Mid-term review 2023 dossier: the district proposes 3 advisers of one office under `bk-tham-muu` (at most 2 per unit).',
    make: (d) => {
      Object.assign(d.info, { year: 2023, round: 'Sơ kết 2023', registeredOn: day(10, 1, 2023) });
      redate(d, day(10, 1, 2024));
      retitle(d, [['NĂM 2022', 'GIAI ĐOẠN 2021-2023'], ['NÔNG THÔN MỚI GIAI ĐOẠN 2021-2023', 'NÔNG THÔN MỚI NĂM 2023']]);
      const k = kitOf(d, 'loi-vuot-han-muc-tham-muu-so-ket');
      // Three from one office: the quota counts each office (đơn vị) the advisers work in.
      const office = 'Phòng Nông nghiệp và Phát triển nông thôn';
      const advisers = [['Trưởng phòng Nông nghiệp và PTNT', office, 'kinh', 'Nam'],
        ['Phó Trưởng phòng Nông nghiệp và PTNT', office, 'thai', 'Nam'],
        ['Chuyên viên Phòng Nông nghiệp và PTNT', office, 'kinh', 'Nữ']];
      for (const [title, office, group, gender] of advisers) d.individuals.push(k.person({ role: 'can-bo-huyen', title, office, group, gender, form: BK, basis: 'bk-tham-muu' }));
      return dossier(d);
    },
  },
  {
    slug: 'loi-hai-xa-nhieu-tieu-chi-nhat', codes: ['quota.exceeded'], exit: 1,
    vi: 'Khun Há và Giang Ma cùng tăng 3 tiêu chí, cả hai được đề nghị là xã hoàn thành nhiều tiêu chí nhất (mỗi huyện 01 xã mỗi năm).',
    en: 'Khun Há and Giang Ma both gained 3 criteria and both are proposed as the top-gain commune (one per district per year).',
    make: (d) => {
      Object.assign(commune(d, 'Giang Ma'), { criteriaPrev: 14, debt: 0 });
      const c = kitOf(d, 'loi-hai-xa-nhieu-tieu-chi-nhat').commune({ commune: 'Giang Ma', form: BK, basis: 'bk-xa-nhieu-tieu-chi', kind: 'xa-top' });
      d.collectives.splice(2, 0, c);
      return dossier(d);
    },
  },
  {
    files: ['batch-bo-sung/tam-duong-2022.xlsx', 'batch-bo-sung/tam-duong-2022-bo-sung.xlsx'], codes: ['quota.exceeded'], exit: 1,
    vi: 'Hồ sơ chính (5 cá nhân xã Nùng Nàng) và tờ trình bổ sung 21/TTr-UBND thêm 1 cá nhân Nùng Nàng: mỗi tệp tự hợp lệ, cộng lại vượt 05 người mỗi xã.',
    en: 'The main dossier (5 Nùng Nàng persons) and supplementary submission 21/TTr-UBND with one more: each valid alone, together over 5 per commune.',
    make: (d) => {
      const extra = tamDuong2022();
      const p = kitOf(d, 'batch-bo-sung').person({ role: 'chu-tich-hoi-nd', commune: 'Nùng Nàng', group: 'hmong', gender: 'Nữ', form: BK, basis: 'bk-ca-nhan-xa-ntm' });
      extra.info.docNo = '21/TTr-UBND';
      retitle(extra, [['08/TTr-UBND', '21/TTr-UBND']]);
      redate(extra, day(14, 1, 2023));
      Object.assign(extra, { collectives: [], individuals: [p] });
      return [dossier(d), dossier(extra)];
    },
  },
  {
    slug: 'loi-trinh-qua-han', codes: ['deadline.late'], exit: 1,
    vi: '`Ngày trình` 20/01/2023; huyện phải trình trước ngày 15/01 năm sau năm thành tích (V.4.b).',
    en: '`Ngày trình` 20/01/2023; a district must submit before 15/01 of the following year (V.4.b).',
    make: (d) => { redate(d, day(20, 1, 2023)); return dossier(d); },
  },
  {
    slug: 'canh-bao-trinh-dung-ngay-15-01', codes: ['deadline.late'], exit: 0,
    vi: 'Trình đúng ngày 15/01/2023: "trước ngày 15/01" hiểu là ngày 15 đã muộn, nhưng đó là cách hiểu suy ra nên chỉ cảnh báo.',
    en: 'Submitted on 15/01/2023 itself: "trước ngày 15/01" read as the day itself being late is an inference, so a warning.',
    make: (d) => { redate(d, day(15, 1, 2023)); return dossier(d); },
  },
  {
    slug: 'loi-chua-ghi-ngay-trinh', codes: ['deadline.late'], exit: 1, asOf: '2023-01-18',
    vi: 'Bỏ trống `Ngày trình`; kiểm tra với `--as-of 2023-01-18` nên tính là trình ngày 18/01/2023, quá hạn.',
    en: '`Ngày trình` left empty; checked with `--as-of 2023-01-18`, so taken as submitted on 18/01/2023: late.',
    make: (d) => { redate(d, undefined, 2023); return dossier(d); },
  },
  {
    slug: 'loi-dang-ky-thi-dua-qua-han', codes: ['deadline.registration'], exit: 1,
    vi: '`Ngày đăng ký thi đua` 20/01/2022; phải đăng ký trước ngày 15/01 của năm thành tích (V.3).',
    en: '`Ngày đăng ký thi đua` 20/01/2022; registration is due before 15/01 of the achievement year (V.3).',
    make: (d) => { d.info.registeredOn = day(20, 1, 2022); return dossier(d); },
  },
  {
    slug: 'canh-bao-chua-ghi-ngay-dang-ky', codes: ['deadline.registration'], exit: 0,
    vi: 'Bỏ trống `Ngày đăng ký thi đua`: không kiểm tra được hạn đăng ký (V.3), chỉ cảnh báo.',
    en: '`Ngày đăng ký thi đua` left empty: the registration deadline (V.3) cannot be checked, a warning.',
    make: (d) => { d.info.registeredOn = undefined; return dossier(d); },
  },
];
