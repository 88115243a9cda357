import { pgEnum } from 'drizzle-orm/pg-core';

/** What kind of place an organisation assesses. */
export const organisationKind = pgEnum('organisation_kind', [
  'city',
  'district',
  'rural-community',
]);

/** Roles a user holds in an organisation (platform administrators are marked on the user). */
export const membershipRole = pgEnum('membership_role', [
  'org_admin',
  'facilitator',
  'respondent',
  'auditor',
  'viewer',
]);

/** Life cycle of an assessment: answers can change while a draft; a submitted one is final. */
export const assessmentStatus = pgEnum('assessment_status', ['draft', 'submitted']);

/** Evidence attached to a rating. */
export const evidenceKind = pgEnum('evidence_kind', ['text', 'link']);

/** Outcome of an action recorded in the audit log. */
export const auditOutcome = pgEnum('audit_outcome', ['success', 'denied', 'failure']);
