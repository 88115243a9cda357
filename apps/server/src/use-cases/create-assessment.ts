import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { getAssessment } from './get-assessment.js';
import { modelOf } from './model-of.js';

export interface AssessmentInput {
  title: string;
  date: string;
  method: string;
  modelId: string;
  respondentName?: string | undefined;
}

/**
 * Creates an assessment against the current version of its model pack, with its first respondent:
 * for a single-stakeholder baseline, the team's one response (named e.g. "Leadership team").
 */
export async function createAssessment(
  ctx: AppContext,
  access: OrganisationAccess,
  input: AssessmentInput,
  ip: string,
) {
  const model = modelOf(ctx, input.modelId);
  const created = await ctx.database.db.transaction(async (tx) => {
    const result = await repositories.createAssessment(
      tx,
      access.scope,
      {
        title: input.title,
        modelId: model.pack.meta.id,
        modelVersion: model.pack.meta.version,
        method: input.method,
        assessedOn: input.date,
        createdBy: access.auth.user.id,
      },
      {
        name: input.respondentName ?? access.auth.user.displayName,
        // A team response belongs to nobody in particular; a personal one to its author.
        userId: input.method === 'single-stakeholder' ? null : access.auth.user.id,
        stakeholderGroup: null,
      },
    );
    await repositories.appendAssessmentEvent(tx, access.scope, result.assessment.id, {
      actorUserId: access.auth.user.id,
      action: 'assessment.create',
      ip,
      details: {
        title: input.title,
        date: input.date,
        method: input.method,
        model: { id: model.pack.meta.id, version: model.pack.meta.version },
      },
    });
    return result;
  });
  return getAssessment(ctx, access, created.assessment.id);
}
