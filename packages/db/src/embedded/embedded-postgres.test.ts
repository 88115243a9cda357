import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirectoryInUseError } from './data-directory-lock.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { isProcessAlive, waitForExit } from './processes.js';

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  // mkdtemp makes a 0700 directory: as root, the server must still be able to use it.
  const dir = await mkdtemp(join(tmpdir(), 'cm-embedded-'));
  dirs.push(dir);
  return join(dir, 'data');
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function query<T extends pg.QueryResultRow>(
  connectionString: string,
  sql: string,
): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('creates a database on first start and keeps its data across a restart', async () => {
    const dir = await dataDir();
    const first = await startEmbeddedPostgres({ dataDir: dir });
    await query(first.connectionString, 'create table kept (n int); insert into kept values (42)');
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir: dir });
    try {
      expect(await query(second.connectionString, 'select n from kept')).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second server on a data directory in use', async () => {
    const dir = await dataDir();
    const first = await startEmbeddedPostgres({ dataDir: dir });
    try {
      await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toBeInstanceOf(
        DataDirectoryInUseError,
      );
      expect(await query(first.connectionString, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await first.stop();
    }
  });

  it('restarts after its owner was killed with kill -9 and keeps every acknowledged write', async () => {
    const dir = await dataDir();
    const module = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
    // A separate process starts the server, commits rows one by one, reports each commit, then waits.
    const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
      const pg = (await import('pg')).default;
      const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)} });
      const client = new pg.Client({ connectionString: server.connectionString });
      await client.connect();
      await client.query('create table acknowledged (n int primary key)');
      for (let n = 1; n <= 200; n++) { await client.query('insert into acknowledged values ($1)', [n]); process.stdout.write('committed ' + n + '\\n'); }
      process.stdout.write('postgres ' + server.pid + '\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    let output = '';
    const postgresPid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /postgres (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', () => {
        reject(new Error(`child exited early:\n${output}`));
      });
    });
    const acknowledged = Math.max(
      ...[...output.matchAll(/committed (\d+)/g)].map((m) => Number(m[1])),
    );
    child.kill('SIGKILL');
    await waitForExit(child.pid ?? 0, 10_000);

    const restarted = await startEmbeddedPostgres({ dataDir: dir });
    try {
      expect(isProcessAlive(postgresPid)).toBe(false);
      const [row] = await query<{ count: string }>(
        restarted.connectionString,
        'select count(*) from acknowledged',
      );
      expect(Number(row?.count)).toBe(acknowledged);
    } finally {
      await restarted.stop();
    }
  });
});
