/**
 * Tolerant matching of Vietnamese names: officers type sheet names, headers and
 * vocabulary values with or without diacritics, in any case, NFC or NFD, with
 * stray spaces and punctuation. Everything is compared through `fold`.
 */

import { BoundedMemo } from './bounded-memo.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Folds a name to its matching key: NFD, marks removed, đ→d, lower case,
 * punctuation and runs of spaces collapsed to one space, trimmed.
 * `"  Số tiêu chí   đạt "`, `"SO TIEU CHI DAT"` and `"So tieu chi dat:"` all fold to `"so tieu chi dat"`.
 */
export function fold(text: string): string {
  // Sheets repeat the same few names and vocabulary values thousands of times; long texts rarely repeat.
  return memo.get(text, foldUncached, text.length <= 64);
}

const memo = new BoundedMemo<string, string>(20_000);

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐðÐ]/g, 'd') // Latin Eth (Ð) stands in for Đ in some fonts and converters
    .toLowerCase()
    .replace(NOT_ALNUM, ' ')
    .trim();
}

/** `fold` with parenthesised parts removed: `"Nợ đọng XDCB (tr.đ)"` → `"no dong xdcb"`. */
export function foldWithoutParentheses(text: string): string {
  return fold(text.replace(/\([^)]*\)/g, ' '));
}

/** Levenshtein distance, for "did you mean" suggestions on folded strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `text` (compared folded), when it is near enough to be
 * a likely typo: at most a third of the longer string's length, and at most 4 edits.
 */
export function nearest<T>(text: string, candidates: readonly T[], keyOf: (c: T) => readonly string[]): T | undefined {
  const key = fold(text);
  if (key.length === 0) return undefined;
  let best: { candidate: T; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of keyOf(candidate)) {
      const other = fold(name);
      const distance = editDistance(key, other);
      const allowed = Math.min(4, Math.floor(Math.max(key.length, other.length) / 3));
      if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
    }
  }
  return best?.candidate;
}

/** Removes an administrative prefix ("tỉnh", "huyện", "xã", "thành phố", "TP", "thị xã", "thị trấn"). */
export function foldPlaceName(text: string): string {
  // Rules look up every nomination's commune and district, a few hundred names over and
  // over: remembered, as `fold` is, rather than folded and stripped again each time.
  return placeMemo.get(text, foldPlaceNameUncached, text.length <= 64);
}

const placeMemo = new BoundedMemo<string, string>(20_000);

function foldPlaceNameUncached(text: string): string {
  // "H. Tam Đường", "X. Bản Bo", "TT. Tam Đường" fold to "h tam duong"…: abbreviations count as prefixes too.
  return fold(text).replace(/^(tinh|huyen|xa|thanh pho|tp|thi xa|tx|thi tran|tt|ubnd|h|x|t)\s+/, '').replace(/^(huyen|xa|tinh)\s+/, '');
}

/** A village name without its kind ("Bản Hồ Pên", "Hồ Pên" and "thôn Hồ Pên" are one village). */
export function foldVillageName(text: string): string {
  return fold(text).replace(/^(ban|thon|xom|bon|buon|to dan pho|khu)\s+/, '');
}
