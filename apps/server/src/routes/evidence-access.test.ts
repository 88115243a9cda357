import { repositories, schema } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEvidenceFile,
  createEvidenceFixture,
  createEvidenceItem,
  tinyPdf,
  uploadForm,
} from '../test-support/evidence-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  signedInAs,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';

interface Item {
  id: string;
  body: string;
  owner: { kind: string };
  attachedTo: { kind: string };
}
interface ErrorBody {
  error: { code: string };
}

describe.each(databaseKinds)('who may add, remove, list and download evidence on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let otherOrganisationId: string;
  let clients: Record<'admin' | 'facilitator' | 'viewer' | 'auditor' | 'respondent', ApiClient>;
  let respondentUserId: string;
  const orgPath = (id: string) => `/api/v1/organisations/${id}`;
  const assessmentPath = (assessmentId: string, org = organisationId) =>
    `${orgPath(org)}/assessments/${assessmentId}`;
  const pdf = (characteristicId = '1.1.1') => uploadForm(tinyPdf, 'plan.pdf', { characteristicId });

  /** A multi-stakeholder assessment with one respondent who signs in, and one who does not. */
  async function blindAssessment() {
    const f = await createEvidenceFixture(server, organisationId, {
      method: 'multi-stakeholder',
      respondentUserId,
    });
    const [other] = await server.database.db
      .insert(schema.respondents)
      .values({ organisationId, assessmentId: f.assessmentId, name: 'Someone else' })
      .returning({ id: schema.respondents.id });
    return { ...f, otherRespondentId: other?.id ?? '' };
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Rights City')).id;
    otherOrganisationId = (await createTestOrganisation(server, 'Other City')).id;
    const respondent = await signedInAs(server, 'respondent', organisationId);
    respondentUserId = respondent.user.id;
    clients = {
      admin: (await signedInAs(server, 'org_admin', organisationId)).client,
      facilitator: (await signedInAs(server, 'facilitator', organisationId)).client,
      viewer: (await signedInAs(server, 'viewer', organisationId)).client,
      auditor: (await signedInAs(server, 'auditor', organisationId)).client,
      respondent: respondent.client,
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses an upload from a viewer (403) and stores nothing', async () => {
    const f = await createEvidenceFixture(server, organisationId);
    const r = await clients.viewer.post<ErrorBody>(
      `${assessmentPath(f.assessmentId)}/respondents/${f.respondentId}/evidence`,
      pdf(),
    );
    const rows = await repositories.listEvidenceItems(
      server.database.db,
      { organisationId },
      f.assessmentId,
    );
    expect([r.status, rows.length]).toEqual([403, 0]);
  });

  it('lets a respondent add evidence to their own rating', async () => {
    const f = await blindAssessment();
    const r = await clients.respondent.post(
      `${assessmentPath(f.assessmentId)}/respondents/${f.respondentId}/evidence`,
      pdf(),
    );
    expect(r.status).toBe(201);
  });

  it("refuses a respondent another stakeholder's rating", async () => {
    const f = await blindAssessment();
    const r = await clients.respondent.post<ErrorBody>(
      `${assessmentPath(f.assessmentId)}/respondents/${f.otherRespondentId}/evidence`,
      pdf(),
    );
    expect([r.status, r.body.error.code]).toEqual([403, 'not-respondent']);
  });

  it("refuses the facilitator a stakeholder's rating (nobody edits another's blind rating)", async () => {
    const f = await blindAssessment();
    const r = await clients.facilitator.post(
      `${assessmentPath(f.assessmentId)}/respondents/${f.otherRespondentId}/evidence`,
      { characteristicId: '1.1.1', kind: 'text', body: 'note' },
    );
    expect(r.status).toBe(403);
  });

  it('closes blind rating evidence at the reveal (409)', async () => {
    const f = await blindAssessment();
    await server.database.pool.query('update assessments set revealed_at = now() where id = $1', [
      f.assessmentId,
    ]);
    const r = await clients.respondent.post<ErrorBody>(
      `${assessmentPath(f.assessmentId)}/respondents/${f.respondentId}/evidence`,
      pdf(),
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'evidence-revealed']);
  });

  it('freezes the evidence of a submitted assessment (409 on add and remove)', async () => {
    const f = await createEvidenceFixture(server, organisationId);
    const item = await createEvidenceItem(server, organisationId, { respondentId: f.respondentId });
    await repositories.markSubmitted(server.database.db, { organisationId }, f.assessmentId, null);
    const added = await clients.admin.post(
      `${assessmentPath(f.assessmentId)}/respondents/${f.respondentId}/evidence`,
      pdf(),
    );
    const removed = await clients.admin.delete(
      `${assessmentPath(f.assessmentId)}/evidence/${item.id}`,
    );
    expect([added.status, removed.status]).toEqual([409, 409]);
  });

  it('lets the facilitator add a file to a consensus item that is not agreed yet', async () => {
    const f = await createEvidenceFixture(server, organisationId, {
      method: 'facilitated-workshop',
    });
    const r = await clients.facilitator.post<Item>(
      `${assessmentPath(f.assessmentId)}/consensus/2.1.1/evidence`,
      uploadForm(tinyPdf, 'workshop.pdf'),
    );
    expect([r.status, r.body.attachedTo]).toEqual([201, { kind: 'consensus' }]);
  });

  it('has no consensus evidence outside a facilitated workshop (409)', async () => {
    const f = await createEvidenceFixture(server, organisationId);
    const r = await clients.facilitator.post<ErrorBody>(
      `${assessmentPath(f.assessmentId)}/consensus/2.1.1/evidence`,
      { kind: 'text', body: 'note' },
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'evidence-not-facilitated']);
  });

  it('lets whoever added an item remove it after losing the right to add', async () => {
    const { client, user } = await signedInAs(server, 'facilitator', organisationId);
    const f = await createEvidenceFixture(server, organisationId);
    const item = await createEvidenceItem(
      server,
      organisationId,
      { respondentId: f.respondentId },
      user.id,
    );
    await repositories.setMembership(server.database.db, { organisationId }, user.id, 'viewer');
    // Roles are read with the session on every request: the change applies at once.
    const r = await client.delete(`${assessmentPath(f.assessmentId)}/evidence/${item.id}`);
    expect(r.status).toBe(204);
  });

  it("refuses a viewer the removal of someone else's item (403)", async () => {
    const f = await createEvidenceFixture(server, organisationId);
    const item = await createEvidenceItem(server, organisationId, { respondentId: f.respondentId });
    const r = await clients.viewer.delete(`${assessmentPath(f.assessmentId)}/evidence/${item.id}`);
    expect(r.status).toBe(403);
  });

  it('lets a member auditor download a file and refuses a viewer (403)', async () => {
    const f = await createEvidenceFixture(server, organisationId);
    const file = await createEvidenceFile(server, organisationId, f.respondentId);
    const path = `${assessmentPath(f.assessmentId)}/evidence/${file.id}/file`;
    const statuses = [
      (await clients.auditor.download(path)).status,
      (await clients.viewer.download(path)).status,
    ];
    expect(statuses).toEqual([200, 403]);
  });

  it('lets a respondent download the files of their own rating only', async () => {
    const f = await blindAssessment();
    const own = await createEvidenceFile(server, organisationId, f.respondentId);
    const other = await createEvidenceFile(server, organisationId, f.otherRespondentId);
    const base = `${assessmentPath(f.assessmentId)}/evidence`;
    const statuses = [
      (await clients.respondent.download(`${base}/${own.id}/file`)).status,
      (await clients.respondent.download(`${base}/${other.id}/file`)).status,
    ];
    expect(statuses).toEqual([200, 403]);
  });

  it("answers 404 for another organisation's evidence named through one's own organisation", async () => {
    const f = await createEvidenceFixture(server, otherOrganisationId);
    const file = await createEvidenceFile(server, otherOrganisationId, f.respondentId);
    const base = `${assessmentPath(f.assessmentId)}/evidence`;
    const statuses = [
      (await clients.admin.download(`${base}/${file.id}/file`)).status,
      (await clients.admin.delete(`${base}/${file.id}`)).status,
      (await clients.admin.get(base)).status,
    ];
    expect(statuses).toEqual([404, 404, 404]);
  });

  it("answers 404 for another organisation's evidence id under one's own assessment", async () => {
    const own = await createEvidenceFixture(server, organisationId);
    const f = await createEvidenceFixture(server, otherOrganisationId);
    const file = await createEvidenceFile(server, otherOrganisationId, f.respondentId);
    const r = await clients.admin.download(
      `${assessmentPath(own.assessmentId)}/evidence/${file.id}/file`,
    );
    expect(r.status).toBe(404);
  });

  it('answers 404 for the evidence of another assessment of the same organisation', async () => {
    const a = await createEvidenceFixture(server, organisationId);
    const b = await createEvidenceFixture(server, organisationId);
    const file = await createEvidenceFile(server, organisationId, b.respondentId);
    const r = await clients.admin.download(
      `${assessmentPath(a.assessmentId)}/evidence/${file.id}/file`,
    );
    expect(r.status).toBe(404);
  });

  describe('an external auditor (a grant on one assessment, not a member)', () => {
    let auditor: ApiClient;
    let granted: { assessmentId: string; fileId: string };
    let notGranted: { assessmentId: string; fileId: string };

    beforeAll(async () => {
      const user = await createTestUser(server, `external-${kind}@audit.example`);
      auditor = new ApiClient(server.url);
      await auditor.signIn(user.email, testPassword);
      const make = async () => {
        const f = await createEvidenceFixture(server, organisationId);
        const file = await createEvidenceFile(server, organisationId, f.respondentId);
        return { assessmentId: f.assessmentId, fileId: file.id };
      };
      granted = await make();
      notGranted = await make();
      await server.database.db.insert(schema.assessmentGrants).values({
        assessmentId: granted.assessmentId,
        organisationId,
        userId: user.id,
        role: 'auditor',
      });
    });

    it('lists and downloads the evidence of the granted assessment', async () => {
      const list = await auditor.get<Item[]>(`${assessmentPath(granted.assessmentId)}/evidence`);
      const file = await auditor.download(
        `${assessmentPath(granted.assessmentId)}/evidence/${granted.fileId}/file`,
      );
      expect([list.body.map((i) => i.body), file.status]).toEqual([['plan.pdf'], 200]);
      expect(Buffer.from(await file.arrayBuffer()).equals(tinyPdf)).toBe(true);
    });

    it('sees nothing of another assessment (404)', async () => {
      const r = await auditor.download(
        `${assessmentPath(notGranted.assessmentId)}/evidence/${notGranted.fileId}/file`,
      );
      expect(r.status).toBe(404);
    });

    it('cannot add evidence (not a member: 404)', async () => {
      const f = await createEvidenceFixture(server, organisationId);
      const r = await auditor.post(
        `${assessmentPath(granted.assessmentId)}/respondents/${f.respondentId}/evidence`,
        pdf(),
      );
      expect(r.status).toBe(404);
    });
  });
});
