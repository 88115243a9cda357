import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorSchema } from '../http/schemas.js';

/** The path of every invitation-link endpoint. */
export const respondPath = '/api/v1/respond/:token';

/** Errors of every invitation-link endpoint. */
export const linkErrors = {
  400: errorSchema,
  404: errorSchema.describe('invitation-not-found: no invitation has this link'),
  409: errorSchema,
  410: errorSchema.describe('invitation-revoked or invitation-expired'),
  429: errorSchema.describe('rate-limited (see Retry-After)'),
} as const;

/**
 * The link is the credential: its responses (errors too) must not be kept by a cache or leak in
 * the Referer of a page it links to. Set when the request comes in, so that every reply has them.
 */
export function privateLinkHeaders(
  _request: FastifyRequest,
  reply: FastifyReply,
  done: (error?: Error) => void,
): void {
  void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  done();
}

export const linkRoute = {
  tags: ['invitation link'],
  // No session: the token in the path is the only credential.
  security: [],
};
