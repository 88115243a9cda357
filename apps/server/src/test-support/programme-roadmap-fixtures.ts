// Fixtures of the roadmap, the benefit map and the KPIs, written straight through the
// repositories (the API tests create their own data through the API).
import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

/** A roadmap initiative of the organisation: implementation phase, lifting 1.1.1 to level 3. */
export async function initiativeFixture(
  server: TestServer,
  organisationId: string,
  values: Partial<repositories.RoadmapInitiativeValues> = {},
): Promise<string> {
  return repositories.createRoadmapInitiative(
    server.database.db,
    { organisationId },
    {
      phaseId: 'implementation',
      title: 'Open data platform',
      description: '',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      owner: 'CIO',
      budget: '1000000.00',
      currency: 'CNY',
      quickWin: false,
      componentCodes: ['B7'],
      ...values,
      lifts: [{ characteristicId: '1.1.1', targetLevel: 3 }],
      updatedBy: null,
    },
  );
}

/** A node of the organisation's benefit map (an output unless told otherwise). */
export async function benefitNodeFixture(
  server: TestServer,
  organisationId: string,
  kind: repositories.BenefitNodeKindValue = 'output',
  label = `Node ${kind}`,
): Promise<string> {
  return repositories.createBenefitNode(
    server.database.db,
    { organisationId },
    {
      kind,
      label,
      description: '',
      initiativeId: null,
      purposeId: null,
      x: 0,
      y: 0,
      updatedBy: null,
    },
  );
}

/** An arrow of the organisation's benefit map. */
export async function benefitLinkFixture(
  server: TestServer,
  organisationId: string,
  fromNodeId: string,
  toNodeId: string,
): Promise<void> {
  await repositories.createBenefitLink(
    server.database.db,
    { organisationId },
    {
      fromNodeId,
      toNodeId,
    },
  );
}

/** A KPI of the organisation: 20 at the baseline (2026-01-01), 30 by 2027-01-01, higher is better. */
export async function kpiFixture(server: TestServer, organisationId: string): Promise<string> {
  return repositories.createKpi(
    server.database.db,
    { organisationId },
    {
      name: 'Renewable share',
      unit: '%',
      indicatorScheme: 'iso-37120',
      indicatorCode: '7.1',
      direction: 'increase',
      baselineValue: 20,
      baselineOn: '2026-01-01',
      successCriterion: '30 % by 2027',
      trajectory: [{ on: '2027-01-01', value: 30 }],
      owner: 'Energy office',
      benefitNodeId: null,
      updatedBy: null,
    },
  );
}

/** An actual value of a KPI. */
export async function kpiActualFixture(
  server: TestServer,
  organisationId: string,
  kpiId: string,
  observedOn = '2026-07-01',
  value = 25,
): Promise<void> {
  await repositories.saveKpiActual(
    server.database.db,
    { organisationId },
    {
      kpiId,
      observedOn,
      value,
      note: '',
      recordedBy: null,
    },
  );
}

/** Every characteristic at current 2, target 3, except the crafted ones. */
export function levelRatings(server: TestServer, crafted: Record<string, [number, number]>) {
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  return Object.fromEntries(
    model.characteristics.map((c) => {
      const [current, target] = crafted[c.id] ?? [2, 3];
      return [c.id, { current, target }];
    }),
  );
}
