import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/cli/options.js';

/** What the zone database says the date in Hà Nội is at `instant` (the way todayInVietnam used to ask). */
const zoneDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe('todayInVietnam', () => {
  it.each([
    ['2025-01-09T16:59:59.999Z', '2025-01-09'],
    ['2025-01-09T17:00:00.000Z', '2025-01-10'],
    ['2024-12-31T17:00:00.000Z', '2025-01-01'], // a new year in Hà Nội while it is still the old one in UTC
    ['2024-02-28T17:30:00.000Z', '2024-02-29'],
    ['2026-11-23T06:00:00.000Z', '2026-11-23'],
  ])('at %s it is %s in Vietnam', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('agrees with the zone database at every hour boundary from 1976 to 2100, sampled', () => {
    const start = Date.UTC(1976, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    const hour = 60 * 60 * 1000;
    // Every 997th hour lands on every hour of the day and every month over the years; each checked a minute either side.
    for (let t = start; t < end; t += 997 * hour) {
      for (const instant of [new Date(t - 60_000), new Date(t), new Date(t + 60_000)]) expect(todayInVietnam(instant), instant.toISOString()).toBe(zoneDate(instant));
    }
  });
});
