import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  startEmbeddedPostgres,
  type RunningEmbeddedPostgres,
} from './embedded/embedded-postgres.js';
import * as schema from './schema/index.js';

/** The Drizzle database with CityMaturity's schema. */
export type Db = NodePgDatabase<typeof schema>;

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; when absent, the embedded server is started in `dataDir`. */
  databaseUrl?: string;
  /** Data directory of the embedded server (default `./data`). */
  dataDir?: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  log?: (message: string) => void;
}

/** An open database: Drizzle, the pool behind it, and what it runs on. */
export interface Database {
  db: Db;
  pool: pg.Pool;
  /** `embedded` (the server this process started) or `postgresql` (from DATABASE_URL). */
  kind: 'embedded' | 'postgresql';
  connectionString: string;
  /** Closes the pool and stops the embedded server if this process started it. */
  close: () => Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
// Any constant: all CityMaturity processes take the same advisory lock around migrations.
const migrationLockKey = 37_107_2019;

/**
 * Opens the database: PostgreSQL at `databaseUrl`, or else an embedded PostgreSQL server in
 * `dataDir`. Applies pending migrations first, under an advisory lock, so that several server
 * processes starting at once migrate once.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  let embedded: RunningEmbeddedPostgres | undefined;
  let connectionString = options.databaseUrl;
  if (!connectionString) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir ?? 'data',
      ...(options.log ? { log: options.log } : {}),
    });
    connectionString = embedded.connectionString;
  }
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
  // An idle client losing its connection (e.g. a database restart) must not crash the process.
  pool.on('error', (error) => options.log?.(`database connection error: ${error.message}`));
  try {
    const db = drizzle(pool, { schema });
    await migrateWithLock(pool, db);
    return {
      db,
      pool,
      kind: embedded ? 'embedded' : 'postgresql',
      connectionString,
      close: async () => {
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
}

async function migrateWithLock(pool: pg.Pool, db: Db): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await migrate(db, { migrationsFolder });
  } finally {
    await lockClient
      .query('select pg_advisory_unlock($1)', [migrationLockKey])
      .catch(() => undefined);
    lockClient.release();
  }
}
