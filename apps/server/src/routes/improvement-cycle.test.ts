import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentThroughApi,
  cycleLevels,
  cycleRatings,
  threeCyclesThroughApi,
} from '../test-support/cycles-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Feature {
  id: string;
  path: string;
  available: boolean;
  summary?: unknown;
}
interface Stage {
  id: string;
  number: number;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
  status: string;
  notes: string;
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
  features: Feature[];
}
interface Cycle {
  assessment: { id: string; status: string };
  stages: Stage[];
}
interface Conflict {
  error: { code: string; current: Stage };
}
interface Verification {
  ok: boolean;
  chain: { ok: boolean; length: number };
  snapshot: { ok: boolean } | null;
  answers: { ok: boolean };
}

const ifMatch = (version: number) => ({ 'if-match': `"${String(version)}"` });

describe.each(databaseKinds)('the improvement cycle on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let facilitator: ApiClient;
  let viewer: ApiClient;
  let organisationId: string;
  let ids: [string, string, string];
  const org = () => `/api/v1/organisations/${organisationId}`;
  const cycle = (assessmentId: string) => `${org()}/assessments/${assessmentId}/improvement-cycle`;
  const stage = (assessmentId: string, stageId: string) => `${cycle(assessmentId)}/${stageId}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Tracker City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
    ids = await threeCyclesThroughApi(server, admin, organisationId);
  });
  afterAll(async () => {
    await server.close();
  });

  it("lists the model's five stages, not started at version 0, with what the model offers at each", async () => {
    const r = await viewer.get<Cycle>(cycle(ids[2]));
    expect(r.status).toBe(200);
    expect(r.body.stages.map((s) => [s.number, s.id, s.status, s.version])).toEqual([
      [1, 'commitment', 'not-started', 0],
      [2, 'baseline-assessment', 'not-started', 0],
      [3, 'strategy-definition', 'not-started', 0],
      [4, 'action-planning-and-delivery', 'not-started', 0],
      [5, 'performance-evaluation-and-improvement', 'not-started', 0],
    ]);
    expect(r.body.stages[0]?.description.en).toBe(
      'Use the model with senior leaders to gain understanding and support at the level of government.',
    );
  });

  it('links every feature to the API path that serves it for this assessment', async () => {
    const r = await viewer.get<Cycle>(cycle(ids[2]));
    const features = new Map(r.body.stages.flatMap((s) => s.features).map((f) => [f.id, f]));
    expect(features.get('results')?.path).toBe(`${org()}/assessments/${ids[2]}/results`);
    expect(features.get('trend')?.path).toBe(`${org()}/cycles`);
    expect(features.get('model')?.path).toBe('/api/v1/models/mmssc');
  });

  it('sums up the plan realisation against the previous cycle and the number of cycles', async () => {
    const r = await viewer.get<Cycle>(cycle(ids[2]));
    const evaluation = r.body.stages[4]?.features ?? [];
    expect(evaluation.find((f) => f.id === 'plan-realisation')?.summary).toEqual({
      previous: { assessmentId: ids[1], date: '2024-03-01' },
      counts: {
        reached: 1,
        partly: 1,
        'not-reached': 28,
        'fell-back': 1,
        'no-plan': 1,
        unknown: 0,
      },
      elapsedFlag: 'as-planned',
    });
    expect(evaluation.find((f) => f.id === 'trend')?.summary).toEqual({ cycles: 3 });
  });

  it('marks what this assessment cannot use: the workshop of another method, the plan of a first cycle', async () => {
    const r = await viewer.get<Cycle>(cycle(ids[0]));
    const features = new Map(r.body.stages.flatMap((s) => s.features).map((f) => [f.id, f]));
    expect([
      features.get('workshop')?.available,
      features.get('plan-realisation')?.available,
    ]).toEqual([false, false]);
    expect(features.get('results')?.available).toBe(true);
  });

  it('records a stage from version 0, returns version 1 with its ETag and who changed it', async () => {
    const r = await facilitator.request<Stage>(
      'PUT',
      stage(ids[1], 'commitment'),
      { status: 'done', notes: 'Council endorsed the programme' },
      ifMatch(0),
    );
    expect([r.status, r.headers.get('etag'), r.body.status, r.body.notes, r.body.version]).toEqual([
      200,
      '"1"',
      'done',
      'Council endorsed the programme',
      1,
    ]);
    expect(r.body.updatedBy?.displayName).toMatch(/^facilitator-/);
    const read = await viewer.get<Cycle>(cycle(ids[1]));
    expect(read.body.stages[0]).toMatchObject({ status: 'done', version: 1 });
  });

  it('changes a stage from the version it was read at', async () => {
    const path = stage(ids[1], 'strategy-definition');
    await admin.request('PUT', path, { status: 'in-progress', notes: '' }, ifMatch(0));
    const r = await admin.request<Stage>(
      'PUT',
      path,
      { status: 'done', notes: 'Adopted' },
      ifMatch(1),
    );
    expect([r.status, r.body.version, r.body.status]).toEqual([200, 2, 'done']);
  });

  it('refuses a stale edit with 412 and the stored stage, and writes nothing', async () => {
    const path = stage(ids[1], 'baseline-assessment');
    await admin.request('PUT', path, { status: 'in-progress', notes: 'Ours' }, ifMatch(0));
    const stale = await facilitator.request<Conflict>(
      'PUT',
      path,
      { status: 'done', notes: 'Theirs' },
      ifMatch(0),
    );
    expect([stale.status, stale.body.error.code]).toEqual([412, 'improvement-stage-conflict']);
    expect(stale.body.error.current).toMatchObject({
      id: 'baseline-assessment',
      status: 'in-progress',
      notes: 'Ours',
      version: 1,
    });
    const read = await viewer.get<Cycle>(cycle(ids[1]));
    expect(read.body.stages[1]).toMatchObject({ notes: 'Ours', version: 1 });
  });

  it('returns the saved stage exactly as the GET of the cycle shows it, feature summaries included', async () => {
    const path = stage(ids[1], 'performance-evaluation-and-improvement');
    const saved = await admin.request<Stage>(
      'PUT',
      path,
      { status: 'in-progress', notes: 'Plan review' },
      ifMatch(0),
    );
    const read = await viewer.get<Cycle>(cycle(ids[1]));
    expect(saved.body).toEqual(read.body.stages[4]);
    expect(saved.body.features.find((f) => f.id === 'trend')?.summary).toEqual({ cycles: 3 });
  });

  it('gives the stored stage of a 412 in the shape of the GET, feature summaries included', async () => {
    const path = stage(ids[1], 'action-planning-and-delivery');
    await admin.request('PUT', path, { status: 'done', notes: 'Agreed' }, ifMatch(0));
    const stale = await facilitator.request<Conflict>(
      'PUT',
      path,
      { status: 'not-started', notes: '' },
      ifMatch(0),
    );
    const read = await viewer.get<Cycle>(cycle(ids[1]));
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toEqual(read.body.stages[3]);
    expect(stale.body.error.current.features.some((f) => f.summary !== undefined)).toBe(true);
  });

  it('refuses an edit from a version the stage never had', async () => {
    const r = await admin.request<Conflict>(
      'PUT',
      stage(ids[0], 'commitment'),
      { status: 'done', notes: '' },
      ifMatch(4),
    );
    expect([r.status, r.body.error.current.version]).toEqual([412, 0]);
  });

  it('answers 404 for a stage the model does not have', async () => {
    const r = await admin.request<{ error: { code: string } }>(
      'PUT',
      stage(ids[1], 'celebration'),
      { status: 'done', notes: '' },
      ifMatch(0),
    );
    expect([r.status, r.body.error.code]).toEqual([404, 'unknown-improvement-stage']);
  });

  it('records every change in the hash chain as improvement-stage.save', async () => {
    await admin.request(
      'PUT',
      stage(ids[2], 'action-planning-and-delivery'),
      { status: 'in-progress', notes: 'Roadmap drafted' },
      ifMatch(0),
    );
    const rows = await server.database.pool.query<{ details: unknown; target_id: string }>(
      `select details, target_id from audit_log
        where assessment_id = $1 and action = 'improvement-stage.save' order by seq`,
      [ids[2]],
    );
    expect(rows.rows).toEqual([
      {
        target_id: 'action-planning-and-delivery',
        details: {
          stageId: 'action-planning-and-delivery',
          status: 'in-progress',
          notes: 'Roadmap drafted',
          version: 1,
        },
      },
    ]);
  });

  it('leaves the verification of a submitted assessment intact after its stages are edited', async () => {
    const before = await viewer.get<Verification>(`${org()}/assessments/${ids[0]}/verification`);
    for (const [stageId, version] of [
      ['performance-evaluation-and-improvement', 0],
      ['performance-evaluation-and-improvement', 1],
      ['strategy-definition', 0],
    ] as const)
      expect(
        (
          await facilitator.request(
            'PUT',
            stage(ids[0], stageId),
            { status: 'in-progress', notes: `Step ${String(version)}` },
            ifMatch(version),
          )
        ).status,
      ).toBe(200);
    const after = await viewer.get<Verification>(`${org()}/assessments/${ids[0]}/verification`);
    expect([before.body.ok, after.body.ok, after.body.snapshot?.ok, after.body.answers.ok]).toEqual(
      [true, true, true, true],
    );
    expect(after.body.chain.length).toBe(before.body.chain.length + 3);
  });

  it('keeps the stages of a draft too', async () => {
    const draftId = await assessmentThroughApi(
      admin,
      organisationId,
      'Next cycle',
      '2028-03-01',
      cycleRatings(server, cycleLevels[2] ?? { date: '', others: [3, 4], crafted: {} }),
      { submit: false },
    );
    const r = await facilitator.request<Stage>(
      'PUT',
      stage(draftId, 'commitment'),
      { status: 'in-progress', notes: '' },
      ifMatch(0),
    );
    expect([r.status, r.body.version]).toEqual([200, 1]);
    const verification = await viewer.get<Verification>(
      `${org()}/assessments/${draftId}/verification`,
    );
    expect(verification.body.ok).toBe(true);
  });

  it('lets viewers read the cycle but not change it (403)', async () => {
    const r = await viewer.request<{ error: { code: string } }>(
      'PUT',
      stage(ids[1], 'commitment'),
      { status: 'not-started', notes: '' },
      ifMatch(1),
    );
    expect([r.status, r.body.error.code]).toEqual([403, 'forbidden']);
  });

  it("hides another organisation's cycle (404), reading or writing", async () => {
    const other = (await createTestOrganisation(server, 'Nosy City')).id;
    const nosy = (await signedInAs(server, 'org_admin', other)).client;
    const read = await nosy.get(cycle(ids[1]));
    const own = `/api/v1/organisations/${other}/assessments/${ids[1]}/improvement-cycle`;
    const disguised = await nosy.get(own);
    const write = await nosy.request(
      'PUT',
      `${own}/commitment`,
      { status: 'done', notes: '' },
      ifMatch(1),
    );
    expect([read.status, disguised.status, write.status]).toEqual([404, 404, 404]);
    const stored = await viewer.get<Cycle>(cycle(ids[1]));
    expect(stored.body.stages[0]).toMatchObject({ status: 'done', version: 1 });
  });
});
