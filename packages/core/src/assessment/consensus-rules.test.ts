import { describe, expect, it } from 'vitest';
import { consensusRefusal, versionConflict } from './consensus-rules.js';

const workshop = {
  method: 'facilitated-workshop',
  status: 'draft' as const,
  revealedAt: new Date('2026-11-20T10:00:00Z'),
};

describe('consensusRefusal', () => {
  it('lets the workshop record the consensus of a revealed draft', () => {
    expect(consensusRefusal(workshop)).toBeNull();
  });

  it('records a consensus only in a facilitated workshop', () => {
    expect(consensusRefusal({ ...workshop, method: 'multi-stakeholder' })).toBe('not-facilitated');
  });

  it('waits until the individual results are revealed', () => {
    expect(consensusRefusal({ ...workshop, revealedAt: null })).toBe('not-revealed');
  });

  it('freezes the consensus once submitted', () => {
    expect(consensusRefusal({ ...workshop, status: 'submitted' })).toBe('not-draft');
  });
});

describe('versionConflict', () => {
  it('accepts an edit made from the stored version', () => {
    expect(versionConflict(3, 3)).toBe(false);
  });

  it('accepts creating an item that does not exist yet (version 0)', () => {
    expect(versionConflict(0, null)).toBe(false);
  });

  it('refuses an edit made from an older version', () => {
    expect(versionConflict(2, 3)).toBe(true);
  });

  it('refuses creating an item someone else has just created', () => {
    expect(versionConflict(0, 1)).toBe(true);
  });
});
