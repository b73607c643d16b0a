/**
 * Commune rows of sheet `Xã` for one district in the batch year: levels from the
 * district's NTM share, recognition years, criteria (19 at any NTM level), last
 * year's criteria, villages, ĐBKK and border flags, XDCB debt, "4 tại chỗ".
 */
import { VILLAGE_NAMES } from './places.mjs';

function villageName(province, name) {
  const { word } = VILLAGE_NAMES[province];
  return /^(Bon|Buôn|Thôn|Bản|Xóm)\b/.test(name) ? name : `${word} ${name}`;
}

/**
 * `recognisedThisYear`: how many communes reach NTM in `year` (they get the
 * Cờ thi đua); the rest of the NTM communes were recognised earlier.
 */
export function buildCommunes(rng, district, { province, year, fourOnSiteAll = false }) {
  const count = district.communes.length;
  const ntmCount = Math.round(count * district.ntm);
  const villagePool = VILLAGE_NAMES[province].names;
  return district.communes.map((name, i) => {
    const ntm = i < ntmCount;
    const dbkk = rng.chance(district.dbkk) && !(ntm && i < 2);
    const border = !!district.border && rng.chance(0.4);
    let level = 'Chưa đạt';
    let recognitionYear = null;
    if (ntm) {
      const roll = rng.next();
      level = roll < 0.12 ? 'NTM nâng cao' : roll < 0.15 && province === 'Đắk Nông' ? 'NTM kiểu mẫu' : 'Đạt chuẩn NTM';
      // The last NTM commune of a district with several was recognised this year.
      recognitionYear = i === ntmCount - 1 && ntmCount > 1 ? year : level === 'Đạt chuẩn NTM' ? rng.int(2014, year - 1) : rng.int(2021, year - 1);
    }
    const criteria = ntm ? 19 : rng.int(i === count - 1 ? 12 : 14, 18);
    const previous = ntm ? (recognitionYear === year ? rng.int(16, 18) : 19) : Math.max(0, criteria - rng.int(0, 2));
    const villages = rng.int(6, 18);
    const ntmVillages = ntm ? rng.int(Math.ceil(villages * 0.4), villages) : rng.int(0, Math.floor(villages * 0.3));
    const modelVillages = ntm ? rng.int(0, Math.min(2, ntmVillages)) : 0;
    const debt = !ntm && rng.chance(0.25) ? rng.int(2, 40) * 5 : 0;
    const fourOnSite = ntm || fourOnSiteAll ? true : rng.chance(0.5);
    const places = [0, 1, 2].map((k) => villageName(province, villagePool[(i * 3 + k) % villagePool.length]));
    return { name, criteria, previous, level, recognitionYear, dbkk, border, debt, fourOnSite, villages, ntmVillages, modelVillages, places };
  });
}

/** The commune that gained most criteria this year (ties: the first); the district's "nhiều tiêu chí nhất". */
export function topGain(communes) {
  return communes.reduce((best, c) => (c.criteria - c.previous > best.criteria - best.previous ? c : best), communes[0]);
}
