// Benchmark: the peer comparison of one city in a benchmarking consortium of 2,000 cities × 3
// assessment cycles, end to end over HTTP (signed in), on PostgreSQL (Debian's, or
// CITYMATURITY_BENCH_POSTGRES_URL). The cities, their submitted workshop assessments, the
// consortium, the memberships and the 6,000 shares (the official levels of 32 characteristics
// each) are written straight with SQL in batches; the server is the real one (`serve`).
// Requests are made one after the other: the figures are latencies, not throughput.
// Writes its section of bench/RESULTS.md.
import { openDatabase, repositories } from '@citymaturity/db';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { hashPassword, startServer } from '@citymaturity/server';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startPostgres } from './postgres-server.js';
import { writeSection } from './results-file.js';
import { stats, freePort } from './bench-support.js';

const cityCount = Number(process.env.BENCH_CITIES ?? 2000);
const cycles = ['2022-05-01', '2024-05-01', '2026-05-01'];
const requests = Number(process.env.BENCH_REQUESTS ?? 30);
const warmUp = 3;
const targetMs = 300;
const batchSize = 500;

/** Inserts rows in batches of multi-row VALUES. */
async function insertRows(pool, table, columns, rows, casts = {}) {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column, i) => {
        params.push(row[i]);
        return `$${params.length}${casts[column] ?? ''}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await pool.query(
      `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`,
      params,
    );
  }
}

const postgres = await startPostgres();
const database = await openDatabase({ databaseUrl: postgres.url, poolSize: 4 });
const packs = await loadBundledPacks();
const model = indexMaturityModel(packs.mmssc);
let server;

try {
  const pool = database.pool;
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const started = performance.now();

  // 2,000 cities: mostly Chinese, in 31 regions, populations spread over every band.
  const regions = Array.from({ length: 31 }, (_, i) => `Region ${String(i + 1)}`);
  const countries = ['CN', 'CN', 'CN', 'CN', 'GB', 'DE', 'AU', 'BR'];
  const cities = Array.from({ length: cityCount }, (_, i) => ({
    id: randomUUID(),
    name: `City ${String(i + 1)}`,
    country: pick(countries),
    region: pick(regions),
    population: Math.round(10 ** (4.5 + random() * 3)),
    kind: random() < 0.8 ? 'city' : random() < 0.5 ? 'district' : 'rural-community',
  }));
  await insertRows(
    pool,
    'organisations',
    ['id', 'name_zh', 'name_en', 'country', 'region', 'population', 'kind'],
    cities.map((c) => [c.id, `${c.name}（中）`, c.name, c.country, c.region, c.population, c.kind]),
  );

  // The consortium, run by a standards institute; every city a member.
  const institute = await repositories.createOrganisation(database.db, {
    nameZh: '标准化研究院',
    nameEn: 'Standards Institute',
    country: 'CN',
    kind: 'city',
  });
  const consortium = await repositories.createConsortium(
    database.db,
    { organisationId: institute.id },
    {
      nameZh: '全国基准',
      nameEn: 'National benchmark',
      description: '',
      minPeerCities: 5,
      joinCodeHash: 'bench',
      createdBy: null,
    },
  );
  await insertRows(
    pool,
    'consortium_members',
    [
      'consortium_id',
      'organisation_id',
      'sharing',
      'named',
      'contactable',
      'contact_name',
      'contact_email',
    ],
    cities.map((c) => {
      const contactable = random() < 0.3;
      return [
        consortium.id,
        c.id,
        'consensus',
        random() < 0.4,
        contactable,
        contactable ? `Contact of ${c.name}` : null,
        contactable ? `contact@${c.id}.example` : null,
      ];
    }),
  );

  // Three cycles each: a submitted facilitated workshop, shared with its official levels.
  const assessments = [];
  const shares = [];
  for (const city of cities) {
    let base = 1 + random() * 2.5;
    for (const assessedOn of cycles) {
      const id = randomUUID();
      assessments.push([
        id,
        city.id,
        `Workshop ${assessedOn}`,
        'mmssc',
        packs.mmssc.meta.version,
        'facilitated-workshop',
        assessedOn,
        'submitted',
      ]);
      const levels = {};
      for (const c of model.characteristics) {
        const current = Math.max(1, Math.min(5, Math.round(base + random() * 1.5 - 0.5)));
        levels[c.id] =
          random() < 0.02
            ? { current: null, target: null }
            : { current, target: Math.min(5, current + Math.floor(random() * 2)) };
      }
      shares.push([
        consortium.id,
        city.id,
        id,
        'mmssc',
        packs.mmssc.meta.version,
        assessedOn,
        false,
        JSON.stringify(levels),
      ]);
      base = Math.min(4.5, base + 0.3);
    }
  }
  await insertRows(
    pool,
    'assessments',
    [
      'id',
      'organisation_id',
      'title',
      'model_id',
      'model_version',
      'method',
      'assessed_on',
      'status',
    ],
    assessments,
  );
  await insertRows(
    pool,
    'consortium_shares',
    [
      'consortium_id',
      'organisation_id',
      'assessment_id',
      'model_id',
      'model_version',
      'assessed_on',
      'audited',
      'levels',
    ],
    shares,
    { levels: '::jsonb' },
  );
  await pool.query('analyze');
  const loadMs = performance.now() - started;

  // The city that compares itself: a large Chinese city, its administrator signed in.
  const viewer =
    cities.find(
      (c) => c.country === 'CN' && c.population >= 1_000_000 && c.population < 5_000_000,
    ) ?? cities[0];
  const password = 'benchmark password';
  const user = await repositories.createUser(database.db, {
    email: 'bench-benchmarking@citymaturity.example',
    displayName: 'Bench',
    passwordHash: await hashPassword(password),
  });
  await repositories.setMembership(
    database.db,
    { organisationId: viewer.id },
    user.id,
    'org_admin',
  );

  // The repository's read alone (each member's latest share of the model), for context.
  const readSamples = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    await repositories.readConsortiumPeers(
      database.db,
      { organisationId: viewer.id },
      consortium.id,
      { modelId: 'mmssc' },
    );
    readSamples.push(performance.now() - start);
  }
  const read = stats(readSamples);

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
  const path = `/api/v1/organisations/${viewer.id}/consortium-memberships/${consortium.id}/comparison`;

  async function timed(query) {
    const start = performance.now();
    const response = await fetch(`${base}${path}${query}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${query}: ${String(response.status)} ${body}`);
    return { ms: performance.now() - start, body };
  }
  async function measure(query) {
    for (let i = 0; i < warmUp; i++) await timed(query);
    const samples = [];
    let last;
    for (let i = 0; i < requests; i++) {
      const r = await timed(query);
      samples.push(r.ms);
      last = JSON.parse(r.body);
    }
    return {
      ...stats(samples),
      bytes: Buffer.byteLength(JSON.stringify(last)),
      size: last.peerGroup.size,
    };
  }
  const whole = await measure('');
  const filtered = await measure(`?country=CN&band=large&kind=city`);
  const pastCycle = await measure(`?asOf=2024-12-31`);

  const f = (ms) => `${ms.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const verdict = (s) => (s.p95 <= targetMs ? 'meets' : 'MISSES');
  const row = (label, s) =>
    `| ${label} | ${s.size} | ${f(s.min)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${kb(s.bytes)} |`;
  const lines = [
    '## Peer comparison in a consortium of 2,000 cities × 3 cycles (`bench/benchmarking.js`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 19)}Z; machine: ${os.cpus()[0]?.model ?? 'CPU'}, ${os.cpus().length} cores; Node ${process.version}; ${postgres.version}`,
    `- Data: ${cityCount} member cities (5 countries, 31 regions, every population band, three kinds), each with ${cycles.length} submitted facilitated workshops shared (${shares.length} shares × ${model.characteristics.length} characteristics, ~2 % without a level); 30 % contactable, 40 % named. Written with SQL in batches of ${batchSize} in ${(loadMs / 1000).toFixed(1)} s.`,
    `- Requests: GET …/consortium-memberships/:id/comparison over HTTP, signed in as the city's administrator, one at a time; ${warmUp} warm-up requests, then ${requests} measured per row. Server and database on the same machine. Each request reads each member's latest share of the model in one query (${cityCount} rows of the ${shares.length}; that read alone: p50 ${f(read.p50)}), selects the peer group, rolls up every city and computes the statistics of 32 characteristics, ${model.subdimensionById.size} sub-dimensions, ${model.dimensionById.size} dimensions, the roll-up groups and the overall result, current and target.`,
    '',
    '| peer group | cities | min | p50 | p95 | max | response |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('whole consortium, latest cycle of each city', whole),
    row('`?country=CN&band=large&kind=city`', filtered),
    row('`?asOf=2024-12-31` (the peers as they stood after the second cycle)', pastCycle),
    '',
    `- Whole consortium: ${verdict(whole)} the target (p95 ≤ ${targetMs} ms); filtered: ${verdict(filtered)} it; as of a date: ${verdict(pastCycle)} it.`,
  ];
  await writeSection('benchmarking', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await server?.close();
  await database.close();
  await postgres.stop();
}
