/**
 * Lai Châu plan (Kế hoạch …/KH-UBND 2022): district dossiers for the 2022 awards,
 * sent by the district to UBND tỉnh before 15/01/2023, registered before 15/01/2022.
 * Every nomination keeps to plan V.2: Cờ thi đua once for a commune recognised in
 * 2022; Bằng khen for the district's top-gain commune, villages and households that
 * reached NTM, contributors ≥ 100 / ≥ 50 triệu or OCOP ≥ 3 sao, and ≤ 5 individuals
 * of a commune that reached NTM.
 */
import { createRng } from '../rng.mjs';
import { buildCommunes } from '../communes.mjs';
import { createKit, makeDossier } from '../build.mjs';
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';

const PROVINCE = 'Lai Châu';
const YEAR = 2022;
const MOVEMENT = `Phong trào thi đua "Lai Châu chung sức xây dựng nông thôn mới" năm ${YEAR}`;
const BK = FORMS.bkTinh;
const GK_BEFORE = `${YEAR - 1}: Giấy khen của Chủ tịch UBND huyện`;
const HIDE = { communes: ['fourOnSite', 'gardens'], collectives: ['content'], individuals: ['content'] };

/** The businessman who gives to both districts: the cross-workbook duplicate of the batch sample. */
export const SHARED_DONOR = {
  name: 'Đỗ Mạnh Cường', gender: 'Nam', birthYear: 1976, id: '034076015823',
  position: 'Giám đốc Công ty TNHH Xây dựng và Thương mại Hoàng Long',
  address: 'Công ty TNHH Xây dựng và Thương mại Hoàng Long, phường Tân Phong, thành phố Lai Châu',
  subject: 'Doanh nhân, trí thức, nhà khoa học', form: BK, basis: 'bk-ca-nhan-dong-gop',
};

function info(district, docNo, submittedOn, registeredOn, signer) {
  return {
    province: PROVINCE, district, unit: `UBND huyện ${district}`, unitLevel: 'Huyện', year: YEAR, round: 'Hằng năm',
    submittedOn, registeredOn, docNo, districtLevel: 'Chưa đạt', districtDebt: 0,
    signer, signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  };
}

