import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLive } from '../live/live.js';
import { dataOf, openEventStream, type EventStream } from '../test-support/event-stream-client.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture } from '../test-support/workshop-fixtures.js';

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.each(databaseKinds)('the workshop live events on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let facilitator: ApiClient;
  let viewer: ApiClient;
  const base = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const follow = (client: ApiClient, assessmentId: string) =>
    openEventStream(`${server.url}${base(assessmentId)}/workshop/events`, client.sessionHeaders());
  const streams: EventStream[] = [];
  const followed = async (client: ApiClient, assessmentId: string) => {
    const stream = await follow(client, assessmentId);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Live City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await server.close();
  });

  describe('a stream', () => {
    let assessmentId: string;
    let stream: EventStream;
    beforeAll(async () => {
      assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
      stream = await followed(viewer, assessmentId);
    });

    it('is an event stream', () => {
      expect([stream.status, stream.headers.get('content-type')]).toEqual([
        200,
        'text/event-stream; charset=utf-8',
      ]);
    });

    it('starts with the current version of the workshop', async () => {
      const first = await stream.next();
      const state = await viewer.get<{ version: number }>(`${base(assessmentId)}/workshop`);
      expect([first.event, first.id, dataOf(first)]).toEqual([
        'workshop',
        String(state.body.version),
        { version: state.body.version, change: 'initial' },
      ]);
    });

    it('asks the browser to reconnect after 3 s', () => {
      expect(stream.retry()).toBe(3000);
    });

    it('tells of a focus change, with the version the change returned', async () => {
      const r = await facilitator.put<{ version: number }>(`${base(assessmentId)}/workshop/focus`, {
        characteristicId: '1.2.1',
      });
      const event = await stream.next((e) => dataOf(e).change === 'focus');
      expect(dataOf(event)).toEqual({
        version: r.body.version,
        change: 'focus',
        characteristicId: '1.2.1',
      });
    });

    it('tells of a consensus change', async () => {
      await facilitator.put(`${base(assessmentId)}/consensus/2.1.1`, { current: 2, target: 3 });
      const event = await stream.next((e) => dataOf(e).change === 'consensus');
      expect(dataOf(event).characteristicId).toBe('2.1.1');
    });

    it('tells nothing of a refused change', async () => {
      const refused = await facilitator.put(`${base(assessmentId)}/consensus/2.1.1`, {
        current: 5,
        target: 5,
      });
      await facilitator.put(`${base(assessmentId)}/workshop/focus`, { characteristicId: '3.1.1' });
      const next = await stream.next((e) => dataOf(e).change !== 'initial');
      expect([refused.status, dataOf(next).change, dataOf(next).characteristicId]).toEqual([
        412,
        'focus',
        '3.1.1',
      ]);
    });

    it('sends versions in increasing order', () => {
      const versions = stream.events.map((e) => dataOf(e).version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    });
  });

  it('does not tell followers of another workshop', async () => {
    const watched = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const changed = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const stream = await followed(viewer, watched);
    await stream.next();
    await facilitator.put(`${base(changed)}/workshop/focus`, { characteristicId: '1.1.1' });
    await facilitator.put(`${base(watched)}/workshop/focus`, { characteristicId: '1.1.2' });
    const next = await stream.next((e) => dataOf(e).change === 'focus');
    expect(dataOf(next).characteristicId).toBe('1.1.2');
  });

  it('tells followers when the workshop is submitted', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const model = server.ctx.models.get('mmssc');
    for (const c of model?.characteristics ?? []) {
      await repositories.writeConsensusItem(
        server.database.db,
        { organisationId },
        assessmentId,
        c.id,
        { current: 2, target: 3, rationale: '', dissent: '', version: 1, updatedBy: null },
      );
    }
    const stream = await followed(viewer, assessmentId);
    await stream.next();
    const submitted = await facilitator.post(`${base(assessmentId)}/submit`);
    const event = await stream.next((e) => dataOf(e).change === 'submit');
    expect([submitted.status, dataOf(event).change]).toEqual([200, 'submit']);
  });

  it('is closed cleanly when the browser leaves', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const before = server.ctx.live.streamCount;
    const stream = await follow(viewer, assessmentId);
    await stream.next();
    expect(server.ctx.live.streamCount).toBe(before + 1);
    stream.close();
    await until(() => server.ctx.live.streamCount === before);
    expect(server.ctx.live.hub.subscriberCount).toBe(before);
  });

  it('accepts a Last-Event-ID and still starts with the current version', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const stream = await openEventStream(`${server.url}${base(assessmentId)}/workshop/events`, {
      ...viewer.sessionHeaders(),
      'last-event-id': 'not even a number',
    });
    streams.push(stream);
    expect(dataOf(await stream.next()).change).toBe('initial');
  });

  it('is refused (as JSON) for an assessment that is not a workshop', async () => {
    const single = await createAssessmentFixture(server, organisationId);
    const r = await viewer.get<{ error: { code: string } }>(
      `${base(single.assessmentId)}/workshop/events`,
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-facilitated']);
  });

  it('is refused to a member who may not follow workshops', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const { client: respondent } = await signedInAs(server, 'respondent', organisationId);
    const r = await respondent.get(`${base(assessmentId)}/workshop/events`);
    expect(r.status).toBe(403);
  });

  it('limits the streams one person holds in a process', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const { client: busy } = await signedInAs(server, 'viewer', organisationId);
    const limit = server.ctx.live.settings.maxStreamsPerOwner;
    for (let i = 0; i < limit; i++) {
      const stream = await followed(busy, assessmentId);
      expect(stream.status).toBe(200);
    }
    const refused = await busy.get<{ error: { code: string } }>(
      `${base(assessmentId)}/workshop/events`,
    );
    expect([refused.status, refused.body.error.code]).toEqual([429, 'live-too-many-streams']);
  });

  it('keeps telling of changes after the listening connection was lost', async () => {
    const assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
    const stream = await followed(viewer, assessmentId);
    await stream.next();
    // A change whose notification nobody hears (as while the connection is down) …
    await repositories.appendAssessmentEvent(server.database.db, { organisationId }, assessmentId, {
      actorUserId: null,
      action: 'workshop.focus',
      details: { characteristicId: '3.1.1' },
    });
    const connections = server.ctx.live.hub.connectionCount;
    await server.database.pool.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'citymaturity-live' and datname = current_database()",
    );
    await until(() => server.ctx.live.hub.connectionCount > connections);
    // … is announced as a resynchronisation once the process listens again.
    const resync = await stream.next((e) => dataOf(e).change === 'resync');
    await facilitator.put(`${base(assessmentId)}/workshop/focus`, { characteristicId: '1.1.2' });
    const after = await stream.next((e) => dataOf(e).change === 'focus');
    expect([dataOf(resync).change, dataOf(after).characteristicId]).toEqual(['resync', '1.1.2']);
  });
});

