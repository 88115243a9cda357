import { describe, expect, it } from 'vitest';
import { httpUrlRule, isHttpUrl } from './edit-logic.js';

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
