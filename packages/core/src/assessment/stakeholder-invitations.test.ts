import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  invitationExpiry,
  invitationValidity,
  isStandardStakeholderGroup,
  progressByGroup,
  stakeholderGroupKeyFor,
  stakeholderGroupKeyPattern,
} from './stakeholder-invitations.js';
import type { InvitationStatus } from './stakeholder-rules.js';

const now = new Date('2026-11-21T12:00:00Z');

describe('invitationExpiry', () => {
  it('gives a link 30 days by default', () => {
    expect(invitationExpiry(now).toISOString()).toBe('2026-12-21T12:00:00.000Z');
  });

  it('gives a link the days asked for', () => {
    expect(invitationExpiry(now, invitationValidity.maxDays).toISOString()).toBe(
      '2027-11-21T12:00:00.000Z',
    );
  });
});

describe('progressByGroup', () => {
  it('counts invited, opened and each status per group, groups sorted by key', () => {
    const result = progressByGroup([
      { group: 'residents', status: 'completed', opened: true },
      { group: 'academia', status: 'not-opened', opened: false },
      { group: 'residents', status: 'in-progress', opened: true },
      { group: 'residents', status: 'revoked', opened: false },
      { group: 'residents', status: 'expired', opened: true },
    ]);
    expect(Object.keys(result)).toEqual(['academia', 'residents']);
    expect(result.residents).toEqual({
      invited: 4,
      opened: 3,
      notOpened: 0,
      inProgress: 1,
      completed: 1,
      revoked: 1,
      expired: 1,
    });
    expect(result.academia).toMatchObject({ invited: 1, opened: 0, notOpened: 1 });
  });

  it('gives nothing for no invitations', () => {
    expect(progressByGroup([])).toEqual({});
  });

  it('counts every invitation in exactly one status, whatever the order', () => {
    const statuses: InvitationStatus[] = [
      'not-opened',
      'in-progress',
      'completed',
      'revoked',
      'expired',
    ];
    const invitation = fc.record({
      group: fc.constantFrom('a', 'b', 'c'),
      status: fc.constantFrom(...statuses),
      opened: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(invitation), (invitations) => {
        const result = progressByGroup(invitations);
        const reversed = progressByGroup([...invitations].reverse());
        expect(reversed).toEqual(result);
        for (const p of Object.values(result))
          expect(p.notOpened + p.inProgress + p.completed + p.revoked + p.expired).toBe(p.invited);
        const invited = Object.values(result).reduce((sum, p) => sum + p.invited, 0);
        expect(invited).toBe(invitations.length);
      }),
    );
  });
});

describe('stakeholder group keys', () => {
  it('knows the standard groups', () => {
    expect(['residents', 'academia', 'youth-council'].map(isStandardStakeholderGroup)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('makes a key of the English name', () => {
    expect(stakeholderGroupKeyFor('  Youth Council (North) ', new Set())).toBe(
      'youth-council-north',
    );
  });

  it('falls back to "group" when the name has no usable letters', () => {
    expect(stakeholderGroupKeyFor('青年委员会', new Set())).toBe('group');
  });

  it('numbers a key that is taken or a standard group', () => {
    expect(stakeholderGroupKeyFor('Residents', new Set())).toBe('residents-2');
    expect(stakeholderGroupKeyFor('Youth', new Set(['youth', 'youth-2']))).toBe('youth-3');
  });

  it('always makes a key of the allowed pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const key = stakeholderGroupKeyFor(name, new Set());
        expect(key).toMatch(stakeholderGroupKeyPattern);
        expect(key.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});
