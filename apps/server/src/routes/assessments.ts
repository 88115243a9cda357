import { z } from 'zod';
import { stringify } from 'yaml';
import { authorizeAssessment, authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  assessmentDetailSchema,
  assessmentInputSchema,
  assessmentParams,
  assessmentSummarySchema,
  assessmentUpdateSchema,
  commonErrors,
  errorSchema,
  orgParams,
} from '../http/schemas.js';
import { createAssessment } from '../use-cases/create-assessment.js';
import { deleteAssessment } from '../use-cases/delete-assessment.js';
import { exportAssessment } from '../use-cases/export-assessment.js';
import { getAssessment } from '../use-cases/get-assessment.js';
import { getResults } from '../use-cases/get-results.js';
import { listAssessments } from '../use-cases/list-assessments.js';
import { submitAssessment } from '../use-cases/submit-assessment.js';
import { updateAssessment } from '../use-cases/update-assessment.js';
import { resultsSchema } from './results-schema.js';
import type { ZodApp } from './types.js';

/** Assessments: list, create, change, delete, submit, results and export. */
export function registerAssessmentRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/organisations/:organisationId/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: "The organisation's assessments with their progress",
        params: orgParams,
        response: { 200: z.array(assessmentSummarySchema), ...commonErrors },
      },
    },
    async (request) =>
      listAssessments(
        ctx,
        await authorizeOrganisation(
          ctx,
          request,
          request.params.organisationId,
          'assessments.list',
        ),
      ),
  );

  app.post(
    '/api/v1/organisations/:organisationId/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Start an assessment (a single-stakeholder baseline by default)',
        params: orgParams,
        body: assessmentInputSchema,
        response: { 201: assessmentDetailSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.create',
      );
      return reply.status(201).send(await createAssessment(ctx, access, request.body, request.ip));
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId',
    {
      schema: {
        tags: ['assessments'],
        summary: 'An assessment, its respondents and what you may do with it',
        params: assessmentParams,
        response: { 200: assessmentDetailSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'assessment.view',
      );
      return getAssessment(ctx, access, request.params.assessmentId);
    },
  );

  app.patch(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Change the title, date or minimum stakeholder-group size of a draft',
        params: assessmentParams,
        body: assessmentUpdateSchema,
        response: { 200: assessmentDetailSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.update',
      );
      return updateAssessment(ctx, access, request.params.assessmentId, request.body, request.ip);
    },
  );

  app.delete(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Delete an assessment and its responses',
        params: assessmentParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.delete',
      );
      await deleteAssessment(ctx, access, request.params.assessmentId, request.ip);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/submit',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Submit a complete draft: its answers become final',
        params: assessmentParams,
        response: { 200: assessmentDetailSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.submit',
      );
      return submitAssessment(ctx, access, request.params.assessmentId, request.ip);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/results',
    {
      schema: {
        tags: ['results'],
        summary:
          'Results: statistics, roll-ups, divergence, agreement, strengths and weaknesses, priorities with guidance',
        params: assessmentParams,
        response: { 200: resultsSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'results.view',
      );
      return getResults(ctx, access, request.params.assessmentId);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/export',
    {
      schema: {
        tags: ['results'],
        summary:
          'Download the assessment in the open exchange format citymaturity/assessment@1 (JSON or YAML)',
        params: assessmentParams,
        querystring: z.object({ format: z.enum(['json', 'yaml']).default('json') }),
      },
    },
    async (request, reply) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'assessments.export',
      );
      const document = await exportAssessment(ctx, access, request.params.assessmentId, request.ip);
      const yaml = request.query.format === 'yaml';
      const name = `citymaturity-${document.date}-${request.params.assessmentId.slice(0, 8)}.${yaml ? 'yaml' : 'json'}`;
      void reply
        .header(
          'content-type',
          yaml ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="${name}"`);
      return reply.send(yaml ? stringify(document) : JSON.stringify(document, null, 2));
    },
  );
}
