import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'cm_session';
/** A session ends after this long without activity. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;
/** The stored expiry is moved forward at most this often (saves a write per request). */
export const sessionTouchIntervalMs = 60 * 1000;

function secure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/** Sets the session cookie: httpOnly (no script can read it), SameSite=Lax, Secure over HTTPS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  void reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(request),
    path: '/',
    maxAge: sessionIdleMs / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(request),
    path: '/',
  });
}
