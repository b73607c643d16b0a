/**
 * Helpers that turn short nomination specs into full rows: a person of the right
 * community and age for the role, with position, address, subject and a written
 * achievement summary.
 */
import { createPeople } from './names.mjs';
import { createSummaries } from './achievements.mjs';
import { SUBJECTS } from './columns.mjs';
import { placesOf, DISTRICTS } from './communes.mjs';

/** Roles: position, address, subject, management level, birth-year span, summary kind. */
const ROLES = {
  'chu-tich-xa': { position: () => 'Chủ tịch UBND xã', at: 'ubnd', subject: 'canBo', level: 'Xã', age: [30, 50], kind: 'can-bo-xa' },
  'pho-chu-tich-xa': { position: () => 'Phó Chủ tịch UBND xã', at: 'ubnd', subject: 'canBo', level: 'Xã', age: [28, 48], kind: 'can-bo-xa' },
  'bi-thu-xa': { position: () => 'Bí thư Đảng ủy xã', at: 'dang-uy', subject: 'canBo', level: 'Xã', age: [35, 55], kind: 'can-bo-xa' },
  'cong-chuc-dia-chinh': { position: () => 'Công chức Địa chính - Xây dựng', at: 'ubnd', subject: 'canBo', level: 'Xã', age: [26, 45], kind: 'can-bo-xa' },
  'cong-chuc-nong-nghiep': { position: () => 'Công chức Địa chính - Nông nghiệp', at: 'ubnd', subject: 'canBo', level: 'Xã', age: [26, 45], kind: 'can-bo-xa' },
  'cong-chuc-vhxh': { position: () => 'Công chức Văn hóa - Xã hội', at: 'ubnd', subject: 'canBo', level: 'Xã', age: [25, 42], kind: 'can-bo-xa' },
  'chu-tich-hoi-nd': { position: () => 'Chủ tịch Hội Nông dân xã', at: 'hoi-nd', subject: 'hoiVien', level: 'Xã', age: [32, 55], kind: 'can-bo-xa' },
  'truong-thon': { position: (c) => `Trưởng ${c.unit} ${c.villageShort}`, at: 'village', subject: 'laoDong', level: 'Xã', age: [30, 62], kind: 'truong-ban' },
  'bi-thu-chi-bo': { position: (c) => `Bí thư chi bộ ${c.unit} ${c.villageShort}`, at: 'village', subject: 'laoDong', level: 'Xã', age: [35, 64], kind: 'truong-ban' },
  'nong-dan': { position: () => 'Nông dân', at: 'village', subject: 'laoDong', level: 'Xã', age: [28, 66], kind: 'nong-dan' },
  'thanh-vien-htx': { position: (c) => `Thành viên ${c.coop}`, at: 'village', subject: 'htx', level: 'Xã', age: [26, 58], kind: 'nong-dan' },
  'ho-gia-dinh': { position: () => 'Chủ hộ, nông dân', at: 'village', subject: 'hoGiaDinh', level: 'Xã', age: [35, 68], kind: 'ho-gia-dinh' },
  'dong-gop': { position: () => 'Nông dân', at: 'village', subject: 'laoDong', level: 'Xã', age: [35, 70], kind: 'dong-gop' },
  'doanh-nhan': { position: (c) => `Giám đốc ${c.company}`, at: 'company', subject: 'doanhNhan', level: undefined, age: [33, 58], kind: 'doanh-nhan' },
  'can-bo-huyen': { position: (c) => c.title, at: 'office', subject: 'canBo', level: 'Huyện', age: [28, 55], kind: 'can-bo-huyen' },
};

/**
 * A kit for one dossier: `commune()`, `village()`, `org()` and `person()` make
 * nomination rows. `groups` maps a commune to the communities living there.
 */
