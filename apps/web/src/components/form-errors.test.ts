import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors.js';

const apiError = (...issues: { path: string; message: string }[]) =>
  Object.assign(new Error('bad'), { issues });

describe('fieldErrors', () => {
  it('maps body issues to the form fields', () => {
    const error = apiError(
      { path: 'body.country', message: 'two capital letters' },
      { path: 'body.country', message: 'too long' },
      { path: 'body.unknown', message: 'ignored' },
    );
    expect(fieldErrors(error, ['country', 'nameZh'])).toEqual([
      { name: ['country'], errors: ['two capital letters', 'too long'] },
    ]);
  });

  it('maps an issue of a nested field to that field', () => {
    const error = apiError({ path: 'body.administrator.email', message: 'not an email' });
    expect(fieldErrors(error, ['administrator', 'administrator.email'])).toEqual([
      { name: ['administrator', 'email'], errors: ['not an email'] },
    ]);
  });

  it('maps an issue inside a field the form does not split to that field', () => {
    const error = apiError({ path: 'body.links.0', message: 'not a URL' });
    expect(fieldErrors(error, ['links'])).toEqual([{ name: ['links'], errors: ['not a URL'] }]);
  });

  it('gives nothing for other errors', () => {
    expect(fieldErrors(new Error('x'), ['country'])).toEqual([]);
  });
});
