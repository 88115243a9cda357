import { and, eq, gt, isNull } from 'drizzle-orm';
import { setupTokens } from '../schema/tables.js';
import type { Executor } from './scope.js';

export async function createSetupToken(
  db: Executor,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.insert(setupTokens).values({ tokenHash, expiresAt });
}

/** Marks a valid (unused, unexpired) setup token used; false when there is no such token. */
export async function consumeSetupToken(
  db: Executor,
  tokenHash: string,
  now = new Date(),
): Promise<boolean> {
  const rows = await db
    .update(setupTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(setupTokens.tokenHash, tokenHash),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, now),
      ),
    )
    .returning({ tokenHash: setupTokens.tokenHash });
  return rows.length > 0;
}
