/**
 * Vietnamese typed in the pre-Unicode 8-bit encodings TCVN3 (ABC) and VNI shows up
 * in .xlsx cells as Latin-1 garbage: "ViÖt Nam" (TCVN3) or "Vieät Nam" (VNI) for
 * "Việt Nam". This module recognises such text and converts it back.
 *
 * Converting a cell that was fine would corrupt it, so detection is deliberately
 * conservative and works in three steps:
 *  1. Only text whose letters are all ASCII or Latin-1 qualifies: legacy bytes
 *     never produce letters beyond U+00FF, while real Vietnamese almost always
 *     has some (ạ ả ấ ă đ ơ ư …).
 *  2. Some word must not be Vietnamese as it stands: it holds a character that
 *     Unicode Vietnamese never uses (Ö ø ¸ µ § ñ …), or it is not a valid syllable
 *     ("Leâ", "Haù" — VNI text whose marks happen to be Vietnamese letters).
 *  3. An encoding is accepted only if converting with it leaves no stray legacy
 *     character and every converted word is a valid Vietnamese syllable. Foreign
 *     words ("Müller", "Crème brûlée", "Señor") fail this and are left alone.
 */
import {
  COMBINING,
  COMMON_SYLLABLES,
  ONSETS,
  RHYMES,
  TCVN3_PAIRS,
  TONES,
  VNI_BASES,
  VNI_MARK_ROWS,
  VNI_SINGLE_LETTERS,
  VOWELS,
  type Shape,
  type Tone,
} from './legacy-tables.js';
import { BoundedMemo } from '../text/bounded-memo.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** A conversion and the number of legacy characters it could not place. */
interface Decoded {
  text: string;
  failures: number;
}

// ---------------------------------------------------------------------------
// Vietnamese letters
// ---------------------------------------------------------------------------

/** Every Vietnamese vowel letter (both cases, NFC) → its toneless lower-case form and tone. */
const VOWEL_LETTERS = new Map<string, { plain: string; tone: Tone | null }>();
for (const vowel of VOWELS) {
  const forms: Array<[string, Tone | null]> = [
    [vowel, null],
    ...TONES.map((t): [string, Tone] => [(vowel + COMBINING[t]).normalize('NFC'), t]),
  ];
  for (const [letter, tone] of forms) {
    VOWEL_LETTERS.set(letter, { plain: vowel, tone });
    VOWEL_LETTERS.set(letter.toUpperCase(), { plain: vowel, tone });
  }
}

/**
 * True for a letter of the Vietnamese alphabet as Unicode writes it: ASCII letters
 * (f j w z included, for names) and the 134 letters with diacritics, in NFC.
 */
export function isVietnameseLetter(ch: string): boolean {
  return /^[A-Za-zđĐ]$/.test(ch) || VOWEL_LETTERS.has(ch);
}

// ---------------------------------------------------------------------------
// Syllable check
// ---------------------------------------------------------------------------

const STOP_FINAL = /(?:c|ch|k|p|t)$/;

/**
 * Spelling rules for a sound written two ways: gh / ngh only before i e ê,
 * c / ng never before i e ê y, g never before e ê (gi- is its own onset, and
 * "gì" is g + ì). They settle readings such as VNI "Nghæ" (nghỉ, not TCVN3
 * nghổ). The matching rule for k is not applied: place names break it (Bắc Kạn).
 */
function spellingAllows(onset: string, rhyme: string): boolean {
  const front = /^[ieêy]/.test(rhyme);
  switch (onset) {
    case 'gh':
    case 'ngh':
      return /^[ieê]/.test(rhyme);
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      return !/^[eê]/.test(rhyme);
    default:
      return true;
  }
}

/**
 * Offsets within a toneless rhyme where the tone mark may sit. Both the old and
 * the new placement are accepted for oa / oe / uy (hòa and hoà, thủy and thuỷ):
 * legacy files use either.
 */
