import {
  isActiveRisk,
  reviewHistory,
  riskBand,
  riskScore,
  roleAllows,
  type ProgrammeReviewKind,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AssessmentCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import type { ProgrammeReviewsReport } from '../../report/programme-reviews-section.js';

/**
 * What the report's section on key success factors and risks shows: the latest key success
 * factor review (its factors' RAG and their change since the review before), the latest
 * self-checks' means, and the active risks, highest score first. Undefined when the caller may
 * not see the programme workspace (e.g. an external auditor of the assessment, or a respondent)
 * or when the organisation has no review and no risk, so that the report leaves the section out.
 */
export async function programmeReviewsForReport(
  ctx: AppContext,
  caller: AssessmentCaller,
): Promise<ProgrammeReviewsReport | undefined> {
  if (!caller.role || !roleAllows(caller.role, 'programme.view')) return undefined;
  const db = ctx.database.db;
  const [reviews, risks] = await Promise.all([
    repositories.listProgrammeReviews(db, caller.scope),
    repositories.listRisks(db, caller.scope),
  ]);
  if (reviews.length === 0 && risks.length === 0) return undefined;
  const latest = (kind: ProgrammeReviewKind) => {
    const history = reviewHistory(
      ctx.operatingModel,
      kind,
      reviews
        .filter((r) => r.kind === kind)
        .map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    );
    return history.reviews.at(-1);
  };
  const factorEntry = latest('key-success-factors');
  const factorReview = reviews.find((r) => r.id === factorEntry?.reviewId);
  return {
    latestFactorReview:
      factorEntry && factorReview
        ? {
            reviewedOn: factorEntry.reviewedOn,
            reviewer: factorReview.reviewer,
            summary: factorEntry.summary,
            factorChanges: factorEntry.changes?.factors ?? null,
          }
        : null,
    selfChecks: (['procurement', 'governance'] as const).flatMap((kind) => {
      const entry = latest(kind);
      return entry ? [{ kind, reviewedOn: entry.reviewedOn, mean: entry.summary.mean }] : [];
    }),
    activeRisks: risks
      .filter(isActiveRisk)
      .map((r) => {
        const score = riskScore(r.likelihood, r.impact);
        return { ...r, score, band: riskBand(score) };
      })
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)),
  };
}
