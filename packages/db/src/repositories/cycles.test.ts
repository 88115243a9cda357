import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import * as repo from './index.js';

describe.each(databaseKinds)('cycle and improvement-stage repositories on %s', (kind) => {
  let database: Database;
  let city: repo.OrganisationScope;
  let other: repo.OrganisationScope;
  let userId: string;
  const ids: Record<string, string> = {};

  const assessment = async (scope: repo.OrganisationScope, title: string, assessedOn: string) => {
    const { assessment: row } = await repo.createAssessment(
      database.db,
      scope,
      {
        title,
        modelId: 'mmssc',
        modelVersion: '1.0.0',
        method: 'single-stakeholder',
        assessedOn,
        createdBy: null,
      },
      { name: 'Team', userId: null, stakeholderGroup: null },
    );
    ids[title] = row.id;
    return row.id;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const organisation = (nameEn: string) =>
      repo.createOrganisation(db, { nameZh: nameEn, nameEn, country: 'CN', kind: 'city' });
    city = { organisationId: (await organisation('Cycle City')).id };
    other = { organisationId: (await organisation('Other City')).id };
    userId = (
      await repo.createUser(db, {
        email: 'tracker@example.org',
        displayName: 'Tracker',
        passwordHash: 'x',
      })
    ).id;
    // Created out of date order; the 2024 draft is never submitted.
    for (const [title, date, submit] of [
      ['2026', '2026-03-01', true],
      ['2022', '2022-03-01', true],
      ['2024 draft', '2024-03-01', false],
      ['2024', '2024-03-01', true],
    ] as const) {
      const id = await assessment(city, title, date);
      if (submit) await repo.markSubmitted(db, city, id, null);
    }
    await repo.markSubmitted(db, other, await assessment(other, 'elsewhere', '2023-01-01'), null);
  });
  afterAll(async () => {
    await database.close();
  });

  it("lists the organisation's submitted assessments oldest first", async () => {
    const cycles = await repo.listCycleAssessments(database.db, city);
    expect(cycles.map((c) => [c.title, c.assessedOn, c.status, c.audited])).toEqual([
      ['2022', '2022-03-01', 'submitted', false],
      ['2024', '2024-03-01', 'submitted', false],
      ['2026', '2026-03-01', 'submitted', false],
    ]);
  });

  it('lists drafts too when asked, same-day assessments in the order they were created', async () => {
    const cycles = await repo.listCycleAssessments(database.db, city, { includeDrafts: true });
    expect(cycles.map((c) => c.title)).toEqual(['2022', '2024 draft', '2024', '2026']);
  });

  it('says which assessments carry an issued audit statement', async () => {
    await repo.createAudit(database.db, city, {
      assessmentId: ids['2024'] ?? '',
      auditorUserId: userId,
      auditorName: 'Auditor',
      auditorOrganisation: 'Certifier',
      snapshotDigest: 'x'.repeat(64),
    });
    await database.pool.query("update audits set status = 'issued' where assessment_id = $1", [
      ids['2024'],
    ]);
    const cycles = await repo.listCycleAssessments(database.db, city);
    expect(cycles.map((c) => [c.title, c.audited])).toEqual([
      ['2022', false],
      ['2024', true],
      ['2026', false],
    ]);
  });

  it('has no stages recorded before the first save', async () => {
    expect(await repo.listImprovementStages(database.db, city, ids['2026'] ?? '')).toEqual([]);
  });

  it('writes a stage and reads it back with who changed it', async () => {
    const assessmentId = ids['2026'] ?? '';
    await repo.writeImprovementStage(database.db, city, assessmentId, 'commitment', {
      status: 'in-progress',
      notes: 'Council briefed',
      version: 1,
      updatedBy: userId,
    });
    const stage = await repo.getImprovementStage(database.db, city, assessmentId, 'commitment');
    expect(stage).toMatchObject({
      stageId: 'commitment',
      status: 'in-progress',
      notes: 'Council briefed',
      version: 1,
      updatedBy: userId,
      updatedByName: 'Tracker',
    });
  });

  it('replaces a stage on the next write', async () => {
    const assessmentId = ids['2026'] ?? '';
    await repo.writeImprovementStage(database.db, city, assessmentId, 'commitment', {
      status: 'done',
      notes: 'Approved',
      version: 2,
      updatedBy: null,
    });
    const stages = await repo.listImprovementStages(database.db, city, assessmentId);
    expect(stages.map((s) => [s.stageId, s.status, s.notes, s.version, s.updatedByName])).toEqual([
      ['commitment', 'done', 'Approved', 2, null],
    ]);
  });

  it("neither reads nor writes another organisation's stages", async () => {
    const assessmentId = ids['2026'] ?? '';
    expect(await repo.listImprovementStages(database.db, other, assessmentId)).toEqual([]);
    expect(
      await repo.getImprovementStage(database.db, other, assessmentId, 'commitment'),
    ).toBeUndefined();
    // The composite foreign key refuses a row that puts the assessment in another organisation.
    await expect(
      repo.writeImprovementStage(database.db, other, assessmentId, 'baseline-assessment', {
        status: 'done',
        notes: '',
        version: 1,
        updatedBy: null,
      }),
    ).rejects.toThrow();
    expect(await repo.listCycleAssessments(database.db, other)).toHaveLength(1);
  });
});
