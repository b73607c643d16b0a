/**
 * Data for reading Vietnamese typed in the pre-Unicode 8-bit encodings (TCVN3 and
 * VNI), and for checking that a conversion produced real Vietnamese syllables.
 *
 * Legacy text reaches us through Excel, which stored each byte as the Windows
 * Latin-1 character with that code, so every table here is keyed by that Latin-1
 * character (`Ö` for byte 0xD6), not by the byte.
 */

/** The five Vietnamese tones that carry a mark (the sixth, ngang, has none). */
export type Tone = 'grave' | 'hook' | 'tilde' | 'acute' | 'dot';
/** Vowel shapes that VNI types as a separate mark after the base vowel. */
export type Shape = 'circumflex' | 'breve';

/**
 * Tone order used by every row below: huyền, hỏi, ngã, sắc, nặng. It is the order
 * TCVN3 assigns its codes in (à ả ã á ạ are 0xB5–0xB9), which keeps rows checkable
 * against the standard at a glance.
 */
export const TONES: readonly Tone[] = ['grave', 'hook', 'tilde', 'acute', 'dot'];

/** Unicode combining marks, composed with NFC to build the precomposed letters. */
export const COMBINING: Readonly<Record<Tone | Shape | 'horn', string>> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031b',
};

/** The twelve Vietnamese vowel letters without tone, lower case. */
export const VOWELS = 'aăâeêioôơuưy';

// ---------------------------------------------------------------------------
// TCVN3 (ABC, TCVN 5712:1993 "VN3"; fonts .VnTime, .VnArial, …)
// ---------------------------------------------------------------------------

/**
 * TCVN3 letters without a tone. 0xA1–0xA7 are the only upper-case letters with
 * marks that VN3 has; every other capital with a mark needs an upper-case font
 * (.VnTimeH), which reuses the lower-case codes below.
 * U+00AD (soft hyphen, byte 0xAD) is written escaped because it is invisible.
 */
export const TCVN3_PLAIN: ReadonlyArray<readonly [legacy: string, letter: string]> = [
  ['\u00a1', 'Ă'], ['\u00a2', 'Â'], ['\u00a3', 'Ê'], ['\u00a4', 'Ô'], ['\u00a5', 'Ơ'], ['\u00a6', 'Ư'], ['\u00a7', 'Đ'],
  ['\u00a8', 'ă'], ['\u00a9', 'â'], ['\u00aa', 'ê'], ['\u00ab', 'ô'], ['\u00ac', 'ơ'], ['\u00ad', 'ư'], ['\u00ae', 'đ'],
];

/**
 * TCVN3 tone-marked vowels (all lower case, 0xB5–0xFE): for each vowel, the five
 * Latin-1 characters for huyền, hỏi, ngã, sắc, nặng (see `TONES`).
 * Byte values: a B5–B9; ă BB BC BD BE C6; â C7–CB; e CC CE CF D0 D1; ê D2–D6;
 * i D7 D8 DC DD DE; o DF E1 E2 E3 E4; ô E5–E9; ơ EA–EE; u EF F1 F2 F3 F4; ư F5–F9; y FA–FE.
 */
export const TCVN3_TONED: ReadonlyArray<readonly [vowel: string, legacy: string]> = [
  ['a', 'µ¶·¸¹'],
  ['ă', '»¼½¾Æ'],
  ['â', 'ÇÈÉÊË'],
  ['e', 'ÌÎÏÐÑ'],
  ['ê', 'ÒÓÔÕÖ'],
  ['i', '×ØÜÝÞ'],
  ['o', 'ßáâãä'],
  ['ô', 'åæçèé'],
  ['ơ', 'êëìíî'],
  ['u', 'ïñòóô'],
  ['ư', 'õö÷øù'],
  ['y', 'úûüýþ'],
];

/** Every TCVN3 code as [Latin-1 character, Unicode letter] (NFC). */
export const TCVN3_PAIRS: ReadonlyArray<readonly [legacy: string, letter: string]> = [
  ...TCVN3_PLAIN,
  ...TCVN3_TONED.flatMap(([vowel, codes]) =>
    [...codes].map((code, i) => [code, (vowel + COMBINING[TONES[i]!]).normalize('NFC')] as const),
  ),
];

// ---------------------------------------------------------------------------
// VNI (VNI-Windows; fonts VNI-Times, VNI-Helve, …)
// ---------------------------------------------------------------------------

/**
 * VNI types most letters as an ASCII base vowel followed by one mark character
 * that carries the shape and/or the tone. Marks for each shape, as
 * [no tone, huyền, hỏi, ngã, sắc, nặng]; lower case here, the upper-case mark is
 * the Latin-1 capital of the same character (ù → Ù, â → Â, …).
 * - no shape (a e o u y, and ơ ư below): tone only;
 * - circumflex (a e o → â ê ô): `â` alone, then à å ã á ä;
 * - breve (a → ă): `ê` alone, then è ú ü é ë.
 */