function tonePositions(rhyme: string): number[] {
  const vowelAt = [...rhyme].flatMap((ch, i) => (VOWELS.includes(ch) ? [i] : []));
  const shaped = [...rhyme].flatMap((ch, i) => ('ăâêôơư'.includes(ch) ? [i] : []));
  if (shaped.length > 0) return [shaped[shaped.length - 1]!];
  if (!VOWELS.includes(rhyme[rhyme.length - 1]!)) return [vowelAt[vowelAt.length - 1]!];
  if (vowelAt.length === 1) return vowelAt;
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') return [0, 1];
  return vowelAt.length === 3 ? [1] : [0];
}

/** Rhyme → where its tone may go; with the k/h spellings of minority place names added. */
const RHYME_TONES = new Map<string, number[]>();
for (const rhyme of RHYMES) {
  const variants = [rhyme];
  if (rhyme.endsWith('c')) variants.push(rhyme.slice(0, -1) + 'k');
  if (rhyme.endsWith('t')) variants.push(rhyme.slice(0, -1) + 'h');
  for (const v of variants) RHYME_TONES.set(v, tonePositions(v));
}

/**
 * True when `word` (letters only, any case) is a possible Vietnamese syllable:
 * onset + rhyme from the tables, at most one tone, placed on the right vowel, and
 * only sắc or nặng before a stop final (-c -ch -p -t). Words without a vowel are
 * accepted only as abbreviations (one letter, or all capitals like HĐND).
 */
export function isVietnameseSyllable(word: string): boolean {
  let plain = '';
  let tone: Tone | null = null;
  let toneAt = -1;
  for (const ch of word.toLowerCase()) {
    const vowel = VOWEL_LETTERS.get(ch);
    if (vowel) {
      if (vowel.tone) {
        if (tone) return false;
        tone = vowel.tone;
        toneAt = plain.length;
      }
      plain += vowel.plain;
    } else if (/^[a-zđ]$/.test(ch)) {
      plain += ch;
    } else {
      return false;
    }
  }
  if (![...plain].some((ch) => VOWELS.includes(ch))) return word.length === 1 || word === word.toUpperCase();
  return ONSETS.some((onset) => {
    if (!plain.startsWith(onset)) return false;
    const rhyme = plain.slice(onset.length);
    const positions = RHYME_TONES.get(rhyme);
    if (!positions || !spellingAllows(onset, rhyme)) return false;
    if (tone === null) return true;
    const stopOk = !STOP_FINAL.test(rhyme) || tone === 'acute' || tone === 'dot';
    return stopOk && positions.includes(toneAt - onset.length);
  });
}

// ---------------------------------------------------------------------------
// Words and characters
// ---------------------------------------------------------------------------

/**
 * A word: letters, plus the Latin-1 symbols (¡–¿ × ÷) that TCVN3 uses as letters
 * (µ = à, ¸ = á, § = Đ, ­ = ư …). NBSP (U+00A0) separates words.
 */
const WORD = /[\p{L}\u00a1-\u00bf\u00d7\u00f7]+/gu;

/** A character a legacy encoding may have produced: Latin-1 U+00A1–U+00FF. */
function isHigh(ch: string): boolean {
  return ch >= '\u00a1' && ch <= '\u00ff';
}

/** A Latin-1 character that Unicode Vietnamese never contains (so it hints at a legacy encoding). */
function isForeign(ch: string): boolean {
  return isHigh(ch) && !isVietnameseLetter(ch);
}

const words = (text: string): string[] => text.match(WORD) ?? [];
const isAscii = (word: string): boolean => /^[\x00-\x7f]*$/.test(word);

/** True when every word with a non-ASCII letter is a valid syllable (ASCII words may be English or abbreviations). */
function readsAsVietnamese(text: string): boolean {
  return words(text).every((w) => isAscii(w) || isVietnameseSyllable(w));
}

/**
 * A lower-case letter followed by an accented capital ("thÓ", "bÝ", "phÈm"): no
 * Unicode word is cased like that, but TCVN3 writes ể í ẩ … with the codes of
 * the Latin-1 capitals Ó Ý È.
 */
const ODD_CAPITAL = /\p{Ll}[\u00c0-\u00de]/u;

/**
 * True when some word of at least two characters cannot be Unicode Vietnamese.
 * Lone symbols ("2 × 3", "½ ngày", "© 2024") are ignored: they mean what they show.
 */
