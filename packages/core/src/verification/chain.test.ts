import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyChain, type ChainEntry } from './chain.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A valid chain of the given contents, hashed like the database does (content + link). */
function chainOf(contents: readonly string[]): {
  entries: ChainEntry[];
  head: { seq: number; hash: string };
} {
  const entries: ChainEntry[] = [];
  let prevHash = '';
  contents.forEach((content, i) => {
    const hash = sha(`${String(i + 1)}\n${prevHash}\n${content}`);
    entries.push({ id: 100 + i, seq: i + 1, prevHash, hash, recomputedHash: hash });
    prevHash = hash;
  });
  return { entries, head: { seq: entries.length, hash: prevHash } };
}

describe('verifyChain', () => {
  it('accepts an intact chain', () => {
    const { entries, head } = chainOf(['create', 'rate', 'submit']);
    expect(verifyChain(entries, head)).toEqual({ ok: true, entries: 3, firstBreak: null });
  });

  it('accepts an empty chain with an empty head', () => {
    expect(verifyChain([], { seq: 0, hash: '' }).ok).toBe(true);
  });

  it('finds an entry whose content was changed', () => {
    const { entries, head } = chainOf(['create', 'rate', 'submit']);
    const altered = entries.map((e) =>
      e.seq === 2 ? { ...e, recomputedHash: sha('changed') } : e,
    );
    expect(verifyChain(altered, head).firstBreak).toEqual({
      seq: 2,
      entryId: 101,
      reason: 'altered-entry',
    });
  });

  it('finds the link after an entry that was changed and re-hashed', () => {
    const { entries, head } = chainOf(['create', 'rate', 'submit']);
    const rehashed = entries.map((e) =>
      e.seq === 2 ? { ...e, hash: sha('forged'), recomputedHash: sha('forged') } : e,
    );
    expect(verifyChain(rehashed, head).firstBreak).toEqual({
      seq: 3,
      entryId: 102,
      reason: 'broken-link',
    });
  });

  it('finds a removed entry', () => {
    const { entries, head } = chainOf(['create', 'rate', 'submit']);
    expect(
      verifyChain(
        entries.filter((e) => e.seq !== 2),
        head,
      ).firstBreak,
    ).toEqual({ seq: 2, entryId: null, reason: 'missing-entry' });
  });

  it('finds the last entries removed', () => {
    const { entries, head } = chainOf(['create', 'rate', 'submit']);
    expect(verifyChain(entries.slice(0, 2), head).firstBreak?.reason).toBe('head-mismatch');
  });

  it('finds any single change to any entry, at that entry or the link after it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (contents, pick) => {
          const { entries, head } = chainOf(contents);
          const target = (pick % entries.length) + 1;
          const tampered = entries.map((e) =>
            e.seq === target ? { ...e, recomputedHash: sha(`tampered ${e.hash}`) } : e,
          );
          const result = verifyChain(tampered, head);
          return !result.ok && result.firstBreak?.seq === target;
        },
      ),
    );
  });
});
