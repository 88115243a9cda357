import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openEventStream, type EventStream } from '../test-support/event-stream-client.js';
import { startServerProcess, type ServerProcess } from '../test-support/server-process.js';
import {
  ApiClient,
  createTestOrganisation,
  createTestUser,
  startTestServer,
  testPassword,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture } from '../test-support/workshop-fixtures.js';

// The live workshop with two server processes on one database: what one process changes, the
// followers connected to the other hear, through PostgreSQL's LISTEN/NOTIFY (no process memory).
describe.each(databaseKinds)(
  'the live workshop across two processes on one %s database',
  (kind) => {
    let first: TestServer;
    let second: ServerProcess;
    let organisationId: string;
    let assessmentId: string;
    let facilitator: ApiClient;
    let viewer: ApiClient;
    const streams: EventStream[] = [];
    const path = (rest: string) =>
      `/api/v1/organisations/${organisationId}/assessments/${assessmentId}${rest}`;
    const followOn = async (url: string) => {
      const stream = await openEventStream(
        `${url}${path('/workshop/events')}`,
        viewer.sessionHeaders(),
      );
      streams.push(stream);
      await stream.next();
      return stream;
    };
    /** The same signed-in client, talking to another process. */
    const on = (client: ApiClient, url: string) =>
      Object.assign(Object.create(ApiClient.prototype) as ApiClient, client, { baseUrl: url });

    beforeAll(async () => {
      first = await startTestServer(kind);
      second = await startServerProcess(first.database.connectionString);
      organisationId = (await createTestOrganisation(first, 'Two Process City')).id;
      assessmentId = (await createWorkshopFixture(first, organisationId)).assessmentId;
      for (const [role, email] of [
        ['facilitator', 'facilitator@two.example'],
        ['viewer', 'viewer@two.example'],
      ] as const)
        await createTestUser(first, email, { organisationId, role });
      facilitator = new ApiClient(first.url);
      await facilitator.signIn('facilitator@two.example', testPassword);
      viewer = new ApiClient(first.url);
      await viewer.signIn('viewer@two.example', testPassword);
    });
    afterAll(async () => {
      for (const stream of streams) stream.close();
      await second.stop();
      await first.close();
    });

    it('tells a follower on the second process of a focus change made through the first', async () => {
      const stream = await followOn(second.url);
      const r = await facilitator.put<{ version: number }>(path('/workshop/focus'), {
        characteristicId: '1.2.1',
      });
      const event = await stream.next((e) => dataOf(e).change === 'focus');
      expect(dataOf(event)).toEqual({
        version: r.body.version,
        change: 'focus',
        characteristicId: '1.2.1',
      });
    });

    it('tells a follower on the first process of a consensus recorded through the second', async () => {
      const stream = await followOn(first.url);
      const r = await on(facilitator, second.url).put<{ version: number }>(
        path('/consensus/1.2.1'),
        {
          current: 3,
          target: 4,
          rationale: 'Agreed on the other process',
        },
      );
      const event = await stream.next((e) => dataOf(e).change === 'consensus');
      expect([r.status, dataOf(event).characteristicId]).toEqual([201, '1.2.1']);
    });

    it('gives an editor on one process a conflict with an edit made on the other', async () => {
      const onSecond = on(facilitator, second.url);
      await facilitator.put(path('/consensus/2.1.1'), { current: 2, target: 3 });
      const saved = await onSecond.request(
        'PUT',
        path('/consensus/2.1.1'),
        { current: 3, target: 3 },
        {
          'if-match': '"1"',
        },
      );
      const stale = await facilitator.request<{ error: { current: { current: number } } }>(
        'PUT',
        path('/consensus/2.1.1'),
        { current: 1, target: 3 },
        { 'if-match': '"1"' },
      );
      expect([saved.status, stale.status, stale.body.error.current.current]).toEqual([200, 412, 3]);
    });

    it('shows every process the same workshop state', async () => {
      const [a, b] = await Promise.all([
        viewer.get<{ version: number; focus: string }>(path('/workshop')),
        on(viewer, second.url).get<{ version: number; focus: string }>(path('/workshop')),
      ]);
      expect([b.body.version, b.body.focus]).toEqual([a.body.version, a.body.focus]);
    });
  },
);
