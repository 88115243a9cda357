import { z } from 'zod';
import { requireAuth } from '../auth/authenticate.js';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  auditEntrySchema,
  commonErrors,
  errorSchema,
  memberInputSchema,
  memberSchema,
  membershipSchema,
  administratorInputSchema,
  organisationCreateSchema,
  organisationInputSchema,
  organisationSchema,
  orgParams,
  roleSchema,
} from '../http/schemas.js';
import {
  addOrganisationAdministrator,
  createOrganisation,
} from '../use-cases/create-organisation.js';
import { listAuditLog } from '../use-cases/list-audit-log.js';
import { listOrganisations } from '../use-cases/list-organisations.js';
import {
  addMember,
  changeMemberRole,
  listMembers,
  removeMember,
} from '../use-cases/manage-members.js';
import { updateOrganisation } from '../use-cases/update-organisation.js';
import { presentOrganisation } from '../http/presenters.js';
import { repositories } from '@citymaturity/db';
import { notFound } from '../http/http-error.js';
import type { ZodApp } from './types.js';

/** Organisations, their members and their audit log. */
export function registerOrganisationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary:
          'Your organisations and roles (platform administrators also get the list of all organisations)',
        response: {
          200: z.object({
            memberships: z.array(membershipSchema),
            all: z.array(organisationSchema),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => listOrganisations(ctx, requireAuth(request)),
  );

  app.post(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation with its first administrator (platform administrators)',
        body: organisationCreateSchema,
        response: { 201: organisationSchema, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createOrganisation(ctx, requireAuth(request), request.body, request.ip)),
  );

  app.post(
    '/api/v1/organisations/:organisationId/administrators',
    {
      schema: {
        tags: ['organisations'],
        summary:
          'Make a person an administrator of an organisation (platform administrators; no access to its data)',
        params: orgParams,
        body: administratorInputSchema,
        response: {
          201: z.object({
            userId: z.uuid(),
            email: z.string(),
            displayName: z.string(),
            role: z.literal('org_admin'),
          }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const result = await addOrganisationAdministrator(
        ctx,
        requireAuth(request),
        request.params.organisationId,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId',
    {
      schema: {
        tags: ['organisations'],
        summary: 'An organisation',
        params: orgParams,
        response: { 200: organisationSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'organisation.view',
      );
      const row = await repositories.getOrganisation(ctx.database.db, access.scope);
      if (!row) throw notFound();
      return presentOrganisation(row);
    },
  );

  app.patch(
    '/api/v1/organisations/:organisationId',
    {
      schema: {
        tags: ['organisations'],
        summary: "Change the organisation's profile (organisation administrators)",
        params: orgParams,
        body: organisationInputSchema.partial(),
        response: { 200: organisationSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'organisation.update',
      );
      return updateOrganisation(ctx, access, request.body, request.ip);
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members and their roles',
        params: orgParams,
        response: { 200: z.array(memberSchema), ...commonErrors },
      },
    },
    async (request) =>
      listMembers(
        ctx,
        await authorizeOrganisation(ctx, request, request.params.organisationId, 'members.view'),
      ),
  );

  app.post(
    '/api/v1/organisations/:organisationId/members',
    {
      schema: {
        tags: ['members'],
        summary:
          'Add a member: an existing account by email, or a new account with an initial password',
        params: orgParams,
        body: memberInputSchema,
        response: { 201: memberSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'members.manage',
      );
      return reply.status(201).send(await addMember(ctx, access, request.body, request.ip));
    },
  );

  const memberParams = orgParams.extend({ userId: z.uuid() });
  app.patch(
    '/api/v1/organisations/:organisationId/members/:userId',
    {
      schema: {
        tags: ['members'],
        summary: "Change a member's role",
        params: memberParams,
        body: z.strictObject({ role: roleSchema }),
        response: { 200: memberSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'members.manage',
      );
      return changeMemberRole(ctx, access, request.params.userId, request.body.role, request.ip);
    },
  );

  app.delete(
    '/api/v1/organisations/:organisationId/members/:userId',
    {
      schema: {
        tags: ['members'],
        summary: 'Remove a member',
        params: memberParams,
        response: { 204: z.undefined(), 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'members.manage',
      );
      await removeMember(ctx, access, request.params.userId, request.ip);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/organisations/:organisationId/audit-log',
    {
      schema: {
        tags: ['organisations'],
        summary: "The organisation's audit log, newest first (organisation administrators)",
        params: orgParams,
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.array(auditEntrySchema), ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'audit-log.view',
      );
      return listAuditLog(ctx, access, request.query);
    },
  );
}
