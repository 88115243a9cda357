import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './processes.js';

/** Raised when another CityMaturity server already uses the data directory. */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another CityMaturity server (process ${String(ownerPid)}). ` +
        'Stop it first, or give this server its own CITYMATURITY_DATA_DIR, or use DATABASE_URL to share one PostgreSQL.',
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/**
 * Takes the data directory for this process (`<dataDir>/server.lock` with its process id). A lock
 * whose owner is alive, this process included, is refused: never two servers on one cluster. A lock
 * whose owner is gone (a crash, kill -9) is stale and replaced.
 */
export async function acquireLock(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx', 0o600);
      await handle.writeFile(
        JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }),
      );
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readLockOwner(lockFile);
      // A live owner, this process included, keeps the directory: never two servers on one cluster.
      if (owner !== null && isProcessAlive(owner)) {
        throw new DataDirectoryInUseError(dataDir, owner);
      }
      // The owner is gone (a crash or kill -9): the lock is stale.
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}

export async function readLockOwner(lockFile: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(lockFile, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' ? parsed.pid : null;
  } catch {
    return null;
  }
}

/** Gives the data directory up, if this process holds it. */
export async function releaseLock(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'server.lock');
  if ((await readLockOwner(lockFile)) === process.pid) await rm(lockFile, { force: true });
}
