import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import { enforceRateLimit } from '../auth/rate-limit.js';
import type { AppContext } from '../context.js';
import {
  comparisonQuerySchema,
  comparisonSchema,
  consentChangedSchema,
  consentUpdateSchema,
  consortiumMembershipDetailSchema,
  consortiumMembershipSchema,
  consortiumParams,
  joinInputSchema,
  shareParams,
  shareSchema,
} from '../http/benchmarking-schemas.js';
import { commonErrors, errorSchema, orgParams } from '../http/schemas.js';
import { compareWithPeers } from '../use-cases/compare-with-peers.js';
import { getConsortiumMembership } from '../use-cases/get-consortium-membership.js';
import { joinConsortium } from '../use-cases/join-consortium.js';
import { leaveConsortium } from '../use-cases/leave-consortium.js';
import { shareAssessment } from '../use-cases/share-assessment.js';
import { unshareAssessment } from '../use-cases/unshare-assessment.js';
import { updateConsortiumConsent } from '../use-cases/update-consortium-consent.js';
import type { ZodApp } from './types.js';

/** Join attempts per organisation per 15 minutes (a wrong code counts too). */
const joinAttempts = { max: 20, windowMs: 15 * 60 * 1000 };

const membershipsPath = '/api/v1/organisations/:organisationId/consortium-memberships';

/** A city in the consortia it joined: consent, sharing, and the comparison with its peers. */
export function registerConsortiumMembershipRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    membershipsPath,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'Join a consortium with its join code and the city’s consent (organisation administrators)',
        params: orgParams,
        body: joinInputSchema,
        response: { 201: consortiumMembershipSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortium-membership.manage',
      );
      await enforceRateLimit(
        ctx,
        reply,
        `consortium-join:organisation:${access.scope.organisationId}`,
        joinAttempts.max,
        joinAttempts.windowMs,
      );
      return reply.status(201).send(await joinConsortium(ctx, access, request.body, request.ip));
    },
  );

  app.get(
    `${membershipsPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'The city’s membership of a consortium, with its submitted assessments: shared or not, and whether they may be',
        params: consortiumParams,
        response: { 200: consortiumMembershipDetailSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'benchmarking.view',
      );
      return getConsortiumMembership(ctx, access, request.params.consortiumId);
    },
  );

  app.patch(
    `${membershipsPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'Change the city’s consent (narrowing it to audited results withdraws the other shares)',
        params: consortiumParams,
        body: consentUpdateSchema,
        response: { 200: consentChangedSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortium-membership.manage',
      );
      return updateConsortiumConsent(
        ctx,
        access,
        request.params.consortiumId,
        request.body,
        request.ip,
      );
    },
  );

  app.delete(
    `${membershipsPath}/:consortiumId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'Leave a consortium: everything the city shared with it is deleted',
        params: consortiumParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortium-membership.manage',
      );
      await leaveConsortium(ctx, access, request.params.consortiumId, request.ip);
      return reply.status(204).send();
    },
  );

  app.put(
    `${membershipsPath}/:consortiumId/shares/:assessmentId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'Share a submitted assessment with the consortium (its official levels are copied); again to refresh',
        params: shareParams,
        response: { 200: shareSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortium-membership.manage',
      );
      return shareAssessment(
        ctx,
        access,
        request.params.consortiumId,
        request.params.assessmentId,
        request.ip,
      );
    },
  );

  app.delete(
    `${membershipsPath}/:consortiumId/shares/:assessmentId`,
    {
      schema: {
        tags: ['benchmarking'],
        summary: 'Withdraw a shared assessment from the consortium',
        params: shareParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'consortium-membership.manage',
      );
      await unshareAssessment(
        ctx,
        access,
        request.params.consortiumId,
        request.params.assessmentId,
        request.ip,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    `${membershipsPath}/:consortiumId/comparison`,
    {
      schema: {
        tags: ['benchmarking'],
        summary:
          'The city against its peer group: medians, quartiles, percentile ranks and distributions (suppressed below the threshold), peers to learn from',
        params: consortiumParams,
        querystring: comparisonQuerySchema,
        response: { 200: comparisonSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'benchmarking.view',
      );
      return compareWithPeers(ctx, access, request.params.consortiumId, request.query);
    },
  );
}
