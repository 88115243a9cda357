import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Results {
  assessment: { minGroupSize: number };
  score: {
    respondents: { byGroup: Record<string, number> };
    stakeholderGroups: Record<
      string,
      { respondents: number; suppressed: boolean; characteristics?: unknown }
    >;
    divergence: { groups: string[] }[];
  };
}
interface Progress {
  groups: { key: string; invited: number; opened: number; completed: number; notOpened: number }[];
  invitations: { name: string; group: string; status: string; progress: { answered: number } }[];
}

const lonely = 'private-sector';

/**
 * The results as JSON without the two places where a suppressed group may be named with its
 * number of respondents (and nothing else): what is left must not name it at all.
 */
function withoutSuppressedCounts(results: Results, group: string): string {
  const { byGroup, ...respondents } = results.score.respondents;
  const { stakeholderGroups, ...score } = results.score;
  expect(stakeholderGroups[group]).toEqual({ respondents: byGroup[group], suppressed: true });
  const others = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => key !== group));
  return JSON.stringify({
    ...results,
    score: {
      ...score,
      respondents: { ...respondents, byGroup: others(byGroup) },
      stakeholderGroups: others(stakeholderGroups),
    },
  });
}

describe.each(databaseKinds)('stakeholder groups below the minimum size on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let organisationId: string;
  let base: string;
  let invitations: InvitationFixture[];

  const answerAll = (token: string, level: number, note: string) => {
    const model = server.ctx.models.get('mmssc');
    if (!model) throw new Error('no model');
    return anonymous.put(`${respondPath(token)}/ratings`, {
      ratings: Object.fromEntries(
        model.characteristics.map((c) => [
          c.id,
          { current: level, target: level, evidence: { text: note } },
        ]),
      ),
    });
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Private City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url);
    const fixture = await createInvitingAssessmentFixture(server, organisationId, {
      groups: [
        'residents',
        'residents',
        'residents',
        'academia',
        'academia',
        'academia',
        lonely,
        'academia',
      ],
    });
    invitations = fixture.invitations;
    base = `/api/v1/organisations/${organisationId}/assessments/${fixture.assessmentId}`;
    // Residents see level 1, academia level 5 (they diverge); the lonely respondent level 3.
    for (const invitation of invitations.slice(0, 7)) {
      const level = invitation.group === 'residents' ? 1 : invitation.group === 'academia' ? 5 : 3;
      await answerAll(invitation.token, level, `note of ${invitation.group}`);
    }
    await anonymous.post(`${respondPath(invitations[6]?.token ?? '')}/complete`);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows a minimum group size of 3 by default', async () => {
    const r = await facilitator.get<{ minGroupSize: number; revealedAt: null }>(base);
    expect(r.body).toMatchObject({ minGroupSize: 3, revealedAt: null });
  });

  it('shows progress per group and per invitation, never the answers', async () => {
    const r = await facilitator.get<Progress>(`${base}/progress`);
    expect(
      r.body.groups.map((g) => [g.key, g.invited, g.opened, g.completed, g.notOpened]),
    ).toEqual([
      ['academia', 4, 3, 3, 1],
      [lonely, 1, 1, 1, 0],
      ['residents', 3, 3, 3, 0],
    ]);
    expect(r.body.invitations.map((i) => i.progress.answered)).toEqual([
      32, 32, 32, 32, 32, 32, 32, 0,
    ]);
    const json = JSON.stringify(r.body);
    expect(json).not.toContain('note of');
    expect(json).not.toMatch(/"current"|"target"/);
  });

  it('leaves a group below the minimum size out of the members’ results', async () => {
    const r = await facilitator.get<Results>(`${base}/results`);
    expect(r.status).toBe(200);
    expect(r.body.score.stakeholderGroups.residents?.suppressed).toBe(false);
    expect(r.body.score.divergence.length).toBeGreaterThan(0);
    expect(withoutSuppressedCounts(r.body, lonely)).not.toContain(lonely);
  });

  it('changes the minimum group size, chained, and the results follow', async () => {
    const r = await facilitator.patch<{ minGroupSize: number }>(base, { minGroupSize: 4 });
    expect([r.status, r.body.minGroupSize]).toEqual([200, 4]);
    const results = await facilitator.get<Results>(`${base}/results`);
    expect(results.body.score.stakeholderGroups.residents).toEqual({
      respondents: 3,
      suppressed: true,
    });
    // Academia: 4 invited, 3 answered (one who has not answered is not a respondent yet).
    expect(results.body.score.stakeholderGroups.academia).toEqual({
      respondents: 3,
      suppressed: true,
    });
    expect(results.body.score.divergence).toEqual([]);
    expect(withoutSuppressedCounts(results.body, 'residents')).not.toContain('residents');
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      base.split('/').at(-1) ?? '',
    );
    expect(chain?.entries.at(-1)).toMatchObject({
      action: 'assessment.update',
      details: { changes: { minGroupSize: 4 } },
    });
  });

  it('leaves it out of the results an invited stakeholder sees after the reveal', async () => {
    expect((await facilitator.post(`${base}/reveal`)).status).toBe(200);
    const r = await anonymous.get<Results>(`${respondPath(invitations[0]?.token ?? '')}/results`);
    expect(r.status).toBe(200);
    expect(withoutSuppressedCounts(r.body, lonely)).not.toContain(lonely);
    expect(r.body.score.stakeholderGroups.residents).toEqual({ respondents: 3, suppressed: true });
    expect(JSON.stringify(r.body)).not.toContain('note of');
  });

  it('refuses to change the minimum group size once the results are revealed', async () => {
    const r = await facilitator.patch<{ error: { code: string } }>(base, { minGroupSize: 2 });
    expect([r.status, r.body.error.code]).toEqual([409, 'results-already-revealed']);
  });

  it('refuses to change the minimum group size of a submitted assessment', async () => {
    await server.database.pool.query("update assessments set status = 'submitted' where id = $1", [
      base.split('/').at(-1),
    ]);
    const r = await facilitator.patch<{ error: { code: string } }>(base, { minGroupSize: 2 });
    expect([r.status, r.body.error.code]).toEqual([409, 'assessment-not-draft']);
  });
});

describe.each(databaseKinds)('an invited stakeholder’s own answers on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let responsePath: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Private Answers City')).id;
    const { assessmentId, invitations } = await createInvitingAssessmentFixture(
      server,
      organisationId,
      { groups: ['residents'] },
    );
    const [ann] = invitations as [InvitationFixture];
    await new ApiClient(server.url).put(`${respondPath(ann.token)}/ratings/1.1.1`, {
      current: 2,
      target: 4,
    });
    responsePath = `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/respondents/${ann.respondentId}/response`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('are not shown to a member who only sees results (a viewer)', async () => {
    const viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    const r = await viewer.get<{ error: { code: string } }>(responsePath);
    expect([r.status, r.body.error.code]).toEqual([403, 'not-respondent']);
  });

  it('count in the results only once given (not the empty response of whoever created it)', async () => {
    const facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    const r = await facilitator.get<Results>(
      responsePath.replace(/\/respondents\/.*$/, '/results'),
    );
    expect([r.status, r.body.score.respondents]).toMatchObject([200, { total: 1 }]);
  });

  it('are shown to the facilitator, who reviews the evidence', async () => {
    const facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    const r = await facilitator.get<{ ratings: Record<string, { current: unknown }> }>(
      responsePath,
    );
    expect([r.status, r.body.ratings['1.1.1']?.current]).toEqual([200, 2]);
  });
});
