import type { BadRequest, Ids } from './bad-request.js';

// Bad input on the roadmap, benefit-map and KPI endpoints. Ids in paths need not exist: the input
// is refused before anything is looked up.

const programme = (ids: Ids) => `/api/v1/organisations/${ids.org}/programme`;
const someId = '00000000-0000-4000-8000-000000000001';
const initiative = {
  phaseId: 'initiation',
  title: 'Open data portal',
  startsOn: '2026-02-01',
  endsOn: '2026-06-30',
};
const kpi = { name: 'Broadband', baseline: { on: '2026-01-01', value: 70 } };
const post = (
  name: string,
  path: (ids: Ids) => string,
  body: unknown,
  field: string,
): BadRequest => ({
  name,
  method: 'POST',
  path,
  body,
  field,
});
const initiatives = (ids: Ids) => `${programme(ids)}/initiatives`;
const nodes = (ids: Ids) => `${programme(ids)}/benefit-map/nodes`;
const kpis = (ids: Ids) => `${programme(ids)}/kpis`;

/** Bad input on the roadmap, the benefit map and the KPIs. */
export const programmeRoadmapBadRequests: BadRequest[] = [
  {
    name: 'roadmap compared with an assessment id that is not a uuid',
    method: 'GET',
    path: (ids) => `${programme(ids)}/roadmap?assessmentId=latest`,
    field: 'querystring.assessmentId',
  },
  {
    name: 'roadmap XLSX in an unknown language',
    method: 'GET',
    path: (ids) => `${programme(ids)}/roadmap.xlsx?lang=fr`,
    field: 'querystring.lang',
  },
  post(
    'initiative without a title',
    initiatives,
    { ...initiative, title: undefined },
    'body.title',
  ),
  post(
    'initiative with a title over 200 characters',
    initiatives,
    { ...initiative, title: 'x'.repeat(201) },
    'body.title',
  ),
  post(
    'initiative with a description over 4,000 characters',
    initiatives,
    { ...initiative, description: 'x'.repeat(4001) },
    'body.description',
  ),
  post(
    'initiative ending before it starts',
    initiatives,
    { ...initiative, endsOn: '2026-01-31' },
    'body.endsOn',
  ),
  post(
    'initiative with a date that is not a date',
    initiatives,
    { ...initiative, startsOn: '2026-02-30x' },
    'body.startsOn',
  ),
  post(
    'initiative ending after the year 2200',
    initiatives,
    { ...initiative, endsOn: '2999-12-31' },
    'body.endsOn',
  ),
  post(
    'initiative with a malformed phase id',
    initiatives,
    { ...initiative, phaseId: 'Phase 2' },
    'body.phaseId',
  ),
  post(
    'initiative lifting to level 6',
    initiatives,
    { ...initiative, lifts: [{ characteristicId: '1.1.1', targetLevel: 6 }] },
    'body.lifts.0.targetLevel',
  ),
  post(
    'initiative lifting a characteristic twice',
    initiatives,
    {
      ...initiative,
      lifts: [
        { characteristicId: '1.1.1', targetLevel: 3 },
        { characteristicId: '1.1.1', targetLevel: 4 },
      ],
    },
    'body.lifts.1.characteristicId',
  ),
  post(
    'initiative with a budget of three decimals',
    initiatives,
    { ...initiative, budget: '10.125' },
    'body.budget',
  ),
  post(
    'initiative with a negative budget',
    initiatives,
    { ...initiative, budget: -5 },
    'body.budget',
  ),
  post(
    'initiative with a currency that is not ISO 4217',
    initiatives,
    { ...initiative, currency: 'yuan' },
    'body.currency',
  ),
  post(
    'initiative with a malformed component code',
    initiatives,
    { ...initiative, componentCodes: ['b7'] },
    'body.componentCodes.0',
  ),
  post(
    'initiative with an unknown field',
    initiatives,
    { ...initiative, priority: 'high' },
    'body',
  ),
  {
    name: 'initiative change without If-Match',
    method: 'PATCH',
    path: (ids) => `${initiatives(ids)}/${someId}`,
    body: { owner: 'CIO' },
    field: 'headers.if-match',
  },
  {
    name: 'initiative change with nothing to change',
    method: 'PATCH',
    path: (ids) => `${initiatives(ids)}/${someId}`,
    body: {},
    field: 'body',
  },
  {
    name: 'initiative removal of an id that is not a uuid',
    method: 'DELETE',
    path: (ids) => `${initiatives(ids)}/first`,
    field: 'params.initiativeId',
  },
  post('benefit node of an unknown kind', nodes, { kind: 'impact', label: 'x' }, 'body.kind'),
  post(
    'benefit node drawn far off the map',
    nodes,
    { kind: 'output', label: 'x', x: 1e9 },
    'body.x',
  ),
  post(
    'benefit node with a label over 200 characters',
    nodes,
    { kind: 'output', label: 'x'.repeat(201) },
    'body.label',
  ),
  post(
    'benefit node with an initiative id that is not a uuid',
    nodes,
    { kind: 'initiative', initiativeId: 'first' },
    'body.initiativeId',
  ),
  {
    name: 'benefit node change without If-Match',
    method: 'PATCH',
    path: (ids) => `${nodes(ids)}/${someId}`,
    body: { label: 'Renamed' },
    field: 'headers.if-match',
  },
  post(
    'benefit arrow from an id that is not a uuid',
    (ids) => `${programme(ids)}/benefit-map/links`,
    { fromNodeId: 'a', toNodeId: someId },
    'body.fromNodeId',
  ),
  {
    name: 'benefit arrow removal without the node it leads to',
    method: 'DELETE',
    path: (ids) => `${programme(ids)}/benefit-map/links?fromNodeId=${someId}`,
    field: 'querystring.toNodeId',
  },
  post('KPI without a name', kpis, { ...kpi, name: '' }, 'body.name'),
  post(
    'KPI of an unknown indicator scheme',
    kpis,
    { ...kpi, indicator: { scheme: 'iso-9001', code: '1' } },
    'body.indicator.scheme',
  ),
  post(
    'KPI with an indicator code over 40 characters',
    kpis,
    { ...kpi, indicator: { scheme: 'u4ssc', code: 'x'.repeat(41) } },
    'body.indicator.code',
  ),
  post('KPI of an unknown direction', kpis, { ...kpi, direction: 'up' }, 'body.direction'),
  post(
    'KPI with milestones out of date order',
    kpis,
    {
      ...kpi,
      trajectory: [
        { on: '2028-01-01', value: 80 },
        { on: '2027-01-01', value: 90 },
      ],
    },
    'body.trajectory.1.on',
  ),
  post(
    'KPI with a milestone before the baseline',
    kpis,
    { ...kpi, trajectory: [{ on: '2025-01-01', value: 80 }] },
    'body.trajectory.0.on',
  ),
  post(
    'KPI with a baseline value that is not a number',
    kpis,
    { ...kpi, baseline: { on: '2026-01-01', value: 'high' } },
    'body.baseline.value',
  ),
  {
    name: 'KPI change without If-Match',
    method: 'PATCH',
    path: (ids) => `${kpis(ids)}/${someId}`,
    body: { owner: 'CIO' },
    field: 'headers.if-match',
  },
  {
    name: 'KPI actual value on a malformed date',
    method: 'PUT',
    path: (ids) => `${kpis(ids)}/${someId}/actuals/2026-13-01`,
    body: { value: 1 },
    field: 'params.date',
  },
  {
    name: 'KPI actual value in the year 0',
    method: 'PUT',
    path: (ids) => `${kpis(ids)}/${someId}/actuals/0000-01-01`,
    body: { value: 1 },
    field: 'params.date',
  },
  {
    name: 'KPI actual value without a value',
    method: 'PUT',
    path: (ids) => `${kpis(ids)}/${someId}/actuals/2026-07-01`,
    body: { note: 'Survey' },
    field: 'body.value',
  },
  {
    name: 'KPI actual value with a note over 4,000 characters',
    method: 'PUT',
    path: (ids) => `${kpis(ids)}/${someId}/actuals/2026-07-01`,
    body: { value: 1, note: 'x'.repeat(4001) },
    field: 'body.note',
  },
  {
    name: 'benefits XLSX in an unknown language',
    method: 'GET',
    path: (ids) => `${programme(ids)}/benefits.xlsx?lang=de`,
    field: 'querystring.lang',
  },
];
