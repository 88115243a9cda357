import { roleAllows } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { assessmentParams, commonErrors, errorSchema } from '../http/schemas.js';
import {
  consensusConflictSchema,
  consensusInputSchema,
  consensusItemSchema,
  consensusParams,
  consensusReopenHeaders,
  consensusSaveHeaders,
  focusInputSchema,
  focusResultSchema,
  workshopStateSchema,
} from '../http/workshop-schemas.js';
import { streamWorkshopEvents } from '../live/workshop-stream.js';
import { getConsensusItem } from '../use-cases/get-consensus-item.js';
import { getWorkshopState } from '../use-cases/get-workshop.js';
import { reopenConsensusItem } from '../use-cases/reopen-consensus-item.js';
import { saveConsensusItem } from '../use-cases/save-consensus-item.js';
import { setWorkshopFocus } from '../use-cases/set-workshop-focus.js';
import { versionOfTag, versionTag } from '../use-cases/workshop-support.js';
import type { ZodApp } from './types.js';

const base = '/api/v1/organisations/:organisationId/assessments/:assessmentId';

/** The facilitated workshop: what the workshop is on, the consensus items with their versions, and the live stream every participant follows. */
export function registerWorkshopRoutes(app: ZodApp, ctx: AppContext): void {
  // Open event streams would keep the HTTP server from closing: end them first.
  app.addHook('preClose', (done) => {
    ctx.live.endStreams();
    done();
  });

  app.get(
    `${base}/workshop`,
    {
      schema: {
        tags: ['workshop'],
        summary:
          'The workshop as every participant sees it: focus, statistics and divergence of every characteristic, consensus items and progress, evidence of the focus characteristic',
        params: assessmentParams,
        response: { 200: workshopStateSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'workshop.follow',
      );
      return getWorkshopState(ctx, access, request.params.assessmentId, {
        facilitator: roleAllows(access.role, 'workshop.facilitate'),
        mayReadEvidenceFiles: roleAllows(access.role, 'evidence.view'),
      });
    },
  );

  app.get(
    `${base}/workshop/events`,
    {
      schema: {
        tags: ['workshop'],
        summary: 'Live changes of the workshop (server-sent events)',
        description:
          'text/event-stream. First `retry:` and an event `workshop` with `{ version, change: "initial" }`; then one event per change made in any server process: `id:` the version, data `{ version, change: "focus" | "consensus" | "reveal" | "submit" | "resync", characteristicId }`. Read GET …/workshop again when `version` is higher than the state you hold. A comment line every 15 s keeps the connection open; `Last-Event-ID` is accepted (the first event makes it unnecessary). 429 when you hold too many streams.',
        params: assessmentParams,
        response: { 409: errorSchema, 429: errorSchema, 503: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId } = request.params;
      const access = await authorizeOrganisation(ctx, request, organisationId, 'workshop.follow');
      await streamWorkshopEvents(ctx, request, reply, assessmentId, {
        scope: access.scope,
        owner: `user:${access.auth.user.id}`,
        // The stream outlives the request: the session and the role are checked again at every heartbeat.
        stillAllowed: async () => {
          const session = await repositories.findActiveSessionWithMemberships(
            ctx.database.pool,
            access.auth.sessionHash,
          );
          const role = session?.memberships.find((m) => m.organisationId === organisationId)?.role;
          return role !== undefined && roleAllows(role, 'workshop.follow');
        },
      });
    },
  );

  app.put(
    `${base}/workshop/focus`,
    {
      schema: {
        tags: ['workshop'],
        summary: 'Move the workshop to a characteristic (every participant follows)',
        params: assessmentParams,
        body: focusInputSchema,
        response: { 200: focusResultSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'workshop.facilitate',
      );
      return setWorkshopFocus(
        ctx,
        access,
        request.params.assessmentId,
        request.body.characteristicId,
        request.ip,
      );
    },
  );

  app.get(
    `${base}/consensus/:characteristicId`,
    {
      schema: {
        tags: ['workshop'],
        summary: 'A consensus item, with its version as ETag',
        params: consensusParams,
        response: { 200: consensusItemSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'workshop.follow',
      );
      const item = await getConsensusItem(
        ctx,
        access,
        request.params.assessmentId,
        request.params.characteristicId,
      );
      return reply.header('etag', versionTag(item.version)).send(item);
    },
  );

  app.put(
    `${base}/consensus/:characteristicId`,
    {
      schema: {
        tags: ['workshop'],
        summary: 'Record the agreed levels of a characteristic, with rationale and dissent',
        description:
          'Send `If-Match: "<version>"` (the ETag of the item you edited) to change an item; send none, or `If-None-Match: *`, to record one that does not exist yet. When the item has changed since (someone else saved it), nothing is written and 412 `consensus-conflict` returns the stored item in `error.current`. 201 for a new item, 200 for a change; the ETag is the new version.',
        params: consensusParams,
        headers: consensusSaveHeaders,
        body: consensusInputSchema,
        response: {
          200: consensusItemSchema,
          201: consensusItemSchema,
          409: errorSchema,
          412: consensusConflictSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'workshop.facilitate',
      );
      const ifMatch = request.headers['if-match'];
      const { item, created } = await saveConsensusItem(
        ctx,
        access,
        request.params.assessmentId,
        request.params.characteristicId,
        request.body,
        {
          ifMatch: ifMatch === undefined ? undefined : versionOfTag(ifMatch),
          ifNoneMatch: request.headers['if-none-match'] === '*',
        },
        request.ip,
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', versionTag(item.version))
        .send(item);
    },
  );

  app.delete(
    `${base}/consensus/:characteristicId`,
    {
      schema: {
        tags: ['workshop'],
        summary: 'Reopen a characteristic for discussion (its consensus is withdrawn)',
        description:
          'Needs `If-Match: "<version>"`. The item keeps its row with empty levels and a new version (returned, with the ETag); 412 `consensus-conflict` with the stored item when it changed since.',
        params: consensusParams,
        headers: consensusReopenHeaders,
        response: {
          200: consensusItemSchema,
          409: errorSchema,
          412: consensusConflictSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'workshop.facilitate',
      );
      const item = await reopenConsensusItem(
        ctx,
        access,
        request.params.assessmentId,
        request.params.characteristicId,
        versionOfTag(request.headers['if-match']),
        request.ip,
      );
      return reply.header('etag', versionTag(item.version)).send(item);
    },
  );
}
