// Calendar dates (YYYY-MM-DD) as whole days, for the roadmap and KPI rules: no time zones, no
// hours, so that a date means the same day on every server and in every browser.

const msPerDay = 86_400_000;

/** The day number of a date `YYYY-MM-DD` (days since 1970-01-01, UTC). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

/** The date `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/**
 * The date `years` years after `date`, on the same month and day; 29 February becomes 28
 * February in a year that has none (the plan's horizon never runs into the next month).
 */
export function addYears(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
