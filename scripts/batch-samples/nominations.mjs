/**
 * The nominations of one district workbook, per plan, keeping to the plan's rules
 * (bases, conditions, quotas, rounds) unless an error is asked for. Rows are
 * keyed by the headers of dossier-workbook.md.
 */
import { achievement } from './achievements.mjs';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const CO = 'Cờ thi đua của UBND tỉnh';
const GK = 'Giấy khen của Chủ tịch UBND huyện';
const TTG = 'Bằng khen của Thủ tướng Chính phủ';

function collective(name, type, commune, form, basis, summary, extra = {}) {
  return { 'Tên tập thể': name, 'Loại tập thể': type, 'Xã': commune, 'Hình thức đề nghị': form, 'Căn cứ đề nghị': basis, 'Thành tích tóm tắt': summary, ...extra };
}

function individual(ctx, group, role, commune, form, basis, summary, extra = {}) {
  const p = ctx.person(group, undefined, ctx.year);
  const unit = role.unit ?? (commune ? `Xã ${commune}, huyện ${ctx.district.name}` : `Huyện ${ctx.district.name}`);
  return {
    'Họ và tên': p.name, 'Giới tính': p.gender, 'Năm sinh': p.birthYear, 'Chức vụ, nghề nghiệp': role.title, 'Đơn vị, địa chỉ': unit, 'Xã': commune,
    'Đối tượng': role.kind, 'Cấp quản lý': role.level, 'Hình thức đề nghị': form, 'Căn cứ đề nghị': basis, 'Số định danh': p.id, 'Thành tích tóm tắt': summary, ...extra,
  };
}

const ROLES = {
  chuTich: { title: 'Chủ tịch UBND xã', kind: 'Cán bộ, công chức, viên chức', level: 'Xã' },
  congChuc: { title: 'Công chức Địa chính - Xây dựng', kind: 'Cán bộ, công chức, viên chức', level: 'Xã' },
  truongBan: { title: 'Trưởng thôn, bản', kind: 'Người lao động', level: 'Xã' },
  nongDan: { title: 'Nông dân', kind: 'Người lao động', level: 'Xã' },
  canBoHuyen: { title: 'Chuyên viên Phòng Nông nghiệp và PTNT', kind: 'Cán bộ, công chức, viên chức', level: 'Huyện' },
  ho: { title: 'Chủ hộ', kind: 'Hộ gia đình', level: 'Xã' },
  doanhNhan: { title: 'Giám đốc doanh nghiệp', kind: 'Doanh nhân, trí thức, nhà khoa học', level: 'Huyện' },
};

/** Lai Châu (Hằng năm): Cờ thi đua for communes recognised this year, Bằng khen by V.2.c, Giấy khen. */
export function laiChauNominations(ctx) {
  const { rng, communes, year, district } = ctx;
  const g = () => rng.pick(district.people);
  const collectives = [];
  const individuals = [];
  const fresh = communes.filter((c) => c.recognitionYear === year);
  for (const c of fresh) {
    const basis = c.level === 'NTM nâng cao' ? 'co-xa-nang-cao' : 'co-xa-ntm';
    collectives.push(collective(`UBND xã ${c.name}`, 'Xã', c.name, CO, basis, achievement(rng, 'xa-ntm', { commune: c.name, year }), { 'Năm đạt chuẩn': year }));
    const quota = ctx.error === 'quota' && c === fresh[0] ? 6 : 3;
    const roles = [ROLES.chuTich, ROLES.congChuc, ROLES.truongBan, ROLES.nongDan, ROLES.nongDan, ROLES.nongDan];
    for (const role of roles.slice(0, quota)) {
      const kind = role.kind.startsWith('Cán bộ') ? 'can-bo' : 'lao-dong';
      individuals.push(individual(ctx, g(), role, c.name, BK, 'bk-ca-nhan-xa-ntm', achievement(rng, kind, { commune: c.name, village: c.places[0] })));
    }
  }
  const top = ctx.top;
  if (top) collectives.push(collective(`UBND xã ${top.name}`, 'Xã', top.name, BK, 'bk-xa-nhieu-tieu-chi', achievement(rng, 'xa-top', { commune: top.name, year, gain: top.criteria - top.previous, prev: top.previous, now: top.criteria, district: district.name })));
  const ntm = communes.filter((c) => c.level !== 'Chưa đạt');
  for (const c of ntm.slice(0, 2)) {
    collectives.push(collective(c.places[0], 'Thôn/bản', c.name, BK, 'bk-thon-ntm', achievement(rng, 'thon', { village: c.places[0], year }), { 'Năm đạt chuẩn': year }));
  }
  const org = ntm[0] ?? communes[0];
  const contribution = rng.int(11, 60) * 10;
  collectives.push(collective(`Hợp tác xã Nông nghiệp ${org.name}`, 'Hợp tác xã', org.name, BK, 'bk-tap-the-dong-gop', achievement(rng, 'org', { name: `Hợp tác xã Nông nghiệp ${org.name}`, commune: org.name, contribution }), { 'Giá trị đóng góp (triệu đồng)': contribution }));
  if (district.levelYear === year) {
    collectives.push(collective(`UBND huyện ${district.name}`, 'Huyện', null, CO, 'co-huyen-ntm', achievement(rng, 'huyen', { district: district.name, year })));
    for (let i = 0; i < 4; i++) individuals.push(individual(ctx, g(), ROLES.canBoHuyen, null, BK, 'bk-ca-nhan-huyen-ntm', achievement(rng, 'can-bo', { commune: rng.pick(communes).name })));
  }
  for (const [i, c] of ntm.slice(0, 2).entries()) {
    const prior = ctx.error === 'once-only' && i === 0 ? { 'Khen thưởng đã nhận': `${year - 2}: ${BK}` } : {};
    individuals.push(individual(ctx, g(), ROLES.ho, c.name, BK, 'bk-ho-gia-dinh', achievement(rng, 'ho', {}), { 'Thôn/bản': c.places[1], ...prior }));
  }
  const donor = rng.int(6, 20) * 10;
  individuals.push(individual(ctx, 'kinh', ROLES.doanhNhan, org.name, BK, 'bk-ca-nhan-dong-gop', achievement(rng, 'dong-gop', { commune: org.name, contribution: donor }), { 'Giá trị đóng góp (triệu đồng)': donor }));
  for (const c of communes.slice(0, 3)) individuals.push(individual(ctx, g(), ROLES.nongDan, c.name, GK, 'giay-khen', achievement(rng, 'lao-dong', { village: c.places[2] })));
  return { collectives, individuals };
}

