import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { workshopAssessment } from '../use-cases/workshop-support.js';
import { streamLiveEvents } from './event-stream.js';
import { workshopTopic } from './notify-live.js';

/** Who follows a workshop's stream: the scope they were authorized in, and how to re-check them. */
export interface WorkshopFollower {
  scope: OrganisationScope;
  /** Counts against the per-owner cap of open streams: `user:<id>`, `invitation:<id>`. */
  owner: string;
  /** Re-checked at every heartbeat (session or link still valid, rights unchanged). */
  stillAllowed: () => Promise<boolean>;
}

/**
 * The live event stream of a facilitated workshop (server-sent events, see streamLiveEvents):
 * event `workshop` with data `{ version, change, characteristicId }`, where `change` is `initial`,
 * `focus`, `consensus`, `reveal`, `submit` or `resync`; the client reads the workshop state again
 * when `version` is higher than the state's. For members (…/workshop/events) and, through the
 * same function, for invited stakeholders (their link's route, authorized by its token).
 */
export async function streamWorkshopEvents(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  assessmentId: string,
  follower: WorkshopFollower,
): Promise<void> {
  await workshopAssessment(ctx.database.db, follower.scope, assessmentId);
  await streamLiveEvents(ctx.live, request, reply, {
    topic: workshopTopic(assessmentId),
    event: 'workshop',
    owner: follower.owner,
    currentVersion: async () => {
      const version = await repositories.getWorkshopVersion(
        ctx.database.db,
        follower.scope,
        assessmentId,
      );
      if (version === undefined) throw notFound();
      return version;
    },
    stillAllowed: follower.stillAllowed,
  });
}
