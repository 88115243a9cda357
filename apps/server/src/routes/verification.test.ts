import { parseAssessmentText } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAssessment } from '../use-cases/import-assessment.js';
import { submittedThroughApi, workshopAssessmentFixture } from '../test-support/audit-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

interface Text {
  zh: string;
  en: string;
}
interface Verification {
  ok: boolean;
  message: Text;
  chain: {
    ok: boolean;
    length: number;
    head: { seq: number; hash: string };
    firstBroken: {
      seq: number;
      entryId: number | null;
      reason: string;
      action: string | null;
      message: Text;
    } | null;
  };
  snapshot: {
    ok: boolean;
    digest: string;
    storedDigest: string;
    recordedDigest: string | null;
    problem: string | null;
    firstDifference: { path: string; expected: unknown; actual: unknown; message: Text } | null;
  } | null;
  answers: {
    ok: boolean;
    checked: number;
    firstDifference: {
      owner: string;
      characteristicId: string;
      measure: string;
      recorded: unknown;
      stored: unknown;
    } | null;
  };
}

const baseline = new URL('../../../../examples/example-city-baseline.yaml', import.meta.url);

describe.each(databaseKinds)('verification on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  const org = () => `/api/v1/organisations/${organisationId}`;

  /** Runs SQL in a connection of its own that bypasses the triggers (the audit log's append-only one too). */
  const tamper = async (text: string, values: unknown[]) => {
    const client = new pg.Client({ connectionString: server.database.connectionString });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      const r = await client.query(text, values);
      expect(r.rowCount).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  };
  const verify = async (assessmentId: string) =>
    (await admin.get<Verification>(`${org()}/assessments/${assessmentId}/verification`)).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Verified City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('an untouched assessment', () => {
    it('verifies a submitted assessment: chain intact, snapshot unchanged, answers as chained', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const r = await verify(f.assessmentId);
      expect(r).toMatchObject({
        ok: true,
        chain: { ok: true, firstBroken: null },
        snapshot: {
          ok: true,
          digest: f.digest,
          storedDigest: f.digest,
          recordedDigest: f.digest,
          problem: null,
        },
        answers: { ok: true, checked: 32, firstDifference: null },
      });
      expect(r.chain.length).toBe(r.chain.head.seq);
      expect(r.message.en).toMatch(/^Unchanged since submission/);
      expect(r.message.zh).toMatch(/^自提交以来未被改动/);
    });

    it('verifies a draft: its chain and answers, no snapshot yet', async () => {
      const created = await admin.post<{ id: string; respondents: { id: string }[] }>(
        `${org()}/assessments`,
        { title: 'Draft', date: '2026-11-01' },
      );
      await admin.put(
        `${org()}/assessments/${created.body.id}/respondents/${created.body.respondents[0]?.id ?? ''}/ratings/1.1.1`,
        { current: 2, target: 3 },
      );
      const r = await verify(created.body.id);
      expect([r.ok, r.snapshot, r.answers.checked]).toEqual([true, null, 1]);
    });

    it('verifies an assessment imported as submitted (how the demo is loaded)', async () => {
      const parsed = parseAssessmentText(await readFile(baseline, 'utf8'), {
        models: server.ctx.models,
      });
      if (!parsed.ok) throw new Error('the example does not parse');
      const id = await importAssessment(
        server.ctx,
        server.database.db,
        { organisationId },
        parsed.assessment,
        { userId: null, submitted: true },
      );
      const r = await verify(id);
      expect([r.ok, r.snapshot?.ok, r.answers.checked]).toEqual([true, true, 32]);
    });

    it('verifies a facilitated workshop with its consensus and the consensus evidence', async () => {
      const w = await workshopAssessmentFixture(server, organisationId);
      const r = await verify(w.assessmentId);
      expect([r.ok, r.snapshot?.ok, r.answers.checked]).toEqual([true, true, 32 * 4]);
    });
  });

  describe('tampering behind the application', () => {
    it('names the respondent, characteristic and measure of a rating changed in the table', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper(
        "update ratings set current = 5 where respondent_id = $1 and characteristic_id = '1.2.1'",
        [f.respondentId],
      );
      const r = await verify(f.assessmentId);
      expect([r.ok, r.chain.ok]).toEqual([false, true]);
      expect(r.snapshot).toMatchObject({
        ok: false,
        problem: 'content-changed',
        storedDigest: f.digest,
        firstDifference: {
          path: `respondents.${f.respondentId}.ratings.1.2.1.current`,
          actual: 5,
        },
      });
      expect(r.snapshot?.digest).not.toBe(f.digest);
      expect(r.answers.firstDifference).toMatchObject({
        owner: f.respondentId,
        characteristicId: '1.2.1',
        measure: 'current',
        stored: 5,
      });
      expect(r.message.en).toContain(`respondents.${f.respondentId}.ratings.1.2.1.current`);
    });

    it('names a consensus item changed in the table', async () => {
      const w = await workshopAssessmentFixture(server, organisationId);
      await tamper(
        "update consensus_items set target = 5, target_unknown = false where assessment_id = $1 and characteristic_id = '2.1.1'",
        [w.assessmentId],
      );
      const r = await verify(w.assessmentId);
      expect(r.snapshot?.firstDifference).toMatchObject({
        path: 'consensus.2.1.1.target',
        actual: 5,
      });
      expect(r.answers.firstDifference).toMatchObject({
        owner: 'consensus',
        characteristicId: '2.1.1',
        measure: 'target',
        stored: 5,
      });
    });

    it('names an evidence body changed in the table', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper(
        "update evidence set body = 'Minutes, rewritten' where respondent_id = $1 and kind = 'text'",
        [f.respondentId],
      );
      const r = await verify(f.assessmentId);
      expect([r.ok, r.chain.ok, r.answers.ok]).toEqual([false, true, true]);
      expect(r.snapshot?.firstDifference).toMatchObject({
        path: expect.stringMatching(
          new RegExp(`^respondents\\.${f.respondentId}\\.evidence\\.\\d+\\.body$`),
        ) as unknown,
        expected: 'Minutes of the council meeting',
        actual: 'Minutes, rewritten',
      });
    });

    it('names the consensus evidence changed in the table', async () => {
      const w = await workshopAssessmentFixture(server, organisationId);
      await tamper(
        "update evidence set body = 'Other minutes' where consensus_assessment_id = $1",
        [w.assessmentId],
      );
      const r = await verify(w.assessmentId);
      expect(r.snapshot?.firstDifference?.path).toBe('consensus.1.1.1.evidence.0.body');
    });

    it('names the entry of an audit log row changed in place (sequence number, action, row)', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      const row = (
        await server.database.pool.query<{ id: string; seq: number }>(
          "select id, seq from audit_log where assessment_id = $1 and action = 'ratings.save'",
          [f.assessmentId],
        )
      ).rows[0];
      await tamper(
        `update audit_log set details = jsonb_set(details, '{ratings,1.2.1,current}', '5') where id = $1`,
        [row?.id],
      );
      const r = await verify(f.assessmentId);
      expect(r.chain.firstBroken).toMatchObject({
        seq: row?.seq,
        entryId: Number(row?.id),
        reason: 'altered-entry',
        action: 'ratings.save',
      });
      expect(r.message.en).toContain(
        `entry ${String(row?.seq)} (ratings.save, log row ${String(row?.id)})`,
      );
      expect(r.message.zh).toContain(`第 ${String(row?.seq)} 条记录`);
    });

    it('names an audit log row that was deleted', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper('delete from audit_log where assessment_id = $1 and seq = 2', [f.assessmentId]);
      const r = await verify(f.assessmentId);
      expect(r.chain.firstBroken).toMatchObject({ seq: 2, entryId: null, reason: 'missing-entry' });
    });

    it('finds the stored snapshot text altered', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper(
        "update assessment_snapshots set canonical_json = replace(canonical_json, 'Audited baseline', 'Other') where assessment_id = $1",
        [f.assessmentId],
      );
      expect((await verify(f.assessmentId)).snapshot?.problem).toBe('stored-snapshot-altered');
    });

    it('finds a rating changed together with a snapshot rebuilt to match: the chain recorded the first digest', async () => {
      const f = await submittedThroughApi(server, admin, organisationId);
      await tamper(
        "update ratings set target = 5 where respondent_id = $1 and characteristic_id = '3.1.1'",
        [f.respondentId],
      );
      const forged = await verify(f.assessmentId);
      const content = await repositories.readAssessmentContent(
        server.database.db,
        { organisationId },
        f.assessmentId,
      );
      const { canonicalSnapshot } = await import('../use-cases/assessment-snapshot.js');
      if (!content) throw new Error('no content');
      const rebuilt = canonicalSnapshot(content);
      await tamper(
        'update assessment_snapshots set digest = $2, canonical_json = $3 where assessment_id = $1',
        [f.assessmentId, rebuilt.digest, rebuilt.text],
      );
      const r = await verify(f.assessmentId);
      expect(forged.snapshot?.problem).toBe('content-changed');
      expect(r.snapshot).toMatchObject({
        ok: false,
        problem: 'digest-not-recorded',
        recordedDigest: f.digest,
      });
      expect(r.answers.firstDifference).toMatchObject({ characteristicId: '3.1.1', stored: 5 });
    });
  });
});
