import { createHash } from 'node:crypto';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyExe, tinyPng, uploadForm } from '../test-support/evidence-fixtures.js';
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

interface Item {
  id: string;
  kind: string;
  body: string;
  file: { name: string; mediaType: string; sha256: string } | null;
  owner: { kind: string };
}
interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(databaseKinds)('evidence through an invitation link on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let base: string;
  let ann: InvitationFixture;
  let bo: InvitationFixture;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const organisationId = (await createTestOrganisation(server, 'Evidence Link City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url, 'zh');
    const fixture = await createInvitingAssessmentFixture(server, organisationId, {
      groups: ['residents', 'academia'],
    });
    [ann, bo] = fixture.invitations as [InvitationFixture, InvitationFixture];
    base = `/api/v1/organisations/${organisationId}/assessments/${fixture.assessmentId}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const upload = (token: string, content: Buffer, name: string) =>
    anonymous.post<Item & ErrorBody>(
      `${respondPath(token)}/evidence`,
      uploadForm(content, name, { characteristicId: '1.1.1' }),
    );

  it('adds a file to the stakeholder’s own rating, owned by the invited stakeholder', async () => {
    const r = await upload(ann.token, tinyPng, '现场照片.png');
    expect(r.status).toBe(201);
    expect(r.body.file).toMatchObject({
      name: '现场照片.png',
      mediaType: 'image/png',
      sha256: createHash('sha256').update(tinyPng).digest('hex'),
    });
    expect(r.body.owner.kind).toBe('invited-stakeholder');
  });

  it('adds a note as JSON', async () => {
    const r = await anonymous.post<Item>(`${respondPath(ann.token)}/evidence`, {
      characteristicId: '1.1.2',
      kind: 'text',
      body: '区政府年度报告',
    });
    expect([r.status, r.body.kind, r.body.body]).toEqual([201, 'text', '区政府年度报告']);
  });

  it('refuses a file whose content is not an allowed type, in the stakeholder’s language', async () => {
    const r = await upload(ann.token, tinyExe, 'plan.pdf');
    expect([r.status, r.body.error.code]).toEqual([415, 'evidence-unsupported-type']);
    expect(r.body.error.message).toContain('plan.pdf');
  });

  it('downloads the stakeholder’s own file with the bytes uploaded', async () => {
    const added = await upload(ann.token, tinyPng, 'again.png');
    const response = await anonymous.download(
      `${respondPath(ann.token)}/evidence/${added.body.id}/file`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(tinyPng)).toBe(true);
  });

  it('does not let another stakeholder’s link download or remove the file', async () => {
    const added = await upload(ann.token, tinyPng, 'mine.png');
    const download = await anonymous.download(
      `${respondPath(bo.token)}/evidence/${added.body.id}/file`,
    );
    const removal = await anonymous.request<ErrorBody>(
      'DELETE',
      `${respondPath(bo.token)}/evidence/${added.body.id}`,
    );
    expect([download.status, removal.status]).toEqual([404, 404]);
    const list = await facilitator.get<Item[]>(`${base}/evidence?respondentId=${ann.respondentId}`);
    expect(list.body.map((i) => i.id)).toContain(added.body.id);
  });

  it('removes the stakeholder’s own item', async () => {
    const added = await upload(ann.token, tinyPng, 'gone.png');
    const removal = await anonymous.request(
      'DELETE',
      `${respondPath(ann.token)}/evidence/${added.body.id}`,
    );
    const list = await facilitator.get<Item[]>(`${base}/evidence?respondentId=${ann.respondentId}`);
    expect(removal.status).toBe(204);
    expect(list.body.map((i) => i.id)).not.toContain(added.body.id);
  });

  it('closes evidence at the reveal like the answers', async () => {
    await anonymous.put(`${respondPath(bo.token)}/ratings/1.1.1`, { current: 2, target: 3 });
    expect((await facilitator.post(`${base}/reveal`)).status).toBe(200);
    const r = await upload(ann.token, tinyPng, 'late.png');
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body.error.code).toMatch(/revealed|closed/);
  });
});
