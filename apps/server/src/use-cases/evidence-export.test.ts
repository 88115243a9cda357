import { parseAssessmentText, type AssessmentDocument } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvidenceFile, tinyPdf } from '../test-support/evidence-fixtures.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';
import { importAssessment } from './import-assessment.js';

// Exports, results and reports of an assessment whose ratings carry evidence files.

describe.each(databaseKinds)('file evidence in exports and reports on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  let path: string;
  let exported: AssessmentDocument;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Export City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    const f = await createAssessmentFixture(server, organisationId, { complete: true });
    await repositories.replaceEvidence(
      server.database.db,
      { organisationId },
      f.respondentId,
      [{ characteristicId: '1.1.1', items: [{ kind: 'text', body: 'Strategy 2025' }] }],
      null,
    );
    await createEvidenceFile(server, organisationId, f.respondentId);
    path = `/api/v1/organisations/${organisationId}/assessments/${f.assessmentId}`;
    exported = (await admin.get<AssessmentDocument>(`${path}/export`)).body;
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists a file by name, media type, size and SHA-256, never its content', () => {
    expect(exported.respondents[0]?.ratings['1.1.1']?.evidence).toEqual({
      text: 'Strategy 2025',
      files: [
        {
          name: 'plan.pdf',
          media_type: 'application/pdf',
          size: tinyPdf.length,
          sha256: 'f'.repeat(64),
        },
      ],
    });
  });

  it('gives an export that the exchange format accepts back', () => {
    const parsed = parseAssessmentText(JSON.stringify(exported), { models: server.ctx.models });
    expect(parsed.ok).toBe(true);
  });

  it('imports the export keeping the notes and leaving the listed files out', async () => {
    const parsed = parseAssessmentText(JSON.stringify(exported), { models: server.ctx.models });
    if (!parsed.ok) throw new Error('not parsed');
    const scope = { organisationId };
    const id = await importAssessment(server.ctx, server.database.db, scope, parsed.assessment, {
      userId: null,
      submitted: false,
    });
    const evidence = await repositories.listAssessmentEvidence(server.database.db, scope, id);
    expect(evidence.map((e) => [e.kind, e.body])).toEqual([['text', 'Strategy 2025']]);
  });

  it('still scores the results', async () => {
    expect((await admin.get(`${path}/results`)).status).toBe(200);
  });

  it('still makes the PDF report', async () => {
    const r = await admin.download(`${path}/report.pdf`);
    expect([r.status, r.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });
});
