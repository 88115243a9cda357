import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-error.js';
import type { LiveEvent } from './live-hub.js';
import type { Live } from './live.js';

/** What a live event stream follows and how it checks its follower. */
export interface LiveStreamOptions {
  /** The hub topic (e.g. `workshop:<assessment id>`). */
  topic: string;
  /** The SSE event name the stream sends (e.g. `workshop`). */
  event: string;
  /** Who holds the stream, for the per-owner cap (a user id, an invitation id). */
  owner: string;
  /** The current version of what is followed: sent first, and again after a resynchronisation. */
  currentVersion: () => Promise<number>;
  /**
   * Checked at every heartbeat: whether the follower may still follow (session still valid, role
   * unchanged, link not revoked). False ends the stream; the browser then reconnects and is
   * authorized again, or refused.
   */
  stillAllowed?: () => Promise<boolean>;
}

/**
 * Answers a request with a server-sent event stream (text/event-stream) of one live topic:
 * - first `retry:` and an event with the current version (`change: "initial"`), so that a client
 *   (re)connecting knows whether to read the state again; a `Last-Event-ID` header is tolerated
 *   (the initial event makes it unnecessary);
 * - then one event per committed change of the topic, in any server process: `id:` the version,
 *   data `{ version, change, … }` (ids only: the client reads the state again), and `resync` when
 *   the process's listening connection was re-established;
 * - a comment every heartbeat; the stream ends when the client disconnects, when the follower is
 *   no longer allowed, or when the server shuts down.
 * Refusals before the stream starts are ordinary errors: 429 when the owner already holds the most
 * streams allowed, 503 when the database cannot be listened to.
 */
export async function streamLiveEvents(
  live: Live,
  request: FastifyRequest,
  reply: FastifyReply,
  options: LiveStreamOptions,
): Promise<void> {
  // An object, not a boolean: `end` may run (server shutdown) while the stream is being set up.
  const stream = { ended: false };
  let end: () => void = () => {
    stream.ended = true;
  };
  const slot = live.reserveStream(options.owner, () => {
    end();
  });
  if (!slot) throw new HttpError(429, 'live-too-many-streams');

  let started = false;
  let lastVersion = -1;
  const pending: LiveEvent[] = [];
  const write = (text: string) => {
    if (!stream.ended) reply.raw.write(text);
  };
  const send = (version: number, data: Record<string, unknown>) => {
    lastVersion = Math.max(lastVersion, version);
    write(
      `id: ${String(version)}\nevent: ${options.event}\ndata: ${JSON.stringify({ version, ...data })}\n\n`,
    );
  };
  const deliver = (event: LiveEvent) => {
    if (event.kind === 'change') {
      const { version } = event.message;
      const facts = Object.fromEntries(
        Object.entries(event.message).filter(([key]) => key !== 'topic' && key !== 'version'),
      );
      // A change already in the state the client was given is not news.
      if (version > lastVersion) send(version, facts);
      return;
    }
    options.currentVersion().then(
      (version) => {
        if (version > lastVersion) send(version, { change: 'resync' });
      },
      () => {
        end();
      },
    );
  };

  let unsubscribe: () => void;
  try {
    unsubscribe = await live.hub.subscribe(options.topic, (event) => {
      if (started) deliver(event);
      else pending.push(event);
    });
  } catch {
    slot.release();
    throw new HttpError(503, 'live-unavailable');
  }
  let version: number;
  try {
    // Read after subscribing: a change committed from now on arrives as an event.
    version = await options.currentVersion();
  } catch (error) {
    unsubscribe();
    slot.release();
    throw error;
  }
  if (stream.ended || request.raw.destroyed) {
    // The server is shutting down, or the client left while the stream was being set up.
    unsubscribe();
    slot.release();
    throw new HttpError(503, 'live-unavailable');
  }

  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Reverse proxies (nginx) must pass events on at once instead of buffering them.
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  const heartbeat = setInterval(() => {
    if (!options.stillAllowed) {
      write(': heartbeat\n\n');
      return;
    }
    options.stillAllowed().then(
      (allowed) => {
        if (allowed) write(': heartbeat\n\n');
        else end();
      },
      () => {
        end();
      },
    );
  }, live.settings.heartbeatMs);
  end = () => {
    if (stream.ended) return;
    stream.ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    slot.release();
    response.end();
  };
  request.raw.once('close', end);
  response.once('close', end);
  response.once('error', end);

  write(`retry: ${String(live.settings.clientRetryMs)}\n\n`);
  send(version, { change: 'initial' });
  started = true;
  for (const event of pending.splice(0)) deliver(event);
}