export const VNI_MARK_ROWS: ReadonlyArray<readonly [shape: Shape | null, marks: readonly string[]]> = [
  [null, ['', 'ø', 'û', 'õ', 'ù', 'ï']],
  ['circumflex', ['â', 'à', 'å', 'ã', 'á', 'ä']],
  ['breve', ['ê', 'è', 'ú', 'ü', 'é', 'ë']],
];

/**
 * VNI letters typed as one character: đ, and ơ ư (which take a tone mark after
 * them like a base vowel), and i / ỵ with tones (VNI-Windows has a precomposed
 * code for them instead of base + mark). Lower case; capitals are the Latin-1
 * capitals (Ñ Ö Ô Ì Æ Ó Í Ò Î).
 */
export const VNI_SINGLE_LETTERS: ReadonlyArray<readonly [legacy: string, letter: string]> = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['í', 'í'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

/** Base letters that accept a VNI mark after them, and the shapes each accepts. */
export const VNI_BASES: ReadonlyArray<readonly [base: string, letter: string, shapes: readonly Shape[]]> = [
  ['a', 'a', ['circumflex', 'breve']],
  ['e', 'e', ['circumflex']],
  ['o', 'o', ['circumflex']],
  ['u', 'u', []],
  ['y', 'y', []],
  ['ô', 'ơ', []],
  ['ö', 'ư', []],
];

// ---------------------------------------------------------------------------
// Vietnamese syllables (used to reject conversions that produce non-words)
// ---------------------------------------------------------------------------

/**
 * Syllable onsets, longest first so that `ngh` is tried before `ng` and `n`.
 * `qu` is one onset (its u is never a vowel of its own); `gi` is tried both as an
 * onset (giữa = gi + ưa) and as g + i (gìn = g + in). The clusters with r/l and
 * `xt` are not standard spelling but occur in ethnic-minority place and group
 * names (Krông, Kon Plông, M'Đrắk, Xtiêng).
 */
export const ONSETS: readonly string[] = [
  'ngh',
  'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'br', 'bl', 'dr', 'đr', 'gr', 'gl', 'hr', 'kr', 'kl', 'pr', 'pl', 'xt',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
  'f', 'j', 'w', 'z',
  '',
];

/**
 * Vietnamese rhymes (vần) without tone, lower case. The checker also accepts each
 * rhyme in -c with -k and each in -t with -h, because minority place names are
 * spelled that way (Đắk Lắk, Krông Búk, Chư Păh, Đạ Tẻh). The rare loanword
 * rhymes -oong/-ooc (xoong, soóc) are left out on purpose: with a tone they
 * made TCVN3 readings of VNI text ("oâng" → oõng) look valid.
 */
export const RHYMES: readonly string[] = `
  a ac ach ai am an ang anh ao ap at au ay
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu
  iêc iêm iên iêng iêp iêt iêu
  yêm yên yêt yêu
  o oc oi om on ong op ot
  oa oac oach oai oam oan oang oanh oao oap oat oay
  oăc oăm oăn oăng oăt
  oe oem oen oeo oet
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut
  uân uâng uât uây
  uê uêch uênh
  uôc uôi uôm uôn uông uôt
  uơ
  uy uya uych uyn uynh uyp uyt uyu
  uyên uyêt
  ư ưa ưc ưi ưm ưn ưng ưt ưu
  ươc ươi ươm ươn ương ươp ươt ươu
  y ych yn ynh yp yt
`.trim().split(/\s+/);

/**
 * Frequent syllables in dossiers (names, administrative and award words). Only a
 * tie-breaker: when a string reads as valid Vietnamese in both encodings (short
 * strings such as "Höng", TCVN3 hửng / VNI hưng), the reading with more of these wins.
 */
export const COMMON_SYLLABLES: readonly string[] = `
  của và các có được cho những người trong với này đã không một là để theo năm ngày tháng số về tại
  từ đến khi đó nhà như hay ra vào lên trên dưới sau trước nhiều hơn cũng đều đi làm
  ủy uỷ ban nhân dân hội đồng tỉnh huyện xã thị trấn phường thành phố quận thôn bản ấp tổ khu vực
  bằng khen giấy cờ thi đua chiến sĩ lao động tiên tiến xuất sắc hoàn nhiệm vụ tập thể cá
  quyết định chủ tịch thủ tướng chính phủ trưởng phó giám đốc sở trường học văn phòng
  cơ sở tư thư ông bà anh chị em đơn vị cấp tiêu chí
  xây dựng nông mới nâng cao kiểu mẫu hợp tác sản kinh doanh công ty nghiệp phát triển
  nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào lò lư
  văn thị đức minh hùng hưng hương hường thủy thuỷ thúy thuý hoa lan mai hà hải sơn tuấn
  anh ánh dũng thắng quang trung hiếu nam việt long phương thương ngọc
`.trim().split(/\s+/);
