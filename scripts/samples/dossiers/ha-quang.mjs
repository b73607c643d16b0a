/**
 * Hà Quảng plan (Kế hoạch 3254/KH-UBND, 03/11/2022): huyện Hà Quảng (Cao Bằng),
 * the yearly round for 2023. Trường Hà reached NTM in 2023 as the plan schedules;
 * the hamlets (xóm) proposed are in communes that are both ĐBKK and on the border;
 * an `OCOP` sheet lists the products recognised. Giấy khen rows use the alias
 * "Giấy khen huyện", as officers often type it.
 */
import { createRng } from '../rng.mjs';
import { buildCommunes } from '../communes.mjs';
import { createKit, makeDossier } from '../build.mjs';
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';

const YEAR = 2023;
const BK = FORMS.bkTinh;
const GK = 'Giấy khen huyện';

const OCOP = [
  { product: 'Gạo nếp cẩm Sóc Hà', owner: 'Hợp tác xã Nông nghiệp Sóc Hà', commune: 'Sóc Hà', stars: 3, level: 'Tỉnh', recognized: 2023 },
  { product: 'Chè Giảo cổ lam Trường Hà', owner: 'Hợp tác xã Dịch vụ Nông nghiệp Trường Hà', commune: 'Trường Hà', stars: 3, level: 'Tỉnh', recognized: 2023 },
  { product: 'Lạp sườn hun khói Lương Can', owner: 'Hộ kinh doanh Nông Thị Xuyến', commune: 'Lương Can', stars: 3, level: 'Tỉnh', recognized: 2022 },
  { product: 'Rượu ngô men lá Đa Thông', owner: 'Tổ hợp tác Rượu men lá Đa Thông', commune: 'Đa Thông', stars: 2, level: 'Huyện', recognized: 2023 },
  { product: 'Miến dong Cần Yên', owner: 'Hợp tác xã Miến dong Cần Yên', commune: 'Cần Yên', stars: 2, level: 'Huyện', recognized: 2023 },
];

