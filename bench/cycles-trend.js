// Benchmark: the trend of an organisation assessed 10 times (cycles), each a multi-stakeholder
// assessment of 500 respondents × 32 characteristics, end to end over HTTP (signed in), on
// PostgreSQL (Debian's, or CITYMATURITY_BENCH_POSTGRES_URL). GET …/cycles scores every cycle with
// the rules of its results page, then builds the trend; the plan realisation scores two cycles and
// the improvement cycle two (with the summaries of the features). Requests are made one after the
// other: the figures are latencies. Writes its section of bench/RESULTS.md.
import { openDatabase, repositories } from '@citymaturity/db';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { hashPassword, startServer } from '@citymaturity/server';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startPostgres } from './postgres-server.js';
import { writeSection } from './results-file.js';
import { stats, freePort } from './bench-support.js';

const cycleCount = Number(process.env.BENCH_CYCLES ?? 10);
const respondentCount = Number(process.env.BENCH_RESPONDENTS ?? 500);
const requests = Number(process.env.BENCH_REQUESTS ?? 20);
const warmUp = 3;
const targetMs = 1000;
const groups = [
  'local-government',
  'public-agency',
  'private-sector',
  'community-voluntary',
  'academia',
  'residents',
];

const postgres = await startPostgres();
const database = await openDatabase({ databaseUrl: postgres.url, poolSize: 4 });
const packs = await loadBundledPacks();
const model = indexMaturityModel(packs.mmssc);
let server;

try {
  const db = database.db;
  const organisation = await repositories.createOrganisation(db, {
    nameZh: '周期市',
    nameEn: 'Cycle City',
    country: 'CN',
    kind: 'city',
  });
  const scope = { organisationId: organisation.id };
  const password = 'benchmark password';
  const user = await repositories.createUser(db, {
    email: 'bench-cycles@citymaturity.example',
    displayName: 'Bench',
    passwordHash: await hashPassword(password),
  });
  await repositories.setMembership(db, scope, user.id, 'org_admin');

  // Ten cycles two years apart; each answer saved as the API saves it (a chained `ratings.save`),
  // the assessment then marked submitted (the snapshot plays no part in the trend).
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const assessmentIds = [];
  const started = performance.now();
  for (let cycle = 0; cycle < cycleCount; cycle++) {
    const { assessment, respondent } = await repositories.createAssessment(
      db,
      scope,
      {
        title: `Cycle ${String(cycle + 1)}`,
        modelId: 'mmssc',
        modelVersion: packs.mmssc.meta.version,
        method: 'multi-stakeholder',
        assessedOn: `${String(2008 + 2 * cycle)}-03-01`,
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
    for (const respondentId of respondentIds) {
      const answers = model.characteristics.map((c) => {
        const current = Math.min(5, 1 + Math.floor(random() * 3) + Math.floor(cycle / 4));
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
          evidence: [],
          audit: { actorUserId: null, ip: null, details: {} },
        },
        () => undefined,
      );
    }
    await repositories.markSubmitted(db, scope, assessment.id, user.id);
    assessmentIds.push(assessment.id);
  }
  const loadMs = performance.now() - started;

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
  const orgPath = `/api/v1/organisations/${organisation.id}`;
  const latest = `${orgPath}/assessments/${assessmentIds.at(-1)}`;

  async function timed(path) {
    const start = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${String(response.status)} ${body}`);
    return { ms: performance.now() - start, body };
  }

  async function measure(path) {
    for (let i = 0; i < warmUp; i++) await timed(path);
    const samples = [];
    let last;
    for (let i = 0; i < requests; i++) {
      const r = await timed(path);
      samples.push(r.ms);
      last = r.body;
    }
    return { ...stats(samples), bytes: Buffer.byteLength(last), body: last };
  }
  const cycles = await measure(`${orgPath}/cycles`);
  const realisation = await measure(`${latest}/plan-realisation`);
  const improvement = await measure(`${latest}/improvement-cycle`);
  const counted = JSON.parse(cycles.body).cycles.length;

  const f = (ms) => `${ms.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const row = (label, s) =>
    `| ${label} | ${f(s.min)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${kb(s.bytes)} |`;
  const lines = [
    '## Trend over 10 cycles of 500 respondents (`bench/cycles-trend.js`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 19)}Z; machine: ${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${postgres.version}`,
    `- Organisation: ${cycleCount} submitted multi-stakeholder assessments two years apart, each ${respondentCount} respondents × ${model.characteristics.length} characteristics × 2 measures, 6 stakeholder groups, ~3 % "unknown" (${String(cycleCount * respondentCount * model.characteristics.length)} ratings in all; every response saved as the API saves it; loaded in ${(loadMs / 1000).toFixed(1)} s).`,
    `- Requests: GET over HTTP, signed in, one at a time; ${warmUp} warm-up requests, then ${requests} measured. Server and database on the same machine.`,
    '',
    '| request | min | p50 | p95 | max | response |',
    '| --- | --- | --- | --- | --- | --- |',
    row(
      `GET …/cycles (${counted} cycles scored like their results page, trend of 32 characteristics and every roll-up)`,
      cycles,
    ),
    row('GET …/assessments/:latest/plan-realisation (two cycles scored)', realisation),
    row(
      'GET …/assessments/:latest/improvement-cycle (two cycles scored, feature summaries)',
      improvement,
    ),
    '',
    `- Trend: ${cycles.p95 <= targetMs ? 'meets' : 'MISSES'} the target (p95 ≤ ${targetMs} ms for ${cycleCount} cycles).`,
  ];
  await writeSection('cycles-trend', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await server?.close();
  await database.close();
  await postgres.stop();
}
