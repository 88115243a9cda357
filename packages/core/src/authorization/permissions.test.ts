import { describe, expect, it } from 'vitest';
import { allowedActions, organisationActions, roleAllows } from './permissions.js';

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

  it('lets a viewer read results and reports only', () => {
    expect(allowedActions('viewer')).toEqual([
      'organisation.view',
      'assessments.list',
      'results.view',
      'report.download',
    ]);
  });

  it('does not show results to respondents (they rate without seeing others)', () => {
    expect(roleAllows('respondent', 'results.view')).toBe(false);
  });
});
