import type { ConsortiumSharing } from './share-eligibility.js';

/** A member city's consent: what it shares, whether it may be named, whether peers may contact it. */
export interface ConsortiumConsentInput {
  sharing: ConsortiumSharing;
  named: boolean;
  contactable: boolean;
  contactName: string | null;
  contactEmail: string | null;
}

/** The field a consent lacks: a city that agrees to be contacted names who to contact, and how. */
export type ConsentProblem = 'contactName' | 'contactEmail';

/** What is missing from a consent, or null when it is complete. */
export function consentProblem(consent: ConsortiumConsentInput): ConsentProblem | null {
  if (!consent.contactable) return null;
  if (!consent.contactName?.trim()) return 'contactName';
  if (!consent.contactEmail?.trim()) return 'contactEmail';
  return null;
}

/**
 * The consent as stored: contact details are kept only while the city agrees to be contacted
 * (withdrawing the agreement erases them).
 */
export function storedConsent(consent: ConsortiumConsentInput): ConsortiumConsentInput {
  return consent.contactable ? consent : { ...consent, contactName: null, contactEmail: null };
}
