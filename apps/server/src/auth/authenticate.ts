import type {} from '@fastify/cookie';
import { repositories } from '@citymaturity/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError, unauthenticated } from '../http/http-error.js';
import { sameSecret, tokenHash } from './tokens.js';
import { sessionCookieName, sessionIdleMs, sessionTouchIntervalMs } from './session-cookie.js';

/** The signed-in user of a request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  preferredLanguage: string;
}

export interface RequestAuth {
  user: AuthenticatedUser;
  sessionHash: string;
  csrfToken: string;
  /** The user's roles, loaded with the session (one query per request). */
  memberships: repositories.SessionMembership[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The session of the request, or null when not signed in. */
    auth: RequestAuth | null;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Where the invitation-link endpoints are (see routes/respond.ts). */
const invitationLinkApiPrefix = '/api/v1/respond/';

/**
 * Loads the session of every request from its cookie (sessions live in the database, so any
 * server process can serve any request), and guards state-changing requests:
 * - the Origin, when the browser sends one, must be this server's;
 * - a signed-in request must echo the session's CSRF token in the `X-CSRF-Token` header.
 */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (unsafeMethods.has(request.method)) checkOrigin(request, ctx);
    // Invitation-link endpoints authenticate by the token in their path and never by the cookie,
    // so no session is loaded for them: a forged cross-site request cannot know the link's token
    // (no CSRF token is needed), and a signed-in member who opens a link in the same browser acts
    // only as the invited stakeholder (instead of failing the CSRF check of their own session).
    if (request.url.startsWith(invitationLinkApiPrefix)) return;
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    const hash = tokenHash(token);
    const found = await repositories.findActiveSessionWithMemberships(ctx.database.pool, hash);
    if (!found) return;
    if (Date.now() - found.lastSeenAt.getTime() > sessionTouchIntervalMs) {
      await repositories.touchSession(ctx.database.db, hash, new Date(Date.now() + sessionIdleMs));
    }
    request.auth = {
      user: found.user,
      sessionHash: hash,
      csrfToken: found.csrfToken,
      memberships: found.memberships,
    };
    if (unsafeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameSecret(header, found.csrfToken))
        throw new HttpError(403, 'csrf-failed');
    }
  });
}

function checkOrigin(request: FastifyRequest, ctx: AppContext): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const allowed = new Set([`${request.protocol}://${request.host}`]);
  if (ctx.config.CITYMATURITY_PUBLIC_URL)
    allowed.add(new URL(ctx.config.CITYMATURITY_PUBLIC_URL).origin);
  if (!allowed.has(origin)) throw new HttpError(403, 'csrf-failed');
}

/** The signed-in user, or a 401. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}
