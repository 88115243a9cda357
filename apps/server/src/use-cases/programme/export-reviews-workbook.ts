import { programmeReviewKinds, type ProgrammeReviewKind } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import {
  writeProgrammeReviewsWorkbook,
  type WorkbookReview,
} from '../../spreadsheet/write-programme-reviews-workbook.js';
import { auditProgramme } from './reviews-area-support.js';

/**
 * The organisation's key success factor reviews, procurement and governance self-checks and risk
 * register as an XLSX workbook in Chinese or English (read in one repeatable-read transaction, so
 * the sheets agree). The download is recorded in the audit log.
 */
export async function exportReviewsWorkbook(
  ctx: AppContext,
  caller: ScopedCaller,
  lang: 'zh' | 'en',
  ip: string,
): Promise<Buffer> {
  const db = ctx.database.db;
  const { reviews, risks } = await db.transaction(
    async (tx) => ({
      reviews: await repositories.listProgrammeReviews(tx, caller.scope),
      risks: await repositories.listRisks(tx, caller.scope),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const byKind = Object.fromEntries(
    programmeReviewKinds.map((kind) => [kind, [] as WorkbookReview[]]),
  ) as Record<ProgrammeReviewKind, WorkbookReview[]>;
  for (const review of reviews)
    byKind[review.kind].push({ ...review, createdAt: review.createdAt.toISOString() });
  const content = await writeProgrammeReviewsWorkbook({
    pack: ctx.operatingModel,
    lang,
    reviews: byKind,
    risks,
  });
  await auditProgramme(db, { caller, ip }, 'programme.reviews.export', {
    type: 'organisation',
    id: caller.scope.organisationId,
    details: { lang, reviews: reviews.length, risks: risks.length },
  });
  return content;
}
