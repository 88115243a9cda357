import { createTestDatabase, databaseKinds } from '@citymaturity/db/test-support';
import type { Database } from '@citymaturity/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub, liveChannel, type LiveEvent } from './live-hub.js';
import { notifyLive } from './notify-live.js';

/** Collects a subscriber's events. */
function collector() {
  const events: LiveEvent[] = [];
  return {
    events,
    listener: (event: LiveEvent) => events.push(event),
    /** Waits a little, so that a notification that would come has come. */
    settle: () => new Promise((resolve) => setTimeout(resolve, 150)),
  };
}

const listenerConnections = async (database: Database) =>
  Number(
    (
      await database.pool.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where application_name = 'citymaturity-live' and datname = current_database()",
      )
    ).rows[0]?.n,
  );

describe.each(databaseKinds)('the live hub on %s', (kind) => {
  let database: Database;
  let hub: LiveHub;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    hub = new LiveHub({ connectionString: database.connectionString });
  });
  afterAll(async () => {
    await hub.close();
    await database.close();
  });

  it('opens no connection before the first subscriber', async () => {
    const idle = new LiveHub({ connectionString: database.connectionString });
    const before = await listenerConnections(database);
    expect([idle.connected, before]).toEqual([false, 0]);
    await idle.close();
  });

  it('delivers a change committed in a transaction to the subscribers of its topic', async () => {
    const c = collector();
    const unsubscribe = await hub.subscribe('workshop:a', c.listener);
    await database.db.transaction(async (tx) => {
      await notifyLive(tx, 'workshop:a', { version: 7, change: 'focus' });
    });
    await c.settle();
    unsubscribe();
    expect(c.events).toEqual([
      { kind: 'change', message: { topic: 'workshop:a', version: 7, change: 'focus' } },
    ]);
  });

  it('delivers nothing of a transaction that rolls back', async () => {
    const c = collector();
    const unsubscribe = await hub.subscribe('workshop:b', c.listener);
    await database.db
      .transaction(async (tx) => {
        await notifyLive(tx, 'workshop:b', { version: 1 });
        throw new Error('refused');
      })
      .catch(() => undefined);
    await c.settle();
    unsubscribe();
    expect(c.events).toEqual([]);
  });

  it('delivers nothing to the subscribers of another topic', async () => {
    const c = collector();
    const unsubscribe = await hub.subscribe('workshop:c', c.listener);
    await notifyLive(database.db, 'workshop:d', { version: 1 });
    await c.settle();
    unsubscribe();
    expect(c.events).toEqual([]);
  });

  it('ignores a notification that is not one of its own', async () => {
    const c = collector();
    const unsubscribe = await hub.subscribe('workshop:e', c.listener);
    await database.pool.query('select pg_notify($1, $2)', [liveChannel, 'not json']);
    await database.pool.query('select pg_notify($1, $2)', [liveChannel, '{"topic":"workshop:e"}']);
    await notifyLive(database.db, 'workshop:e', { version: 2 });
    await c.settle();
    unsubscribe();
    expect(c.events.length).toBe(1);
  });

  it('listens on one connection, whatever the number of subscribers', async () => {
    const unsubscribers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => hub.subscribe(`workshop:${String(i)}`, () => undefined)),
    );
    const connections = await listenerConnections(database);
    for (const unsubscribe of unsubscribers) unsubscribe();
    expect(connections).toBe(1);
  });

  it('refuses a payload PostgreSQL would refuse (8000 bytes)', async () => {
    await expect(
      notifyLive(database.db, 'workshop:f', { version: 1, note: 'x'.repeat(8000) }),
    ).rejects.toThrow(/too large/);
  });

  it('closes its connection when closed', async () => {
    const other = new LiveHub({ connectionString: database.connectionString });
    const unsubscribe = await other.subscribe('workshop:g', () => undefined);
    unsubscribe();
    const before = await listenerConnections(database);
    await other.close();
    // The backend may take a moment to go.
    let after = before;
    for (let i = 0; i < 50 && after >= before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await listenerConnections(database);
    }
    expect(after).toBe(before - 1);
  });

  it('gives up on a database it cannot reach, instead of keeping the follower waiting', async () => {
    const unreachable = new LiveHub({
      connectionString: 'postgres://nobody@127.0.0.1:9/nowhere',
      connectTimeoutMs: 300,
    });
    await expect(unreachable.subscribe('workshop:h', () => undefined)).rejects.toThrow(
      /not available/,
    );
    await unreachable.close();
  });
});
