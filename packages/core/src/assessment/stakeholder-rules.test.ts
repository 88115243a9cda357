import { describe, expect, it } from 'vitest';
import { usesConsensus, usesInvitations } from './methods.js';
import {
  canChangeMinGroupSize,
  invitationRefusal,
  invitationStatus,
  revealRefusal,
  stakeholderAnswerRefusal,
  stakeholderSeesResults,
} from './stakeholder-rules.js';

const now = new Date('2026-11-21T12:00:00Z');
const later = new Date('2026-12-21T12:00:00Z');
const earlier = new Date('2026-10-21T12:00:00Z');
const link = { expiresAt: later, revokedAt: null };
const draft = { method: 'multi-stakeholder', status: 'draft' as const, revealedAt: null };

describe('methods', () => {
  it('invites stakeholders for multi-stakeholder and facilitated assessments only', () => {
    expect(
      ['single-stakeholder', 'multi-stakeholder', 'facilitated-workshop'].map(usesInvitations),
    ).toEqual([false, true, true]);
  });

  it('takes the consensus as the result of a facilitated workshop only', () => {
    expect(
      ['single-stakeholder', 'multi-stakeholder', 'facilitated-workshop'].map(usesConsensus),
    ).toEqual([false, false, true]);
  });
});

describe('invitationRefusal', () => {
  it('opens a valid link', () => {
    expect(invitationRefusal(link, now)).toBeNull();
  });

  it('refuses a revoked link even before it expires', () => {
    expect(invitationRefusal({ ...link, revokedAt: earlier }, now)).toBe('revoked');
  });

  it('refuses a link at and after its expiry', () => {
    expect([
      invitationRefusal({ ...link, expiresAt: now }, now),
      invitationRefusal({ ...link, expiresAt: earlier }, now),
    ]).toEqual(['expired', 'expired']);
  });
});

describe('invitationStatus', () => {
  const base = { ...link, firstUsedAt: null, completedAt: null, answered: 0, total: 32 };

  it('tells an unopened link from one in progress', () => {
    expect([
      invitationStatus(base, now),
      invitationStatus({ ...base, firstUsedAt: earlier }, now),
      invitationStatus({ ...base, answered: 3 }, now),
    ]).toEqual(['not-opened', 'in-progress', 'in-progress']);
  });

  it('counts a respondent as completed when everything is answered or they said so', () => {
    expect([
      invitationStatus({ ...base, answered: 32 }, now),
      invitationStatus({ ...base, answered: 10, completedAt: earlier }, now),
    ]).toEqual(['completed', 'completed']);
  });

  it('shows a revoked link as revoked whatever was answered', () => {
    expect(invitationStatus({ ...base, answered: 32, revokedAt: earlier }, now)).toBe('revoked');
  });
});

describe('stakeholderAnswerRefusal', () => {
  it('lets an invited stakeholder answer a draft before the reveal', () => {
    expect(stakeholderAnswerRefusal(draft, link, now)).toBeNull();
  });

  it('closes rating when the results are revealed', () => {
    expect(stakeholderAnswerRefusal({ ...draft, revealedAt: earlier }, link, now)).toBe('revealed');
  });

  it('closes rating when the assessment is submitted', () => {
    expect(stakeholderAnswerRefusal({ ...draft, status: 'submitted' }, link, now)).toBe(
      'not-draft',
    );
  });

  it('refuses an expired link first', () => {
    expect(
      stakeholderAnswerRefusal(
        { ...draft, status: 'submitted' },
        { ...link, expiresAt: earlier },
        now,
      ),
    ).toBe('expired');
  });
});

describe('revealRefusal', () => {
  it('reveals a draft that someone has answered', () => {
    expect(revealRefusal(draft, 1)).toBeNull();
  });

  it('has nothing to reveal in a single-stakeholder assessment', () => {
    expect(revealRefusal({ ...draft, method: 'single-stakeholder' }, 1)).toBe('no-invitations');
  });

  it('reveals once', () => {
    expect(revealRefusal({ ...draft, revealedAt: earlier }, 1)).toBe('already-revealed');
  });

  it('waits for a first answer', () => {
    expect(revealRefusal(draft, 0)).toBe('no-answers');
  });

  it('shows stakeholders the results only once revealed', () => {
    expect([
      stakeholderSeesResults(draft),
      stakeholderSeesResults({ ...draft, revealedAt: earlier }),
    ]).toEqual([false, true]);
  });
});

describe('canChangeMinGroupSize', () => {
  const draft = { method: 'multi-stakeholder', status: 'draft' as const, revealedAt: null };

  it('allows a change while the results are not revealed', () => {
    expect(canChangeMinGroupSize(draft)).toBe(true);
  });

  it('refuses a change once the results are revealed', () => {
    expect(canChangeMinGroupSize({ ...draft, revealedAt: new Date() })).toBe(false);
  });
});
