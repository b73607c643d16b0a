import { finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/** Every plan asks for concrete achievements: fewer than this many characters is a token entry. */
export const MIN_ACHIEVEMENT_LENGTH = 20;

/** `Thành tích tóm tắt` must say something: at least 20 characters. */
export const achievementTooShort = defineCheck({
  name: 'achievement-too-short',
  codes: ['achievement.too-short'],
  run(dossier) {
    return [...dossier.collectives, ...dossier.individuals]
      .filter((n) => [...n.achievement.trim()].length < MIN_ACHIEVEMENT_LENGTH)
      .map((n) => finding('achievement.too-short', at(dossier, n.origin, 'achievement'), { length: [...n.achievement.trim()].length, min: MIN_ACHIEVEMENT_LENGTH }));
  },
});
