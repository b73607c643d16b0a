/**
 * Tuyên Quang plan (Kế hoạch 118/KH-UBND, 20/6/2022): huyện Hàm Yên at the
 * `Sơ kết 2023` round. Communes proposed under `xa-ntm` are at Đạt chuẩn NTM / NTM
 * nâng cao, under `xa-kieu-mau` at NTM kiểu mẫu, all recognised 2021–2023 with no
 * XDCB debt; OCOP products of businesses are ≥ 3 sao.
 */
import { createRng } from '../rng.mjs';
import { buildCommunes } from '../communes.mjs';
import { createKit, makeDossier } from '../build.mjs';
import { FORMS } from '../columns.mjs';
import { day } from '../text.mjs';

const YEAR = 2023;
const BK = FORMS.bkTinh;

/** Huyện Hàm Yên, sơ kết 2023. */
export function hamYen2023() {
  const rng = createRng('tuyen-quang/ham-yen-2023');
  const communes = buildCommunes(rng, 'ham-yen-2023', { gardens: true });
  const groups = { 'Phù Lưu': ['tay', 'kinh'], 'Minh Dân': ['tay', 'dao'], 'Thái Sơn': ['kinh', 'tay'], 'Thành Long': ['kinh', 'dao'], 'Yên Phú': ['tay', 'kinh'] };
  const k = createKit({ rng, districtKey: 'ham-yen-2023', province: 'Tuyên Quang', district: 'Hàm Yên', year: YEAR, groups, communes });
  const canBo = { form: BK, basis: 'ca-nhan-can-bo' };
  const laoDong = { form: BK, basis: 'ca-nhan-lao-dong' };
  const before = '2021: Giấy khen của Chủ tịch UBND huyện';

  const collectives = [
    k.commune({ commune: 'Thái Sơn', form: BK, basis: 'xa-kieu-mau', kind: 'xa-kieu-mau' }),
    k.commune({ commune: 'Phù Lưu', form: BK, basis: 'xa-ntm' }),
    k.commune({ commune: 'Minh Dân', form: BK, basis: 'xa-ntm' }),
    k.commune({ commune: 'Thành Long', form: BK, basis: 'xa-ntm' }),
    k.village({ commune: 'Thái Sơn', village: 'Thôn Thác Cái', form: BK, basis: 'thon-ntm', recognized: 2022 }),
    k.village({ commune: 'Phù Lưu', village: 'Thôn Làng Chang', form: BK, basis: 'thon-ntm', recognized: YEAR }),
    k.org({ name: 'Hợp tác xã Cam sành Phù Lưu', type: 'Hợp tác xã', commune: 'Phù Lưu', form: BK, basis: 'dn-htx', kind: 'htx', product: 'cam sành', ocop: 4, contribution: 180 }),
    k.org({ name: 'Công ty TNHH Nông sản Thái Hòa', type: 'Doanh nghiệp', commune: 'Thái Hòa', form: BK, basis: 'dn-htx', kind: 'htx', product: 'chè xanh', ocop: 3, contribution: 300 }),
  ];

  const individuals = [
    k.person({ role: 'can-bo-huyen', title: 'Phó Trưởng phòng Nông nghiệp và PTNT', office: 'Phòng Nông nghiệp và Phát triển nông thôn', group: 'kinh', gender: 'Nam', ...canBo, history: before }),
    k.person({ role: 'can-bo-huyen', title: 'Chuyên viên Văn phòng Điều phối nông thôn mới huyện', office: 'Văn phòng Điều phối nông thôn mới', group: 'tay', gender: 'Nữ', ...canBo }),
    k.person({ role: 'chu-tich-xa', commune: 'Phù Lưu', group: 'tay', gender: 'Nam', ...canBo }),
    k.person({ role: 'cong-chuc-nong-nghiep', commune: 'Phù Lưu', group: 'kinh', gender: 'Nữ', ...canBo }),
    k.person({ role: 'nong-dan', commune: 'Phù Lưu', village: 'Thôn Ngòi Khương', group: 'tay', gender: 'Nam', ...laoDong, contribution: 70, kind: 'dong-gop' }),
    k.person({ role: 'truong-thon', commune: 'Phù Lưu', village: 'Thôn Làng Chang', group: 'tay', gender: 'Nam', ...laoDong }),
    k.person({ role: 'bi-thu-xa', commune: 'Minh Dân', group: 'tay', gender: 'Nữ', ...canBo, history: before }),
    k.person({ role: 'nong-dan', commune: 'Minh Dân', village: 'Thôn Khau Làng', group: 'dao', gender: 'Nam', ...laoDong, contribution: 55, kind: 'dong-gop' }),
    k.person({ role: 'chu-tich-xa', commune: 'Thái Sơn', group: 'kinh', gender: 'Nam', ...canBo }),
    k.person({ role: 'thanh-vien-htx', commune: 'Thái Sơn', village: 'Thôn Thái Bình', coop: 'Hợp tác xã Nông nghiệp Thái Sơn', group: 'tay', gender: 'Nữ', ...laoDong }),
    k.person({ role: 'ho-gia-dinh', commune: 'Thái Sơn', village: 'Thôn Cây Quýt', group: 'kinh', gender: 'Nam', form: BK, basis: 'doi-tuong-khac' }),
    k.person({ role: 'cong-chuc-dia-chinh', commune: 'Thành Long', group: 'kinh', gender: 'Nam', ...canBo }),
    k.person({ role: 'nong-dan', commune: 'Thành Long', village: 'Thôn Lục Khu', group: 'dao', gender: 'Nữ', ...laoDong }),
    k.person({ role: 'nong-dan', commune: 'Yên Phú', village: 'Thôn Yên Thịnh', group: 'tay', gender: 'Nam', ...laoDong, contribution: 120, kind: 'dong-gop' }),
    k.person({ role: 'doanh-nhan', group: 'kinh', gender: 'Nam', birthProvince: 'Thái Bình', form: BK, basis: 'doi-tuong-khac', contribution: 500,
      company: 'Công ty Cổ phần Xây dựng Hàm Yên', companyPlace: 'thị trấn Tân Yên, huyện Hàm Yên' }),
  ];

  const info = {
    province: 'Tuyên Quang', district: 'Hàm Yên', unit: 'UBND huyện Hàm Yên', unitLevel: 'Huyện', year: YEAR, round: 'Sơ kết 2023',
    submittedOn: day(16, 10, YEAR), docNo: '286/TTr-UBND', districtLevel: 'Chưa đạt', districtDebt: 0,
    signer: 'Ma Đình Khiêm', signerTitle: 'CHỦ TỊCH',
  };
  return makeDossier({
    info,
    movement: 'Sơ kết phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới" giai đoạn 2021-2023',
    hide: { communes: ['fourOnSite'], collectives: ['content'], individuals: ['content', 'mgmtLevel'] },
    communes, collectives, individuals,
  });
}
