import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  cyclesQuery,
  cyclesSchema,
  improvementCycleSchema,
  improvementStageSchema,
  planRealisationQuery,
  planRealisationSchema,
  stageConflictSchema,
  stageInputSchema,
  stageParams,
  stageSaveHeaders,
} from '../http/cycles-schemas.js';
import { assessmentParams, commonErrors, errorSchema, orgParams } from '../http/schemas.js';
import { getCycles } from '../use-cases/get-cycles.js';
import { getImprovementCycle } from '../use-cases/get-improvement-cycle.js';
import { getPlanRealisation } from '../use-cases/get-plan-realisation.js';
import { stageTag, stageVersionOfTag } from '../use-cases/improvement-stage-support.js';
import { saveImprovementStage } from '../use-cases/save-improvement-stage.js';
import type { ZodApp } from './types.js';

const organisationPath = '/api/v1/organisations/:organisationId';
const assessmentPath = `${organisationPath}/assessments/:assessmentId`;

/** Assessment cycles: the trend over the organisation's assessments, plan realisation, the improvement tracker. */
export function registerCycleRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${organisationPath}/cycles`,
    {
      schema: {
        tags: ['cycles'],
        summary:
          "The organisation's assessment cycles and the trend of every characteristic and roll-up",
        description:
          'Cycles are the submitted assessments by date (`?includeDrafts=true`: drafts too, flagged provisional), each scored like its results page (the consensus of a workshop, or the medians). Every series of `trend` has one point per cycle, in the order of `cycles`, with the change since the previous cycle; across model versions only what both models have is compared (see the flags).',
        params: orgParams,
        querystring: cyclesQuery,
        response: { 200: cyclesSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'results.view',
      );
      return getCycles(ctx, access, { includeDrafts: request.query.includeDrafts });
    },
  );

  app.get(
    `${assessmentPath}/plan-realisation`,
    {
      schema: {
        tags: ['cycles'],
        summary: 'The plan made at the previous cycle against this assessment',
        description:
          'Per characteristic: reached, partly, not-reached, fell-back, no-plan or unknown; counts overall and per dimension; the improvements planned and not reached; the time since the previous cycle against the two-year plan. The previous cycle is the one just before by date (`?includeDrafts=true`: drafts count), or `?previous=<assessment id>`. 409 `cycle-no-previous` when there is none; 409 `cycle-previous-not-earlier` when the one named is this one or a later one.',
        params: assessmentParams,
        querystring: planRealisationQuery,
        response: { 200: planRealisationSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'results.view',
      );
      return getPlanRealisation(ctx, access, request.params.assessmentId, request.query);
    },
  );

  app.get(
    `${assessmentPath}/improvement-cycle`,
    {
      schema: {
        tags: ['cycles'],
        summary:
          'The five-stage improvement cycle of this assessment: status of each stage and what the model offers at it',
        params: assessmentParams,
        response: { 200: improvementCycleSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'results.view',
      );
      return getImprovementCycle(ctx, access, request.params.assessmentId);
    },
  );

  app.put(
    `${assessmentPath}/improvement-cycle/:stageId`,
    {
      schema: {
        tags: ['cycles'],
        summary: 'Record the status and notes of a stage of the improvement cycle',
        description:
          'Send `If-Match: "<version>"` (the version of the stage you edited; "0" for a stage never saved). When the stage has changed since, nothing is written and 412 `improvement-stage-conflict` returns the stored stage in `error.current`. Drafts and submitted assessments alike: the stages are not part of the submitted snapshot. The stage comes back (200, or 412 in `error.current`) exactly as `GET …/improvement-cycle` shows it, the summaries of its features included. The ETag is the new version.',
        params: stageParams,
        headers: stageSaveHeaders,
        body: stageInputSchema,
        response: { 200: improvementStageSchema, 412: stageConflictSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'improvement.manage',
      );
      const stage = await saveImprovementStage(
        ctx,
        access,
        request.params.assessmentId,
        request.params.stageId,
        request.body,
        stageVersionOfTag(request.headers['if-match']),
        request.ip,
      );
      return reply.header('etag', stageTag(stage.version)).send(stage);
    },
  );
}
