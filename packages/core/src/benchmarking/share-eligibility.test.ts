import { describe, expect, it } from 'vitest';
import { shareRefusal } from './share-eligibility.js';

const submitted = (method: string, auditIssued = false) =>
  ({ status: 'submitted', method, auditIssued }) as const;

describe('shareRefusal', () => {
  it('lets a city sharing consensus results share a submitted facilitated workshop', () => {
    expect(shareRefusal('consensus', submitted('facilitated-workshop'))).toBeNull();
  });

  it.each(['single-stakeholder', 'multi-stakeholder'])(
    'refuses an unaudited %s result under either choice',
    (method) => {
      expect([
        shareRefusal('consensus', submitted(method)),
        shareRefusal('audited', submitted(method)),
      ]).toEqual(['not-eligible', 'not-eligible']);
    },
  );

  it.each(['single-stakeholder', 'multi-stakeholder', 'facilitated-workshop'])(
    'lets either choice share a %s result with an issued audit statement',
    (method) => {
      expect([
        shareRefusal('consensus', submitted(method, true)),
        shareRefusal('audited', submitted(method, true)),
      ]).toEqual([null, null]);
    },
  );

  it('keeps an unaudited workshop out when the city shares audited results only', () => {
    expect(shareRefusal('audited', submitted('facilitated-workshop'))).toBe('not-eligible');
  });

  it('never shares a draft, audited or not', () => {
    expect(
      shareRefusal('consensus', {
        status: 'draft',
        method: 'facilitated-workshop',
        auditIssued: true,
      }),
    ).toBe('not-submitted');
  });
});
