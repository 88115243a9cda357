import { roleAllows } from '@citymaturity/core';
import { createTestUser } from '../test-server.js';
import { createAssessmentFixture, fullAnswers } from '../fixtures.js';
import { byAction, org, simple, type Endpoint } from './endpoint.js';

/** The organisation, member and assessment endpoints of the platform issue. */
let counter = 0;
export const platformEndpoints: Endpoint[] = [
  simple('view organisation', 'GET', 'organisation.view', 200, (_, id) => ({
    path: org(id),
  })),
  simple('update organisation', 'PATCH', 'organisation.update', 200, (_, id) => ({
    path: org(id),
    body: { region: 'North' },
  })),
  simple('list members', 'GET', 'members.view', 200, (_, id) => ({
    path: `${org(id)}/members`,
  })),
  simple('add member', 'POST', 'members.manage', 201, (_, id) => ({
    path: `${org(id)}/members`,
    body: {
      email: `new-${String(++counter)}@test.example`,
      displayName: 'New',
      role: 'viewer',
      password: 'a long initial password',
    },
  })),
  simple('change member role', 'PATCH', 'members.manage', 200, async (server, id) => {
    const user = await createTestUser(server, `member-${String(++counter)}@test.example`, {
      organisationId: id,
      role: 'viewer',
    });
    return { path: `${org(id)}/members/${user.id}`, body: { role: 'auditor' } };
  }),
  simple('remove member', 'DELETE', 'members.manage', 204, async (server, id) => {
    const user = await createTestUser(server, `member-${String(++counter)}@test.example`, {
      organisationId: id,
      role: 'viewer',
    });
    return { path: `${org(id)}/members/${user.id}` };
  }),
  simple('audit log', 'GET', 'audit-log.view', 200, (_, id) => ({
    path: `${org(id)}/audit-log`,
  })),
  simple('list assessments', 'GET', 'assessments.list', 200, (_, id) => ({
    path: `${org(id)}/assessments`,
  })),
  simple('create assessment', 'POST', 'assessments.create', 201, (_, id) => ({
    path: `${org(id)}/assessments`,
    body: { title: 'New', date: '2026-11-02' },
  })),
  {
    ...simple('view assessment', 'GET', 'assessments.list', 200, async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return { path: `${org(id)}/assessments/${f.assessmentId}` };
    }),
    grantAction: 'assessment.view',
  },
  simple('update assessment', 'PATCH', 'assessments.update', 200, async (server, id) => {
    const f = await createAssessmentFixture(server, id);
    return { path: `${org(id)}/assessments/${f.assessmentId}`, body: { title: 'Renamed' } };
  }),
  simple('delete assessment', 'DELETE', 'assessments.delete', 204, async (server, id) => {
    const f = await createAssessmentFixture(server, id);
    return { path: `${org(id)}/assessments/${f.assessmentId}` };
  }),
  simple('submit assessment', 'POST', 'assessments.submit', 200, async (server, id) => {
    const f = await createAssessmentFixture(server, id, { complete: true });
    return { path: `${org(id)}/assessments/${f.assessmentId}/submit` };
  }),
  {
    ...simple('results', 'GET', 'results.view', 200, async (server, id) => {
      const f = await createAssessmentFixture(server, id, { submitted: true });
      return { path: `${org(id)}/assessments/${f.assessmentId}/results` };
    }),
    grantAction: 'results.view',
  },
  {
    ...simple('export', 'GET', 'assessments.export', 200, async (server, id) => {
      const f = await createAssessmentFixture(server, id, { submitted: true });
      return { path: `${org(id)}/assessments/${f.assessmentId}/export` };
    }),
    grantAction: 'assessments.export',
  },
  {
    ...simple('report PDF', 'GET', 'report.download', 200, async (server, id) => {
      const f = await createAssessmentFixture(server, id, { submitted: true });
      return { path: `${org(id)}/assessments/${f.assessmentId}/report.pdf` };
    }),
    grantAction: 'report.download',
  },
  {
    name: 'read team response',
    method: 'GET',
    prepare: async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return {
        path: `${org(id)}/assessments/${f.assessmentId}/respondents/${f.respondentId}/response`,
      };
    },
    allows: (role) => roleAllows(role, 'responses.answer-team') || roleAllows(role, 'results.view'),
    success: 200,
    // The external auditor reads every response with its evidence.
    grantAction: 'evidence.view',
  },
  {
    name: 'answer team response (one characteristic)',
    method: 'PUT',
    prepare: async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return {
        path: `${org(id)}/assessments/${f.assessmentId}/respondents/${f.respondentId}/ratings/1.1.1`,
        body: { current: 2, target: 3 },
      };
    },
    allows: byAction('responses.answer-team'),
    success: 200,
  },
  {
    name: 'answer team response (whole)',
    method: 'PUT',
    prepare: async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return {
        path: `${org(id)}/assessments/${f.assessmentId}/respondents/${f.respondentId}/ratings`,
        body: { ratings: fullAnswers(server) },
      };
    },
    allows: byAction('responses.answer-team'),
    success: 200,
  },
];
