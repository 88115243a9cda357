import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openEventStream, type EventStream } from '../test-support/event-stream-client.js';
import {
  createInvitingAssessmentFixture,
  inviteFixtures,
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
  error: { code: string };
}
interface State {
  version: number;
  focus: string | null;
  facilitator: boolean;
  evidence: { respondent?: unknown; addedBy?: unknown }[];
}

describe.each(databaseKinds)('following the workshop through an invitation link on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let base: string;
  let ann: InvitationFixture;
  let closed: InvitationFixture;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    const organisationId = (await createTestOrganisation(server, 'Workshop Link City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url);
    const fixture = await createInvitingAssessmentFixture(server, organisationId, {
      method: 'facilitated-workshop',
      groups: ['residents', 'academia'],
    });
    [ann] = fixture.invitations as [InvitationFixture];
    [closed] = (await inviteFixtures(server, organisationId, fixture.assessmentId, ['residents'], {
      expiresAt: new Date(Date.now() - 1000),
    })) as [InvitationFixture];
    base = `/api/v1/organisations/${organisationId}/assessments/${fixture.assessmentId}`;
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await server.close();
  });

  it('refuses the workshop before the reveal', async () => {
    const r = await anonymous.get<ErrorBody>(`${respondPath(ann.token)}/workshop`);
    expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-revealed']);
  });

  it('tells a following stakeholder of the reveal, then of the facilitator’s focus', async () => {
    await anonymous.put(`${respondPath(ann.token)}/ratings/2.1.1`, { current: 2, target: 3 });
    const note = await anonymous.post(`${respondPath(ann.token)}/evidence`, {
      characteristicId: '2.1.1',
      kind: 'text',
      body: 'Budget 2026',
    });
    expect(note.status).toBe(201);
    const stream = await openEventStream(`${server.url}${respondPath(ann.token)}/workshop/events`);
    streams.push(stream);
    expect(dataOf(await stream.next()).change).toBe('initial');
    expect((await facilitator.post(`${base}/reveal`)).status).toBe(200);
    expect(dataOf(await stream.next()).change).toBe('reveal');
    expect(
      (await facilitator.put(`${base}/workshop/focus`, { characteristicId: '2.1.1' })).status,
    ).toBe(200);
    const focus = dataOf(await stream.next());
    const state = await anonymous.get<State>(`${respondPath(ann.token)}/workshop`);
    expect([focus.change, state.body.version, state.body.focus]).toEqual([
      'focus',
      focus.version,
      '2.1.1',
    ]);
  });

  it('shows the stakeholder the follower’s view, without facilitator data', async () => {
    const state = await anonymous.get<State>(`${respondPath(ann.token)}/workshop`);
    expect([state.body.facilitator, state.body.evidence.length]).toEqual([false, 1]);
    expect(
      state.body.evidence.every((e) => e.respondent === undefined && e.addedBy === undefined),
    ).toBe(true);
  });

  it('refuses an expired link', async () => {
    const r = await anonymous.get<ErrorBody>(`${respondPath(closed.token)}/workshop/events`);
    expect([r.status, r.body.error.code]).toEqual([410, 'invitation-expired']);
  });
});
