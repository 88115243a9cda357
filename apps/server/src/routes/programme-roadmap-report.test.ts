import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  initiativeFixture,
  kpiActualFixture,
  kpiFixture,
} from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  pdfText,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

const heading = 'Roadmap and benefits realisation (ISO 37106)';

describe.each(databaseKinds)('the roadmap and KPIs in the PDF report on %s', (kind) => {
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
    // The fixture's assessment (2026-11-01): 1.1.1 current 3, target 4; the initiative aims for 3.
    assessmentId = (await createAssessmentFixture(server, organisationId, { complete: true }))
      .assessmentId;
    await initiativeFixture(server, organisationId, {
      phaseId: 'initiation',
      title: 'Open data portal',
      endsOn: '2029-06-30',
    });
    const kpiId = await kpiFixture(server, organisationId);
    await kpiActualFixture(server, organisationId, kpiId, '2027-01-01', 31);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows the roadmap against this assessment and the KPIs to the programme office', async () => {
    const office = (await signedInAs(server, 'programme_office', organisationId)).client;
    const text = await reportText(office);
    expect(text).toContain(heading);
    expect(text).toContain(
      "Against this assessment's levels planned in two years (horizon 2028-11-01): Roadmap below target 1",
    );
    expect(text).toContain('1 initiative ends after the two-year horizon.');
    expect(text).toContain('Open data portal');
    expect(text).toContain('Renewable share');
    expect(text).toContain('Achieved');
  });

  it('leaves the section out for a member whose role may not see the programme', async () => {
    const auditor = (await signedInAs(server, 'auditor', organisationId)).client;
    expect(await reportText(auditor)).not.toContain(heading);
  });

  it('leaves the section out for an organisation without initiatives or KPIs', async () => {
    const quiet = (await createTestOrganisation(server, 'Quiet City')).id;
    const quietAssessment = await createAssessmentFixture(server, quiet, { complete: true });
    const admin = (await signedInAs(server, 'org_admin', quiet)).client;
    expect(await reportText(admin, quiet, quietAssessment.assessmentId)).not.toContain(heading);
  });
});
