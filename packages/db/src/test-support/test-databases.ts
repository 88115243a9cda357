import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../open-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection strings of the test database servers (started by global-setup.ts). */
    testDatabaseServers: { embedded: string; postgresql: string };
  }
}

/** The two kinds of database every storage and API test runs on. */
export const databaseKinds = ['embedded', 'postgresql'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

/**
 * A new, empty, migrated database on the test server of the given kind; `close()` drops it.
 * Each test file uses its own databases, so files can run in parallel.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  const adminUrl = inject('testDatabaseServers')[kind];
  const name = `cm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
