/**
 * Test-only encoders: Unicode → TCVN3 and Unicode → VNI, built by inverting the
 * tables the decoders use, so that round trips exercise the tables both ways.
 * (Hand-written garbled strings in the tests guard against a table being wrong
 * in both directions at once.)
 */
import {
  COMBINING,
  TCVN3_PAIRS,
  TONES,
  VNI_MARK_ROWS,
  VNI_SINGLE_LETTERS,
  type Shape,
  type Tone,
} from '../../src/dossier/legacy-tables.js';

const TO_TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([legacy, letter]) => [letter, legacy]));

/**
 * Unicode → TCVN3 as typists produced it: a capital with no TCVN3 code (Ủ, Á, …)
 * is typed with the lower-case code, as an upper-case .VnTimeH font would show it.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += TO_TCVN3.get(ch) ?? TO_TCVN3.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

const VNI_SINGLE = new Map<string, string>(VNI_SINGLE_LETTERS.map(([legacy, letter]) => [letter, legacy]));
const VNI_MARK = new Map<string, string>();
for (const [shape, marks] of VNI_MARK_ROWS) {
  marks.forEach((mark, i) => VNI_MARK.set(`${shape ?? ''}/${i === 0 ? '' : TONES[i - 1]}`, mark));
}

/** Splits a letter into its ASCII base, shape (circumflex/breve/horn) and tone. */
function analyse(ch: string): { base: string; shape: Shape | 'horn' | null; tone: Tone | null } {
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  const shape = (['circumflex', 'breve', 'horn'] as const).find((s) => marks.includes(COMBINING[s])) ?? null;
  const tone = TONES.find((t) => marks.includes(COMBINING[t])) ?? null;
  return { base, shape, tone };
}

/**
 * Unicode → VNI. Marks after a capital are capitals only when the whole word is
 * (UÛY BAN, but Aùnh), which is how VNI text is typed in practice.
 */
export function encodeVni(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const capitalMarks = word === word.toUpperCase() && word.length > 1;
    return [...word].map((ch) => encodeVniLetter(ch, capitalMarks)).join('');
  });
}

function encodeVniLetter(ch: string, capitalMarks: boolean): string {
  const lower = ch.toLowerCase();
  const isUpper = ch !== lower;
  const cased = (s: string): string => (isUpper ? s.toUpperCase() : s);
  const single = VNI_SINGLE.get(lower);
  if (single !== undefined) return cased(single);
  const { base, shape, tone } = analyse(lower);
  if (shape === null && tone === null) return ch;
  let letter = base;
  let markShape: Shape | null = null;
  if (shape === 'horn') letter = VNI_SINGLE.get((base + COMBINING.horn).normalize('NFC'))!;
  else markShape = shape;
  const mark = VNI_MARK.get(`${markShape ?? ''}/${tone ?? ''}`);
  if (mark === undefined) throw new Error(`no VNI mark for ${ch}`);
  return cased(letter) + (capitalMarks && isUpper ? mark.toUpperCase() : mark);
}
