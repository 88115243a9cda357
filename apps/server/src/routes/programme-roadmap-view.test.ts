import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentThroughApi } from '../test-support/cycles-fixtures.js';
import { levelRatings } from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Initiative {
  id: string;
  title: string;
}
interface Compared {
  characteristicId: string;
  current: number | null;
  target: number | null;
  roadmapLevel: number | null;
  levelByHorizon: number | null;
  status: string;
  initiatives: { initiativeId: string; beyondHorizon: boolean }[];
}
interface Roadmap {
  phases: { id: string; number: number; name: { zh: string; en: string } }[];
  initiatives: Initiative[];
  timeline: {
    phases: { phaseId: string; rows: { initiativeId: string; days: number }[] }[];
    span: { startsOn: string; endsOn: string; days: number } | null;
    budgets: { currency: string; total: string; initiatives: number }[];
    quickWins: number;
  };
  assessment: { id: string; status: string; chosen: string } | null;
  comparison: {
    horizon: string;
    characteristics: Compared[];
    counts: Record<string, number>;
    initiativesBeyondHorizon: { initiativeId: string }[];
  } | null;
}

describe.each(databaseKinds)('the roadmap view on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let office: ApiClient;
  let submittedId: string;
  let draftId: string;
  const programme = (org = organisationId) => `/api/v1/organisations/${org}/programme`;
  const create = (body: Record<string, unknown>) =>
    office.post<Initiative>(`${programme()}/initiatives`, {
      phaseId: 'implementation',
      title: 'Initiative',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      ...body,
    });
  const roadmap = async (query = '') => {
    const r = await office.get<Roadmap>(`${programme()}/roadmap${query}`);
    expect(r.status).toBe(200);
    return r.body;
  };
  let view: Roadmap;
  let late: string;
  let quick: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Timeline City')).id;
    const admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    // An older submitted assessment, the latest submitted one (compared by default), a later draft.
    await assessmentThroughApi(
      admin,
      organisationId,
      'Older',
      '2024-03-01',
      levelRatings(server, {}),
    );
    submittedId = await assessmentThroughApi(
      admin,
      organisationId,
      'Baseline',
      '2026-03-01',
      levelRatings(server, { '1.1.1': [2, 4], '1.1.2': [2, 3], '1.2.2': [3, 3], '1.3.1': [3, 4] }),
    );
    draftId = await assessmentThroughApi(
      admin,
      organisationId,
      'Draft',
      '2027-01-10',
      levelRatings(server, { '1.1.1': [3, 5] }),
      { submit: false },
    );
    quick = (
      await create({
        phaseId: 'initiation',
        title: 'Quick win',
        startsOn: '2026-04-01',
        endsOn: '2026-06-30',
        quickWin: true,
        budget: '0.10',
        lifts: [{ characteristicId: '1.1.1', targetLevel: 3 }],
      })
    ).body.id;
    late = (
      await create({
        title: 'Late platform',
        startsOn: '2026-07-01',
        endsOn: '2028-12-31',
        budget: '0.20',
        lifts: [
          { characteristicId: '1.1.1', targetLevel: 4 },
          { characteristicId: '1.2.2', targetLevel: 4 },
        ],
      })
    ).body.id;
    await create({
      title: 'Euro-funded',
      budget: '5',
      currency: 'EUR',
      lifts: [{ characteristicId: '1.1.2', targetLevel: 2 }],
    });
    view = await roadmap();
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists the five phases of the pack in order', () => {
    expect(view.phases.map((p) => [p.number, p.id])).toEqual([
      [1, 'planning'],
      [2, 'initiation'],
      [3, 'implementation'],
      [4, 'consolidation'],
      [5, 'transformation'],
    ]);
  });

  it('puts each initiative in its phase lane of the timeline, with the programme span', () => {
    expect(view.timeline.phases[1]?.rows.map((r) => [r.initiativeId, r.days])).toEqual([
      [quick, 91],
    ]);
    expect(view.timeline.span).toEqual({
      startsOn: '2026-04-01',
      endsOn: '2028-12-31',
      days: 1006,
    });
    expect(view.timeline.quickWins).toBe(1);
  });

  it('totals the budget per currency, exactly and never across currencies', () => {
    expect(view.timeline.budgets).toEqual([
      { currency: 'CNY', total: '0.30', initiatives: 2 },
      { currency: 'EUR', total: '5.00', initiatives: 1 },
    ]);
  });

  it('compares with the latest submitted assessment by default, and says so', () => {
    expect(view.assessment).toMatchObject({
      id: submittedId,
      status: 'submitted',
      chosen: 'latest-submitted',
    });
    expect(view.comparison?.horizon).toBe('2028-03-01');
  });

  it('gives each characteristic its status against the two-year target', () => {
    const byId = new Map(view.comparison?.characteristics.map((c) => [c.characteristicId, c]));
    expect(byId.get('1.1.1')).toMatchObject({
      current: 2,
      target: 4,
      roadmapLevel: 4,
      levelByHorizon: 3,
      status: 'matches',
    });
    expect(byId.get('1.1.2')).toMatchObject({
      target: 3,
      roadmapLevel: 2,
      status: 'roadmap-below-target',
    });
    expect(byId.get('1.2.2')).toMatchObject({
      current: 3,
      target: 3,
      roadmapLevel: 4,
      status: 'roadmap-only',
    });
    expect(byId.get('1.3.1')).toMatchObject({ roadmapLevel: null, status: 'not-on-roadmap' });
  });

  it('flags initiatives that end after the two-year horizon', () => {
    expect(view.comparison?.initiativesBeyondHorizon.map((i) => i.initiativeId)).toEqual([late]);
    const lifts = view.comparison?.characteristics.find((c) => c.characteristicId === '1.1.1');
    expect(lifts?.initiatives.map((i) => [i.initiativeId, i.beyondHorizon])).toEqual([
      [late, true],
      [quick, false],
    ]);
  });

  it('compares with the assessment requested, a draft too', async () => {
    const r = await roadmap(`?assessmentId=${draftId}`);
    expect(r.assessment).toMatchObject({ id: draftId, status: 'draft', chosen: 'requested' });
    expect(r.comparison?.characteristics[0]).toMatchObject({
      current: 3,
      target: 5,
      status: 'roadmap-below-target',
    });
  });

  it('has no comparison when the organisation has no submitted assessment', async () => {
    const empty = (await createTestOrganisation(server, 'Unassessed City')).id;
    const client = (await signedInAs(server, 'viewer', empty)).client;
    const r = await client.get<Roadmap>(`${programme(empty)}/roadmap`);
    expect([r.status, r.body.assessment, r.body.comparison, r.body.initiatives]).toEqual([
      200,
      null,
      null,
      [],
    ]);
  });
});
