import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedAssessmentFixture, ensureTestUser } from '../test-support/audit-fixtures.js';
import {
  createInvitingAssessmentFixture,
  respondPath,
  type InvitationFixture,
} from '../test-support/stakeholder-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(databaseKinds)('when an assessment may be submitted or deleted, on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  const path = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Rules City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses to submit a multi-stakeholder assessment before its results are revealed', async () => {
    const { assessmentId, invitations } = await createInvitingAssessmentFixture(
      server,
      organisationId,
    );
    const [ann] = invitations as [InvitationFixture];
    await new ApiClient(server.url).put(`${respondPath(ann.token)}/ratings/1.1.1`, {
      current: 2,
      target: 3,
    });
    const r = await admin.post<ErrorBody>(`${path(assessmentId)}/submit`);
    expect([r.status, r.body.error.code]).toEqual([409, 'submit-not-revealed']);
  });

  it('refuses to submit a revealed multi-stakeholder assessment nobody answered', async () => {
    const { assessmentId } = await createInvitingAssessmentFixture(server, organisationId, {
      revealed: true,
    });
    const r = await admin.post<ErrorBody>(`${path(assessmentId)}/submit`);
    expect([r.status, r.body.error.code]).toEqual([409, 'submit-no-answers']);
  });

  it('submits a revealed multi-stakeholder assessment with answers', async () => {
    const { assessmentId, invitations } = await createInvitingAssessmentFixture(
      server,
      organisationId,
    );
    const [ann] = invitations as [InvitationFixture];
    await new ApiClient(server.url).put(`${respondPath(ann.token)}/ratings/1.1.1`, {
      current: 2,
      target: 3,
    });
    await admin.post(`${path(assessmentId)}/reveal`);
    const r = await admin.post<{ status: string }>(`${path(assessmentId)}/submit`);
    expect([r.status, r.body.status]).toEqual([200, 'submitted']);
  });

  it('refuses to delete an assessment with an external audit on record, and keeps it', async () => {
    const auditor = await ensureTestUser(server, 'rules-auditor@test.example');
    const { assessmentId } = await auditedAssessmentFixture(server, organisationId, auditor.id);
    const r = await admin.delete<ErrorBody>(path(assessmentId));
    expect([r.status, r.body.error.code]).toEqual([409, 'assessment-audited']);
    expect((await admin.get(path(assessmentId))).status).toBe(200);
  });
});
