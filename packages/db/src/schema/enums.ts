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
  'programme_office',
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

// The ISO 37106 operating-model workspace (issue 6).

/** How a city takes up one of the standard's implementation principles, or adds its own. */
export const principleStance = pgEnum('principle_stance', ['adopted', 'adapted', 'added']);

/** Progress on one recommendation of an ISO 37106 component. */
export const recommendationStatus = pgEnum('recommendation_status', [
  'not-started',
  'in-progress',
  'done',
  'not-applicable',
]);

/** Where a policy product of the interoperability matrix stands. */
export const policyProductStatus = pgEnum('policy_product_status', [
  'none',
  'drafting',
  'adopted',
  'reviewed',
]);

/** The kinds of node of the benefit map (a logic model: inputs → outputs → outcomes → purposes). */
export const benefitNodeKind = pgEnum('benefit_node_kind', [
  'initiative',
  'investment',
  'output',
  'outcome',
  'purpose',
]);

/** Whether a higher or a lower value of a KPI is better. */
export const kpiDirection = pgEnum('kpi_direction', ['increase', 'decrease']);

/** The checklists a programme reviews periodically. */
export const programmeReviewKind = pgEnum('programme_review_kind', [
  'key-success-factors',
  'procurement',
  'governance',
]);

/** Life cycle of a risk of the programme. */
export const riskStatus = pgEnum('risk_status', ['open', 'mitigating', 'closed']);

/** How closely a stakeholder is engaged (the IAP2 spectrum of public participation). */
export const engagementLevel = pgEnum('engagement_level', [
  'inform',
  'consult',
  'involve',
  'collaborate',
  'empower',
]);
