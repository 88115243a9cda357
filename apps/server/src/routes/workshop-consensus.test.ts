import { firstAnswerDifference, replayAnswers, verifyChain, answerKey } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture } from '../test-support/workshop-fixtures.js';

interface Item {
  characteristicId: string;
  agreed: boolean;
  current: number | 'unknown' | null;
  target: number | 'unknown' | null;
  rationale: string;
  dissent: string;
  version: number;
  updatedBy: { displayName: string } | null;
}
interface Conflict {
  error: { code: string; current: Item | null };
}

const agreed = { current: 3, target: 4, rationale: 'Platform in two districts', dissent: '' };

describe.each(databaseKinds)('consensus items on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let facilitator: ApiClient;
  let secondFacilitator: ApiClient;
  let assessmentId: string;
  const item = (characteristicId = '1.1.1', assessment = assessmentId) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessment}/consensus/${characteristicId}`;
  const ifMatch = (version: number) => ({ 'if-match': `"${String(version)}"` });

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Consensus City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    secondFacilitator = (await signedInAs(server, 'org_admin', organisationId)).client;
  });
  beforeEach(async () => {
    assessmentId = (await createWorkshopFixture(server, organisationId)).assessmentId;
  });
  afterAll(async () => {
    await server.close();
  });

  it('records a new item at version 1, with its ETag', async () => {
    const r = await facilitator.put<Item>(item(), agreed);
    expect([r.status, r.headers.get('etag'), r.body.version, r.body.agreed]).toEqual([
      201,
      '"1"',
      1,
      true,
    ]);
  });

  it('records who agreed it, with the rationale and dissent', async () => {
    const r = await facilitator.put<Item>(item(), { ...agreed, dissent: 'Residents: level 2' });
    expect([r.body.rationale, r.body.dissent, r.body.updatedBy?.displayName]).toEqual([
      'Platform in two districts',
      'Residents: level 2',
      expect.stringMatching(/^facilitator-/),
    ]);
  });

  it('accepts "unknown" as an agreed level', async () => {
    const r = await facilitator.put<Item>(item(), { ...agreed, current: 'unknown' });
    expect([r.status, r.body.current]).toEqual([201, 'unknown']);
  });

  it('changes an item edited from its current version', async () => {
    await facilitator.put(item(), agreed);
    const r = await facilitator.request<Item>('PUT', item(), { ...agreed, target: 5 }, ifMatch(1));
    expect([r.status, r.headers.get('etag'), r.body.target]).toEqual([200, '"2"', 5]);
  });

  it('accepts a weak ETag in If-Match', async () => {
    await facilitator.put(item(), agreed);
    const r = await facilitator.request('PUT', item(), agreed, { 'if-match': 'W/"1"' });
    expect(r.status).toBe(200);
  });

  it('gives the second of two editors a conflict with the stored item, and overwrites nothing', async () => {
    await facilitator.put(item(), agreed);
    // Both opened version 1; the first saves, then the second.
    const first = await facilitator.request('PUT', item(), { ...agreed, current: 2 }, ifMatch(1));
    const second = await secondFacilitator.request<Conflict>(
      'PUT',
      item(),
      { ...agreed, current: 5, rationale: 'Mine' },
      ifMatch(1),
    );
    const stored = await facilitator.get<Item>(item());
    expect([first.status, second.status, second.body.error.code]).toEqual([
      200,
      412,
      'consensus-conflict',
    ]);
    expect([second.body.error.current?.current, second.body.error.current?.version]).toEqual([
      2, 2,
    ]);
    expect([stored.body.current, stored.body.rationale]).toEqual([2, agreed.rationale]);
  });

  it('lets exactly one of two simultaneous edits from the same version through', async () => {
    await facilitator.put(item(), agreed);
    const statuses = await Promise.all([
      facilitator.request('PUT', item(), { ...agreed, current: 1 }, ifMatch(1)),
      secondFacilitator.request('PUT', item(), { ...agreed, current: 5 }, ifMatch(1)),
    ]);
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it('refuses to create an item that someone has created meanwhile (no If-Match)', async () => {
    await facilitator.put(item(), agreed);
    const r = await secondFacilitator.put<Conflict>(item(), { ...agreed, current: 1 });
    expect([r.status, r.body.error.current?.current]).toEqual([412, 3]);
  });

  it('refuses If-None-Match: * when the item exists', async () => {
    await facilitator.put(item(), agreed);
    const r = await facilitator.request('PUT', item(), agreed, { 'if-none-match': '*' });
    expect(r.status).toBe(412);
  });

  it('refuses an If-Match on an item that does not exist, with no stored item', async () => {
    const r = await facilitator.request<Conflict>('PUT', item(), agreed, ifMatch(1));
    expect([r.status, r.body.error.current]).toEqual([412, null]);
  });

  it('refuses a malformed If-Match with the header named', async () => {
    const r = await facilitator.request<{ error: { issues: { path: string }[] } }>(
      'PUT',
      item(),
      agreed,
      { 'if-match': 'version one' },
    );
    expect([r.status, r.body.error.issues[0]?.path]).toEqual([400, 'headers.if-match']);
  });

  it('is shown with its ETag', async () => {
    await facilitator.put(item(), agreed);
    const r = await facilitator.get<Item>(item());
    expect([r.status, r.headers.get('etag'), r.body.current]).toEqual([200, '"1"', 3]);
  });

  it('is not found before anyone recorded it', async () => {
    expect((await facilitator.get(item())).status).toBe(404);
  });

  it('refuses a characteristic the model does not have', async () => {
    const r = await facilitator.put<{ error: { code: string } }>(item('9.9'), agreed);
    expect([r.status, r.body.error.code]).toEqual([404, 'unknown-characteristic']);
  });

  it('cannot be recorded by a follower', async () => {
    const { client: viewer } = await signedInAs(server, 'viewer', organisationId);
    expect((await viewer.put(item(), agreed)).status).toBe(403);
  });

  describe('reopening', () => {
    it('withdraws the levels and gives a new version', async () => {
      await facilitator.put(item(), agreed);
      const r = await facilitator.request<Item>('DELETE', item(), undefined, ifMatch(1));
      expect([
        r.status,
        r.headers.get('etag'),
        r.body.agreed,
        r.body.current,
        r.body.rationale,
      ]).toEqual([200, '"2"', false, null, '']);
    });

    it('takes the item out of the consensus progress', async () => {
      await facilitator.put(item(), agreed);
      await facilitator.put(item('1.1.2'), agreed);
      await facilitator.request('DELETE', item(), undefined, ifMatch(1));
      const state = await facilitator.get<{ progress: { agreed: number } }>(
        `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/workshop`,
      );
      expect(state.body.progress.agreed).toBe(1);
    });

    it('refuses a stale version with the stored item', async () => {
      await facilitator.put(item(), agreed);
      await facilitator.request('PUT', item(), agreed, ifMatch(1));
      const r = await facilitator.request<Conflict>('DELETE', item(), undefined, ifMatch(1));
      expect([r.status, r.body.error.current?.version]).toEqual([412, 2]);
    });

    it('lets a reopened item be agreed again from its version', async () => {
      await facilitator.put(item(), agreed);
      await facilitator.request('DELETE', item(), undefined, ifMatch(1));
      const stale = await facilitator.request('PUT', item(), agreed, ifMatch(1));
      const fresh = await facilitator.request<Item>('PUT', item(), agreed, ifMatch(2));
      expect([stale.status, fresh.status, fresh.body.version]).toEqual([412, 200, 3]);
    });
  });

  describe('in the hash chain', () => {
    it('records every save and reopening with the values, so that replay matches the table', async () => {
      await facilitator.put(item(), agreed);
      await facilitator.request('PUT', item(), { ...agreed, current: 2 }, ifMatch(1));
      await facilitator.put(item('2.1.1'), { ...agreed, target: 'unknown' });
      await facilitator.request('DELETE', item('2.1.1'), undefined, ifMatch(1));
      const chain = await repositories.readChain(
        server.database.db,
        { organisationId },
        assessmentId,
      );
      const replayed = replayAnswers(chain?.entries ?? []);
      const stored = new Map(
        (
          await repositories.listConsensusItems(
            server.database.db,
            { organisationId },
            assessmentId,
          )
        ).map((c) => [
          answerKey('consensus', c.characteristicId),
          { current: c.current, target: c.target },
        ]),
      );
      expect(replayed.get(answerKey('consensus', '1.1.1'))).toEqual({ current: 2, target: 4 });
      const consensusOnly = new Map([...replayed].filter(([key]) => key.startsWith('consensus/')));
      expect(firstAnswerDifference(consensusOnly, stored)).toBeNull();
    });

    it('records the details the replay expects', async () => {
      await facilitator.put(item(), { ...agreed, dissent: 'Academia: 4' });
      const rows = await server.database.pool.query<{ details: unknown }>(
        "select details from audit_log where assessment_id = $1 and action = 'consensus.save'",
        [assessmentId],
      );
      expect(rows.rows[0]?.details).toEqual({
        characteristicId: '1.1.1',
        current: 3,
        target: 4,
        rationale: agreed.rationale,
        dissent: 'Academia: 4',
        version: 1,
      });
    });

    it('keeps the chain intact', async () => {
      await facilitator.put(item(), agreed);
      await facilitator.request('DELETE', item(), undefined, ifMatch(1));
      const chain = await repositories.readChain(
        server.database.db,
        { organisationId },
        assessmentId,
      );
      expect(verifyChain(chain?.entries ?? [], chain?.head ?? { seq: 0, hash: '' }).ok).toBe(true);
    });
  });

  describe('is refused', () => {
    it('before the reveal', async () => {
      const unrevealed = await createWorkshopFixture(server, organisationId, { revealed: false });
      const r = await facilitator.put<{ error: { code: string } }>(
        item('1.1.1', unrevealed.assessmentId),
        agreed,
      );
      expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-revealed']);
    });

    it('once submitted', async () => {
      await server.database.pool.query(
        "update assessments set status = 'submitted' where id = $1",
        [assessmentId],
      );
      const r = await facilitator.put<{ error: { code: string } }>(item(), agreed);
      expect([r.status, r.body.error.code]).toEqual([409, 'assessment-not-draft']);
    });

    it('in an assessment that is not a facilitated workshop', async () => {
      const single = await createAssessmentFixture(server, organisationId);
      const r = await facilitator.put<{ error: { code: string } }>(
        item('1.1.1', single.assessmentId),
        agreed,
      );
      expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-facilitated']);
    });

    it('without writing anything', async () => {
      const unrevealed = await createWorkshopFixture(server, organisationId, { revealed: false });
      await facilitator.put(item('1.1.1', unrevealed.assessmentId), agreed);
      const rows = await server.database.pool.query(
        'select 1 from consensus_items where assessment_id = $1',
        [unrevealed.assessmentId],
      );
      expect(rows.rowCount).toBe(0);
    });
  });
});
