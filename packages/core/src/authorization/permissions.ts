/** Roles a user can hold in an organisation. Platform administrators are marked on the user instead. */
export const organisationRoles = [
  'org_admin',
  'facilitator',
  'respondent',
  'auditor',
  'viewer',
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
] as const;
export type OrganisationAction = (typeof organisationActions)[number];

/**
 * Least privilege, role by role:
 * - org_admin: runs the organisation (profile, members, audit log) and its assessments;
 * - facilitator: runs assessments (create, answer the team response, submit, results, report);
 * - respondent: sees the assessments and answers only responses assigned to them;
 * - auditor: reads assessments, results, reports and exports, changes nothing;
 * - viewer: reads results and reports.
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
  ],
  respondent: ['organisation.view', 'assessments.list'],
  auditor: [
    'organisation.view',
    'assessments.list',
    'results.view',
    'report.download',
    'assessments.export',
  ],
  viewer: ['organisation.view', 'assessments.list', 'results.view', 'report.download'],
};

/** True when the role may take the action in its organisation. */
export function roleAllows(role: OrganisationRole, action: OrganisationAction): boolean {
  return grants[role].includes(action);
}

/** The actions a role allows, for showing or hiding controls in a user interface. */
export function allowedActions(role: OrganisationRole): readonly OrganisationAction[] {
  return grants[role];
}
