import type { AssessmentDocument } from '@citymaturity/core';
import { repositories, schema, type Executor, type OrganisationScope } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { modelOf } from './model-of.js';

/**
 * Stores an assessment given in the exchange format (already validated) in an organisation: the
 * assessment, its respondents, their ratings and evidence, in one transaction. `submitted` marks it
 * final, as a completed baseline is.
 */
export async function importAssessment(
  ctx: AppContext,
  db: Executor,
  scope: OrganisationScope,
  document: AssessmentDocument,
  options: { userId: string | null; submitted: boolean },
): Promise<string> {
  const model = modelOf(ctx, document.model);
  return db.transaction(async (tx) => {
    const [first, ...others] = document.respondents;
    if (!first) throw new Error('an assessment needs a respondent');
    const created = await repositories.createAssessment(
      tx,
      scope,
      {
        title: document.title ?? `${document.city.name} ${document.date}`,
        modelId: model.pack.meta.id,
        modelVersion: model.pack.meta.version,
        method: document.method,
        assessedOn: document.date,
        createdBy: options.userId,
      },
      { name: first.name ?? first.id, userId: null, stakeholderGroup: first.group ?? null },
    );
    const respondentIds = [created.respondent.id];
    for (const respondent of others) {
      const [row] = await tx
        .insert(schema.respondents)
        .values({
          organisationId: scope.organisationId,
          assessmentId: created.assessment.id,
          name: respondent.name ?? respondent.id,
          stakeholderGroup: respondent.group ?? null,
        })
        .returning({ id: schema.respondents.id });
      if (row) respondentIds.push(row.id);
    }
    for (const [index, respondent] of document.respondents.entries()) {
      const respondentId = respondentIds[index];
      if (!respondentId) continue;
      await repositories.saveAnswers(
        tx,
        scope,
        respondentId,
        Object.entries(respondent.ratings).map(([characteristicId, rating]) => {
          const ev = rating.evidence;
          const text = typeof ev === 'string' ? ev : ev?.text;
          const links = typeof ev === 'string' ? [] : (ev?.links ?? []);
          return {
            characteristicId,
            current: rating.current ?? null,
            target: rating.target ?? null,
            evidence: [
              ...(text ? [{ kind: 'text' as const, body: text }] : []),
              ...links.map((url) => ({ kind: 'link' as const, body: url })),
            ],
          };
        }),
        options.userId,
      );
    }
    if (options.submitted)
      await repositories.markSubmitted(tx, scope, created.assessment.id, options.userId);
    await repositories.appendAudit(tx, {
      actorUserId: options.userId,
      organisationId: scope.organisationId,
      action: 'assessment.import',
      targetType: 'assessment',
      targetId: created.assessment.id,
      outcome: 'success',
    });
    return created.assessment.id;
  });
}
