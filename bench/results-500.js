// Benchmark: the results and the verification of a multi-stakeholder assessment of 500 respondents
// × 32 characteristics, end to end over HTTP (signed in), on PostgreSQL (Debian's, or
// CITYMATURITY_BENCH_POSTGRES_URL). Every answer is saved as the API saves it (one chained
// `ratings.save` per respondent), then the assessment is revealed and submitted (its snapshot
// taken). Requests are made one after the other: the figures are latencies, not throughput.
// Writes its section of bench/RESULTS.md.
import { openDatabase, repositories } from '@citymaturity/db';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { hashPassword, startServer } from '@citymaturity/server';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startPostgres } from './postgres-server.js';
import { writeSection } from './results-file.js';
import { stats, freePort } from './bench-support.js';

const respondentCount = Number(process.env.BENCH_RESPONDENTS ?? 500);
const requests = Number(process.env.BENCH_REQUESTS ?? 30);
const warmUp = 3;
const targetMs = 200;
const groups = [
  'local-government',
  'public-agency',
  'private-sector',
  'community-voluntary',
  'academia',
  'residents',
];

const postgres = await startPostgres();
// The data is written through a connection of its own; the server is the real one (`serve`).
const database = await openDatabase({ databaseUrl: postgres.url, poolSize: 4 });
const packs = await loadBundledPacks();
const model = indexMaturityModel(packs.mmssc);
let server;

try {
  // The data: one organisation, a facilitator, 500 stakeholders who each answered everything.
  const db = database.db;
  const organisation = await repositories.createOrganisation(db, {
    nameZh: '基准市',
    nameEn: 'Benchmark City',
    country: 'CN',
    kind: 'city',
  });
  const scope = { organisationId: organisation.id };
  const password = 'benchmark password';
  const user = await repositories.createUser(db, {
    email: 'bench-results@citymaturity.example',
    displayName: 'Bench',
    passwordHash: await hashPassword(password),
  });
  await repositories.setMembership(db, scope, user.id, 'org_admin');
  const { assessment, respondent } = await repositories.createAssessment(
    db,
    scope,
    {
      title: 'Benchmark: 500 stakeholders',
      modelId: 'mmssc',
      modelVersion: packs.mmssc.meta.version,
      method: 'multi-stakeholder',
      assessedOn: '2026-11-21',
      createdBy: user.id,
    },
    { name: 'Stakeholder 0', userId: null, stakeholderGroup: groups[0] },
  );
  const respondentIds = [respondent.id];
  for (let r = 1; r < respondentCount; r++) {
    const result = await database.pool.query(
      'insert into respondents (organisation_id, assessment_id, name, stakeholder_group) values ($1, $2, $3, $4) returning id',
      [organisation.id, assessment.id, `Stakeholder ${String(r)}`, groups[r % groups.length]],
    );
    respondentIds.push(result.rows[0].id);
  }
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const started = performance.now();
  for (const respondentId of respondentIds) {
    const answers = model.characteristics.map((c) => {
      const current = 1 + Math.floor(random() * 4);
      return {
        characteristicId: c.id,
        current: random() < 0.03 ? 'unknown' : current,
        target: Math.min(5, current + Math.floor(random() * 2)),
      };
    });
    await repositories.saveAnswersChecked(
      database.pool,
      scope,
      {
        assessmentId: assessment.id,
        respondentId,
        answers,
        evidence: [
          {
            characteristicId: '1.1.1',
            items: [{ kind: 'text', body: `Notes of ${respondentId}` }],
          },
        ],
        audit: { actorUserId: null, ip: null, details: {} },
      },
      () => undefined,
    );
  }
  const loadMs = performance.now() - started;
  await database.pool.query('update assessments set revealed_at = now() where id = $1', [
    assessment.id,
  ]);

  server = await startServer({
    env: {
      DATABASE_URL: postgres.url,
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      CITYMATURITY_ADMIN_EMAIL: 'bench-admin@citymaturity.example',
      CITYMATURITY_ADMIN_PASSWORD: 'benchmark admin password',
    },
    print: () => undefined,
  });
  const base = server.url;
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = await signIn.json();
  const path = `/api/v1/organisations/${organisation.id}/assessments/${assessment.id}`;

  async function timed(method, suffix) {
    const start = performance.now();
    const response = await fetch(`${base}${path}${suffix}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${method} ${suffix}: ${String(response.status)} ${body}`);
    return { ms: performance.now() - start, body };
  }

  // Submitting freezes the snapshot (the canonical JSON of every answer and evidence item).
  const submit = await timed('POST', '/submit');
  const digest = JSON.parse(submit.body).snapshot.digest;

  async function measure(suffix) {
    for (let i = 0; i < warmUp; i++) await timed('GET', suffix);
    const samples = [];
    let last;
    for (let i = 0; i < requests; i++) {
      const r = await timed('GET', suffix);
      samples.push(r.ms);
      last = r.body;
    }
    return { ...stats(samples), bytes: Buffer.byteLength(last) };
  }
  const results = await measure('/results');
  const verification = await measure('/verification');
  const verified = JSON.parse((await timed('GET', '/verification')).body);
  const chainLength = verified.chain.length;
  const verifiedOk = verified.ok;

  const f = (ms) => `${ms.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const verdict = (s) => (s.p95 <= targetMs ? 'meets' : 'MISSES');
  const lines = [
    '## Results and verification of 500 respondents (`bench/results-500.js`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 19)}Z; machine: ${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${postgres.version}`,
    `- Assessment: multi-stakeholder, ${respondentCount} respondents × ${model.characteristics.length} characteristics × 2 measures, 6 stakeholder groups, ~3 % "unknown", a note of evidence per respondent; every response saved as the API saves it (a chained \`ratings.save\` and \`evidence.replace\` each; with the submission, ${chainLength} chain entries; loaded in ${(loadMs / 1000).toFixed(1)} s), revealed, then submitted over HTTP (snapshot taken: ${f(submit.ms)}; digest ${digest.slice(0, 12)}…).`,
    `- Requests: GET over HTTP, signed in, one at a time; ${warmUp} warm-up requests, then ${requests} measured. Server and database on the same machine.`,
    '',
    '| request | min | p50 | p95 | max | response |',
    '| --- | --- | --- | --- | --- | --- |',
    `| GET …/results (statistics, roll-ups, group statistics, divergence, alpha, priorities with guidance) | ${f(results.min)} | ${f(results.p50)} | ${f(results.p95)} | ${f(results.max)} | ${kb(results.bytes)} |`,
    `| GET …/verification (chain of ${chainLength} entries re-hashed, snapshot rebuilt and compared, answers replayed) | ${f(verification.min)} | ${f(verification.p50)} | ${f(verification.p95)} | ${f(verification.max)} | ${kb(verification.bytes)} |`,
    '',
    `- Results: ${verdict(results)} the target (p95 ≤ ${targetMs} ms). Verification: ${verdict(verification)} it; the records ${verifiedOk ? 'verify' : 'DO NOT verify'}.`,
  ];
  await writeSection('results-500', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await server?.close();
  await database.close();
  await postgres.stop();
}
