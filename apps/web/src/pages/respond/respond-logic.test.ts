import { describe, expect, it } from 'vitest';
import type { InvitedResponse } from '../../api/respond.js';
import { answerAction, closedReason, daysLeft, linkProblemOf, mayRetry } from './respond-logic.js';

const state = (
  change: Partial<Pick<InvitedResponse, 'editable' | 'closedBecause'>> & { revealed?: boolean },
) => ({
  editable: change.editable ?? true,
  closedBecause: change.closedBecause ?? null,
  assessment: { revealed: change.revealed ?? false } as InvitedResponse['assessment'],
});

describe('the invited stakeholder’s link', () => {
  it('tells unknown, withdrawn and expired links apart by the API’s code', () => {
    expect(linkProblemOf({ status: 404, code: 'invitation-not-found' })).toBe('not-found');
    expect(linkProblemOf({ status: 410, code: 'invitation-revoked' })).toBe('revoked');
    expect(linkProblemOf({ status: 410, code: 'invitation-expired' })).toBe('expired');
    expect(linkProblemOf({ status: 429, code: 'rate-limited' })).toBe('rate-limited');
    expect(linkProblemOf({ status: 0, code: 'network' })).toBe('other');
    expect(linkProblemOf(undefined)).toBe('other');
  });

  it('offers to try again only when trying again can help', () => {
    expect(mayRetry('rate-limited')).toBe(true);
    expect(mayRetry('other')).toBe(true);
    expect(mayRetry('expired')).toBe(false);
    expect(mayRetry('revoked')).toBe(false);
    expect(mayRetry('not-found')).toBe(false);
  });

  it('counts the days left before the link expires, to the nearest day', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(daysLeft('2026-12-21T12:00:00Z', now)).toBe(30);
    expect(daysLeft('2026-12-21T10:00:00Z', now)).toBe(30);
    expect(daysLeft('2026-11-22T11:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-11-21T20:00:00Z', now)).toBe(0);
  });

  it('says why the answers are closed: revealed before submitted', () => {
    expect(closedReason(state({}))).toBeNull();
    expect(closedReason(state({ editable: false, closedBecause: 'revealed' }))).toBe('revealed');
    expect(
      closedReason(state({ editable: false, revealed: true, closedBecause: 'not-draft' })),
    ).toBe('revealed');
    expect(closedReason(state({ editable: false, closedBecause: 'not-draft' }))).toBe('submitted');
    expect(closedReason(state({ editable: false }))).toBe('closed');
  });

  it('starts, continues or reviews the questionnaire by progress', () => {
    expect(answerAction({ answered: 0, total: 32 }, true)).toBe('start');
    expect(answerAction({ answered: 5, total: 32 }, true)).toBe('continue');
    expect(answerAction({ answered: 32, total: 32 }, true)).toBe('review');
    expect(answerAction({ answered: 5, total: 32 }, false)).toBe('read');
  });
});
