import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  assessmentGrantActions,
  memberActionFor,
  grantAllows,
  organisationActions,
  organisationRoles,
  roleAllows,
} from './permissions.js';

describe('roleAllows', () => {
  it('lets an organisation administrator do everything in the organisation', () => {
    expect(organisationActions.every((a) => roleAllows('org_admin', a))).toBe(true);
  });

  it('keeps member management and the audit log to organisation administrators', () => {
    for (const role of ['facilitator', 'respondent', 'auditor', 'viewer'] as const) {
      expect([roleAllows(role, 'members.manage'), roleAllows(role, 'audit-log.view')]).toEqual([
        false,
        false,
      ]);
    }
  });

  it('lets an auditor read results and exports but change nothing', () => {
    const changes = allowedActions('auditor').filter((a) =>
      /create|update|delete|submit|answer|manage/.test(a),
    );
    expect(changes).toEqual([]);
    expect(roleAllows('auditor', 'assessments.export')).toBe(true);
  });

  it('lets a viewer read results, reports and the verification, follow a workshop, compare with peers and read the programme workspace', () => {
    expect(allowedActions('viewer')).toEqual([
      'organisation.view',
      'assessments.list',
      'results.view',
      'report.download',
      'workshop.follow',
      'verification.view',
      'benchmarking.view',
      'programme.view',
    ]);
  });

  it('lets the programme office run the ISO 37106 workspace from the results, without running assessments', () => {
    expect(allowedActions('programme_office')).toEqual([
      'organisation.view',
      'assessments.list',
      'results.view',
      'report.download',
      'benchmarking.view',
      'programme.view',
      'programme.manage',
    ]);
  });

  it('keeps changing the programme workspace to administrators and the programme office', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'programme.manage'))).toEqual([
      'org_admin',
      'programme_office',
    ]);
  });

  it('lets administrators, facilitators, viewers and the programme office read the programme workspace', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'programme.view'))).toEqual([
      'org_admin',
      'facilitator',
      'viewer',
      'programme_office',
    ]);
  });

  it('keeps inviting stakeholders, revealing and facilitating to administrators and facilitators', () => {
    const running = ['invitations.manage', 'assessments.reveal', 'workshop.facilitate'] as const;
    const allowed = (
      ['org_admin', 'facilitator', 'respondent', 'auditor', 'viewer'] as const
    ).filter((role) => running.every((a) => roleAllows(role, a)));
    expect(allowed).toEqual(['org_admin', 'facilitator']);
  });

  it('keeps inviting external auditors to organisation administrators', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'auditors.manage'))).toEqual([
      'org_admin',
    ]);
  });

  it('keeps tracking the improvement cycle to administrators and facilitators', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'improvement.manage'))).toEqual([
      'org_admin',
      'facilitator',
    ]);
  });

  it('does not show results to respondents (they rate without seeing others)', () => {
    expect(roleAllows('respondent', 'results.view')).toBe(false);
  });
});

describe('grantAllows', () => {
  it('lets an external auditor read their assessment and record the audit', () => {
    expect(
      ['assessment.view', 'evidence.view', 'verification.view', 'audit.record'].every((a) =>
        grantAllows('auditor', a),
      ),
    ).toBe(true);
  });

  it('gives an external auditor nothing that changes the assessment', () => {
    expect(
      ['assessments.update', 'assessments.submit', 'responses.answer-team', 'members.view'].some(
        (a) => grantAllows('auditor', a),
      ),
    ).toBe(false);
  });
});

describe('memberActionFor', () => {
  it('lets no member record audit findings on their own organisation', () => {
    expect(memberActionFor['audit.record']).toBeNull();
  });

  it('maps every other assessment action to an organisation action', () => {
    const mapped = assessmentGrantActions
      .filter((a) => a !== 'audit.record')
      .map((a) => memberActionFor[a]);
    expect(mapped.every((a) => a !== null && organisationActions.includes(a))).toBe(true);
  });
});

describe('exchange actions', () => {
  it('keeps importing filled diagnostic forms to administrators and facilitators', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'responses.import'))).toEqual([
      'org_admin',
      'facilitator',
    ]);
  });

  it('keeps the backup of the whole organisation to its administrators', () => {
    expect(organisationRoles.filter((role) => roleAllows(role, 'organisation.backup'))).toEqual([
      'org_admin',
    ]);
  });
});
