import { describe, expect, it } from 'vitest';
import { joinCodeHash, newJoinCode } from './consortium-join-codes.js';

describe('consortium join codes', () => {
  it('are five groups of four unambiguous characters', () => {
    expect(newJoinCode().code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('are different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newJoinCode().code));
    expect(codes.size).toBe(200);
  });

  it('hash the same however they are typed', () => {
    const { code, hash } = newJoinCode();
    expect([
      joinCodeHash(code.toLowerCase()),
      joinCodeHash(code.replace(/-/g, ' ')),
      joinCodeHash(code.replace(/-/g, '')),
    ]).toEqual([hash, hash, hash]);
  });

  it('read O as zero and I or L as one', () => {
    expect(joinCodeHash('O1I0-LLLL')).toBe(joinCodeHash('0110-1111'));
  });

  it('store a hash that is not the code', () => {
    const { code, hash } = newJoinCode();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code);
  });
});
