import { sql } from 'drizzle-orm';
import type { Executor } from './scope.js';

/**
 * Counts one hit on a fixed-window rate limit shared by all server processes: one atomic upsert
 * that starts a new window when the old one has ended. Returns the count in the current window
 * and when the window ends.
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  windowMs: number,
): Promise<{ count: number; resetAt: Date }> {
  const result = await db.execute<{ count: number; reset_at: Date | string }>(sql`
    insert into rate_limits (key, count, reset_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
      reset_at = case when rate_limits.reset_at <= now() then now() + ${windowMs} * interval '1 millisecond' else rate_limits.reset_at end
    returning count, reset_at`);
  const row = result.rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return { count: row.count, resetAt: new Date(row.reset_at) };
}

/** Forgets a rate-limit key (e.g. after a successful sign-in). */
export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
