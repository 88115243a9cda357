import { z } from 'zod';
import { authorizeInvitationLink } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { bulkRatingsInputSchema, progressSchema, ratingInputSchema } from '../http/schemas.js';
import {
  completionSchema,
  invitedResponseSchema,
  tokenParams,
  tokenRatingParams,
} from '../http/stakeholder-schemas.js';
import { setInvitedResponseCompleted } from '../use-cases/complete-invited-response.js';
import { getInvitedResponse } from '../use-cases/get-invited-response.js';
import { getInvitedResults } from '../use-cases/get-invited-results.js';
import { saveInvitedAnswers } from '../use-cases/save-invited-answers.js';
import { linkErrors, linkRoute, privateLinkHeaders, respondPath } from './respond-common.js';
import { registerRespondEvidenceRoutes } from './respond-evidence.js';
import { registerRespondWorkshopRoutes } from './respond-workshop.js';
import { resultsSchema } from './results-schema.js';
import type { ZodApp } from './types.js';

/**
 * The endpoints an invited stakeholder uses without an account, through their personal link
 * `/respond/<token>`: their own answers (saved, and marked finished), and the results once revealed.
 */
export function registerRespondRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    respondPath,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'What the link opens: the assessment, the stakeholder’s own answers and progress',
        params: tokenParams,
        response: { 200: invitedResponseSchema, ...linkErrors },
      },
    },
    async (request, reply) =>
      getInvitedResponse(
        ctx,
        await authorizeInvitationLink(ctx, request, reply, request.params.token),
      ),
  );

  app.put(
    `${respondPath}/ratings/:characteristicId`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Save the answers of one characteristic (autosave)',
        params: tokenRatingParams,
        body: ratingInputSchema,
        response: { 200: z.object({ progress: progressSchema }), ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      const progress = await saveInvitedAnswers(
        ctx,
        link,
        { [request.params.characteristicId]: request.body },
        request.ip,
      );
      return { progress };
    },
  );

  app.put(
    `${respondPath}/ratings`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Save many characteristics at once',
        params: tokenParams,
        body: bulkRatingsInputSchema,
        response: { 200: z.object({ progress: progressSchema }), ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      const progress = await saveInvitedAnswers(ctx, link, request.body.ratings, request.ip);
      return { progress };
    },
  );

  app.post(
    `${respondPath}/complete`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Say the answers are finished (they can still change until the reveal)',
        params: tokenParams,
        response: { 200: completionSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      return setInvitedResponseCompleted(ctx, link, true, request.ip);
    },
  );

  app.delete(
    `${respondPath}/complete`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Say the answers are not finished after all',
        params: tokenParams,
        response: { 200: completionSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      return setInvitedResponseCompleted(ctx, link, false, request.ip);
    },
  );

  app.get(
    `${respondPath}/results`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary:
          'The results, once revealed (409 results-not-revealed before): the same as the members see',
        params: tokenParams,
        response: { 200: resultsSchema, ...linkErrors },
      },
    },
    async (request, reply) =>
      getInvitedResults(
        ctx,
        await authorizeInvitationLink(ctx, request, reply, request.params.token),
      ),
  );

  registerRespondEvidenceRoutes(app, ctx);
  registerRespondWorkshopRoutes(app, ctx);
}
