import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

/** Answers for every characteristic of the model: current = level, target = level + 1 (capped at 5). */
export function fullAnswers(
  server: TestServer,
  level = 2,
): Record<string, { current: number; target: number }> {
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  return Object.fromEntries(
    model.characteristics.map((c, i) => [
      c.id,
      { current: ((level + i) % 4) + 1, target: Math.min(5, ((level + i) % 4) + 2) },
    ]),
  );
}

/** A single-stakeholder assessment created straight in the database; `complete` answers every characteristic. */
export async function createAssessmentFixture(
  server: TestServer,
  organisationId: string,
  options: { complete?: boolean; submitted?: boolean } = {},
) {
  const scope = { organisationId };
  const { assessment, respondent } = await repositories.createAssessment(
    server.database.db,
    scope,
    {
      title: 'Fixture',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method: 'single-stakeholder',
      assessedOn: '2026-11-01',
      createdBy: null,
    },
    { name: 'Team', userId: null, stakeholderGroup: null },
  );
  if (options.complete || options.submitted) {
    const answers = Object.entries(fullAnswers(server)).map(([characteristicId, a]) => ({
      characteristicId,
      ...a,
    }));
    await repositories.saveAnswers(server.database.db, scope, respondent.id, answers, null);
  }
  if (options.submitted)
    await repositories.markSubmitted(server.database.db, scope, assessment.id, null);
  return { assessmentId: assessment.id, respondentId: respondent.id };
}
