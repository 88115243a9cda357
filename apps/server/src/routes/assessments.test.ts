import { parseAssessmentText, scoreAssessment } from '@citymaturity/core';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture, fullAnswers } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Detail {
  id: string;
  status: string;
  progress: { answered: number; total: number };
  respondents: { id: string; editable: boolean; progress: { answered: number; total: number } }[];
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe.each(databaseKinds)('assessments end to end on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let base: string;
  let organisationId: string;
  let created: Detail;
  let respondentPath: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const org = await createTestOrganisation(server, 'Flow City');
    admin = (await signedInAs(server, 'org_admin', org.id)).client;
    organisationId = org.id;
    base = `/api/v1/organisations/${org.id}`;
    const r = await admin.post<Detail>(`${base}/assessments`, {
      title: '2026 baseline',
      date: '2026-11-01',
      respondentName: 'Leadership team',
    });
    created = r.body;
    respondentPath = `${base}/assessments/${created.id}/respondents/${created.respondents[0]?.id ?? ''}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('creates a single-stakeholder draft with one editable team response', () => {
    expect(created).toMatchObject({
      status: 'draft',
      method: 'single-stakeholder',
      modelId: 'mmssc',
      progress: { answered: 0, total: 32 },
    });
    expect(created.respondents).toMatchObject([
      { editable: true, progress: { answered: 0, total: 32 } },
    ]);
  });

  it('lists the assessment with its progress', async () => {
    const r = await admin.get<{ id: string; title: string }[]>(`${base}/assessments`);
    expect(r.body.map((a) => [a.id, a.title])).toEqual([[created.id, '2026 baseline']]);
  });

  it('autosaves one characteristic with its evidence and reports progress', async () => {
    const r = await admin.put<{ progress: { answered: number } }>(
      `${respondentPath}/ratings/1.1.1`,
      {
        current: 2,
        target: 3,
        evidence: { text: 'Strategy published', links: ['https://example.org/strategy'] },
      },
    );
    expect(r).toMatchObject({ status: 200, body: { progress: { answered: 1, total: 32 } } });
    const response = await admin.get<{ ratings: Record<string, unknown> }>(
      `${respondentPath}/response`,
    );
    expect(response.body.ratings['1.1.1']).toMatchObject({
      current: 2,
      target: 3,
      evidence: { text: 'Strategy published', links: ['https://example.org/strategy'] },
    });
  });

  it('saves "don\'t know" and counts it as answered', async () => {
    const r = await admin.put<{ progress: { answered: number } }>(
      `${respondentPath}/ratings/1.1.2`,
      { current: 'unknown', target: 'unknown' },
    );
    expect(r.body.progress.answered).toBe(2);
  });

  it('refuses a level out of range, naming the field, and keeps what was stored', async () => {
    const r = await admin.put<ErrorBody>(`${respondentPath}/ratings/1.1.1`, {
      current: 7,
      target: 3,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.current']);
    const response = await admin.get<{ ratings: Record<string, { current: unknown }> }>(
      `${respondentPath}/response`,
    );
    expect(response.body.ratings['1.1.1']?.current).toBe(2);
  });

  it('refuses a whole response with one unknown characteristic and stores none of it', async () => {
    const r = await admin.put<ErrorBody>(`${respondentPath}/ratings`, {
      ratings: { '1.2.1': { current: 1, target: 2 }, '9.9.9': { current: 1, target: 2 } },
    });
    expect([r.status, r.body.error.code]).toEqual([400, 'unknown-characteristic']);
    const response = await admin.get<{ ratings: Record<string, unknown> }>(
      `${respondentPath}/response`,
    );
    expect(response.body.ratings['1.2.1']).toBeUndefined();
  });

  it('refuses evidence links that are not web addresses', async () => {
    const r = await admin.put<ErrorBody>(`${respondentPath}/ratings/1.1.3`, {
      current: 1,
      target: 2,
      evidence: { links: ['javascript:alert(1)'] },
    });
    expect(r.status).toBe(400);
  });

  it('does not submit an incomplete assessment', async () => {
    const r = await admin.post<ErrorBody>(`${base}/assessments/${created.id}/submit`);
    expect([r.status, r.body.error.code]).toEqual([409, 'assessment-incomplete']);
  });

  it('saves a whole response in one request and then submits it', async () => {
    const save = await admin.put<{ progress: { answered: number } }>(`${respondentPath}/ratings`, {
      ratings: fullAnswers(server),
    });
    expect(save.body.progress.answered).toBe(32);
    const submit = await admin.post<Detail>(`${base}/assessments/${created.id}/submit`);
    expect([submit.status, submit.body.status, submit.body.respondents[0]?.editable]).toEqual([
      200,
      'submitted',
      false,
    ]);
  });

  it('freezes a submitted assessment', async () => {
    const rating = await admin.put<ErrorBody>(`${respondentPath}/ratings/1.1.1`, {
      current: 5,
      target: 5,
    });
    const title = await admin.patch<ErrorBody>(`${base}/assessments/${created.id}`, {
      title: 'Changed',
    });
    const again = await admin.post<ErrorBody>(`${base}/assessments/${created.id}/submit`);
    expect([rating.status, title.status, again.status]).toEqual([409, 409, 409]);
  });

  it("gives results computed by the core's rules, with strengths, weaknesses and priorities", async () => {
    const r = await admin.get<{
      score: {
        overall: unknown;
        characteristics: Record<string, unknown>;
        priorities: { guidance: { components: unknown[] } }[];
      };
      strengths: unknown[];
      weaknesses: unknown[];
    }>(`${base}/assessments/${created.id}/results`);
    const model = server.ctx.models.get('mmssc');
    if (!model) throw new Error('no model');
    const expected = scoreAssessment(
      { respondents: [{ id: 'x', ratings: fullAnswers(server) }] },
      model,
      { operatingModel: server.ctx.operatingModel },
    );
    expect(r.status).toBe(200);
    expect(r.body.score.overall).toEqual(expected.overall);
    expect(r.body.score.characteristics['2.3.1']).toEqual(expected.characteristics['2.3.1']);
    expect(r.body.score.priorities.length).toBe(expected.priorities.length);
    expect(r.body.score.priorities[0]?.guidance.components.length).toBeGreaterThan(0);
    expect(r.body.strengths.length + r.body.weaknesses.length).toBeGreaterThan(0);
  });

  it('exports the assessment in the open exchange format, which validates and round-trips', async () => {
    const json = await admin.get<string>(`${base}/assessments/${created.id}/export`);
    expect(json.headers.get('content-disposition')).toMatch(
      /attachment; filename="citymaturity-2026-11-01-.+\.json"/,
    );
    const parsed = parseAssessmentText(
      typeof json.body === 'string' ? json.body : JSON.stringify(json.body),
      { models: server.ctx.models },
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.assessment.respondents[0]?.ratings['1.1.1']).toMatchObject({
      current: fullAnswers(server)['1.1.1']?.current,
    });
    const yaml = await admin.get<string>(`${base}/assessments/${created.id}/export?format=yaml`);
    expect(parseAssessmentText(yaml.body, { models: server.ctx.models }).ok).toBe(true);
  });

  it('deletes an assessment with its responses', async () => {
    const fixture = await createAssessmentFixture(server, organisationId, { complete: true });
    expect((await admin.delete(`${base}/assessments/${fixture.assessmentId}`)).status).toBe(204);
    expect((await admin.get(`${base}/assessments/${fixture.assessmentId}`)).status).toBe(404);
  });

  it('records every change in the audit log, visible to the organisation administrator', async () => {
    const r = await admin.get<{ action: string }[]>(`${base}/audit-log?limit=200`);
    const actions = new Set(r.body.map((e) => e.action));
    for (const action of [
      'assessment.create',
      'ratings.save',
      'assessment.submit',
      'assessment.export',
      'assessment.delete',
    ])
      expect(actions).toContain(action);
  });
});

describe.each(databaseKinds)('concurrent saves on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server.close();
  });

  it('saves many answers to one assessment at once without deadlock or loss', async () => {
    const org = await createTestOrganisation(server, 'Busy City');
    const { client } = await signedInAs(server, 'facilitator', org.id);
    const { assessmentId, respondentId } = await createAssessmentFixture(server, org.id);
    const path = `/api/v1/organisations/${org.id}/assessments/${assessmentId}/respondents/${respondentId}/ratings`;
    const ids = Object.keys(fullAnswers(server));
    const statuses = await Promise.all(
      ids.map((id, i) =>
        client.put(`${path}/${id}`, { current: (i % 5) + 1, target: 5 }).then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const response = await client.get<{ progress: { answered: number } }>(
      `/api/v1/organisations/${org.id}/assessments/${assessmentId}/respondents/${respondentId}/response`,
    );
    expect(response.body.progress.answered).toBe(32);
  });
});
