import { repositories } from '@citymaturity/db';
import { createWorkshopFixture } from '../workshop-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

const consensusPath = (organisationId: string, assessmentId: string, characteristicId = '1.1.1') =>
  `${org(organisationId)}/assessments/${assessmentId}/consensus/${characteristicId}`;

/** A revealed workshop with an agreed item for 1.1.1 at version 1. */
async function workshopWithItem(
  server: Parameters<Endpoint['prepare']>[0],
  organisationId: string,
) {
  const f = await createWorkshopFixture(server, organisationId);
  await repositories.writeConsensusItem(
    server.database.db,
    { organisationId },
    f.assessmentId,
    '1.1.1',
    { current: 2, target: 3, rationale: 'Agreed', dissent: '', version: 1, updatedBy: null },
  );
  return f;
}

/** The facilitated workshop and its consensus. */
export const workshopEndpoints: Endpoint[] = [
  simple('assessment workshop state', 'GET', 'workshop.follow', 200, async (server, id) => {
    const f = await createWorkshopFixture(server, id);
    return { path: `${org(id)}/assessments/${f.assessmentId}/workshop` };
  }),
  simple('assessment workshop live events', 'GET', 'workshop.follow', 200, async (server, id) => {
    const f = await createWorkshopFixture(server, id);
    return { path: `${org(id)}/assessments/${f.assessmentId}/workshop/events` };
  }),
  simple('assessment workshop focus', 'PUT', 'workshop.facilitate', 200, async (server, id) => {
    const f = await createWorkshopFixture(server, id);
    return {
      path: `${org(id)}/assessments/${f.assessmentId}/workshop/focus`,
      body: { characteristicId: '1.2.1' },
    };
  }),
  simple('assessment consensus item', 'GET', 'workshop.follow', 200, async (server, id) => {
    const f = await workshopWithItem(server, id);
    return { path: consensusPath(id, f.assessmentId) };
  }),
  simple('assessment consensus record', 'PUT', 'workshop.facilitate', 201, async (server, id) => {
    const f = await createWorkshopFixture(server, id);
    return {
      path: consensusPath(id, f.assessmentId),
      body: { current: 2, target: 3, rationale: 'Agreed in the workshop', dissent: '' },
    };
  }),
  simple(
    'assessment consensus reopen',
    'DELETE',
    'workshop.facilitate',
    200,
    async (server, id) => {
      const f = await workshopWithItem(server, id);
      return { path: consensusPath(id, f.assessmentId), headers: { 'if-match': '"1"' } };
    },
  ),
];
