import { describe, expect, it } from 'vitest';
import {
  consensusEvidenceRefusal,
  invitedEvidenceRefusal,
  ratingEvidenceRefusal,
} from './evidence-rules.js';

const now = new Date('2026-11-21T12:00:00Z');
const later = new Date('2026-12-21T12:00:00Z');
const earlier = new Date('2026-10-21T12:00:00Z');
const team = { method: 'single-stakeholder', status: 'draft' as const, revealedAt: null };
const blind = { method: 'multi-stakeholder', status: 'draft' as const, revealedAt: null };
const workshop = { method: 'facilitated-workshop', status: 'draft' as const, revealedAt: null };
const link = { expiresAt: later, revokedAt: null, respondentId: 'r1' };

describe('ratingEvidenceRefusal', () => {
  it('lets whoever may edit the response add evidence to a draft', () => {
    expect(ratingEvidenceRefusal(team, { mayEditResponse: true })).toBeNull();
  });

  it('refuses someone who may not edit the response', () => {
    expect(ratingEvidenceRefusal(team, { mayEditResponse: false })).toBe('not-allowed');
  });

  it('lets whoever added an item remove it', () => {
    expect(ratingEvidenceRefusal(team, { mayEditResponse: false, isOwner: true })).toBeNull();
  });

  it('freezes the evidence of a submitted assessment', () => {
    expect(ratingEvidenceRefusal({ ...team, status: 'submitted' }, { mayEditResponse: true })).toBe(
      'not-draft',
    );
  });

  it('closes blind rating evidence at the reveal', () => {
    expect(ratingEvidenceRefusal({ ...blind, revealedAt: now }, { mayEditResponse: true })).toBe(
      'revealed',
    );
  });

  it('accepts evidence of a blind rating before the reveal', () => {
    expect(ratingEvidenceRefusal(blind, { mayEditResponse: true })).toBeNull();
  });
});

describe('invitedEvidenceRefusal', () => {
  it('lets an invited stakeholder change the evidence of their own rating', () => {
    expect(invitedEvidenceRefusal(blind, link, 'r1', now)).toBeNull();
  });

  it("refuses another respondent's evidence", () => {
    expect(invitedEvidenceRefusal(blind, link, 'r2', now)).toBe('not-allowed');
  });

  it('refuses consensus evidence (no respondent)', () => {
    expect(invitedEvidenceRefusal(workshop, link, null, now)).toBe('not-allowed');
  });

  it('refuses an expired link', () => {
    expect(invitedEvidenceRefusal(blind, { ...link, expiresAt: earlier }, 'r1', now)).toBe(
      'expired',
    );
  });

  it('refuses a revoked link', () => {
    expect(invitedEvidenceRefusal(blind, { ...link, revokedAt: earlier }, 'r1', now)).toBe(
      'revoked',
    );
  });

  it('refuses after the reveal', () => {
    expect(invitedEvidenceRefusal({ ...blind, revealedAt: now }, link, 'r1', now)).toBe('revealed');
  });
});

describe('consensusEvidenceRefusal', () => {
  it('lets the facilitator add evidence before the item is agreed, even before the reveal', () => {
    expect(consensusEvidenceRefusal(workshop, { mayFacilitate: true })).toBeNull();
  });

  it('refuses someone who does not facilitate', () => {
    expect(consensusEvidenceRefusal(workshop, { mayFacilitate: false })).toBe('not-allowed');
  });

  it('has no consensus outside a facilitated workshop', () => {
    expect(consensusEvidenceRefusal(blind, { mayFacilitate: true })).toBe('not-facilitated');
  });

  it('freezes the consensus evidence once submitted', () => {
    expect(
      consensusEvidenceRefusal({ ...workshop, status: 'submitted' }, { mayFacilitate: true }),
    ).toBe('not-draft');
  });
});
