// Vitest global setup: one embedded PostgreSQL (this project's own) and one PostgreSQL server
// (CITYMATURITY_TEST_POSTGRES_URL, or Debian's PostgreSQL started here), shared by all test files;
// each test file creates its own databases on them (see test-databases.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres.js';
import type {} from './test-databases.js';

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

function debianPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  const version = versions.find((v) => existsSync(join(base, v, 'bin', 'postgres')));
  return version ? join(base, version, 'bin') : undefined;
}

function run(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot ? ['unshare', '--user', command, ...args] : [command, ...args];
  const result = spawnSync(cmd, rest, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

/** Starts Debian's PostgreSQL in a temporary directory; returns its URL and a stop function. */
async function startDebianPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = debianPostgresBin();
  if (!bin) {
    throw new Error(
      'The tests need a PostgreSQL server: install it (apt-get install postgresql) or set ' +
        'CITYMATURITY_TEST_POSTGRES_URL to an admin connection string.',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'cm-test-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${String(port)} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    stop: async () => {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const embeddedDir = await mkdtemp(join(tmpdir(), 'cm-test-embedded-'));
  const embedded = await startEmbeddedPostgres({ dataDir: join(embeddedDir, 'data') });
  const external = process.env.CITYMATURITY_TEST_POSTGRES_URL
    ? { url: process.env.CITYMATURITY_TEST_POSTGRES_URL, stop: () => Promise.resolve() }
    : await startDebianPostgres();
  project.provide('testDatabaseServers', {
    embedded: embedded.connectionString.replace(/\/citymaturity$/, '/postgres'),
    postgresql: external.url,
  });
  return async () => {
    await embedded.stop();
    await rm(embeddedDir, { recursive: true, force: true });
    await external.stop();
  };
}
