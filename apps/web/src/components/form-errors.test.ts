import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors.js';

describe('fieldErrors', () => {
  it('maps body issues to the form fields', () => {
    const error = Object.assign(new Error('bad'), {
      issues: [
        { path: 'body.country', message: 'two capital letters' },
        { path: 'body.country', message: 'too long' },
        { path: 'body.unknown', message: 'ignored' },
      ],
    });
    expect(fieldErrors(error, ['country', 'nameZh'])).toEqual([
      { name: 'country', errors: ['two capital letters', 'too long'] },
    ]);
  });

  it('gives nothing for other errors', () => {
    expect(fieldErrors(new Error('x'), ['country'])).toEqual([]);
  });
});
