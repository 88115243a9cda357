import { sql } from 'drizzle-orm';
import type { Executor } from './scope.js';

/**
 * Sends a notification on a PostgreSQL channel (pg_notify). Inside a transaction it is delivered
 * only when the transaction commits, and not at all when it rolls back, so listeners never hear of
 * a change that did not happen. PostgreSQL limits a payload to 8000 bytes.
 */
export async function notifyChannel(db: Executor, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}
