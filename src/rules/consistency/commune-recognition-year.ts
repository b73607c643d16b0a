import { finding } from '../../findings/finding.js';
import { at, defineCheck } from '../check.js';

/**
 * `Năm công nhận` cannot come after the achievement year being reported; a commune
 * still `Chưa đạt` with a recognition year is reported too, as a warning: it may
 * have lost its status, which the officer should confirm.
 */
export const communeRecognitionYear = defineCheck({
  name: 'commune-recognition-year',
  codes: ['commune.recognition-year'],
  run(dossier) {
    const achievementYear = dossier.info?.achievementYear;
    if (achievementYear === undefined) return [];
    return dossier.communes.flatMap((c) => {
      if (c.recognitionYear === undefined) return [];
      const where = at(dossier, c.origin, 'recognitionYear');
      const data = { commune: c.name, year: c.recognitionYear, achievementYear };
      if (c.recognitionYear > achievementYear) return [finding('commune.recognition-year', where, { ...data, reason: 'after-achievement-year' as const })];
      if (c.level === 'chua-dat') return [finding('commune.recognition-year', where, { ...data, reason: 'without-level' as const }, { severity: 'warning' })];
      return [];
    });
  },
});
