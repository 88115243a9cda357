import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { assessmentParams, commonErrors, errorSchema } from '../http/schemas.js';
import {
  csvProblemSchema,
  invitationExpirySchema,
  invitationImportSchema,
  invitationInputSchema,
  invitationParams,
  invitationReissueSchema,
  invitationSchema,
  issuedInvitationSchema,
} from '../http/stakeholder-schemas.js';
import { changeInvitationExpiry } from '../use-cases/change-invitation-expiry.js';
import { createInvitation } from '../use-cases/create-invitation.js';
import { importInvitations } from '../use-cases/import-invitations.js';
import { listInvitations } from '../use-cases/list-invitations.js';
import { reissueInvitation } from '../use-cases/reissue-invitation.js';
import { revokeInvitation } from '../use-cases/revoke-invitation.js';
import type { ZodApp } from './types.js';

const invitationsPath =
  '/api/v1/organisations/:organisationId/assessments/:assessmentId/invitations';

/** A 400 of an invitation list: every problem, with its line and column. */
const csvErrorSchema = errorSchema.extend({
  error: errorSchema.shape.error.extend({ problems: z.array(csvProblemSchema).optional() }),
});

/** Invitations of an assessment: one link per stakeholder, created one by one or from a CSV list. */
export function registerInvitationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    invitationsPath,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The invitations of an assessment with their status (never their links)',
        params: assessmentParams,
        response: { 200: z.array(invitationSchema), ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return listInvitations(ctx, access, request.params.assessmentId);
    },
  );

  app.post(
    invitationsPath,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Invite a stakeholder: the link is in the response, this once',
        params: assessmentParams,
        body: invitationInputSchema,
        response: { 201: issuedInvitationSchema, 409: errorSchema, ...commonErrors },
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
        .send(
          await createInvitation(
            ctx,
            access,
            request.params.assessmentId,
            request.body,
            request.ip,
          ),
        );
    },
  );

  app.post(
    `${invitationsPath}/import`,
    {
      schema: {
        tags: ['stakeholders'],
        summary:
          'Invite the stakeholders of a CSV list, all or nothing: the links are in the response, this once',
        description:
          'The body is JSON: `csv` holds the text of the list, with a header row naming the columns name, email (optional) and group (a group’s key or its name; Chinese headers 姓名, 邮箱, 群体 also work), separated by commas, semicolons or tabs; at most 500 rows. Any problem → 400 `invitation-csv-invalid` with every problem (line, column, message in Chinese and English), and nobody is invited.',
        params: assessmentParams,
        body: invitationImportSchema,
        response: {
          201: z.array(issuedInvitationSchema),
          400: csvErrorSchema,
          409: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
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
        .send(
          await importInvitations(
            ctx,
            access,
            request.params.assessmentId,
            request.body,
            request.ip,
          ),
        );
    },
  );

  app.post(
    `${invitationsPath}/:invitationId/reissue`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Give an invitation a new link (the old one stops working): shown this once',
        params: invitationParams,
        body: invitationReissueSchema,
        response: { 200: issuedInvitationSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return reissueInvitation(
        ctx,
        access,
        request.params.assessmentId,
        request.params.invitationId,
        request.body ?? {},
        request.ip,
      );
    },
  );

  app.post(
    `${invitationsPath}/:invitationId/revoke`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Revoke an invitation: its link stops working for good (the answers stay)',
        params: invitationParams,
        response: { 200: invitationSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return revokeInvitation(
        ctx,
        access,
        request.params.assessmentId,
        request.params.invitationId,
        request.ip,
      );
    },
  );

  app.patch(
    `${invitationsPath}/:invitationId`,
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'Set when an invitation’s link expires (validDays from now)',
        params: invitationParams,
        body: invitationExpirySchema,
        response: { 200: invitationSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'invitations.manage',
      );
      return changeInvitationExpiry(
        ctx,
        access,
        request.params.assessmentId,
        request.params.invitationId,
        request.body.validDays,
        request.ip,
      );
    },
  );
}
