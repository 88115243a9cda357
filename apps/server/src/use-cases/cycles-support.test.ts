import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture } from '../test-support/workshop-fixtures.js';
import { cycleCandidates, scoreCycles } from './cycles-support.js';
import { loadAssessmentData } from './load-assessment-data.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';

// The trend scores cycles from the ratings as the database counts them; its results must be those
// of each assessment's results page, whatever the method.
describe.each(databaseKinds)('scoring assessments as cycles on %s', (kind) => {
  let server: TestServer;
  let scope: { organisationId: string };

  beforeAll(async () => {
    server = await startTestServer(kind);
    scope = { organisationId: (await createTestOrganisation(server, 'Scored City')).id };
    const db = server.database.db;
    // A team's own response.
    await createAssessmentFixture(server, scope.organisationId, { submitted: true });
    // Invited stakeholders: one answered nothing, one said "don't know" or skipped some.
    const workshop = await createWorkshopFixture(server, scope.organisationId, {
      method: 'multi-stakeholder',
    });
    await server.database.pool.query(
      `insert into respondents (organisation_id, assessment_id, name, stakeholder_group)
       values ($1, $2, 'Silent', 'residents')`,
      [scope.organisationId, workshop.assessmentId],
    );
    await repositories.saveAnswers(
      db,
      scope,
      workshop.loneRespondentId,
      [
        { characteristicId: '1.1.1', current: 'unknown', target: 5 },
        { characteristicId: '1.1.2', current: null, target: null },
      ],
      null,
    );
    // A facilitated workshop with an agreed item, a "don't know" one and a reopened one.
    const facilitated = await createWorkshopFixture(server, scope.organisationId);
    for (const [characteristicId, current, target] of [
      ['1.1.1', 4, 5],
      ['1.2.1', 'unknown', 3],
      ['1.3.1', null, null],
    ] as const)
      await repositories.writeConsensusItem(db, scope, facilitated.assessmentId, characteristicId, {
        current,
        target,
        rationale: '',
        dissent: '',
        version: 1,
        updatedBy: null,
      });
  });
  afterAll(async () => {
    await server.close();
  });

  it('gives every assessment the characteristics and respondents of its results page', async () => {
    const records = (await cycleCandidates(server.ctx, { scope })).map((c) => c.record);
    expect(records.map((r) => r.method).sort()).toEqual([
      'facilitated-workshop',
      'multi-stakeholder',
      'single-stakeholder',
    ]);
    const cycles = await scoreCycles(server.ctx, { scope }, records);
    for (const cycle of cycles) {
      const score = scoreLoadedAssessment(
        server.ctx,
        await loadAssessmentData(server.ctx, { scope }, cycle.assessmentId),
      );
      expect([cycle.record.method, cycle.characteristics, cycle.respondents]).toEqual([
        cycle.record.method,
        score.characteristics,
        score.respondents.total,
      ]);
      expect(cycle.rollups.overall).toEqual(score.overall);
    }
  });

  it('scores nothing for no assessments', async () => {
    expect(await scoreCycles(server.ctx, { scope }, [])).toEqual([]);
  });
});
