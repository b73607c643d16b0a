import { describe, expect, it } from 'vitest';
import {
  convertTcvn3,
  convertVni,
  detectLegacyText,
  isVietnameseLetter,
  isVietnameseSyllable,
} from '../../src/dossier/legacy-encoding.js';
import { encodeTcvn3, encodeVni } from '../helpers/legacy-encode.js';

/**
 * Domain phrases. `tcvn3` is what a TCVN3 round trip yields when it differs: a
 * capital with a tone mark has no TCVN3 code (it was typed with an upper-case
 * font we cannot see), so it comes back lower case unless the word is in capitals.
 */
const PHRASES: Array<{ text: string; tcvn3?: string }> = [
  { text: 'Nguyễn Văn Hùng' },
  { text: 'Lò Thị Sương' },
  { text: 'Phạm Đức Thắng' },
  { text: 'Hoàng Thị Ngọc Ánh', tcvn3: 'Hoàng Thị Ngọc ánh' },
  { text: 'Trần Thị Thu Hường' },
  { text: 'Lê Văn Tám' },
  { text: 'Võ Thị Sáu' },
  { text: 'Đỗ Thị Thủy' },
  { text: 'Vũ Đình Quyết' },
  { text: 'Bùi Thị Ngọc Diễm' },
  { text: 'Huỳnh Thị Yến' },
  { text: 'Ngô Quang Hưởng' },
  { text: 'Xã Bình Lư' },
  { text: 'Huyện Tam Đường' },
  { text: 'Thành phố Lai Châu' },
  { text: 'Khun Há' },
  { text: 'Bản Hon' },
  { text: 'Quảng Trực' },
  { text: 'Đắk Mil' },
  { text: 'Bắc Kạn' },
  { text: "Đắk R'Lấp" },
  { text: 'Mường Tè' },
  { text: 'Bằng khen của Chủ tịch UBND tỉnh' },
  { text: 'Hoàn thành xuất sắc nhiệm vụ' },
  { text: 'Cờ thi đua' },
  { text: 'Chiến sĩ thi đua cơ sở' },
  { text: 'Tập thể lao động xuất sắc' },
  { text: 'Giấy khen của Giám đốc Sở Nông nghiệp và Phát triển nông thôn' },
  { text: 'Xây dựng nông thôn mới nâng cao' },
  { text: 'Hợp tác xã Nông nghiệp Tân Uyên' },
  { text: 'Tổ trưởng tổ dân phố' },
  { text: 'Người có uy tín' },
  { text: 'ỦY BAN NHÂN DÂN' },
  { text: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
  { text: 'UBND TỈNH LAI CHÂU' },
];

describe('round trip through the encoders', () => {
  it.each(PHRASES)('TCVN3: $text', ({ text, tcvn3 }) => {
    const garbled = encodeTcvn3(text);
    expect(garbled).not.toBe(text);
    expect(detectLegacyText(garbled)).toEqual({ encoding: 'tcvn3', converted: tcvn3 ?? text });
  });

  it.each(PHRASES)('VNI: $text', ({ text }) => {
    const garbled = encodeVni(text);
    expect(garbled).not.toBe(text);
    expect(detectLegacyText(garbled)).toEqual({ encoding: 'vni', converted: text });
  });
});

describe('known garbled strings from real files', () => {
  it.each([
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['QuyÕt ®Þnh cña Chñ tÞch Uû ban nh©n d©n tØnh', 'Quyết định của Chủ tịch Uỷ ban nhân dân tỉnh'],
    ['Tr\u00adêng TiÓu häc B¶n Bo', 'Trường Tiểu học Bản Bo'],
    ['ChiÕn sÜ thi ®ua c¬ së', 'Chiến sĩ thi đua cơ sở'],
    ['Hoµn thµnh xuÊt s¾c nhiÖm vô', 'Hoàn thành xuất sắc nhiệm vụ'],
    ['H§ND huyÖn Tam §\u00adêng', 'HĐND huyện Tam Đường'],
    ['UBND TØNH LAI CH¢U', 'UBND TỈNH LAI CHÂU'],
  ])('TCVN3 %s', (garbled, expected) => {
    expect(detectLegacyText(garbled)).toEqual({ encoding: 'tcvn3', converted: expected });
  });

  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['Uûy ban nhaân daân', 'Ủy ban nhân dân'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Nguyeãn Thò Höôøng', 'Nguyễn Thị Hường'],
    ['Hoäi ñoàng Thi ñua - Khen thöôûng', 'Hội đồng Thi đua - Khen thưởng'],
    ['Baèng khen cuûa Thuû töôùng Chính phuû', 'Bằng khen của Thủ tướng Chính phủ'],
  ])('VNI %s', (garbled, expected) => {
    expect(detectLegacyText(garbled)).toEqual({ encoding: 'vni', converted: expected });
  });
});

