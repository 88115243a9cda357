import type { CsvProblem } from '../../api/stakeholders.js';

/**
 * The problems of a refused invitation list (400 `invitation-csv-invalid`), or undefined for any
 * other error. Read by shape (an ApiError's `code` and `details`), so that this module stays free
 * of the API client.
 */
export function csvProblemsOf(error: unknown): CsvProblem[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if (!('code' in error) || error.code !== 'invitation-csv-invalid') return undefined;
  const details = 'details' in error ? error.details : undefined;
  const problems =
    typeof details === 'object' && details !== null && 'problems' in details
      ? details.problems
      : undefined;
  return Array.isArray(problems) ? (problems as CsvProblem[]) : [];
}
