import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  assessmentDetailSchema,
  assessmentParams,
  commonErrors,
  errorSchema,
  orgParams,
} from '../http/schemas.js';
import {
  stakeholderGroupInputSchema,
  stakeholderGroupParams,
  stakeholderGroupSchema,
  stakeholderGroupUpdateSchema,
  stakeholderProgressSchema,
} from '../http/stakeholder-schemas.js';
import { createStakeholderGroup } from '../use-cases/create-stakeholder-group.js';
import { deleteStakeholderGroup } from '../use-cases/delete-stakeholder-group.js';
import { getStakeholderProgress } from '../use-cases/get-stakeholder-progress.js';
import { listStakeholderGroups } from '../use-cases/list-stakeholder-groups.js';
import { renameStakeholderGroup } from '../use-cases/rename-stakeholder-group.js';
import { revealResults } from '../use-cases/reveal-results.js';
import { registerInvitationRoutes } from './invitations.js';
import { registerRespondRoutes } from './respond.js';
import type { ZodApp } from './types.js';

const groupsPath = '/api/v1/organisations/:organisationId/stakeholder-groups';
const assessmentPath = '/api/v1/organisations/:organisationId/assessments/:assessmentId';

/** Multi-stakeholder rating: stakeholder groups, invitations (one link per person), progress, reveal, and the invitation-link endpoints a stakeholder uses without an account. */
export function registerStakeholderRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    groupsPath,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The stakeholder groups: the standard ones and the organisation’s own',
        params: orgParams,
        response: { 200: z.array(stakeholderGroupSchema), ...commonErrors },
      },
    },
    async (request) =>
      listStakeholderGroups(
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
    groupsPath,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Add a stakeholder group of the organisation’s own',
        params: orgParams,
        body: stakeholderGroupInputSchema,
        response: { 201: stakeholderGroupSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return reply
        .status(201)
        .send(await createStakeholderGroup(ctx, access, request.body, request.ip));
    },
  );

  app.patch(
    `${groupsPath}/:groupKey`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Rename a stakeholder group of the organisation’s own',
        params: stakeholderGroupParams,
        body: stakeholderGroupUpdateSchema,
        response: { 200: stakeholderGroupSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return renameStakeholderGroup(ctx, access, request.params.groupKey, request.body, request.ip);
    },
  );

  app.delete(
    `${groupsPath}/:groupKey`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Delete a stakeholder group of the organisation’s own that nobody is in',
        params: stakeholderGroupParams,
        response: { 204: z.undefined(), 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      await deleteStakeholderGroup(ctx, access, request.params.groupKey, request.ip);
      return reply.status(204).send();
    },
  );

  app.get(
    `${assessmentPath}/progress`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Who has responded, per stakeholder group and per invitation (never the answers)',
        params: assessmentParams,
        response: { 200: stakeholderProgressSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'progress.view',
      );
      return getStakeholderProgress(ctx, access, request.params.assessmentId);
    },
  );

  app.post(
    `${assessmentPath}/reveal`,
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Reveal the results to the invited stakeholders: they see them from now on, and rating closes',
        params: assessmentParams,
        response: { 200: assessmentDetailSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.reveal',
      );
      return revealResults(ctx, access, request.params.assessmentId, request.ip);
    },
  );

  registerInvitationRoutes(app, ctx);
  registerRespondRoutes(app, ctx);
}
