import type { ApiClient } from '@citymaturity/server/test-support';
import { createdId, expectStatus } from './programme-setup.js';

/** What {@link createRoadmapAndBenefits} made: the ids the browser tests look for. */
export interface RoadmapAndBenefits {
  initiatives: { platform: string; sensors: string; transformation: string };
  nodes: { platform: string; portal: string; cleanAir: string; purpose: string };
  kpis: { onTrack: string; offTrack: string; noData: string };
}

/**
 * A roadmap, a benefit map and KPIs made through the API as the programme office would (`client`
 * signed in with `programme.manage`): three initiatives in three phases (a quick win, budgets in
 * two currencies, one ending after the assessment's horizon) lifting characteristics; a map from
 * the first initiative and an investment through an output and an outcome to a purpose; three
 * KPIs measuring the outcome, one on track, one off track and one without values yet.
 */
export async function createRoadmapAndBenefits(
  client: ApiClient,
  organisationId: string,
): Promise<RoadmapAndBenefits> {
  const base = `/api/v1/organisations/${organisationId}/programme`;
  const initiative = (body: Record<string, unknown>) =>
    createdId(client, `${base}/initiatives`, body, `initiative ${String(body.title)}`);
  const platform = await initiative({
    phaseId: 'initiation',
    title: '城市数据开放平台 Open data platform',
    description: 'Publish the city’s datasets under an open licence.',
    startsOn: '2026-03-01',
    endsOn: '2027-06-30',
    owner: '大数据局 Big data bureau',
    budget: '1250000.50',
    currency: 'CNY',
    quickWin: false,
    componentCodes: ['B7', 'B10'],
    lifts: [
      { characteristicId: '1.1.1', targetLevel: 3 },
      { characteristicId: '2.1.1', targetLevel: 4 },
    ],
  });
  const sensors = await initiative({
    phaseId: 'implementation',
    title: '空气质量传感器 Air quality sensors',
    startsOn: '2026-05-01',
    endsOn: '2026-09-30',
    owner: 'Environment office',
    budget: 80000,
    currency: 'EUR',
    quickWin: true,
    componentCodes: ['B9'],
    lifts: [{ characteristicId: '3.1.1', targetLevel: 3 }],
  });
  const transformation = await initiative({
    phaseId: 'transformation',
    title: '全域数字孪生 City digital twin',
    startsOn: '2027-01-01',
    endsOn: '2030-12-31',
    owner: 'CIO',
    quickWin: false,
    lifts: [{ characteristicId: '1.1.1', targetLevel: 4 }],
  });

  const node = (body: Record<string, unknown>) =>
    createdId(client, `${base}/benefit-map/nodes`, body, `node ${JSON.stringify(body)}`);
  const nodes = {
    platform: await node({ kind: 'initiative', initiativeId: platform, x: 100, y: 40 }),
    budget: await node({ kind: 'investment', label: '市级专项资金 City fund', x: 300, y: 40 }),
    portal: await node({ kind: 'output', label: '开放数据门户 Open data portal', x: 500, y: 40 }),
    cleanAir: await node({ kind: 'outcome', label: '空气更清洁 Cleaner air', x: 700, y: 40 }),
    purpose: await node({ kind: 'purpose', purposeId: 'environment', x: 900, y: 40 }),
  };
  for (const [from, to] of [
    [nodes.platform, nodes.portal],
    [nodes.budget, nodes.portal],
    [nodes.portal, nodes.cleanAir],
    [nodes.cleanAir, nodes.purpose],
  ] as const)
    expectStatus(
      await client.post(`${base}/benefit-map/links`, { fromNodeId: from, toNodeId: to }),
      201,
      'link',
    );

  const kpi = (body: Record<string, unknown>) =>
    createdId(client, `${base}/kpis`, body, `KPI ${String(body.name)}`);
  const actual = async (kpiId: string, on: string, value: number) => {
    expectStatus(await client.put(`${base}/kpis/${kpiId}/actuals/${on}`, { value }), 200, 'actual');
  };
  const plan = {
    baseline: { on: '2026-01-01', value: 20 },
    trajectory: [
      { on: '2026-12-31', value: 30 },
      { on: '2027-12-31', value: 40 },
    ],
  };
  const onTrack = await kpi({
    name: '可再生能源占比 Renewable energy share',
    unit: '%',
    indicator: { scheme: 'iso-37120', code: '7.4' },
    direction: 'increase',
    successCriterion: '40 % by the end of 2027',
    owner: 'Energy office',
    benefitNodeId: nodes.cleanAir,
    ...plan,
  });
  await actual(onTrack, '2026-07-01', 25.5);
  const offTrack = await kpi({
    name: 'PM2.5 年均浓度 PM2.5 annual mean',
    unit: 'µg/m³',
    indicator: { scheme: 'iso-37120', code: '8.1' },
    direction: 'decrease',
    successCriterion: 'Below 25 µg/m³',
    owner: 'Environment office',
    benefitNodeId: nodes.cleanAir,
    baseline: { on: '2026-01-01', value: 40 },
    trajectory: [{ on: '2027-01-01', value: 25 }],
  });
  await actual(offTrack, '2026-04-01', 39);
  await actual(offTrack, '2026-07-01', 38);
  const noData = await kpi({
    name: '开放数据集数量 Open datasets',
    unit: '',
    indicator: { scheme: 'iso-37122', code: '17.2' },
    direction: 'increase',
    owner: 'Big data bureau',
    baseline: { on: '2026-01-01', value: 120 },
    trajectory: [{ on: '2027-01-01', value: 300 }],
  });

  return {
    initiatives: { platform, sensors, transformation },
    nodes: {
      platform: nodes.platform,
      portal: nodes.portal,
      cleanAir: nodes.cleanAir,
      purpose: nodes.purpose,
    },
    kpis: { onTrack, offTrack, noData },
  };
}
