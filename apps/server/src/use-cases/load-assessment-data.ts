import type { ScorableRespondent } from '@citymaturity/core';
import { repositories, type Executor } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/** Everything stored about an assessment, read in one go for scoring, export and reports. */
export async function loadAssessmentData(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  db: Executor = ctx.database.db,
) {
  const [assessment, organisation] = await Promise.all([
    repositories.getAssessment(db, access.scope, assessmentId),
    repositories.getOrganisation(db, access.scope),
  ]);
  if (!assessment || !organisation) throw notFound();
  const [respondents, ratings, evidence] = await Promise.all([
    repositories.listRespondents(db, access.scope, assessmentId),
    repositories.listAssessmentRatings(db, access.scope, assessmentId),
    repositories.listAssessmentEvidence(db, access.scope, assessmentId),
  ]);
  const byRespondent = new Map<
    string,
    ScorableRespondent & {
      ratings: Record<
        string,
        { current: number | 'unknown' | null; target: number | 'unknown' | null }
      >;
    }
  >(
    respondents.map((r) => [
      r.id,
      { id: r.id, ...(r.stakeholderGroup ? { group: r.stakeholderGroup } : {}), ratings: {} },
    ]),
  );
  for (const r of ratings) {
    const respondent = byRespondent.get(r.respondentId);
    if (respondent)
      respondent.ratings[r.characteristicId] = { current: r.current, target: r.target };
  }
  return {
    assessment,
    organisation,
    respondents,
    scorable: [...byRespondent.values()],
    evidence,
    model: modelOf(ctx, assessment.modelId),
  };
}