/** Huyện Hà Quảng, hằng năm 2023. */
export function haQuang2023() {
  const rng = createRng('ha-quang/ha-quang-2023');
  const communes = buildCommunes(rng, 'ha-quang-2023');
  const groups = { 'Trường Hà': ['tay', 'tay', 'kinh'], 'Quý Quân': ['tay'], 'Đa Thông': ['tay', 'hmong'], 'Cần Yên': ['dao', 'tay'], 'Lương Can': ['tay'], 'Nội Thôn': ['tay'] };
  const k = createKit({ rng, districtKey: 'ha-quang-2023', province: 'Cao Bằng', district: 'Hà Quảng', year: YEAR, groups, defaultGroups: ['tay', 'kinh'], communes });
  const canBo = (form) => ({ form, basis: 'ca-nhan-can-bo' });
  const laoDong = (form) => ({ form, basis: 'ca-nhan-lao-dong' });

  const collectives = [
    k.commune({ commune: 'Trường Hà', form: BK, basis: 'xa-ntm' }),
    k.village({ commune: 'Trường Hà', village: 'Xóm Pác Bó', form: BK, basis: 'xom-ntm', recognized: YEAR }),
    k.village({ commune: 'Nội Thôn', village: 'Xóm Nà Lẹng', form: GK, basis: 'xom-ntm', recognized: YEAR }),
    k.village({ commune: 'Lũng Nặm', village: 'Xóm Lũng Rì', form: GK, basis: 'xom-ntm', recognized: YEAR }),
    k.org({ name: 'Hợp tác xã Nông nghiệp Sóc Hà', type: 'Hợp tác xã', commune: 'Sóc Hà', form: GK, basis: 'dn-htx', kind: 'htx', product: 'lúa nếp cẩm', ocop: 3, contribution: 60 }),
    k.org({ name: 'Hợp tác xã Dịch vụ Nông nghiệp Trường Hà', type: 'Hợp tác xã', commune: 'Trường Hà', form: BK, basis: 'dn-htx', kind: 'htx', product: 'chè Giảo cổ lam', ocop: 3, contribution: 90 }),
  ];

  const individuals = [
    k.person({ role: 'chu-tich-xa', commune: 'Trường Hà', group: 'tay', gender: 'Nam', ...canBo(BK), history: '2022: Giấy khen của Chủ tịch UBND huyện' }),
    k.person({ role: 'cong-chuc-dia-chinh', commune: 'Trường Hà', group: 'tay', gender: 'Nữ', ...canBo(GK) }),
    k.person({ role: 'truong-thon', commune: 'Trường Hà', village: 'Xóm Nặm Lìn', group: 'tay', gender: 'Nam', ...laoDong(GK) }),
    k.person({ role: 'nong-dan', commune: 'Trường Hà', village: 'Xóm Pác Bó', group: 'tay', gender: 'Nữ', ...laoDong(GK), contribution: 25, kind: 'dong-gop' }),
    k.person({ role: 'ho-gia-dinh', commune: 'Trường Hà', village: 'Xóm Nà Mạ', group: 'tay', gender: 'Nam', form: GK, basis: 'doi-tuong-khac' }),
    k.person({ role: 'cong-chuc-nong-nghiep', commune: 'Quý Quân', group: 'tay', gender: 'Nam', ...canBo(GK) }),
    k.person({ role: 'nong-dan', commune: 'Quý Quân', village: 'Xóm Nà Mò', group: 'tay', gender: 'Nữ', ...laoDong(GK) }),
    k.person({ role: 'chu-tich-xa', commune: 'Đa Thông', group: 'tay', gender: 'Nam', ...canBo(GK) }),
    k.person({ role: 'nong-dan', commune: 'Đa Thông', village: 'Xóm Đông Sy', group: 'hmong', gender: 'Nam', ...laoDong(GK), contribution: 30, kind: 'dong-gop' }),
    k.person({ role: 'nong-dan', commune: 'Cần Yên', village: 'Xóm Cốc Lùng', group: 'dao', gender: 'Nữ', ...laoDong(GK) }),
    k.person({ role: 'bi-thu-xa', commune: 'Lương Can', group: 'tay', gender: 'Nam', ...canBo(GK) }),
    k.person({ role: 'can-bo-huyen', title: 'Phó Trưởng phòng Nông nghiệp và PTNT', office: 'Phòng Nông nghiệp và Phát triển nông thôn', group: 'tay', gender: 'Nam', ...canBo(BK) }),
    k.person({ role: 'can-bo-huyen', title: 'Chuyên viên Văn phòng Điều phối nông thôn mới', office: 'Văn phòng Điều phối nông thôn mới', group: 'kinh', gender: 'Nữ', ...canBo(GK) }),
    k.person({ role: 'doanh-nhan', group: 'kinh', gender: 'Nam', form: BK, basis: 'doi-tuong-khac', contribution: 200,
      company: 'Công ty TNHH Xây dựng Thông Nông', companyPlace: 'thị trấn Thông Nông, huyện Hà Quảng' }),
  ];

  const info = {
    province: 'Cao Bằng', district: 'Hà Quảng', unit: 'UBND huyện Hà Quảng', unitLevel: 'Huyện', year: YEAR, round: 'Hằng năm',
    submittedOn: day(9, 1, YEAR + 1), docNo: '52/TTr-UBND', districtLevel: 'Chưa đạt', districtDebt: 0,
    signer: 'Nông Văn Khiêm', signerTitle: 'CHỦ TỊCH',
  };
  return makeDossier({
    info,
    movement: 'Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới" năm 2023',
    hide: { communes: ['fourOnSite', 'gardens'], collectives: ['content'], individuals: ['content', 'mgmtLevel'] },
    communes, collectives, individuals, ocop: OCOP,
  });
}
