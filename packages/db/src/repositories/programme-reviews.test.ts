import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import * as repo from './index.js';

// The stakeholder register, reviews and risks of the programme office: every function stays in
// the scope's organisation, and a review's ratings are replaced as a whole.

describe.each(databaseKinds)('programme register, reviews and risks on %s', (kind) => {
  let database: Database;
  let a: repo.OrganisationScope;
  let b: repo.OrganisationScope;

  const stakeholder = (name: string) => ({
    name,
    typeId: 'consumers',
    affiliation: '',
    influence: 2,
    interest: 3,
    engagementLevel: 'consult' as const,
    engagementPlan: '',
    contact: '',
    updatedBy: null,
  });
  const risk = (title: string) => ({
    title,
    description: '',
    likelihood: 2,
    impact: 3,
    factorIds: ['ksf-1'],
    owner: '',
    mitigation: '',
    status: 'open' as const,
    reviewOn: null,
    updatedBy: null,
  });
  const review = (scope: repo.OrganisationScope, reviewedOn: string) =>
    database.db.transaction((tx) =>
      repo.createProgrammeReview(
        tx,
        scope,
        { kind: 'governance', reviewedOn, reviewer: 'Board', notes: '', createdBy: null },
        [
          { itemId: 'shared-resources', rating: 2, comment: '' },
          { itemId: 'citizen-engagement', rating: 4, comment: 'Done' },
        ],
      ),
    );

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const org = (nameEn: string) =>
      repo.createOrganisation(database.db, { nameZh: nameEn, nameEn, country: 'CN', kind: 'city' });
    a = { organisationId: (await org('A')).id };
    b = { organisationId: (await org('B')).id };
  });
  afterAll(async () => {
    await database.close();
  });

  it("lists, changes and deletes only the scope's stakeholders", async () => {
    const mine = await repo.createStakeholder(database.db, a, stakeholder('Mine'));
    const theirs = await repo.createStakeholder(database.db, b, stakeholder('Theirs'));
    expect((await repo.listStakeholders(database.db, a)).map((s) => s.name)).toEqual(['Mine']);
    expect(await repo.getStakeholder(database.db, a, theirs.id)).toBeUndefined();
    expect(
      await repo.updateStakeholder(database.db, a, theirs.id, {
        name: 'X',
        version: 2,
        updatedBy: null,
      }),
    ).toBeUndefined();
    expect(await repo.deleteStakeholder(database.db, a, theirs.id)).toBe(false);
    expect((await repo.getStakeholder(database.db, b, theirs.id))?.name).toBe('Theirs');
    const changed = await repo.updateStakeholder(database.db, a, mine.id, {
      interest: 1,
      version: 2,
      updatedBy: null,
    });
    expect(changed).toMatchObject({ name: 'Mine', interest: 1, version: 2 });
  });

  it('lists reviews by date with their ratings, of one kind or all', async () => {
    const later = await review(a, '2026-06-01');
    const earlier = await review(a, '2026-01-01');
    await review(b, '2026-03-01');
    const listed = await repo.listProgrammeReviews(database.db, a, 'governance');
    expect(listed.map((r) => r.id)).toEqual([earlier.id, later.id]);
    expect(listed[0]?.ratings).toEqual([
      { itemId: 'citizen-engagement', rating: 4, comment: 'Done' },
      { itemId: 'shared-resources', rating: 2, comment: '' },
    ]);
    expect(await repo.listProgrammeReviews(database.db, a, 'procurement')).toEqual([]);
    expect((await repo.listProgrammeReviews(database.db, a)).length).toBe(2);
  });

  it("replaces a review's ratings as a whole, and keeps them when none are given", async () => {
    const r = await review(a, '2025-01-01');
    await repo.updateProgrammeReview(database.db, a, r.id, {
      notes: 'n',
      version: 2,
      updatedBy: null,
    });
    expect((await repo.getProgrammeReview(database.db, a, r.id))?.ratings).toHaveLength(2);
    await database.db.transaction((tx) =>
      repo.updateProgrammeReview(tx, a, r.id, { version: 3, updatedBy: null }, [
        { itemId: 'increased-transparency', rating: 3, comment: '' },
      ]),
    );
    const stored = await repo.getProgrammeReview(database.db, a, r.id);
    expect(stored?.ratings).toEqual([{ itemId: 'increased-transparency', rating: 3, comment: '' }]);
    expect(stored?.version).toBe(3);
  });

  it("never reaches another organisation's review", async () => {
    const theirs = await review(b, '2025-02-01');
    expect(await repo.getProgrammeReview(database.db, a, theirs.id)).toBeUndefined();
    expect(
      await repo.updateProgrammeReview(
        database.db,
        a,
        theirs.id,
        { version: 2, updatedBy: null },
        [],
      ),
    ).toBeUndefined();
    expect((await repo.getProgrammeReview(database.db, b, theirs.id))?.ratings).toHaveLength(2);
    expect(await repo.deleteProgrammeReview(database.db, a, theirs.id)).toBe(false);
  });

  it('deletes a review with its ratings', async () => {
    const r = await review(a, '2024-01-01');
    expect(await repo.deleteProgrammeReview(database.db, a, r.id)).toBe(true);
    const left = await database.pool.query(
      'select 1 from programme_review_ratings where review_id = $1',
      [r.id],
    );
    expect(left.rowCount).toBe(0);
  });

  it('keeps risks in their organisation', async () => {
    const mine = await repo.createRisk(database.db, a, risk('Mine'));
    const theirs = await repo.createRisk(database.db, b, risk('Theirs'));
    expect((await repo.listRisks(database.db, a)).map((r) => r.title)).toEqual(['Mine']);
    expect(await repo.getRisk(database.db, a, theirs.id)).toBeUndefined();
    expect(
      await repo.updateRisk(database.db, a, theirs.id, { title: 'X', version: 2, updatedBy: null }),
    ).toBeUndefined();
    expect(await repo.deleteRisk(database.db, a, theirs.id)).toBe(false);
    expect(await repo.deleteRisk(database.db, a, mine.id)).toBe(true);
    expect((await repo.getRisk(database.db, b, theirs.id))?.title).toBe('Theirs');
  });
});
