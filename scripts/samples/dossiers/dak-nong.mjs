/**
 * Đắk Nông plan (Quyết định 137/QĐ-UBND, 13/7/2022): huyện Đắk Mil at the
 * `Sơ kết 2023` round, the only kind of round (with Tổng kết 2025) at which Bằng
 * khen of the provincial chairman is given (V.2.b). Communes proposed have met "4
 * tại chỗ" with no XDCB debt; villages (thôn, bon) proposed are in a border or ĐBKK
 * commune.
 */
import { createRng } from '../rng.mjs';
import { buildCommunes } from '../communes.mjs';
import { createKit, makeDossier } from '../build.mjs';
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';

const YEAR = 2023;
const BK = FORMS.bkTinh;
const GK = FORMS.gkHuyen;

/** Huyện Đắk Mil, sơ kết 2023. */
export function dakMil2023() {
  const rng = createRng('dak-nong/dak-mil-2023');
  const communes = buildCommunes(rng, 'dak-mil-2023', { fourOnSite: true });
  const groups = { 'Đắk Gằn': ['kinh', 'mnong', 'tay'], 'Thuận An': ['kinh', 'mnong'], "Đắk N'Drót": ['mnong', 'tay'], 'Đức Mạnh': ['kinh'] };
  const k = createKit({ rng, districtKey: 'dak-mil-2023', province: 'Đắk Nông', district: 'Đắk Mil', year: YEAR, groups, communes });

  const collectives = [
    k.commune({ commune: 'Đắk Gằn', form: BK, basis: 'xa-ntm' }),
    k.commune({ commune: 'Đức Mạnh', form: BK, basis: 'xa-ntm', kind: 'xa-nang-cao' }),
    k.village({ commune: 'Thuận An', village: 'Bon Bu Đắk', form: BK, basis: 'thon-ntm', recognized: YEAR }),
    k.village({ commune: "Đắk N'Drót", village: 'Bon Đắk Krai', form: GK, basis: 'thon-ntm', recognized: YEAR }),
    k.org({ name: 'Hợp tác xã Cà phê Thuận An Xanh', type: 'Hợp tác xã', commune: 'Thuận An', form: BK, basis: 'dn-htx', kind: 'htx', product: 'cà phê Robusta', ocop: 3, contribution: 110 }),
    k.org({ name: 'Công ty TNHH MTV Nông sản Đức Lập', type: 'Doanh nghiệp', commune: 'Đức Mạnh', form: GK, basis: 'dn-htx', kind: 'htx', product: 'hồ tiêu', ocop: 3, contribution: 350 }),
  ];

  const individuals = [
    k.person({ role: 'can-bo-huyen', title: 'Trưởng phòng Nông nghiệp và PTNT', office: 'Phòng Nông nghiệp và Phát triển nông thôn', group: 'kinh', gender: 'Nam', birthProvince: 'Nghệ An', form: BK, basis: 'ca-nhan-can-bo' }),
    k.person({ role: 'chu-tich-xa', commune: 'Đắk Gằn', group: 'kinh', gender: 'Nam', form: BK, basis: 'ca-nhan-can-bo', history: '2022: Giấy khen của Chủ tịch UBND huyện' }),
    k.person({ role: 'cong-chuc-dia-chinh', commune: 'Đắk Gằn', group: 'tay', gender: 'Nữ', form: GK, basis: 'ca-nhan-can-bo' }),
    k.person({ role: 'nong-dan', commune: 'Đắk Gằn', village: 'Bon Đắk Gằn', group: 'mnong', gender: 'Nam', form: BK, basis: 'ca-nhan-lao-dong', contribution: 80, kind: 'dong-gop' }),
    k.person({ role: 'truong-thon', commune: 'Đắk Gằn', village: 'Thôn Đắk Hà', group: 'kinh', gender: 'Nam', form: GK, basis: 'ca-nhan-lao-dong' }),
    k.person({ role: 'ho-gia-dinh', commune: 'Đắk Gằn', village: 'Thôn Tân Lập', group: 'tay', gender: 'Nữ', form: GK, basis: 'doi-tuong-khac' }),
    k.person({ role: 'pho-chu-tich-xa', commune: 'Đức Mạnh', group: 'kinh', gender: 'Nữ', form: GK, basis: 'ca-nhan-can-bo' }),
    k.person({ role: 'nong-dan', commune: 'Đức Mạnh', village: 'Thôn Đức Lộc', group: 'kinh', gender: 'Nam', form: BK, basis: 'ca-nhan-lao-dong', contribution: 150, kind: 'dong-gop' }),
    k.person({ role: 'truong-thon', commune: 'Thuận An', village: 'Bon Bu Đắk', group: 'mnong', gender: 'Nam', form: BK, basis: 'ca-nhan-lao-dong' }),
    k.person({ role: 'thanh-vien-htx', commune: 'Thuận An', village: 'Thôn Thuận Hạnh', coop: 'Hợp tác xã Cà phê Thuận An Xanh', group: 'kinh', gender: 'Nữ', form: GK, basis: 'ca-nhan-lao-dong' }),
    k.person({ role: 'nong-dan', commune: "Đắk N'Drót", village: 'Bon Đắk Krai', group: 'mnong', gender: 'Nữ', form: GK, basis: 'ca-nhan-lao-dong' }),
    k.person({ role: 'doanh-nhan', group: 'kinh', gender: 'Nam', birthProvince: 'Nam Định', form: BK, basis: 'doi-tuong-khac', contribution: 400,
      company: 'Công ty TNHH Thương mại Dịch vụ Đắk Mil Xanh', companyPlace: 'thị trấn Đắk Mil, huyện Đắk Mil' }),
  ];

  const info = {
    province: 'Đắk Nông', district: 'Đắk Mil', unit: 'UBND huyện Đắk Mil', unitLevel: 'Huyện', year: YEAR, round: 'Sơ kết 2023',
    submittedOn: day(20, 10, YEAR), docNo: '195/TTr-UBND', districtLevel: 'Chưa đạt', districtDebt: 0, districtFourOnSite: true,
    signer: 'Trần Quang Huy', signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
  };
  return makeDossier({
    info,
    movement: 'Sơ kết phong trào thi đua "Đắk Nông chung sức xây dựng nông thôn mới" giai đoạn 2021-2023',
    hide: { communes: ['gardens'], collectives: ['content'], individuals: ['content', 'mgmtLevel'] },
    communes, collectives, individuals,
  });
}