/** Đắk Nông (Sơ kết 2023): communes with "4 tại chỗ" and no debt, villages of ĐBKK or border communes. */
export function dakNongNominations(ctx) {
  const { rng, communes, year, district } = ctx;
  const g = () => rng.pick(district.people);
  const collectives = [];
  const individuals = [];
  const eligible = communes.filter((c) => c.level !== 'Chưa đạt' && c.debt === 0 && (c.fourOnSite || ctx.error === 'four-on-site'));
  for (const c of eligible.slice(0, 2)) {
    const basis = c.level === 'NTM kiểu mẫu' ? 'xa-kieu-mau' : 'xa-ntm';
    collectives.push(collective(`UBND xã ${c.name}`, 'Xã', c.name, BK, basis, achievement(rng, 'xa-ntm', { commune: c.name, year: c.recognitionYear })));
  }
  const remote = communes.find((c) => c.dbkk || c.border);
  if (remote) collectives.push(collective(remote.places[0], 'Thôn/bản', remote.name, GK, 'thon-ntm', achievement(rng, 'thon', { village: remote.places[0], year }), { 'Năm đạt chuẩn': year }));
  const org = eligible[0] ?? communes[0];
  const contribution = rng.int(5, 40) * 10;
  collectives.push(collective(`Hợp tác xã Nông nghiệp ${org.name}`, 'Hợp tác xã', org.name, BK, 'dn-htx', achievement(rng, 'org', { name: `Hợp tác xã Nông nghiệp ${org.name}`, commune: org.name, contribution, stars: 3 }), { 'Số sao OCOP': 3, 'Giá trị đóng góp (triệu đồng)': contribution }));
  if (district.levelYear === year && district.level === 'Đạt chuẩn NTM') {
    collectives.push(collective(`UBND huyện ${district.name}`, 'Huyện', null, BK, 'huyen-ntm', achievement(rng, 'huyen', { district: district.name, year })));
  }
  for (const c of communes.slice(0, 3)) {
    individuals.push(individual(ctx, g(), ROLES.chuTich, c.name, rng.chance(0.5) ? BK : GK, 'ca-nhan-can-bo', achievement(rng, 'can-bo', { commune: c.name })));
    individuals.push(individual(ctx, g(), ROLES.nongDan, c.name, GK, 'ca-nhan-lao-dong', achievement(rng, 'lao-dong', { village: c.places[1] })));
  }
  individuals.push(individual(ctx, g(), ROLES.ho, org.name, GK, 'doi-tuong-khac', achievement(rng, 'ho', {}), { 'Thôn/bản': org.places[2] }));
  const donor = rng.int(10, 50) * 10;
  individuals.push(individual(ctx, 'kinh', ROLES.doanhNhan, org.name, BK, 'doi-tuong-khac', achievement(rng, 'dong-gop', { commune: org.name, contribution: donor }), { 'Giá trị đóng góp (triệu đồng)': donor }));
  if (ctx.index === 0) individuals.push(individual(ctx, 'kinh', ROLES.canBoHuyen, null, TTG, 'ca-nhan-can-bo', achievement(rng, 'can-bo', { commune: communes[0].name })));
  return { collectives, individuals };
}
