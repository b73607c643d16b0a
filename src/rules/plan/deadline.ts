import { SUBMITTER_LEVELS } from '../../dossier/vocabularies.js';
import type { Finding } from '../../findings/finding.js';
import type { Deadline } from '../../plans/schema.js';
import { daysBetween, isoDate } from '../../text/dates.js';
import { at, defineCheck } from '../check.js';
import { planFinding, type RuleEntry } from './plan-finding.js';

/**
 * Submission deadlines by `Cấp đơn vị trình`, in the year after the achievement
 * year; the submission date is `Ngày trình`, else the run's `--as-of` date. And
 * the registration deadline, when the plan sets one.
 */
export const deadlines = defineCheck({
  name: 'deadlines',
  codes: ['deadline.late', 'deadline.registration'],
  run(dossier, { plan, asOf }) {
    const info = dossier.info;
    if (!info) return [];
    const findings: Finding[] = [];
    const where = (field: string) => at(dossier, info.origin, field);
    const scope = info.district ? 'district' : 'province';
    const rule = plan.deadlines.find((d) => d.submitters.includes(info.submitterLevel) && (!d.where || d.where === scope));
    if (rule) {
      const submitted = info.submittedOn ?? asOf;
      const late = lateness(rule, info.achievementYear + rule.yearOffset, submitted);
      if (late) {
        const level = SUBMITTER_LEVELS.find((l) => l.id === info.submitterLevel)!.label;
        const data = { deadline: late.deadline, submitted, daysLate: late.days, submitterLevel: level, assumed: info.submittedOn === undefined };
        findings.push(planFinding('deadline.late', where('submittedOn'), data, plan, late.entry));
      }
    }
    const registration = plan.registration;
    if (registration) {
      const deadline = isoDate(info.achievementYear, registration.month, registration.day)!;
      if (!info.registeredOn) {
        findings.push(planFinding('deadline.registration', where('registeredOn'), { deadline }, plan, { ...registration, severity: 'warning' }));
      } else {
        const late = lateness(registration, info.achievementYear, info.registeredOn);
        if (late) findings.push(planFinding('deadline.registration', where('registeredOn'), { deadline, registered: info.registeredOn, daysLate: late.days }, plan, late.entry));
      }
    }
    return findings;
  },
});

/**
 * How late a date is, and under which reading. "Trước ngày 15/01" (`before`)
 * leaves the 14th as the last good day; `on-or-before` keeps the 15th. When the
 * plan marks its reading as inferred, only the named day itself is in doubt: a
 * date after it is late under either reading (the plan's stated rule, an error),
 * while the day itself is late only by the inferred reading (a warning).
 */
function lateness(
  rule: Pick<Deadline, 'day' | 'month' | 'reading' | 'clause' | 'inferred' | 'severity'>,
  year: number,
  date: string,
): { deadline: string; days: number; entry: RuleEntry } | undefined {
  const deadline = isoDate(year, rule.month, rule.day)!;
  const afterNamedDay = daysBetween(deadline, date);
  const days = rule.reading === 'before' ? afterNamedDay + 1 : afterNamedDay;
  if (days <= 0) return undefined;
  const onlyByReading = rule.reading === 'before' && afterNamedDay === 0;
  const entry: RuleEntry = { clause: rule.clause, ...(rule.severity ? { severity: rule.severity } : {}), ...(rule.inferred && onlyByReading ? { inferred: true } : {}) };
  return { deadline, days, entry };
}
