import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps a path of this site', () => {
    expect(safeNext('/organisations/x?tab=1')).toBe('/organisations/x?tab=1');
  });

  it('refuses other sites and odd forms', () => {
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNext('/login?next=/')).toBe('/');
  });
});