function hasNonVietnameseWord(text: string): boolean {
  return words(text).some(isNonVietnameseWord);
}

/** Verdicts per word: a sheet repeats the same few thousand syllables in every row. */
const wordVerdicts = new BoundedMemo<string, boolean>(50_000);

function isNonVietnameseWord(w: string): boolean {
  return wordVerdicts.get(w, judgeWord);
}

function judgeWord(w: string): boolean {
  return w.length >= 2 && !isAscii(w) && ([...w].some(isForeign) || ODD_CAPITAL.test(w) || !isVietnameseSyllable(w));
}

// ---------------------------------------------------------------------------
// TCVN3
// ---------------------------------------------------------------------------

const TCVN3 = new Map<string, string>(TCVN3_PAIRS);

/**
 * Converts TCVN3 text. TCVN3 has no codes for capitals with tone marks: typists
 * switched to an upper-case font (.VnTimeH) that shows the same codes as
 * capitals, and the font is lost in the cell value. The converted letter is
 * therefore lower case, except inside a word whose ASCII letters are all capitals
 * (two or more: "TØNH" → TỈNH, but "Hå" → Hồ) or in a string with no lower-case
 * ASCII letter at all ("ñY BAN" → ỦY BAN).
 */
function decodeTcvn3(text: string): Decoded {
  const capitals = text.match(/[A-Z]/g)?.length ?? 0;
  const allCaps = capitals >= 2 && !/[a-z]/.test(text);
  let failures = 0;
  const converted = text.replace(WORD, (word) => {
    const upper = allCaps || isCapitalsWord(word);
    let out = '';
    for (const ch of word) {
      const letter = TCVN3.get(ch);
      if (letter !== undefined) out += upper ? letter.toUpperCase() : letter;
      else {
        if (isHigh(ch)) failures++;
        out += ch;
      }
    }
    return out;
  });
  return { text: converted.normalize('NFC'), failures };
}

function isCapitalsWord(word: string): boolean {
  const ascii = word.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase();
}

// ---------------------------------------------------------------------------
// VNI
// ---------------------------------------------------------------------------

interface VniMark {
  shape: Shape | null;
  tone: Tone | null;
  upper: boolean;
}

const VNI_MARKS = new Map<string, VniMark>();
for (const [shape, marks] of VNI_MARK_ROWS) {
  marks.forEach((mark, i) => {
    if (mark === '') return;
    const tone = i === 0 ? null : TONES[i - 1]!;
    VNI_MARKS.set(mark, { shape, tone, upper: false });
    VNI_MARKS.set(mark.toUpperCase(), { shape, tone, upper: true });
  });
}

const VNI_BASE = new Map<string, { letter: string; shapes: readonly Shape[]; upper: boolean }>();
for (const [base, letter, shapes] of VNI_BASES) {
  VNI_BASE.set(base, { letter, shapes, upper: false });
  VNI_BASE.set(base.toUpperCase(), { letter: letter.toUpperCase(), shapes, upper: true });
}

const VNI_SINGLE = new Map<string, string>();
for (const [legacy, letter] of VNI_SINGLE_LETTERS) {
  VNI_SINGLE.set(legacy, letter);
  VNI_SINGLE.set(legacy.toUpperCase(), letter.toUpperCase());
}

/**
 * Converts VNI text: base vowel + mark pairs are composed, single-character
 * letters (đ ơ ư and the i forms) replaced. A mark that does not follow a vowel
 * able to carry it (or an upper-case mark after a lower-case vowel) is left as it
 * is and counted as a failure. Capitals take either case of mark: "Uûy" (title
 * case as typed) and "UÛY" (all capitals) both give Ủ.
 */
