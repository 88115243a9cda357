import { describe, expect, it } from 'vitest';
import { conflictRows, httpUrlRule, isHttpUrl } from './edit-logic.js';

describe('isHttpUrl', () => {
  it('accepts http and https addresses', () => {
    expect([
      isHttpUrl('https://example.org/a.pdf'),
      isHttpUrl(' http://intranet.local/x '),
    ]).toEqual([true, true]);
  });

  it('refuses other schemes and text that is not an address', () => {
    expect([
      isHttpUrl('ftp://example.org'),
      isHttpUrl('javascript:alert(1)'),
      isHttpUrl('example.org'),
      isHttpUrl(''),
    ]).toEqual([false, false, false, false]);
  });
});

describe('httpUrlRule', () => {
  it('lets an empty field or an address pass and refuses the rest with the message', async () => {
    const rule = httpUrlRule('an address please');
    await expect(rule.validator(null, '')).resolves.toBeUndefined();
    await expect(rule.validator(null, 'https://example.org')).resolves.toBeUndefined();
    await expect(rule.validator(null, 'not a link')).rejects.toThrow('an address please');
  });
});

describe('conflictRows', () => {
  it("pairs each field's texts under its label, theirs empty when it was deleted", () => {
    const label = (f: string) => f.toUpperCase();
    expect(conflictRows(['a', 'b'], label, { a: '1', b: '2' }, { a: '1', b: '3' })).toEqual([
      { key: 'a', label: 'A', theirs: '1', yours: '1' },
      { key: 'b', label: 'B', theirs: '3', yours: '2' },
    ]);
    expect(conflictRows(['a'], label, { a: '1' }, undefined)).toEqual([
      { key: 'a', label: 'A', theirs: '', yours: '1' },
    ]);
  });
});
