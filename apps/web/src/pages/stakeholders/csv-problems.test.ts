import { describe, expect, it } from 'vitest';
import { csvProblemsOf } from './csv-problems.js';

/** An error shaped as the API client throws it. */
const apiError = (code: string, details: Record<string, unknown> = {}) =>
  Object.assign(new Error('message'), { status: 400, code, issues: [], details });

describe('csvProblemsOf', () => {
  const problem = {
    line: 3,
    column: 2,
    field: 'email',
    code: 'csv-email-invalid',
    message: { zh: '邮箱地址无效', en: 'not a valid email address' },
  };

  it('reads the problems of a refused invitation list', () => {
    expect(csvProblemsOf(apiError('invitation-csv-invalid', { problems: [problem] }))).toEqual([
      problem,
    ]);
  });

  it('gives an empty list when a refused list comes without its problems', () => {
    expect(csvProblemsOf(apiError('invitation-csv-invalid'))).toEqual([]);
  });

  it('is undefined for any other error', () => {
    expect(csvProblemsOf(apiError('results-revealed'))).toBeUndefined();
    expect(csvProblemsOf(new Error('x'))).toBeUndefined();
    expect(csvProblemsOf(null)).toBeUndefined();
  });
});