export function createKit({ rng, districtKey, province, district, year, groups, defaultGroups = ['kinh'], communes, taken }) {
  const people = createPeople(rng, taken);
  const summary = createSummaries(rng);
  const communeRow = (name) => communes.find((c) => c.name === name);
  const unitWord = (village) => village.split(' ')[0].toLowerCase(); // "bản", "thôn", "xóm", "bon"

  function base(spec) {
    const { form, basis, content, history } = spec;
    return { form, basis, content, history };
  }

  /** A commune nominated as a collective ("Đảng bộ, chính quyền và Nhân dân xã …"). */
  function commune(spec) {
    const c = communeRow(spec.commune);
    const kind = spec.kind ?? 'xa-ntm';
    const ctx = { xa: c.name, huyen: district, recognized: c.recognized, year, gain: c.criteria - c.criteriaPrev, prev: c.criteriaPrev, now: c.criteria, villagesModel: c.villagesModel, gardens: c.gardens };
    return {
      name: `Đảng bộ, chính quyền và Nhân dân xã ${c.name}`,
      type: 'Xã',
      commune: c.name,
      recognized: spec.recognized ?? (kind === 'xa-top' ? undefined : c.recognized),
      ...base(spec),
      summary: spec.summary ?? summary(kind, ctx),
    };
  }

  /** A village (thôn, bản, xóm, bon) nominated as a collective. */
  function village(spec) {
    const name = spec.village;
    return {
      name: `${name}, xã ${spec.commune}`,
      type: 'Thôn/bản',
      commune: spec.commune,
      recognized: spec.recognized,
      ...base(spec),
      summary: spec.summary ?? summary(spec.kind ?? 'thon-ntm', { thon: name, unit: unitWord(name), recognized: spec.recognized }),
    };
  }

  /** A business, cooperative, office or other organisation. */
  function org(spec) {
    const ctx = { product: spec.product, ocop: spec.ocop, contribution: spec.contribution };
    return {
      name: spec.name,
      type: spec.type,
      commune: spec.commune,
      contribution: spec.contribution,
      ocop: spec.ocop,
      ...base(spec),
      summary: spec.summary ?? summary(spec.kind, ctx),
    };
  }

  function address(role, spec) {
    switch (role.at) {
      case 'ubnd': return `UBND xã ${spec.commune}, huyện ${district}`;
      case 'dang-uy': return `Đảng ủy xã ${spec.commune}, huyện ${district}`;
      case 'hoi-nd': return `Hội Nông dân xã ${spec.commune}, huyện ${district}`;
      case 'village': return `${spec.village}, xã ${spec.commune}, huyện ${district}`;
      case 'company': return `${spec.company}, ${spec.companyPlace}`;
      default: return `${spec.office}, huyện ${district}`;
    }
  }

  /** An individual or household. `spec.role` picks the position and subject. */
  function person(spec) {
    const role = ROLES[spec.role];
    const group = spec.group ?? rng.pick(groups[spec.commune] ?? defaultGroups);
    const village = spec.village ?? (role.at === 'village' ? rng.pick(placesOf(districtKey, spec.commune)) : undefined);
    const full = { ...spec, village };
    const p = people.person({ group, gender: spec.gender, born: [year - role.age[1], year - role.age[0]].map((y) => Math.max(1950, y)), province, birthProvince: spec.birthProvince });
    const c = spec.commune ? communeRow(spec.commune) : undefined;
    const villageShort = village ? village.split(' ').slice(1).join(' ') : '';
    const position = role.position({ unit: village ? unitWord(village) : '', villageShort, coop: spec.coop, company: spec.company, title: spec.title });
    const ctx = {
      xa: spec.commune, huyen: district, recognized: c?.recognized ?? year, year, thon: village, unit: village ? unitWord(village) : 'bản',
      role: position, contribution: spec.contribution, villageWord: DISTRICTS[districtKey].villageWord.toLowerCase(),
      gain: c ? c.criteria - c.criteriaPrev : 0, now: c?.criteria,
    };
    const notYet = c?.level === 'Chưa đạt' && role.kind === 'can-bo-xa';
    return {
      name: spec.role === 'ho-gia-dinh' ? `Hộ ${p.gender === 'Nữ' ? 'bà' : 'ông'} ${p.name}` : p.name,
      gender: p.gender,
      birthYear: p.birthYear,
      position,
      address: address(role, full),
      commune: spec.commune,
      village: role.at === 'village' ? village : undefined,
      subject: SUBJECTS[spec.subject ?? role.subject],
      mgmtLevel: spec.mgmtLevel ?? role.level,
      contribution: spec.contribution,
      ocop: spec.ocop,
      id: p.id,
      ...base(spec),
      summary: spec.summary ?? summary(spec.kind ?? (notYet ? 'can-bo-xa-tien-do' : role.kind), ctx),
    };
  }

  return { commune, village, org, person };
}

/** Titles above each table, as a district office heads its lists. */
export function makeTitles(info, movement) {
  const d = info.submittedOn;
  const date = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  const attached = `(Kèm theo Tờ trình số ${info.docNo} ngày ${date} của ${info.unit})`;
  const where = `Huyện ${info.district}, tỉnh ${info.province}`;
  return {
    communes: [`KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ${info.year}`, `${where} — (Kèm theo Tờ trình số ${info.docNo})`],
    collectives: [`DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TẬP THỂ — ${movement.toUpperCase()}`, attached],
    individuals: [`DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN, HỘ GIA ĐÌNH — ${movement.toUpperCase()}`, attached],
    ocop: [`SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN TRÊN ĐỊA BÀN HUYỆN ${info.district.toUpperCase()}`, `(Tính đến 31/12/${info.year})`],
  };
}

/** Assembles a dossier object the workbook writer understands. */
export function makeDossier({ info, movement, hide, communes, collectives = [], individuals = [], ocop = [] }) {
  return { info, hide, communes, collectives, individuals, ocop, titles: makeTitles(info, movement) };
}