describe('no false positives', () => {
  it.each([
    'Nguyễn Thị Hường',
    'Bằng khen của Chủ tịch UBND tỉnh',
    "Đắk R'Lấp",
    'Xã Bản Bo',
    'Cờ thi đua',
    'Hợp tác xã Nông nghiệp Tân Uyên',
    'Nguyễn Văn Hùng'.normalize('NFD'),
    'ỦY BAN NHÂN DÂN',
    'Café Sài Gòn',
    'Cà Mau',
    'Hòa Bình',
    'Hoà Bình',
    'Thái Bình',
    'Tô Hoài',
    'Thuý',
    'HÒA BÌNH',
    'Cooperative No. 5',
    'UBND',
    'OCOP 3*',
    '',
    '   ',
    '2025',
    'Nhiệt độ 25°C',
    '25°C',
    '2 × 3 = 6',
    '½ ngày',
    '© 2024 Sở Nông nghiệp',
    'Vinamilk®',
    '«Cờ thi đua»',
    'Müller GmbH',
    'Björk',
    'Crème brûlée',
    'Curaçao',
    'Nestlé',
    'Señor Muñoz',
    'Straße',
    'Häagen-Dazs',
    'Zoë',
    'José Martí',
    'São Paulo',
    'Bò né Jürgen',
    'Hòang',
  ])('%j', (text) => {
    expect(detectLegacyText(text)).toBeNull();
  });
});

describe('converters and helpers', () => {
  it('converts every TCVN3 letter row', () => {
    expect(convertTcvn3('µ¶·¸¹ »¼½¾Æ ÇÈÉÊË ÌÎÏÐÑ ÒÓÔÕÖ ×ØÜÝÞ')).toBe('àảãáạ ằẳẵắặ ầẩẫấậ èẻẽéẹ ềểễếệ ìỉĩíị');
    expect(convertTcvn3('ßáâãä åæçèé êëìíî ïñòóô õö÷øù úûüýþ')).toBe('òỏõóọ ồổỗốộ ờởỡớợ ùủũúụ ừửữứự ỳỷỹýỵ');
    expect(convertTcvn3('¡¢£¤¥¦§ ¨©ª«¬\u00ad®')).toBe('ĂÂÊÔƠƯĐ ăâêôơưđ');
  });

  it('converts every VNI mark', () => {
    expect(convertVni('aø aû aõ aù aï aâ aà aå aã aá aä aê aè aú aü aé aë')).toBe('à ả ã á ạ â ầ ẩ ẫ ấ ậ ă ằ ẳ ẵ ắ ặ');
    expect(convertVni('eâ eá oâ oä uø yõ ô ôù ö öï ì æ ó í ò î ñ')).toBe('ê ế ô ộ ù ỹ ơ ớ ư ự ì ỉ ĩ í ị ỵ đ');
    expect(convertVni('AÙ Aù OÄ ÔØ ÖÏ Ì Æ Ó Í Ò Î Ñ')).toBe('Á Á Ộ Ờ Ự Ì Ỉ Ĩ Í Ị Ỵ Đ');
  });

  it('keeps what it cannot convert', () => {
    expect(convertVni('Café ø')).toBe('Café ø');
    expect(convertTcvn3('25°C')).toBe('25°C');
  });

  it('knows the Vietnamese alphabet', () => {
    for (const ch of 'aăâđêôơưyAĂÂĐÊÔƠƯYàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵỲỶỸÝỴ') {
      expect(isVietnameseLetter(ch), ch).toBe(true);
    }
    for (const ch of 'ÖøµÑñäåæçëîïöüÿ§®×') expect(isVietnameseLetter(ch), ch).toBe(false);
  });

  it.each([
    ['Nguyễn', true], ['khuỷu', true], ['hoà', true], ['hòa', true], ['thuỷ', true], ['giữa', true],
    ['gìn', true], ['quyết', true], ['Đắk', true], ['HĐND', true], ['Krông', true],
    ['Leâ', false], ['Haù', false], ['hòang', false], ['Bjửrk', false], ['hàc', false], ['TMđ', false],
    ['nghổ', false], ['ghe', true], ['ghô', false], ['ce', false], ['Kạn', true],
  ])('syllable %s → %s', (word, valid) => {
    expect(isVietnameseSyllable(word)).toBe(valid);
  });

  it('leaves alone legacy text that also reads as valid Unicode Vietnamese (known limit)', () => {
    // VNI "Hoà" (Hồ) is also the old spelling of Unicode "hoà"; TCVN3 "Tõ" (Từ) is Unicode "tõ".
    expect(encodeVni('Hồ Chí Minh')).toBe('Hoà Chí Minh');
    expect(detectLegacyText('Hoà Chí Minh')).toBeNull();
    expect(detectLegacyText('Tõ')).toBeNull();
    // A foreign word can read as a valid VNI syllable: the Breton name "Loïc" is VNI "Lọc".
    expect(detectLegacyText('Loïc')).toEqual({ encoding: 'vni', converted: 'Lọc' });
    // A word outside the syllable tables makes its whole string undetectable.
    expect(detectLegacyText(encodeTcvn3('Huyện Đakrông'))).toBeNull();
  });

  it('breaks ties between readings with frequent syllables', () => {
    // "Höng" is TCVN3 "Hửng" or VNI "Hưng"; "ñy ban" is TCVN3 "ủy ban" or VNI "đy ban".
    expect(detectLegacyText('Höng')).toEqual({ encoding: 'vni', converted: 'Hưng' });
    expect(detectLegacyText('ñy ban')).toEqual({ encoding: 'tcvn3', converted: 'ủy ban' });
    // Otherwise the reading with fewer tones: "möa" is VNI "mưa" rather than TCVN3 "mửa".
    expect(detectLegacyText('möa')).toEqual({ encoding: 'vni', converted: 'mưa' });
    // Spelling rules decide some: TCVN3 would read "Nghæ" as "nghổ", which ngh- forbids.
    expect(detectLegacyText('Nghæ')).toEqual({ encoding: 'vni', converted: 'Nghỉ' });
  });
});
