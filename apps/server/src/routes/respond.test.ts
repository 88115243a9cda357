import { answerKey, replayAnswers, verifyChain } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullAnswers } from '../test-support/fixtures.js';
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

interface Invited {
  assessment: { title: string; method: string; status: string; revealed: boolean };
  respondent: { name: string; group: { key: string; name: { zh: string; en: string } } | null };
  editable: boolean;
  closedBecause: string | null;
  progress: { answered: number; total: number };
  ratings: Record<string, { current: unknown; target: unknown; evidence: { text: string | null } }>;
}
interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(databaseKinds)('answering through an invitation link on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let organisationId: string;
  let assessmentId: string;
  let ann: InvitationFixture;
  let bo: InvitationFixture;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Link City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url);
    const fixture = await createInvitingAssessmentFixture(server, organisationId, {
      groups: ['residents', 'academia'],
    });
    assessmentId = fixture.assessmentId;
    [ann, bo] = fixture.invitations as [InvitationFixture, InvitationFixture];
    base = `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('opens the assessment with the stakeholder’s own name, group and empty response', async () => {
    const r = await anonymous.get<Invited>(respondPath(ann.token));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      assessment: {
        title: 'Fixture',
        method: 'multi-stakeholder',
        status: 'draft',
        revealed: false,
      },
      respondent: { name: 'Stakeholder 1 (residents)', group: { key: 'residents' } },
      editable: true,
      closedBecause: null,
      progress: { answered: 0, total: 32 },
      ratings: {},
    });
  });

  it('keeps the link out of caches and referrers', async () => {
    const r = await anonymous.get(respondPath(ann.token));
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    const refused = await anonymous.get(respondPath('no-such-token'));
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('records when the link was first and last used', async () => {
    const rows = await server.database.pool.query<{ first_used_at: Date | null }>(
      'select first_used_at from invitations where id = $1',
      [ann.id],
    );
    expect(rows.rows[0]?.first_used_at).toBeInstanceOf(Date);
  });

  it('autosaves one characteristic with its evidence', async () => {
    const r = await anonymous.put<{ progress: { answered: number } }>(
      `${respondPath(ann.token)}/ratings/1.1.1`,
      { current: 2, target: 4, evidence: { text: 'Ann’s note' } },
    );
    expect(r).toMatchObject({ status: 200, body: { progress: { answered: 1, total: 32 } } });
    const view = await anonymous.get<Invited>(respondPath(ann.token));
    expect(view.body.ratings['1.1.1']).toMatchObject({
      current: 2,
      target: 4,
      evidence: { text: 'Ann’s note' },
    });
  });

  it('saves a whole response at once', async () => {
    const r = await anonymous.put<{ progress: { answered: number } }>(
      `${respondPath(bo.token)}/ratings`,
      {
        ratings: {
          ...fullAnswers(server),
          '1.1.1': { current: 5, target: 5, evidence: { text: 'Bo-secret' } },
        },
      },
    );
    expect(r.body.progress).toEqual({ answered: 32, total: 32 });
  });

  it('refuses a characteristic the model does not have, storing nothing', async () => {
    const r = await anonymous.put<ErrorBody>(`${respondPath(ann.token)}/ratings`, {
      ratings: { '1.1.2': { current: 1, target: 2 }, '9.9.9': { current: 1, target: 2 } },
    });
    expect([r.status, r.body.error.code]).toEqual([400, 'unknown-characteristic']);
    const view = await anonymous.get<Invited>(respondPath(ann.token));
    expect(view.body.ratings['1.1.2']).toBeUndefined();
  });

  it('shows a stakeholder nobody else’s answers (blind rating)', async () => {
    const r = await anonymous.get<Invited>(respondPath(ann.token));
    const json = JSON.stringify(r.body);
    expect(Object.keys(r.body.ratings)).toEqual(['1.1.1']);
    expect(json).not.toContain('Bo-secret');
    expect(json).not.toContain(bo.respondentId);
  });

  it('refuses the results before the reveal', async () => {
    const r = await anonymous.get<ErrorBody>(`${respondPath(ann.token)}/results`);
    expect([r.status, r.body.error.code]).toEqual([409, 'results-not-revealed']);
    expect(JSON.stringify(r.body)).not.toContain('Bo-secret');
  });

  it('reaches only its own respondent', async () => {
    // No path of a link names a respondent; the member paths that do need a session.
    const viaMemberPath = await anonymous.put(
      `${base}/respondents/${bo.respondentId}/ratings/1.1.1`,
      { current: 1, target: 1 },
    );
    const viaLinkPath = await anonymous.put(
      `${respondPath(ann.token)}/respondents/${bo.respondentId}/ratings/1.1.1`,
      { current: 1, target: 1 },
    );
    expect([viaMemberPath.status, viaLinkPath.status]).toEqual([401, 404]);
    const stored = await repositories.getResponse(
      server.database.db,
      { organisationId },
      bo.respondentId,
    );
    expect(stored.ratings.find((x) => x.characteristicId === '1.1.1')).toMatchObject({
      current: 5,
      target: 5,
    });
  });

  it('marks the response finished, keeps the first time, and reopens it', async () => {
    const done = await anonymous.post<{ completedAt: string }>(
      `${respondPath(ann.token)}/complete`,
    );
    const again = await anonymous.post<{ completedAt: string }>(
      `${respondPath(ann.token)}/complete`,
    );
    expect(done.body.completedAt).toMatch(/^\d{4}-/);
    expect(again.body.completedAt).toBe(done.body.completedAt);
    const progress = await facilitator.get<{ invitations: { id: string; status: string }[] }>(
      `${base}/progress`,
    );
    expect(progress.body.invitations.find((i) => i.id === ann.id)?.status).toBe('completed');
    const reopened = await anonymous.delete<{ completedAt: null }>(
      `${respondPath(ann.token)}/complete`,
    );
    expect(reopened.body.completedAt).toBeNull();
  });

  it('works for a signed-in member’s browser without a CSRF token, but not from another site', async () => {
    const r = await facilitator.request(
      'PUT',
      `${respondPath(ann.token)}/ratings/1.2.1`,
      {
        current: 3,
        target: 3,
      },
      { 'x-csrf-token': 'not-the-session-token' },
    );
    expect(r.status).toBe(200);
    const foreign = await anonymous.request<ErrorBody>(
      'PUT',
      `${respondPath(ann.token)}/ratings/1.2.1`,
      { current: 3, target: 3 },
      { origin: 'https://evil.example' },
    );
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'csrf-failed']);
  });

  it('answers 404 for an unknown link, in the stakeholder’s language', async () => {
    const r = await new ApiClient(server.url, 'zh').get<ErrorBody>(respondPath('x'.repeat(43)));
    expect([r.status, r.body.error.code]).toEqual([404, 'invitation-not-found']);
    expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reveals the results once, then refuses a second reveal', async () => {
    const r = await facilitator.post<{ revealedAt: string | null }>(`${base}/reveal`);
    expect(r.status).toBe(200);
    expect(r.body.revealedAt).toMatch(/^\d{4}-/);
    const again = await facilitator.post<ErrorBody>(`${base}/reveal`);
    expect([again.status, again.body.error.code]).toEqual([409, 'results-already-revealed']);
  });

  it('shows the stakeholder the same results as the members after the reveal', async () => {
    const invited = await anonymous.get<{ score: unknown }>(`${respondPath(ann.token)}/results`);
    const member = await facilitator.get<{ score: unknown }>(`${base}/results`);
    expect(invited.status).toBe(200);
    expect(invited.body.score).toEqual(member.body.score);
  });

  it('closes rating at the reveal', async () => {
    const save = await anonymous.put<ErrorBody>(`${respondPath(ann.token)}/ratings/1.1.1`, {
      current: 1,
      target: 1,
    });
    const complete = await anonymous.post<ErrorBody>(`${respondPath(ann.token)}/complete`);
    expect([save.status, save.body.error.code]).toEqual([409, 'results-revealed']);
    expect([complete.status, complete.body.error.code]).toEqual([409, 'results-revealed']);
    const view = await anonymous.get<Invited>(respondPath(ann.token));
    expect(view.body).toMatchObject({ editable: false, closedBecause: 'revealed' });
    expect(view.body.ratings['1.1.1']?.current).toBe(2);
  });

  it('chains the stakeholder’s changes without a user, naming the invitation; the chain verifies and replays', async () => {
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    if (!chain) throw new Error('no chain');
    const saves = chain.entries.filter(
      (e) => e.action === 'ratings.save' && e.targetId === ann.respondentId,
    );
    expect(saves.length).toBe(2);
    expect(saves.every((e) => e.actorUserId === null)).toBe(true);
    expect(saves[0]?.details).toMatchObject({ invitationId: ann.id });
    expect(chain.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['respondent.complete', 'respondent.reopen', 'assessment.reveal']),
    );
    expect(verifyChain(chain.entries, chain.head).ok).toBe(true);
    expect(replayAnswers(chain.entries).get(answerKey(ann.respondentId, '1.1.1'))).toEqual({
      current: 2,
      target: 4,
    });
  });

  it('refuses a revoked and an expired link with 410, even after the reveal', async () => {
    await facilitator.post(`${base}/invitations/${bo.id}/revoke`);
    const revoked = await anonymous.get<ErrorBody>(`${respondPath(bo.token)}/results`);
    await server.database.pool.query(
      "update invitations set expires_at = now() - interval '1 second' where id = $1",
      [ann.id],
    );
    const expired = await anonymous.get<ErrorBody>(respondPath(ann.token));
    expect([revoked.status, revoked.body.error.code]).toEqual([410, 'invitation-revoked']);
    expect([expired.status, expired.body.error.code]).toEqual([410, 'invitation-expired']);
  });
});

describe.each(databaseKinds)('limits and refusals of invitation links on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let organisationId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Limit City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  const fillWindow = (key: string, count: number) =>
    server.database.pool.query(
      "insert into rate_limits (key, count, reset_at) values ($1, $2, now() + interval '1 minute') on conflict (key) do update set count = excluded.count, reset_at = excluded.reset_at",
      [key, count],
    );

  it('allows 120 requests a minute through one link, then answers 429 with Retry-After', async () => {
    const { invitations } = await createInvitingAssessmentFixture(server, organisationId);
    const link = invitations[0];
    if (!link) throw new Error('no link');
    await fillWindow(`respond:invitation:${link.id}`, 119);
    expect((await anonymous.get(respondPath(link.token))).status).toBe(200);
    const r = await anonymous.get<ErrorBody>(respondPath(link.token));
    expect([r.status, r.body.error.code]).toEqual([429, 'rate-limited']);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('allows 600 requests a minute from one address, whatever the link', async () => {
    await fillWindow('respond:ip:127.0.0.1', 600);
    const r = await anonymous.get<ErrorBody>(respondPath('guessed-token'));
    expect([r.status, r.body.error.code]).toEqual([429, 'rate-limited']);
    await server.database.pool.query("delete from rate_limits where key = 'respond:ip:127.0.0.1'");
  });

  it('refuses to reveal an assessment that does not use invitations', async () => {
    const single = await repositories.createAssessment(
      server.database.db,
      { organisationId },
      {
        title: 'Single',
        modelId: 'mmssc',
        modelVersion: '1.0.0',
        method: 'single-stakeholder',
        assessedOn: '2026-11-01',
        createdBy: null,
      },
      { name: 'Team', userId: null, stakeholderGroup: null },
    );
    const r = await facilitator.post<ErrorBody>(
      `/api/v1/organisations/${organisationId}/assessments/${single.assessment.id}/reveal`,
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'invitations-not-used']);
  });

  it('refuses to reveal before anybody answered', async () => {
    const { assessmentId } = await createInvitingAssessmentFixture(server, organisationId);
    const r = await facilitator.post<ErrorBody>(
      `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/reveal`,
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'reveal-no-answers']);
  });

  it('closes rating when the assessment is submitted', async () => {
    const { assessmentId, invitations } = await createInvitingAssessmentFixture(
      server,
      organisationId,
    );
    await server.database.pool.query("update assessments set status = 'submitted' where id = $1", [
      assessmentId,
    ]);
    const r = await anonymous.put<ErrorBody>(
      `${respondPath(invitations[0]?.token ?? '')}/ratings/1.1.1`,
      { current: 1, target: 1 },
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'assessment-not-draft']);
  });
});
