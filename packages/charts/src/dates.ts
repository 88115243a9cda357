/** Milliseconds of a `YYYY-MM-DD` date at midnight UTC (the time axis of the workspace's charts). */
export function dateValue(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** One day in milliseconds. */
export const dayMs = 86_400_000;
