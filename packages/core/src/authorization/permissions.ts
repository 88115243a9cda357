/** Roles a user can hold in an organisation. Platform administrators are marked on the user instead. */
export const organisationRoles = [
  'org_admin',
  'facilitator',
  'respondent',
  'auditor',
  'viewer',
  'programme_office',
] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/** Everything a member can do in an organisation, named for what it allows. */
export const organisationActions = [
  'organisation.view',
  'organisation.update',
  'members.view',
  'members.manage',
  'assessments.list',
  'assessments.create',
  'assessments.update',
  'assessments.delete',
  'assessments.submit',
  'responses.answer-team',
  'results.view',
  'report.download',
  'assessments.export',
  'audit-log.view',
  'invitations.manage',
  'progress.view',
  'assessments.reveal',
  'workshop.facilitate',
  'workshop.follow',
  'evidence.view',
  'auditors.manage',
  'verification.view',
  'improvement.manage',
  'consortia.manage',
  'consortium-membership.manage',
  'benchmarking.view',
  'responses.import',
  'organisation.backup',
  'programme.view',
  'programme.manage',
] as const;
export type OrganisationAction = (typeof organisationActions)[number];

/**
 * Least privilege, role by role:
 * - org_admin: runs the organisation (profile, members, audit log, auditors) and its assessments;
 * - facilitator: runs assessments (create, invite stakeholders, follow their progress, reveal,
 *   facilitate the workshop, answer the team response, submit, results, report, track the
 *   five-stage improvement cycle);
 * - respondent: sees the assessments and answers only responses assigned to them;
 * - auditor (a member): reads assessments, evidence, results, reports, exports and the
 *   verification, changes nothing (an external auditor of one assessment is not a member: see
 *   {@link assessmentGrantActions});
 * - viewer: reads results and reports, and follows a workshop;
 * - benchmarking: the organisation administrator runs the consortia the organisation owns
 *   (`consortia.manage`) and decides what the city shares with consortia it joined
 *   (`consortium-membership.manage`); administrators, facilitators and viewers compare the city
 *   with its peers (`benchmarking.view`); respondents and auditors do not (peers' figures are
 *   not part of answering or auditing the city's own assessment).
 * - exchange: administrators and facilitators import filled diagnostic forms as respondents
 *   (`responses.import`); only the organisation administrator downloads the backup of the whole
 *   organisation (`organisation.backup`: it holds every member's account and every answer).
 * - programme_office: runs the ISO 37106 operating-model workspace (principles, component
 *   tracker, interoperability matrix, roadmap, benefits and KPIs, key success factor reviews,
 *   risks, stakeholder register: `programme.manage`) from the assessment's results, which it
 *   reads; it neither runs nor answers assessments. Administrators manage the workspace too;
 *   facilitators and viewers read it (`programme.view`).
 */
const grants: Readonly<Record<OrganisationRole, readonly OrganisationAction[]>> = {
  org_admin: organisationActions,
  facilitator: [
    'organisation.view',
    'assessments.list',
    'assessments.create',
    'assessments.update',
    'assessments.submit',
    'responses.answer-team',
    'results.view',
    'report.download',
    'assessments.export',
    'invitations.manage',
    'progress.view',
    'assessments.reveal',
    'workshop.facilitate',
    'workshop.follow',
    'evidence.view',
    'verification.view',
    'improvement.manage',
    'benchmarking.view',
    'responses.import',
    'programme.view',
  ],
  respondent: ['organisation.view', 'assessments.list'],
  auditor: [
    'organisation.view',
    'assessments.list',
    'results.view',
    'report.download',
    'assessments.export',
    'evidence.view',
    'verification.view',
  ],
  viewer: [
    'organisation.view',
    'assessments.list',
    'results.view',
    'report.download',
    'workshop.follow',
    'verification.view',
    'benchmarking.view',
    'programme.view',
  ],
  programme_office: [
    'organisation.view',
    'assessments.list',
    'results.view',
    'report.download',
    'benchmarking.view',
    'programme.view',
    'programme.manage',
  ],
};

/** What access to a single assessment (not to its organisation) can be granted for. */
export const assessmentGrantRoles = ['auditor'] as const;
export type AssessmentGrantRole = (typeof assessmentGrantRoles)[number];

/** What an external auditor can do on the one assessment they were invited to audit (and nothing else). */
export const assessmentGrantActions = [
  'assessment.view',
  'evidence.view',
  'results.view',
  'report.download',
  'assessments.export',
  'verification.view',
  'audit.record',
] as const;
export type AssessmentGrantAction = (typeof assessmentGrantActions)[number];

/** True when a grant of this role on an assessment allows the action on that assessment. */
export function grantAllows(role: AssessmentGrantRole, action: string): boolean {
  const actions: Readonly<Record<AssessmentGrantRole, readonly string[]>> = {
    auditor: assessmentGrantActions,
  };
  return actions[role].includes(action);
}

/**
 * What a member of the assessment's organisation needs to take an assessment action: the
 * organisation action that allows it, or null when no member may (an organisation does not audit
 * itself: only an invited external auditor records audit findings).
 */
export const memberActionFor: Readonly<Record<AssessmentGrantAction, OrganisationAction | null>> = {
  'assessment.view': 'assessments.list',
  'evidence.view': 'evidence.view',
  'results.view': 'results.view',
  'report.download': 'report.download',
  'assessments.export': 'assessments.export',
  'verification.view': 'verification.view',
  'audit.record': null,
};

/** True when the role may take the action in its organisation. */
export function roleAllows(role: OrganisationRole, action: OrganisationAction): boolean {
  return grants[role].includes(action);
}

/** The actions a role allows, for showing or hiding controls in a user interface. */
export function allowedActions(role: OrganisationRole): readonly OrganisationAction[] {
  return grants[role];
}
