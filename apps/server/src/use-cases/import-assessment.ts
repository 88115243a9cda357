import type { AssessmentDocument } from '@citymaturity/core';
import { repositories, schema, type Executor, type OrganisationScope } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { takeSnapshot } from './assessment-snapshot.js';
import { modelOf } from './model-of.js';

/**
 * Stores an assessment given in the exchange format (already validated) in an organisation: the
 * assessment, its respondents, their ratings and evidence, and a facilitated workshop's consensus,
 * in one transaction. `submitted` marks it final, as a completed baseline is. `source` is recorded
 * in the chain's `ratings.import` entry (`diagnostic-forms` when the document was made from filled
 * forms), so that the respondents' source can be told later.
 */
export async function importAssessment(
  ctx: AppContext,
  db: Executor,
  scope: OrganisationScope,
  document: AssessmentDocument,
  options: { userId: string | null; submitted: boolean; source?: string | undefined },
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
    await repositories.appendAssessmentEvent(tx, scope, created.assessment.id, {
      actorUserId: options.userId,
      action: 'assessment.import',
      details: {
        title: created.assessment.title,
        date: document.date,
        method: document.method,
        model: { id: model.pack.meta.id, version: model.pack.meta.version },
        respondents: respondentIds.length,
      },
    });
    // One chain entry records every imported answer, so that the chain replays to the tables.
    const recorded: Record<string, { ratings: Record<string, unknown>; evidence: unknown[] }> = {};
    for (const [index, respondent] of document.respondents.entries()) {
      const respondentId = respondentIds[index];
      if (!respondentId) continue;
      const answers = Object.entries(respondent.ratings).map(([characteristicId, rating]) => {
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
      });
      await repositories.saveAnswers(tx, scope, respondentId, answers, options.userId);
      recorded[respondentId] = {
        ratings: Object.fromEntries(
          answers.map((a) => [a.characteristicId, { current: a.current, target: a.target }]),
        ),
        evidence: answers.flatMap((a) =>
          a.evidence.map((e) => ({ characteristicId: a.characteristicId, ...e })),
        ),
      };
    }
    await repositories.appendAssessmentEvent(tx, scope, created.assessment.id, {
      actorUserId: options.userId,
      action: 'ratings.import',
      details: { ...(options.source ? { source: options.source } : {}), respondents: recorded },
    });
    // Each agreed item is chained as the workshop chains it (save-consensus-item.ts), so that the
    // chain replays to the table; before the submission, whose snapshot holds the consensus.
    for (const [characteristicId, item] of Object.entries(document.consensus ?? {})) {
      const agreed = {
        current: item.current,
        target: item.target,
        rationale: item.rationale ?? '',
        dissent: item.dissent ?? '',
      };
      await repositories.writeConsensusItem(tx, scope, created.assessment.id, characteristicId, {
        ...agreed,
        version: 1,
        updatedBy: options.userId,
      });
      await repositories.appendAssessmentEvent(tx, scope, created.assessment.id, {
        actorUserId: options.userId,
        action: 'consensus.save',
        details: { characteristicId, ...agreed, version: 1 },
      });
    }
    if (options.submitted) {
      await repositories.markSubmitted(tx, scope, created.assessment.id, options.userId);
      const snapshot = await takeSnapshot(tx, scope, created.assessment.id, options.userId);
      await repositories.appendAssessmentEvent(tx, scope, created.assessment.id, {
        actorUserId: options.userId,
        action: 'assessment.submit',
        details: { digest: snapshot.digest },
      });
    }
    return created.assessment.id;
  });
}
