import type { BatchCheck, DossierCheck } from './check.js';
import { achievementTooShort } from './consistency/achievement-too-short.js';
import { communeCriteriaBreakdown } from './consistency/commune-criteria-breakdown.js';
import { communeCriteriaDropped } from './consistency/commune-criteria-dropped.js';
import { communeDuplicate } from './consistency/commune-duplicate.js';
import { communeLevelCriteria } from './consistency/commune-level-criteria.js';
import { communeRecognitionYear } from './consistency/commune-recognition-year.js';
import { communeVillages } from './consistency/commune-villages.js';
import { infoPlace } from './consistency/info-place.js';
import { nominationDuplicate } from './consistency/nomination-duplicate.js';
import { nominationUnknownCommune } from './consistency/nomination-unknown-commune.js';
import { awardBasis } from './plan/award-basis.js';
import { awardRound } from './plan/award-round.js';
import { deadlines } from './plan/deadline.js';
import { eligibility } from './plan/eligibility.js';
import { onceOnly } from './plan/once-only.js';
import { period } from './plan/period.js';
import { quotaExceeded } from './plan/quota.js';

/** Every check over one dossier, run in this order. */
export const DOSSIER_CHECKS: readonly DossierCheck[] = [
  infoPlace,
  communeDuplicate,
  communeLevelCriteria,
  communeCriteriaBreakdown,
  communeRecognitionYear,
  communeVillages,
  communeCriteriaDropped,
  nominationUnknownCommune,
  achievementTooShort,
  awardBasis,
  awardRound,
  eligibility,
  onceOnly,
  deadlines,
  period,
];

/** Every check over all dossiers of a run. */
export const BATCH_CHECKS: readonly BatchCheck[] = [nominationDuplicate, quotaExceeded];
