import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  changeHeaders,
  conflictSchema,
  langQuery,
  removeHeaders,
  reviewChangeSchema,
  reviewCreateSchema,
  reviewHistorySchema,
  reviewListQuery,
  reviewParams,
  reviewSchema,
} from '../http/programme-reviews-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createReview } from '../use-cases/programme/create-review.js';
import { deleteReview } from '../use-cases/programme/delete-review.js';
import { exportReviewsWorkbook } from '../use-cases/programme/export-reviews-workbook.js';
import { getReview } from '../use-cases/programme/get-review.js';
import { listReviews } from '../use-cases/programme/list-reviews.js';
import { updateReview } from '../use-cases/programme/update-review.js';
import { versionTag } from '../use-cases/workshop-support.js';
import {
  sendProgrammeWorkbook,
  sendVersionedChange,
  sendVersionedRemoval,
} from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const organisationPath = '/api/v1/organisations/:organisationId';
const base = `${organisationPath}/programme/reviews`;
const reviewConflict = conflictSchema('programme-review-conflict', reviewSchema);
const ratingsRule =
  "Ratings: each `itemId` an item of the kind (`items` of the history: `ksf-1a-1`, `procurement-3`, `stakeholder-alignment` …), at most once, `rating` on the kind's scale (key success factors 1 red, 2 amber, 3 green; procurement 1 traditional … 5 smart; governance 1 not begun … 4 embedded); items left out are not rated. Otherwise 400 `programme-review-ratings-invalid` whose `issues` name each rating's field and the problem (`unknown-item`, `duplicate`, `out-of-range`).";

/**
 * Periodic reviews of the key success factors (ISO 37106 clause 8, Annex B) and the procurement
 * and governance self-checks: history with summaries and trend, one review, changes, and the
 * XLSX export with the risk register.
 */
export function registerProgrammeReviewRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'The history of the reviews of one kind, with summaries and trend',
        description:
          "`?kind=key-success-factors|procurement|governance`. The kind's scale (values with words) and items; every review, oldest first, with its ratings, its summary (counts by value, mean position; for key success factors the red / amber / green / not rated counts and the RAG of each factor and sub-factor: any red → red, else any amber or unrated → amber, else green; nothing rated → null) and its changes since the review before (per item and per factor improved / worsened / same); per factor the series of its RAG, and the series of means.",
        params: orgParams,
        querystring: reviewListQuery,
        response: { 200: reviewHistorySchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.view',
      );
      return listReviews(ctx, access, request.query.kind);
    },
  );

  app.get(
    `${base}.xlsx`,
    {
      schema: {
        tags: ['programme'],
        summary:
          'Key success factor reviews, self-checks and the risk register as XLSX, in zh or en',
        description:
          "Sheets: key success factors (statement × review date, red / amber / green in words and fills, each factor's overall RAG), the procurement and governance self-checks (item × review date, with the mean position), the risk register (score, band in words and fills), and every rating in one table. Each sheet has a frozen header row.",
        params: orgParams,
        querystring: langQuery,
      },
    },
    (request, reply) =>
      sendProgrammeWorkbook(ctx, request, reply, 'programme-reviews', ({ caller, ip }, lang) =>
        exportReviewsWorkbook(ctx, caller, lang, ip),
      ),
  );

  app.post(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'Record a review with its ratings',
        description: `${ratingsRule} 201 with the review (summary and changes since the review before); the ETag is its version.`,
        params: orgParams,
        body: reviewCreateSchema,
        response: { 201: reviewSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.manage',
      );
      const review = await createReview(ctx, access, request.body, request.ip);
      return reply.status(201).header('etag', versionTag(review.version)).send(review);
    },
  );

  app.get(
    `${base}/:reviewId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'One review with its ratings, summary and changes since the review before',
        params: reviewParams,
        response: { 200: reviewSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.view',
      );
      const review = await getReview(ctx, access, request.params.reviewId);
      return reply.header('etag', versionTag(review.version)).send(review);
    },
  );

  app.patch(
    `${base}/:reviewId`,
    {
      schema: {
        tags: ['programme'],
        summary: "Change a review's date, reviewer, notes and ratings",
        description: `Only the fields sent change; \`ratings\`, when sent, replace all of the review's ratings. The kind never changes. ${ratingsRule} Send \`If-Match: "<version>"\`; when the review changed since, nothing is written and 412 \`programme-review-conflict\` returns the stored one in \`error.current\`. The ETag is the new version.`,
        params: reviewParams,
        headers: changeHeaders,
        body: reviewChangeSchema,
        response: { 200: reviewSchema, 412: reviewConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        updateReview(ctx, caller, request.params.reviewId, request.body, version, ip),
      ),
  );

  app.delete(
    `${base}/:reviewId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Delete a review with its ratings',
        description:
          'With `If-Match`, only the version seen: 412 `programme-review-conflict` when it changed since. 204.',
        params: reviewParams,
        headers: removeHeaders,
        response: { 204: z.undefined(), 412: reviewConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, ({ caller, ip }, version) =>
        deleteReview(ctx, caller, request.params.reviewId, version, ip),
      ),
  );
}
