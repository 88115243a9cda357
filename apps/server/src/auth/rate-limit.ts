import { repositories } from '@citymaturity/db';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/**
 * Counts an attempt against a limit shared by every server process (the counters are in the
 * database); over the limit → 429 with Retry-After.
 */
export async function enforceRateLimit(
  ctx: AppContext,
  reply: FastifyReply,
  key: string,
  max: number,
  windowMs: number,
): Promise<void> {
  const { count, resetAt } = await repositories.hitRateLimit(ctx.database.db, key, windowMs);
  if (count > max) {
    void reply.header(
      'retry-after',
      Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)),
    );
    throw new HttpError(429, 'rate-limited');
  }
}
