/**
 * A small seeded pseudo-random generator (mulberry32) so every run writes the
 * same workbooks. Each sample gets its own seed from its name, so adding a
 * sample never changes the others.
 */

/** FNV-1a hash of a string, used to turn a sample name into a seed. */
export function hashSeed(text) {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Creates a generator with helpers; `seed` is a number or a string. */
export function createRng(seed) {
  let state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [min, max], both ends included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability `p`. */
    chance: (p) => next() < p,
    /** One element of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A new array with the elements in random order. */
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** `n` random decimal digits as a string. */
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    /** A round amount between min and max, in steps of `step`. */
    amount: (min, max, step = 5) => step * rng.int(Math.ceil(min / step), Math.floor(max / step)),
  };
  return rng;
}
