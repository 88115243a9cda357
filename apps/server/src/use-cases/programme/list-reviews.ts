import type { ProgrammeReviewKind } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentHistory } from './reviews-support.js';

/**
 * The history of the organisation's reviews of one kind: the kind's scale and items, every
 * review (oldest first) with its ratings, summary and changes since the one before, the series of
 * each key success factor's RAG and of the mean rating.
 */
export async function listReviews(
  ctx: AppContext,
  caller: ScopedCaller,
  kind: ProgrammeReviewKind,
) {
  const reviews = await repositories.listProgrammeReviews(ctx.database.db, caller.scope, kind);
  return presentHistory(ctx.operatingModel, kind, reviews);
}
