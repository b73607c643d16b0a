/** Text helpers: diacritics removal, TCVN3 (ABC) encoding, Vietnamese number format. */

/** Removes Vietnamese diacritics: "Số tiêu chí đạt" → "So tieu chi dat". */
export function stripDiacritics(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

// TCVN3 (ABC, font .VnTime) stores each precomposed letter as one Latin-1 byte;
// a workbook typed with it shows these bytes when read as Unicode.
const TCVN3_LOWER = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};
const TCVN3_UPPER = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

/**
 * Encodes Unicode Vietnamese as TCVN3 bytes read back as Latin-1, the way an old
 * `.VnTime` file shows up: "Nguyễn Văn Hùng" → "NguyÔn V¨n Hïng". Accented capitals
 * other than Ă Â Ê Ô Ơ Ư Đ were typed with the lowercase code, as .VnTime users did.
 */
export function toTcvn3(text) {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3_UPPER[ch] ?? TCVN3_LOWER[ch] ?? TCVN3_LOWER[ch.toLowerCase()];
    out += code === undefined ? ch : String.fromCharCode(code);
  }
  return out;
}

/** Vietnamese number text: 1250 → "1.250", 120.5 → "120,5". */
export function vnNumber(value) {
  const [int, frac] = String(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** dd/mm/yyyy of a UTC date. */
export function ddmmyyyy(date) {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A UTC date from day, month, year (Excel dates carry no time zone). */
export function day(d, m, y) {
  return new Date(Date.UTC(y, m - 1, d));
}
