import { usesInvitations, type ScorableRespondent } from '@citymaturity/core';
import { repositories, type Executor } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/**
 * Who reads an assessment's data: only the organisation's scope is needed, so a member's access
 * (authorized by their role) or the scope of an invitation link (authorized by its token) will do.
 */
export type AssessmentReader = Pick<OrganisationAccess, 'scope'>;

/** Everything stored about an assessment, read in one go for scoring, export and reports. */
export async function loadAssessmentData(
  ctx: AppContext,
  access: AssessmentReader,
  assessmentId: string,
  db: Executor = ctx.database.db,
) {
  const [assessment, organisation] = await Promise.all([
    repositories.getAssessment(db, access.scope, assessmentId),
    repositories.getOrganisation(db, access.scope),
  ]);
  if (!assessment || !organisation) throw notFound();
  const [respondents, ratings, evidence, consensus] = await Promise.all([
    repositories.listRespondents(db, access.scope, assessmentId),
    repositories.listAssessmentRatings(db, access.scope, assessmentId),
    repositories.listAssessmentEvidence(db, access.scope, assessmentId),
    // A facilitated workshop's consensus items (the official result; reopened ones have no levels).
    repositories.listConsensusItems(db, access.scope, assessmentId),
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
    // Where stakeholders were invited, those who have not answered anything are not respondents
    // of the results (the progress view counts them); a team's or person's own response always is.
    scorable: [...byRespondent.values()].filter(
      (r) =>
        !usesInvitations(assessment.method) ||
        Object.values(r.ratings).some((v) => v.current !== null || v.target !== null),
    ),
    evidence,
    consensus,
    model: modelOf(ctx, assessment.modelId),
  };
}
