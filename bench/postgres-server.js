// Starts Debian's PostgreSQL in a temporary directory for a benchmark (as root: in a user namespace,
// like the embedded server), or uses CITYMATURITY_BENCH_POSTGRES_URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './bench-support.js';

function run(command, args) {
  const full =
    process.getuid?.() === 0 ? ['unshare', '--user', command, ...args] : [command, ...args];
  const result = spawnSync(full[0], full.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (result.status !== 0) throw new Error(`${command}: ${result.stderr || result.stdout}`);
}

export async function startPostgres() {
  if (process.env.CITYMATURITY_BENCH_POSTGRES_URL)
    return {
      url: process.env.CITYMATURITY_BENCH_POSTGRES_URL,
      version: 'external',
      stop: async () => {},
    };
  const base = '/usr/lib/postgresql';
  const version = existsSync(base)
    ? readdirSync(base)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => b - a)[0]
    : undefined;
  if (!version)
    throw new Error(
      'PostgreSQL is needed (apt-get install postgresql) or set CITYMATURITY_BENCH_POSTGRES_URL',
    );
  const bin = join(base, version, 'bin');
  const dir = await mkdtemp(join(tmpdir(), 'cm-bench-pg-'));
  const port = await freePort();
  run(join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  run(join(bin, 'pg_ctl'), [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`,
    'start',
  ]);
  run(join(bin, 'createdb'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    'citymaturity',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/citymaturity`,
    version: `PostgreSQL ${version} (Debian)`,
    stop: async () => {
      run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