function decodeVni(text: string): Decoded {
  const chars = [...text];
  let failures = 0;
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const base = VNI_BASE.get(ch);
    const mark = VNI_MARKS.get(chars[i + 1] ?? '');
    if (base && mark && (mark.shape === null || base.shapes.includes(mark.shape)) && (base.upper || !mark.upper)) {
      out += base.letter + (mark.shape ? COMBINING[mark.shape] : '') + (mark.tone ? COMBINING[mark.tone] : '');
      i++;
      continue;
    }
    const single = VNI_SINGLE.get(ch);
    if (single !== undefined) out += single;
    else {
      if (isHigh(ch)) failures++;
      out += ch;
    }
  }
  return { text: out.normalize('NFC'), failures };
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Converts text typed in TCVN3 (ABC; fonts .VnTime, .VnArial) to Unicode NFC.
 * Characters that are not TCVN3 codes are kept. Capitals typed with an
 * upper-case font come out lower case unless the word is in capitals (see above).
 */
export function convertTcvn3(text: string): string {
  return decodeTcvn3(text.normalize('NFC')).text;
}

/** Converts text typed in VNI-Windows (fonts VNI-Times, …) to Unicode NFC. Stray marks are kept. */
export function convertVni(text: string): string {
  return decodeVni(text.normalize('NFC')).text;
}

const DECODERS: ReadonlyArray<readonly [LegacyEncoding, (text: string) => Decoded]> = [
  ['tcvn3', decodeTcvn3],
  ['vni', decodeVni],
];

const COMMON = new Set(COMMON_SYLLABLES);

/** How many letters carry a tone mark. */
function toneCount(text: string): number {
  return [...text].filter((ch) => VOWEL_LETTERS.get(ch)?.tone).length;
}

/** How many words of a conversion are frequent dossier syllables. */
function commonness(text: string): number {
  return words(text).filter((w) => COMMON.has(w.toLowerCase())).length;
}

/**
 * A cheap first look, one pass over the code units, that settles almost every
 * cell: plain ASCII holds no legacy bytes, and a letter from Latin Extended-A/B or
 * the Vietnamese block (đ ơ ư ạ ệ …) is Unicode Vietnamese — these letters are
 * stable under NFC, so the full check below would reject the text too.
 */
function mayBeLegacy(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x100 && c <= 0x24f) || (c >= 0x1ea0 && c <= 0x1ef9)) return false;
    high = true;
  }
  return high;
}

/**
 * Recognises Vietnamese typed in TCVN3 or VNI. Returns the encoding and the
 * converted text (NFC), or `null` when the text is ordinary Unicode (or ASCII, or
 * a foreign word, or too ambiguous to touch).
 *
 * Limits: a legacy string whose every non-ASCII character is also a plausible
 * Unicode Vietnamese letter in a valid syllable ("Tõ", VNI "Coù") cannot be told
 * apart and is left alone; so is any string that mixes legacy and real Unicode
 * letters. A word outside the syllable tables (e.g. "Đakrông" written as one
 * word) makes its whole string undetectable.
 */
export function detectLegacyText(text: string): LegacyReading | null {
  if (!mayBeLegacy(text)) return null;
  // Cells repeat ("Nông dân", a commune's name): each distinct text is judged once.
  return readings.get(text, detectUncached);
}

/** A legacy reading of a text: its encoding and the Unicode it stands for. */
export interface LegacyReading {
  readonly encoding: LegacyEncoding;
  readonly converted: string;
}

const readings = new BoundedMemo<string, LegacyReading | null>(20_000);

function detectUncached(text: string): LegacyReading | null {
  const s = text.normalize('NFC');
  // Legacy bytes only yield Latin-1; any letter beyond it means Unicode was used.
  if ([...s].some((ch) => ch > '\u00ff' && /\p{L}/u.test(ch))) return null;
  if (![...s].some(isHigh) || !hasNonVietnameseWord(s)) return null;

  const candidates = DECODERS.flatMap(([encoding, decode]) => {
    const { text: converted, failures } = decode(s);
    return failures === 0 && converted !== s && readsAsVietnamese(converted) ? [{ encoding, converted }] : [];
  });
  // Both readings are valid only for short strings ("Höng": TCVN3 hửng, VNI
  // hưng). Prefer the one with more frequent dossier syllables, then the one with
  // fewer tone marks (toneless syllables are the most frequent in Vietnamese),
  // then TCVN3, the national standard most government offices used.
  candidates.sort(
    (a, b) => commonness(b.converted) - commonness(a.converted) || toneCount(a.converted) - toneCount(b.converted),
  );
  return candidates[0] ?? null;
}
