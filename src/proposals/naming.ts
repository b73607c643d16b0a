import { fold } from '../text/fold.js';

/**
 * Output file names: `to-trinh_<unit>_<form>_<year>.pdf`, all plain ASCII so they
 * survive e-mail, zip files and old Windows shares. `<unit>` is the submitting
 * unit without diacritics, lower case, words joined by `-` ("UBND huyện Tam
 * Đường" → `ubnd-huyen-tam-duong`); `<form>` is the award form's id
 * (`bang-khen-tinh`); `<year>` the achievement year.
 */

/** The ASCII key of a unit's name; units whose names fold alike are one unit. */
export function slug(text: string, max = 60): string {
  const s = fold(text).replace(/ /g, '-');
  return (s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') : s) || 'don-vi';
}

/** `to-trinh_ubnd-huyen-tam-duong_bang-khen-tinh_2024.pdf`. */
export function proposalFileName(unit: string, form: string, year: number): string {
  return `to-trinh_${slug(unit)}_${form}_${year}.pdf`;
}
