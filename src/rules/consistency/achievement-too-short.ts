import { finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/** Every plan asks for concrete achievements: fewer than this many characters is a token entry. */
export const MIN_ACHIEVEMENT_LENGTH = 20;

/** `Thành tích tóm tắt` must say something: at least 20 characters. */
export const achievementTooShort = defineCheck({
  name: 'achievement-too-short',
  codes: ['achievement.too-short'],
  run(dossier) {
    const length = (text: string) => {
      let n = 0;
      for (const _ of text.trim()) n++; // characters, not UTF-16 units
      return n;
    };
    return [...dossier.collectives, ...dossier.individuals]
      .filter((n) => n.achievement.trim().length < 2 * MIN_ACHIEVEMENT_LENGTH && length(n.achievement) < MIN_ACHIEVEMENT_LENGTH)
      .map((n) => finding('achievement.too-short', at(dossier, n.origin, 'achievement'), { length: length(n.achievement), min: MIN_ACHIEVEMENT_LENGTH }));
  },
});
