import { randomBytes } from 'node:crypto';
import { tokenHash } from './tokens.js';

// Join codes of benchmarking consortia. A city's administrator types the code the consortium's
// organiser gave them, so it is short and unambiguous: 20 characters of Crockford's base32
// (no I, L, O or U), in groups of four, 100 random bits. Only its SHA-256 is stored.

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new join code (shown once) and the hash to store. */
export function newJoinCode(): { code: string; hash: string } {
  // 256 is a multiple of 32: every character is equally likely.
  const chars = [...randomBytes(20)].map((byte) => alphabet[byte % 32] ?? '0');
  const groups = [0, 4, 8, 12, 16].map((i) => chars.slice(i, i + 4).join(''));
  const code = groups.join('-');
  return { code, hash: joinCodeHash(code) };
}

/**
 * The hash of a code as typed: case, spaces and dashes do not matter, and the letters people
 * confuse with digits (O, I, L) count as those digits.
 */
export function joinCodeHash(typed: string): string {
  const normalised = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return tokenHash(`consortium-join:${normalised}`);
}
