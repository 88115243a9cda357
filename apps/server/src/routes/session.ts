import { z } from 'zod';
import { requireAuth } from '../auth/authenticate.js';
import { enforceRateLimit } from '../auth/rate-limit.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import {
  commonErrors,
  errorSchema,
  languageSchema,
  passwordSchema,
  sessionInfoSchema,
  signInSchema,
  userSchema,
} from '../http/schemas.js';
import { changePassword } from '../use-cases/change-password.js';
import { completeSetup } from '../use-cases/complete-setup.js';
import { getSessionInfo } from '../use-cases/get-session-info.js';
import { signIn } from '../use-cases/sign-in.js';
import { signOut } from '../use-cases/sign-out.js';
import { updateAccount } from '../use-cases/update-account.js';
import type { ZodApp } from './types.js';

/** Sign-in attempts per source address per window (accounts have their own limit). */
const addressAttempts = { max: 30, windowMs: 15 * 60 * 1000 };

/** Sessions, first-start setup and the signed-in user's account. */
export function registerSessionRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Who is signed in (and the CSRF token), or whether first-start setup is needed',
        response: { 200: sessionInfoSchema },
      },
    },
    async (request) => getSessionInfo(ctx, request.auth),
  );

  app.post(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in with email and password (rate-limited); sets the session cookie',
        body: signInSchema,
        response: { 200: sessionInfoSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      await enforceRateLimit(
        ctx,
        reply,
        `sign-in:address:${request.ip}`,
        addressAttempts.max,
        addressAttempts.windowMs,
      );
      const { token, auth } = await signIn(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, token);
      return getSessionInfo(ctx, auth);
    },
  );

  app.delete(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out',
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await signOut(ctx, requireAuth(request), request.ip);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/setup',
    {
      schema: {
        tags: ['session'],
        summary:
          'Create the first platform administrator with the one-time setup token the server printed',
        body: z.strictObject({
          token: z.string().min(1).max(200),
          email: z.email().max(320),
          password: passwordSchema,
          displayName: z.string().trim().min(1).max(200),
        }),
        response: {
          201: z.object({ userId: z.uuid() }),
          400: errorSchema,
          409: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      await enforceRateLimit(ctx, reply, `setup:address:${request.ip}`, 10, 15 * 60 * 1000);
      const result = await completeSetup(ctx, request.body, request.ip);
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/api/v1/account',
    {
      schema: {
        tags: ['session'],
        summary: 'Change your display name or preferred language',
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(200).optional(),
          preferredLanguage: languageSchema.optional(),
        }),
        response: { 200: userSchema, ...commonErrors },
      },
    },
    async (request) => updateAccount(ctx, requireAuth(request), request.body),
  );

  app.post(
    '/api/v1/account/password',
    {
      schema: {
        tags: ['session'],
        summary: 'Change your password (ends your other sessions)',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(200),
          newPassword: passwordSchema,
        }),
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireAuth(request), request.body, request.ip);
      return reply.status(204).send();
    },
  );
}
