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
export const evidenceKind = pgEnum('evidence_kind', ['text', 'link', 'file']);

/** Outcome of an action recorded in the audit log. */
export const auditOutcome = pgEnum('audit_outcome', ['success', 'denied', 'failure']);

/** An external auditor's verdict on one characteristic of a submitted assessment. */
export const auditVerdict = pgEnum('audit_verdict', [
  'confirmed',
  'adjusted',
  'insufficient-evidence',
]);

/** An external audit is in progress until the auditor issues the audit statement. */
export const auditStatus = pgEnum('audit_status', ['in-progress', 'issued']);

/** Which of its results a city shares with a benchmarking consortium. */
export const consortiumSharing = pgEnum('consortium_sharing', ['consensus', 'audited']);

/** Where a city is in one stage of the five-stage improvement cycle (ISO/TS 37107). */
export const improvementStageStatus = pgEnum('improvement_stage_status', [
  'not-started',
  'in-progress',
  'done',
]);
