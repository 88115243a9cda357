import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import * as repo from './index.js';

describe.each(databaseKinds)('repositories on %s', (kind) => {
  let database: Database;
  let a: repo.OrganisationScope;
  let b: repo.OrganisationScope;
  let assessmentA: string;
  let assessmentB: string;
  let respondentA: string;
  let respondentB: string;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const orgA = await repo.createOrganisation(db, {
      nameZh: '甲市',
      nameEn: 'City A',
      country: 'CN',
      kind: 'city',
    });
    const orgB = await repo.createOrganisation(db, {
      nameZh: '乙市',
      nameEn: 'City B',
      country: 'GB',
      kind: 'district',
    });
    a = { organisationId: orgA.id };
    b = { organisationId: orgB.id };
    const user = await repo.createUser(db, {
      email: 'Mixed@Example.org',
      displayName: 'U',
      passwordHash: 'x',
    });
    userId = user.id;
    const values = {
      title: 'Baseline',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method: 'single-stakeholder',
      assessedOn: '2026-11-01',
      createdBy: user.id,
    };
    const createdA = await repo.createAssessment(db, a, values, {
      name: 'Team A',
      userId: user.id,
      stakeholderGroup: null,
    });
    const createdB = await repo.createAssessment(db, b, values, {
      name: 'Team B',
      userId: null,
      stakeholderGroup: null,
    });
    assessmentA = createdA.assessment.id;
    assessmentB = createdB.assessment.id;
    respondentA = createdA.respondent.id;
    respondentB = createdB.respondent.id;
    await repo.saveAnswers(
      db,
      b,
      respondentB,
      [{ characteristicId: '1.1.1', current: 3, target: 4 }],
      null,
    );
  });
  afterAll(async () => {
    await database.close();
  });

  it('stores emails lower-cased and finds users whatever the case', async () => {
    expect((await repo.findUserByEmail(database.db, 'MIXED@example.ORG'))?.id).toBe(userId);
  });

  it('lists only the assessments of the scope', async () => {
    expect((await repo.listAssessments(database.db, a)).map((x) => x.id)).toEqual([assessmentA]);
  });

  it("reads nothing of another organisation's assessment", async () => {
    expect(await repo.getAssessment(database.db, a, assessmentB)).toBeUndefined();
    expect(await repo.listRespondents(database.db, a, assessmentB)).toEqual([]);
    expect(await repo.listAssessmentRatings(database.db, a, assessmentB)).toEqual([]);
    expect(await repo.getRespondent(database.db, a, assessmentB, respondentB)).toBeUndefined();
    expect((await repo.getResponse(database.db, a, respondentB)).ratings).toEqual([]);
  });

  it("changes nothing of another organisation's assessment", async () => {
    expect(
      await repo.updateAssessment(database.db, a, assessmentB, { title: 'Hijacked' }),
    ).toBeUndefined();
    expect(await repo.deleteAssessment(database.db, a, assessmentB)).toBe(false);
    expect(await repo.markSubmitted(database.db, a, assessmentB, userId)).toBeUndefined();
    expect((await repo.getAssessment(database.db, b, assessmentB))?.title).toBe('Baseline');
  });

  it("refuses ratings written under one organisation for another organisation's respondent", async () => {
    await expect(
      repo.saveAnswers(
        database.db,
        a,
        respondentB,
        [{ characteristicId: '1.1.2', current: 1, target: 1 }],
        null,
      ),
    ).rejects.toThrow();
    expect(
      (await repo.getResponse(database.db, b, respondentB)).ratings.map((r) => r.characteristicId),
    ).toEqual(['1.1.1']);
  });

  it('saves answers as one upsert: a level, "unknown", or nothing yet, and replaces evidence', async () => {
    await repo.saveAnswers(
      database.db,
      a,
      respondentA,
      [
        {
          characteristicId: '1.1.1',
          current: 2,
          target: 3,
          evidence: [{ kind: 'text', body: 'Plan published' }],
        },
        { characteristicId: '1.1.2', current: 'unknown', target: null },
      ],
      userId,
    );
    await repo.saveAnswers(
      database.db,
      a,
      respondentA,
      [
        {
          characteristicId: '1.1.1',
          current: 3,
          target: 4,
          evidence: [{ kind: 'link', body: 'https://example.org/plan' }],
        },
      ],
      userId,
    );
    const response = await repo.getResponse(database.db, a, respondentA);
    expect(response.ratings.map((r) => [r.characteristicId, r.current, r.target]).sort()).toEqual([
      ['1.1.1', 3, 4],
      ['1.1.2', 'unknown', null],
    ]);
    expect(response.evidence.map((e) => [e.kind, e.body])).toEqual([
      ['link', 'https://example.org/plan'],
    ]);
  });

  it('counts answered characteristics per respondent (both measures answered)', async () => {
    const [respondent] = await repo.listRespondents(database.db, a, assessmentA);
    expect(respondent?.answered).toBe(1);
  });

  it('enforces the level range in the database as well', async () => {
    await expect(
      repo.saveAnswers(
        database.db,
        a,
        respondentA,
        [{ characteristicId: '2.1.1', current: 7, target: 1 }],
        null,
      ),
    ).rejects.toThrow();
  });

  it('keeps the members of each organisation apart', async () => {
    await repo.setMembership(database.db, a, userId, 'facilitator');
    expect((await repo.listMembers(database.db, a)).map((m) => m.role)).toEqual(['facilitator']);
    expect(await repo.listMembers(database.db, b)).toEqual([]);
    expect(await repo.getMembershipRole(database.db, userId, b.organisationId)).toBeUndefined();
    expect(await repo.removeMembership(database.db, b, userId)).toBe(false);
  });

  it('counts rate-limit hits in a shared window and starts a new window when it ends', async () => {
    expect((await repo.hitRateLimit(database.db, 'k', 60_000)).count).toBe(1);
    expect((await repo.hitRateLimit(database.db, 'k', 60_000)).count).toBe(2);
    expect((await repo.hitRateLimit(database.db, 'short', 1)).count).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect((await repo.hitRateLimit(database.db, 'short', 1)).count).toBe(1);
  });

  it('lists the audit log of the scope only, newest first', async () => {
    await repo.appendAudit(database.db, {
      organisationId: a.organisationId,
      action: 'one',
      outcome: 'success',
    });
    await repo.appendAudit(database.db, {
      organisationId: b.organisationId,
      action: 'other',
      outcome: 'success',
    });
    await repo.appendAudit(database.db, {
      organisationId: a.organisationId,
      action: 'two',
      outcome: 'denied',
    });
    expect((await repo.listAudit(database.db, a, { limit: 10 })).map((r) => r.action)).toEqual([
      'two',
      'one',
    ]);
  });

  it('uses sessions until they expire', async () => {
    await repo.createSession(database.db, {
      tokenHash: 'h',
      userId,
      csrfToken: 'c',
      expiresAt: new Date(Date.now() + 60_000),
      userAgent: null,
    });
    expect((await repo.findActiveSession(database.db, 'h'))?.user.id).toBe(userId);
    expect(
      await repo.findActiveSession(database.db, 'h', new Date(Date.now() + 120_000)),
    ).toBeUndefined();
  });

  it('uses a setup token once', async () => {
    await repo.createSetupToken(database.db, 't', new Date(Date.now() + 60_000));
    expect([
      await repo.consumeSetupToken(database.db, 't'),
      await repo.consumeSetupToken(database.db, 't'),
    ]).toEqual([true, false]);
  });
});
