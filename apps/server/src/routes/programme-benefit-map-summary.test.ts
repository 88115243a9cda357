import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativeFixture } from '../test-support/programme-roadmap-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface BenefitNode {
  id: string;
  kind: string;
  label: string;
  initiativeId: string | null;
  purposeId: string | null;
  x: number;
  y: number;
  kpiIds: string[];
  version: number;
}
interface BenefitMap {
  nodes: BenefitNode[];
  links: { fromNodeId: string; toNodeId: string }[];
  allowedLinks: Record<string, string[]>;
  summary: {
    purposes: {
      purposeId: string;
      nodeId: string | null;
      reachedFrom: { nodeId: string; pathCount: number; path: string[] }[];
    }[];
    initiativesReachingNoPurpose: string[];
    investmentsReachingNoPurpose: string[];
    outcomesWithoutKpi: string[];
    roadmapInitiativesNotOnMap: string[];
    unlinkedNodes: string[];
  };
}

describe.each(databaseKinds)('the benefit map summary on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let office: ApiClient;
  const map = () => `/api/v1/organisations/${organisationId}/programme/benefit-map`;
  const addNode = (body: Record<string, unknown>) =>
    office.post<BenefitNode>(`${map()}/nodes`, body);
  const node = async (kindOfNode: string, label: string) =>
    (await addNode({ kind: kindOfNode, label })).body.id;
  const link = (fromNodeId: string, toNodeId: string) =>
    office.post(`${map()}/links`, { fromNodeId, toNodeId });
  const read = async () => (await office.get<BenefitMap>(map())).body;

  let summary: BenefitMap['summary'];
  let ids: Record<string, string>;
  beforeAll(async () => {
    // initiative → output → outcome → purpose; a dead-end investment; an outcome with a KPI; a
    // roadmap initiative not drawn.
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Summary City')).id;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    const drawn = await initiativeFixture(server, organisationId, { title: 'Drawn' });
    const undrawn = await initiativeFixture(server, organisationId, { title: 'Not drawn' });
    const initiativeNode = await addNode({ kind: 'initiative', initiativeId: drawn });
    const purposeNode = await addNode({ kind: 'purpose', purposeId: 'well-being' });
    ids = {
      initiative: initiativeNode.body.id,
      purpose: purposeNode.body.id,
      investment: await node('investment', 'Grant'),
      output: await node('output', 'Clinics online'),
      outcome: await node('outcome', 'Shorter waits'),
      measured: await node('outcome', 'Measured outcome'),
      undrawn,
    };
    await link(ids.initiative ?? '', ids.output ?? '');
    await link(ids.output ?? '', ids.outcome ?? '');
    await link(ids.outcome ?? '', ids.purpose ?? '');
    await office.post(`/api/v1/organisations/${organisationId}/programme/kpis`, {
      name: 'Satisfaction',
      benefitNodeId: ids.measured,
    });
    summary = (await read()).summary;
  });

  it('names the inputs that reach each purpose, with a path', () => {
    const wellBeing = summary.purposes.find((p) => p.purposeId === 'well-being');
    expect(wellBeing).toEqual({
      purposeId: 'well-being',
      nodeId: ids.purpose,
      reachedFrom: [
        {
          nodeId: ids.initiative,
          kind: 'initiative',
          pathCount: 1,
          path: [ids.initiative, ids.output, ids.outcome, ids.purpose],
        },
      ],
    });
  });

  it('lists every purpose of the pack, drawn or not', () => {
    expect(summary.purposes.map((p) => p.purposeId)).toEqual([
      'attractiveness',
      'environment',
      'resilience',
      'responsible-resource-use',
      'social-cohesion',
      'well-being',
    ]);
  });

  it('names the investments reaching no purpose', () => {
    expect(summary.investmentsReachingNoPurpose).toEqual([ids.investment]);
    expect(summary.initiativesReachingNoPurpose).toEqual([]);
  });

  it('names the outcomes no KPI measures', () => {
    expect(summary.outcomesWithoutKpi).toEqual([ids.outcome]);
  });

  it('names the roadmap initiatives not on the map', () => {
    expect(summary.roadmapInitiativesNotOnMap).toEqual([ids.undrawn]);
  });
  it('names the nodes without any arrow', () => {
    expect(summary.unlinkedNodes.sort()).toEqual([ids.investment, ids.measured].sort());
  });

  it('gives the arrows the logic model allows, by the kind they start from', async () => {
    expect((await read()).allowedLinks).toEqual({
      initiative: ['output'],
      investment: ['output'],
      output: ['outcome'],
      outcome: ['outcome', 'purpose'],
      purpose: [],
    });
  });

  afterAll(async () => {
    await server.close();
  });
});
