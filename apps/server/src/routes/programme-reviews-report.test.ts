import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import { reviewFixture, riskFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  pdfText,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

const heading = 'Key success factors and risks (ISO 37106)';

describe.each(databaseKinds)('key success factors and risks in the PDF report on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let assessmentId: string;

  const reportText = async (client: ApiClient, org = organisationId, id = assessmentId) => {
    const r = await client.download(
      `/api/v1/organisations/${org}/assessments/${id}/report.pdf?lang=en`,
    );
    expect(r.status).toBe(200);
    return (await pdfText(Buffer.from(await r.arrayBuffer()))).replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Report City')).id;
    assessmentId = (await createAssessmentFixture(server, organisationId, { complete: true }))
      .assessmentId;
    await reviewFixture(server, organisationId);
    await riskFixture(server, organisationId);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows the latest review and the active risks to the programme office', async () => {
    const office = (await signedInAs(server, 'programme_office', organisationId)).client;
    const text = await reportText(office);
    expect(text).toContain(heading);
    expect(text).toContain('Latest key success factor review: 2026-01-15, by Programme board.');
    expect(text).toContain('Funding cut: score 12 (3 × 4), open');
  });

  it('leaves the section out for a member whose role may not see the programme', async () => {
    const auditor = (await signedInAs(server, 'auditor', organisationId)).client;
    expect(await reportText(auditor)).not.toContain(heading);
  });

  it('leaves the section out for an organisation without reviews or risks', async () => {
    const quiet = (await createTestOrganisation(server, 'Quiet City')).id;
    const quietAssessment = await createAssessmentFixture(server, quiet, { complete: true });
    const admin = (await signedInAs(server, 'org_admin', quiet)).client;
    expect(await reportText(admin, quiet, quietAssessment.assessmentId)).not.toContain(heading);
  });
});
