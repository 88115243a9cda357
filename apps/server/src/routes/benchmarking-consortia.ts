import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  consortiaListSchema,
  consortiumCreatedSchema,
  consortiumDetailSchema,
  consortiumInputSchema,
  consortiumMemberParams,
  consortiumParams,
  consortiumSchema,
  consortiumUpdateSchema,
  joinCodeSchema,
} from '../http/benchmarking-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createConsortium } from '../use-cases/create-consortium.js';
import { deleteConsortium } from '../use-cases/delete-consortium.js';
import { getConsortium } from '../use-cases/get-consortium.js';
import { listConsortia } from '../use-cases/list-consortia.js';
import { regenerateJoinCode } from '../use-cases/regenerate-join-code.js';
import { removeConsortiumMember } from '../use-cases/remove-consortium-member.js';
import { updateConsortium } from '../use-cases/update-consortium.js';
import type { ZodApp } from './types.js';

const consortiaPath = '/api/v1/organisations/:organisationId/consortia';

/** Benchmarking consortia as the organisation that runs them manages them. */
export function registerConsortiumRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    consortiaPath,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'Create a benchmarking consortium (organisation administrators); its join code is returned only now',
        params: orgParams,
        body: consortiumInputSchema,
        response: { 201: consortiumCreatedSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      return reply.status(201).send(await createConsortium(ctx, access, request.body, request.ip));
    },
  );

  app.get(
    consortiaPath,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'The consortia the organisation runs and those it is a member of',
        params: orgParams,
        response: { 200: consortiaListSchema, ...commonErrors },
      },
    },
    async (request) =>
      listConsortia(
        ctx,
        await authorizeOrganisation(
          ctx,
          request,
          request.params.organisationId,
          'benchmarking.view',
        ),
      ),
  );

  app.get(
    `${consortiaPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'A consortium the organisation runs, with its member cities and their consent (never their results)',
        params: consortiumParams,
        response: { 200: consortiumDetailSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      return getConsortium(ctx, access, request.params.consortiumId);
    },
  );

  app.patch(
    `${consortiaPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'Change the names, description or privacy threshold of a consortium',
        params: consortiumParams,
        body: consortiumUpdateSchema,
        response: { 200: consortiumSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      return updateConsortium(ctx, access, request.params.consortiumId, request.body, request.ip);
    },
  );

  app.delete(
    `${consortiaPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'Close a consortium: its memberships and every shared result are deleted',
        params: consortiumParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      await deleteConsortium(ctx, access, request.params.consortiumId, request.ip);
      return reply.status(204).send();
    },
  );

  app.post(
    `${consortiaPath}/:consortiumId/join-code`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'Replace the join code of a consortium (the old one stops working); returned only now',
        params: consortiumParams,
        response: { 200: joinCodeSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      return regenerateJoinCode(ctx, access, request.params.consortiumId, request.ip);
    },
  );

  app.delete(
    `${consortiaPath}/:consortiumId/members/:memberId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'Remove a member city from a consortium (its shared results are deleted)',
        params: consortiumMemberParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortia.manage',
      );
      await removeConsortiumMember(
        ctx,
        access,
        request.params.consortiumId,
        request.params.memberId,
        request.ip,
      );
      return reply.status(204).send();
    },
  );
}