/** Huyện Tam Đường, achievements of 2022. */
export function tamDuong2022({ withSharedDonor = false, taken = new Set([SHARED_DONOR.name]) } = {}) {
  const rng = createRng('lai-chau/tam-duong-2022');
  const communes = buildCommunes(rng, 'tam-duong-2022');
  const groups = {
    'Nùng Nàng': ['hmong', 'dao'], 'Tả Lèng': ['hmong', 'dao'], 'Khun Há': ['hmong'], 'Bản Bo': ['thai', 'kinh'],
    'Bình Lư': ['thai', 'kinh'], 'Sơn Bình': ['kinh', 'thai'], 'Hồ Thầu': ['dao', 'hmong'],
  };
  const k = createKit({ rng, districtKey: 'tam-duong-2022', province: PROVINCE, district: 'Tam Đường', year: YEAR, groups, communes, taken });
  const xaNtm = { form: BK, basis: 'bk-ca-nhan-xa-ntm' };

  const collectives = [
    k.commune({ commune: 'Nùng Nàng', form: FORMS.coTinh, basis: 'co-xa-ntm' }),
    k.commune({ commune: 'Khun Há', form: BK, basis: 'bk-xa-nhieu-tieu-chi', kind: 'xa-top' }),
    k.village({ commune: 'Nùng Nàng', village: 'Bản Phiêng Phát', form: BK, basis: 'bk-thon-ntm', recognized: YEAR }),
    k.village({ commune: 'Tả Lèng', village: 'Bản Hồ Pên', form: BK, basis: 'bk-thon-ntm', recognized: YEAR }),
    k.org({ name: 'Hợp tác xã Chè Bản Bo', type: 'Hợp tác xã', commune: 'Bản Bo', form: BK, basis: 'bk-tap-the-dong-gop', kind: 'htx', product: 'chè búp tươi', ocop: 3, contribution: 120 }),
    k.org({ name: 'Công ty TNHH Nông nghiệp Xanh Tam Đường', type: 'Doanh nghiệp', commune: 'Bình Lư', form: BK, basis: 'bk-tap-the-dong-gop', kind: 'dn', product: 'mắc ca', contribution: 250 }),
  ];

  const individuals = [
    k.person({ role: 'chu-tich-xa', commune: 'Nùng Nàng', group: 'hmong', gender: 'Nam', ...xaNtm, history: GK_BEFORE }),
    k.person({ role: 'cong-chuc-dia-chinh', commune: 'Nùng Nàng', group: 'kinh', gender: 'Nữ', ...xaNtm }),
    k.person({ role: 'truong-thon', commune: 'Nùng Nàng', village: 'Bản Phiêng Phát', group: 'hmong', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'bi-thu-chi-bo', commune: 'Nùng Nàng', village: 'Bản Nùng Nàng', group: 'dao', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'nong-dan', commune: 'Nùng Nàng', village: 'Bản Cò Lá', group: 'hmong', gender: 'Nữ', ...xaNtm }),
    k.person({ role: 'pho-chu-tich-xa', commune: 'Tả Lèng', group: 'dao', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'cong-chuc-vhxh', commune: 'Tả Lèng', group: 'hmong', gender: 'Nữ', ...xaNtm, history: GK_BEFORE }),
    k.person({ role: 'chu-tich-hoi-nd', commune: 'Tả Lèng', group: 'dao', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'ho-gia-dinh', commune: 'Tả Lèng', village: 'Bản Hồ Pên', group: 'dao', gender: 'Nam', form: BK, basis: 'bk-ho-gia-dinh' }),
    k.person({ role: 'ho-gia-dinh', commune: 'Bản Bo', village: 'Bản Nà Đon', group: 'thai', gender: 'Nữ', form: BK, basis: 'bk-ho-gia-dinh' }),
    k.person({ role: 'ho-gia-dinh', commune: 'Bình Lư', village: 'Bản Nà Cơ', group: 'thai', gender: 'Nam', form: BK, basis: 'bk-ho-gia-dinh' }),
    k.person({ role: 'dong-gop', commune: 'Bản Bo', village: 'Bản Chăn Nuôi', group: 'thai', gender: 'Nam', form: BK, basis: 'bk-ca-nhan-dong-gop', contribution: 85 }),
    k.person({ role: 'dong-gop', commune: 'Sơn Bình', village: 'Bản Lản Nhì Thàng', group: 'kinh', gender: 'Nữ', form: BK, basis: 'bk-ca-nhan-dong-gop', contribution: 60 }),
    k.person({ role: 'doanh-nhan', group: 'kinh', gender: 'Nữ', birthProvince: 'Nam Định', form: BK, basis: 'bk-ca-nhan-dong-gop', contribution: 150,
      company: 'Công ty Cổ phần Vật liệu xây dựng Bình Lư', companyPlace: 'xã Bình Lư, huyện Tam Đường' }),
  ];
  if (withSharedDonor) individuals.push({ ...SHARED_DONOR, contribution: 180, summary: 'Ủng hộ 180 triệu đồng xi măng, sắt thép để bê tông hóa 3,2 km đường nội bản tại các xã Nùng Nàng, Tả Lèng.' });

  return makeDossier({
    info: info('Tam Đường', '08/TTr-UBND', day(12, 1, YEAR + 1), day(10, 1, YEAR), 'Hoàng Văn Thịnh'),
    movement: MOVEMENT, hide: HIDE, communes, collectives, individuals,
  });
}

