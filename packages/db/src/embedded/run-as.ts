import { spawnSync, type SpawnOptions } from 'node:child_process';
import { chown, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** How the server process is run: directly, or (as root) in a user namespace or as `nobody`. */
export interface RunAs {
  prefix: string[];
  uid?: number;
  gid?: number;
  description: string;
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 5000 });
  return result.status === 0;
}

/**
 * How to run PostgreSQL, which refuses to run as root: as the current user; as root, in a new user
 * namespace (where the server owns the root-owned files); where namespaces are unavailable, as
 * `nobody` with the cluster directory handed to it. With `setpriv`, the server gets SIGINT (a clean
 * fast shutdown) when this process dies, even by kill -9.
 */
export async function chooseRunAs(clusterDir: string): Promise<RunAs> {
  const pdeath = commandWorks('setpriv', ['--pdeathsig', 'INT', 'true'])
    ? ['setpriv', '--pdeathsig', 'INT']
    : [];
  if (process.getuid?.() !== 0) return { prefix: pdeath, description: 'as the current user' };
  if (commandWorks('unshare', ['--user', 'true'])) {
    return {
      prefix: ['unshare', '--user', ...pdeath],
      description: 'as root, in a user namespace',
    };
  }
  // No user namespaces: run as nobody and give it the cluster directory.
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  await chownTree(clusterDir, 65534, 65534);
  return {
    prefix: pdeath,
    uid: 65534,
    gid: 65534,
    description: 'as root, running the server as nobody',
  };
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await chown(child, uid, gid);
  }
}

/** Spawn options: messages in English (readable in logs), and the user to run as. */
export function spawnOptions(runAs: RunAs, output: 'ignore' | 'pipe' | number): SpawnOptions {
  return {
    stdio: ['ignore', output, output],
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    ...(runAs.uid === undefined ? {} : { uid: runAs.uid, gid: runAs.gid }),
  };
}
