import { z } from 'zod';
import { authorizeAssessment, authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  bulkRatingsInputSchema,
  commonErrors,
  errorSchema,
  progressSchema,
  ratingInputSchema,
  ratingParams,
  respondentParams,
  responseSchema,
} from '../http/schemas.js';
import { getResponse } from '../use-cases/get-response.js';
import { saveAnswers } from '../use-cases/save-answers.js';
import type { ZodApp } from './types.js';

/** A respondent's answers: read, autosave one characteristic, or save all at once. */
export function registerResponseRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/respondents/:respondentId/response',
    {
      schema: {
        tags: ['responses'],
        summary: "A respondent's answers and evidence",
        params: respondentParams,
        response: { 200: responseSchema, ...commonErrors },
      },
    },
    async (request) => {
      // Members by their role (see getResponse); an external auditor of this assessment reads
      // every response with its evidence.
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'assessment.view',
      );
      return getResponse(ctx, access, request.params.assessmentId, request.params.respondentId);
    },
  );

  app.put(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/respondents/:respondentId/ratings/:characteristicId',
    {
      schema: {
        tags: ['responses'],
        summary: 'Save the answers of one characteristic (autosave)',
        params: ratingParams,
        body: ratingInputSchema,
        response: {
          200: z.object({ progress: progressSchema }),
          409: errorSchema,
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.list',
      );
      const progress = await saveAnswers(
        ctx,
        access,
        request.params.assessmentId,
        request.params.respondentId,
        { [request.params.characteristicId]: request.body },
        request.ip,
      );
      return { progress };
    },
  );

  app.put(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/respondents/:respondentId/ratings',
    {
      schema: {
        tags: ['responses'],
        summary: 'Save many characteristics at once (a whole response in one request)',
        params: respondentParams,
        body: bulkRatingsInputSchema,
        response: {
          200: z.object({ progress: progressSchema }),
          409: errorSchema,
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.list',
      );
      const progress = await saveAnswers(
        ctx,
        access,
        request.params.assessmentId,
        request.params.respondentId,
        request.body.ratings,
        request.ip,
      );
      return { progress };
    },
  );
}