/** Huyện Tân Uyên, achievements of 2022. */
export function tanUyen2022({ withSharedDonor = false, taken = new Set([SHARED_DONOR.name]) } = {}) {
  const rng = createRng('lai-chau/tan-uyen-2022');
  const communes = buildCommunes(rng, 'tan-uyen-2022');
  const groups = { 'Nậm Cần': ['thai', 'hmong'], 'Pắc Ta': ['thai', 'kinh'], 'Hố Mít': ['hmong', 'dao'], 'Mường Khoa': ['thai'], 'Phúc Khoa': ['thai', 'kinh'] };
  const k = createKit({ rng, districtKey: 'tan-uyen-2022', province: PROVINCE, district: 'Tân Uyên', year: YEAR, groups, communes, taken });
  const xaNtm = { form: BK, basis: 'bk-ca-nhan-xa-ntm' };

  const collectives = [
    k.commune({ commune: 'Nậm Cần', form: FORMS.coTinh, basis: 'co-xa-ntm' }),
    k.commune({ commune: 'Hố Mít', form: BK, basis: 'bk-xa-nhieu-tieu-chi', kind: 'xa-top' }),
    k.village({ commune: 'Nậm Cần', village: 'Bản Nậm Bon', form: BK, basis: 'bk-thon-ntm', recognized: YEAR }),
    k.org({ name: 'Hợp tác xã Chè Thân Thuộc', type: 'Hợp tác xã', commune: 'Thân Thuộc', form: BK, basis: 'bk-tap-the-dong-gop', kind: 'htx', product: 'chè Ô long', ocop: 4, contribution: 150 }),
    k.org({ name: 'Công ty Cổ phần Thủy điện Hố Mít', type: 'Doanh nghiệp', commune: 'Hố Mít', form: BK, basis: 'bk-tap-the-dong-gop', kind: 'dn', product: 'chè', contribution: 1250 }),
  ];

  const individuals = [
    k.person({ role: 'chu-tich-xa', commune: 'Nậm Cần', group: 'thai', gender: 'Nam', ...xaNtm, history: GK_BEFORE }),
    k.person({ role: 'cong-chuc-dia-chinh', commune: 'Nậm Cần', group: 'kinh', gender: 'Nữ', ...xaNtm }),
    k.person({ role: 'truong-thon', commune: 'Nậm Cần', village: 'Bản Nậm Cần', group: 'thai', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'nong-dan', commune: 'Nậm Cần', village: 'Bản Sân Bay', group: 'hmong', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'chu-tich-hoi-nd', commune: 'Nậm Cần', group: 'thai', gender: 'Nữ', ...xaNtm }),
    k.person({ role: 'bi-thu-xa', commune: 'Pắc Ta', group: 'thai', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'cong-chuc-vhxh', commune: 'Pắc Ta', group: 'kinh', gender: 'Nữ', ...xaNtm, history: GK_BEFORE }),
    k.person({ role: 'truong-thon', commune: 'Pắc Ta', village: 'Bản Nà Phát', group: 'thai', gender: 'Nam', ...xaNtm }),
    k.person({ role: 'ho-gia-dinh', commune: 'Mường Khoa', village: 'Bản Nà Bó', group: 'thai', gender: 'Nam', form: BK, basis: 'bk-ho-gia-dinh' }),
    k.person({ role: 'ho-gia-dinh', commune: 'Phúc Khoa', village: 'Bản Nà Khoang', group: 'thai', gender: 'Nữ', form: BK, basis: 'bk-ho-gia-dinh' }),
    k.person({ role: 'dong-gop', commune: 'Trung Đồng', village: 'Bản Phiêng Lúc', group: 'kinh', gender: 'Nam', form: BK, basis: 'bk-ca-nhan-dong-gop', contribution: 120.5 }),
    k.person({ role: 'dong-gop', commune: 'Thân Thuộc', village: 'Bản Hô Ta', group: 'thai', gender: 'Nữ', form: BK, basis: 'bk-ca-nhan-dong-gop', contribution: 60 }),
    k.person({ role: 'thanh-vien-htx', commune: 'Thân Thuộc', village: 'Bản Nà Cóc', group: 'thai', gender: 'Nữ', coop: 'Hợp tác xã Chè Thân Thuộc',
      form: BK, basis: 'bk-ca-nhan-dong-gop', ocop: 3, contribution: 55,
      summary: 'Trực tiếp xây dựng sản phẩm chè Ô long Thân Thuộc đạt OCOP 3 sao; chuyển giao kỹ thuật trồng chè VietGAP cho 45 hộ, giá trị hỗ trợ 55 triệu đồng.' }),
  ];
  if (withSharedDonor) individuals.push({ ...SHARED_DONOR, contribution: 150, summary: 'Tài trợ 150 triệu đồng xây dựng nhà văn hóa bản Nậm Bon và 2 cầu treo dân sinh tại xã Nậm Cần.' });

  return makeDossier({
    info: info('Tân Uyên', '15/TTr-UBND', day(11, 1, YEAR + 1), day(12, 1, YEAR), 'Lường Văn Toản'),
    movement: MOVEMENT, hide: HIDE, communes, collectives, individuals,
  });
}
