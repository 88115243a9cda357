import { describe, expect, it } from 'vitest';
import { consentProblem, storedConsent } from './consent.js';

const consent = {
  sharing: 'consensus' as const,
  named: false,
  contactable: true,
  contactName: 'Li Wei',
  contactEmail: 'li.wei@city.example',
};

describe('consentProblem', () => {
  it('accepts a contactable city that says who to contact and how', () => {
    expect(consentProblem(consent)).toBeNull();
  });

  it('asks a contactable city for a contact name, then an email', () => {
    expect([
      consentProblem({ ...consent, contactName: ' ' }),
      consentProblem({ ...consent, contactEmail: null }),
    ]).toEqual(['contactName', 'contactEmail']);
  });

  it('asks nothing of a city that does not want to be contacted', () => {
    expect(consentProblem({ ...consent, contactable: false, contactName: null })).toBeNull();
  });
});

describe('storedConsent', () => {
  it('erases the contact details of a city that does not want to be contacted', () => {
    expect(storedConsent({ ...consent, contactable: false })).toMatchObject({
      contactName: null,
      contactEmail: null,
    });
  });

  it('keeps them while it agrees to be contacted', () => {
    expect(storedConsent(consent)).toEqual(consent);
  });
});
