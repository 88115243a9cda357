import { describe, expect, it } from 'vitest';
import { organisationRoles, roleAllows } from './permissions.js';

const allowedRoles = (action: Parameters<typeof roleAllows>[1]) =>
  organisationRoles.filter((role) => roleAllows(role, action));

describe('benchmarking permissions', () => {
  it('keeps running a consortium to organisation administrators', () => {
    expect(allowedRoles('consortia.manage')).toEqual(['org_admin']);
  });

  it("keeps joining, consent and sharing to the city's administrators", () => {
    expect(allowedRoles('consortium-membership.manage')).toEqual(['org_admin']);
  });

  it('lets administrators, facilitators, viewers and the programme office compare the city with its peers', () => {
    expect(allowedRoles('benchmarking.view')).toEqual([
      'org_admin',
      'facilitator',
      'viewer',
      'programme_office',
    ]);
  });

  it('shows peers to nobody who may not see the city’s own results', () => {
    expect(
      allowedRoles('benchmarking.view').every((role) => roleAllows(role, 'results.view')),
    ).toBe(true);
  });
});