describe.each(databaseKinds)('a workshop stream over time on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let assessmentId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    // Heartbeats every 100 ms instead of 15 s, to see them (and their checks) in a test.
    await server.ctx.live.close();
    server.ctx.live = createLive(server.database.connectionString, { heartbeatMs: 100 });
    organisationId = (await createTestOrganisation(server, 'Heartbeat City')).id;
    assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
  });
  afterAll(async () => {
    await server.close();
  });

  const follow = async () => {
    const { client } = await signedInAs(server, 'viewer', organisationId);
    const stream = await openEventStream(
      `${server.url}/api/v1/organisations/${organisationId}/assessments/${assessmentId}/workshop/events`,
      client.sessionHeaders(),
    );
    await stream.next();
    return { client, stream };
  };

  it('sends a heartbeat comment regularly', async () => {
    const { stream } = await follow();
    await until(() => stream.comments() >= 2);
    stream.close();
    expect(stream.comments()).toBeGreaterThanOrEqual(2);
  });

  it('ends when the follower signs out', async () => {
    const { client, stream } = await follow();
    await client.delete('/api/v1/session');
    await stream.ended;
    expect(stream.events.length).toBe(1);
  });

  it('ends when the follower is no longer a member', async () => {
    const { client, stream } = await follow();
    const me = await client.get<{ user: { id: string } }>('/api/v1/session');
    await server.database.pool.query('delete from memberships where user_id = $1', [
      me.body.user.id,
    ]);
    await stream.ended;
    expect(server.ctx.live.streamCount).toBe(0);
  });

  it('ends every stream when the server shuts down, without holding the shutdown', async () => {
    const { stream } = await follow();
    await server.app.close();
    await stream.ended;
    expect(server.ctx.live.streamCount).toBe(0);
  });
});
