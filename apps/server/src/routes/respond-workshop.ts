import { invitationRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { authorizeInvitationLink } from '../auth/invitation-link.js';
import { tokenHash } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { errorSchema } from '../http/schemas.js';
import { tokenParams } from '../http/stakeholder-schemas.js';
import { workshopStateSchema } from '../http/workshop-schemas.js';
import { streamWorkshopEvents } from '../live/workshop-stream.js';
import { getWorkshopState } from '../use-cases/get-workshop.js';
import { linkErrors, linkRoute, privateLinkHeaders, respondPath } from './respond-common.js';
import type { ZodApp } from './types.js';

/**
 * An invited stakeholder follows the facilitated workshop through their link, like a member who
 * follows it: the state (as a follower sees it, after the reveal only) and its live changes.
 */
export function registerRespondWorkshopRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${respondPath}/workshop`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary:
          'The workshop as a follower sees it (409 workshop-not-revealed before the reveal, workshop-not-facilitated for other methods)',
        params: tokenParams,
        response: { 200: workshopStateSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      return getWorkshopState(ctx, link, link.assessmentId, {
        facilitator: false,
        mayReadEvidenceFiles: false,
        stakeholder: true,
      });
    },
  );

  app.get(
    `${respondPath}/workshop/events`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Live changes of the workshop (server-sent events, as for members)',
        params: tokenParams,
        response: { 503: errorSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const link = await authorizeInvitationLink(ctx, request, reply, token);
      await streamWorkshopEvents(ctx, request, reply, link.assessmentId, {
        scope: link.scope,
        owner: `invitation:${link.invitationId}`,
        // The stream outlives the request: the link is checked again at every heartbeat (without
        // counting against its rate limit).
        stillAllowed: async () => {
          const found = await repositories.findInvitationByTokenHash(
            ctx.database.db,
            tokenHash(token),
          );
          return found !== undefined && invitationRefusal(found, new Date()) === null;
        },
      });
    },
  );
}
