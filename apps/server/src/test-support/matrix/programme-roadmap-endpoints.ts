import {
  benefitLinkFixture,
  benefitNodeFixture,
  initiativeFixture,
  kpiActualFixture,
  kpiFixture,
} from '../programme-roadmap-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// The programme office's roadmap, benefit map and KPIs: read with `programme.view`, changed with
// `programme.manage`. Their tests check other organisations' ids themselves.

const programme = (id: string) => `${org(id)}/programme`;

/** The roadmap, the benefit map and the KPIs. */
export const programmeRoadmapEndpoints: Endpoint[] = [
  simple('programme roadmap', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/roadmap`,
  })),
  simple('programme roadmap XLSX', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/roadmap.xlsx?lang=en`,
  })),
  simple('add a roadmap initiative', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/initiatives`,
    body: {
      phaseId: 'initiation',
      title: 'Quick win: open data portal',
      startsOn: '2026-02-01',
      endsOn: '2026-06-30',
      quickWin: true,
      lifts: [{ characteristicId: '1.1.1', targetLevel: 3 }],
    },
  })),
  simple('change a roadmap initiative', 'PATCH', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/initiatives/${await initiativeFixture(server, id)}`,
    body: { owner: 'Mayor’s office' },
    headers: { 'if-match': '"1"' },
  })),
  simple('remove a roadmap initiative', 'DELETE', 'programme.manage', 204, async (server, id) => ({
    path: `${programme(id)}/initiatives/${await initiativeFixture(server, id)}`,
  })),
  simple('programme benefit map', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/benefit-map`,
  })),
  simple('add a benefit map node', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/benefit-map/nodes`,
    body: { kind: 'output', label: 'Open data published', x: 10, y: 20 },
  })),
  simple('change a benefit map node', 'PATCH', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/benefit-map/nodes/${await benefitNodeFixture(server, id)}`,
    body: { x: 100, y: 40 },
    headers: { 'if-match': '"1"' },
  })),
  simple('remove a benefit map node', 'DELETE', 'programme.manage', 204, async (server, id) => ({
    path: `${programme(id)}/benefit-map/nodes/${await benefitNodeFixture(server, id)}`,
  })),
  simple('add a benefit map arrow', 'POST', 'programme.manage', 201, async (server, id) => ({
    path: `${programme(id)}/benefit-map/links`,
    body: {
      fromNodeId: await benefitNodeFixture(server, id, 'initiative'),
      toNodeId: await benefitNodeFixture(server, id, 'output'),
    },
  })),
  simple('remove a benefit map arrow', 'DELETE', 'programme.manage', 204, async (server, id) => {
    const from = await benefitNodeFixture(server, id, 'output');
    const to = await benefitNodeFixture(server, id, 'outcome');
    await benefitLinkFixture(server, id, from, to);
    return { path: `${programme(id)}/benefit-map/links?fromNodeId=${from}&toNodeId=${to}` };
  }),
  simple('programme KPIs', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/kpis`,
  })),
  simple('add a KPI', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/kpis`,
    body: {
      name: 'Households with broadband',
      unit: '%',
      baseline: { on: '2026-01-01', value: 70 },
      trajectory: [{ on: '2028-01-01', value: 90 }],
    },
  })),
  simple('change a KPI', 'PATCH', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/kpis/${await kpiFixture(server, id)}`,
    body: { owner: 'Digital office' },
    headers: { 'if-match': '"1"' },
  })),
  simple('remove a KPI', 'DELETE', 'programme.manage', 204, async (server, id) => ({
    path: `${programme(id)}/kpis/${await kpiFixture(server, id)}`,
  })),
  simple('record a KPI actual value', 'PUT', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/kpis/${await kpiFixture(server, id)}/actuals/2026-07-01`,
    body: { value: 24.5, note: 'Quarterly survey' },
  })),
  simple('remove a KPI actual value', 'DELETE', 'programme.manage', 204, async (server, id) => {
    const kpiId = await kpiFixture(server, id);
    await kpiActualFixture(server, id, kpiId, '2026-07-01');
    return { path: `${programme(id)}/kpis/${kpiId}/actuals/2026-07-01` };
  }),
  simple('programme benefits XLSX', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/benefits.xlsx?lang=zh`,
  })),
];
