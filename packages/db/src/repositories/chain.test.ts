import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import * as repo from './index.js';

describe.each(databaseKinds)('the hash chain of an assessment on %s', (kind) => {
  let database: Database;
  let scope: repo.OrganisationScope;
  let other: repo.OrganisationScope;
  let assessmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const make = async (nameEn: string) => ({
      organisationId: (
        await repo.createOrganisation(db, { nameZh: nameEn, nameEn, country: 'CN', kind: 'city' })
      ).id,
    });
    scope = await make('Chained City');
    other = await make('Other City');
    assessmentId = (
      await repo.createAssessment(
        db,
        scope,
        {
          title: 'Chained',
          modelId: 'mmssc',
          modelVersion: '1.0.0',
          method: 'multi-stakeholder',
          assessedOn: '2026-11-01',
          createdBy: null,
        },
        { name: 'Team', userId: null, stakeholderGroup: null },
      )
    ).assessment.id;
    for (const action of ['assessment.create', 'assessment.update', 'assessment.reveal'])
      await repo.appendAssessmentEvent(db, scope, assessmentId, {
        actorUserId: null,
        action,
        details: { note: `${action} 说明` },
      });
  });
  afterAll(async () => {
    await database.close();
  });

  it('numbers the entries 1, 2, 3 and links each to the hash before it', async () => {
    const chain = await repo.readChain(database.db, scope, assessmentId);
    expect(chain?.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain?.entries.map((e) => e.prevHash)).toEqual([
      '',
      chain?.entries[0]?.hash,
      chain?.entries[1]?.hash,
    ]);
  });

  it('keeps the head on the assessment: the last entry and its hash', async () => {
    const chain = await repo.readChain(database.db, scope, assessmentId);
    expect(chain?.head).toEqual({ seq: 3, hash: chain?.entries[2]?.hash });
  });

  it('recomputes every stored hash from the stored columns', async () => {
    const chain = await repo.readChain(database.db, scope, assessmentId);
    expect(
      chain?.entries.every((e) => /^[0-9a-f]{64}$/.test(e.hash) && e.recomputedHash === e.hash),
    ).toBe(true);
  });

  it('chains concurrent changes of one assessment one after the other, without gaps', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        database.db.transaction((tx) =>
          repo.appendAssessmentEvent(tx, scope, assessmentId, {
            actorUserId: null,
            action: 'ratings.save',
            details: { n: i },
          }),
        ),
      ),
    );
    const chain = await repo.readChain(database.db, scope, assessmentId);
    expect(chain?.entries.map((e) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(chain?.entries.every((e, i, all) => e.prevHash === (all[i - 1]?.hash ?? ''))).toBe(true);
  });

  it('refuses to chain an event to an assessment of another organisation', async () => {
    await expect(
      repo.appendAssessmentEvent(database.db, other, assessmentId, {
        actorUserId: null,
        action: 'assessment.update',
      }),
    ).rejects.toThrow();
    expect(await repo.readChain(database.db, other, assessmentId)).toBeUndefined();
  });

  it('shows an entry changed behind the application by a recomputed hash that no longer matches', async () => {
    // Someone with superuser access bypasses the append-only trigger and edits an entry.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`
        update audit_log set details = '{"note": "forged"}'::jsonb
         where assessment_id = ${assessmentId} and seq = 2`);
    });
    const chain = await repo.readChain(database.db, scope, assessmentId);
    const second = chain?.entries.find((e) => e.seq === 2);
    expect(second && second.recomputedHash !== second.hash).toBe(true);
  });
});
