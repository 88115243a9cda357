import {
  consortiumFixture,
  createCity,
  memberFixture,
  sharingMemberFixture,
  uniformLevels,
  workshopResultFixture,
} from '../benchmarking-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// Benchmarking consortia. Names avoid the word "assessment": the matrix's cross-organisation
// check prepares those on the other organisation too; the benchmarking tests check
// cross-organisation access of these endpoints themselves.

let counter = 0;
const consortia = (id: string) => `${org(id)}/consortia`;
const memberships = (id: string) => `${org(id)}/consortium-memberships`;

/** A consortium run by another organisation (the caller's organisation then joins it). */
async function organisedElsewhere(server: Parameters<Endpoint['prepare']>[0]) {
  const organiser = await createCity(server, `Organiser ${String(++counter)}`);
  return consortiumFixture(server, organiser.id);
}

/** Benchmarking consortia: the organiser's endpoints and the member city's. */
export const benchmarkingEndpoints: Endpoint[] = [
  simple('create consortium', 'POST', 'consortia.manage', 201, (_, id) => ({
    path: consortia(id),
    body: { nameZh: '联盟', nameEn: 'Consortium' },
  })),
  simple('list consortia', 'GET', 'benchmarking.view', 200, (_, id) => ({
    path: consortia(id),
  })),
  simple('view consortium', 'GET', 'consortia.manage', 200, async (server, id) => {
    const { consortiumId } = await consortiumFixture(server, id);
    return { path: `${consortia(id)}/${consortiumId}` };
  }),
  simple('update consortium', 'PATCH', 'consortia.manage', 200, async (server, id) => {
    const { consortiumId } = await consortiumFixture(server, id);
    return { path: `${consortia(id)}/${consortiumId}`, body: { minPeerCities: 6 } };
  }),
  simple('close consortium', 'DELETE', 'consortia.manage', 204, async (server, id) => {
    const { consortiumId } = await consortiumFixture(server, id);
    return { path: `${consortia(id)}/${consortiumId}` };
  }),
  simple('new consortium join code', 'POST', 'consortia.manage', 200, async (server, id) => {
    const { consortiumId } = await consortiumFixture(server, id);
    return { path: `${consortia(id)}/${consortiumId}/join-code` };
  }),
  simple('remove consortium member', 'DELETE', 'consortia.manage', 204, async (server, id) => {
    const { consortiumId } = await consortiumFixture(server, id);
    const member = await createCity(server, `Member ${String(++counter)}`);
    await memberFixture(server, consortiumId, member.id);
    return { path: `${consortia(id)}/${consortiumId}/members/${member.id}` };
  }),
  simple('join consortium', 'POST', 'consortium-membership.manage', 201, async (server, id) => {
    const { code } = await organisedElsewhere(server);
    return { path: memberships(id), body: { code } };
  }),
  simple('view consortium membership', 'GET', 'benchmarking.view', 200, async (server, id) => {
    const { consortiumId } = await organisedElsewhere(server);
    await memberFixture(server, consortiumId, id);
    return { path: `${memberships(id)}/${consortiumId}` };
  }),
  simple(
    'change consortium consent',
    'PATCH',
    'consortium-membership.manage',
    200,
    async (server, id) => {
      const { consortiumId } = await organisedElsewhere(server);
      await memberFixture(server, consortiumId, id);
      return { path: `${memberships(id)}/${consortiumId}`, body: { named: true } };
    },
  ),
  simple('leave consortium', 'DELETE', 'consortium-membership.manage', 204, async (server, id) => {
    const { consortiumId } = await organisedElsewhere(server);
    await memberFixture(server, consortiumId, id);
    return { path: `${memberships(id)}/${consortiumId}` };
  }),
  simple('share a result', 'PUT', 'consortium-membership.manage', 200, async (server, id) => {
    const { consortiumId } = await organisedElsewhere(server);
    await memberFixture(server, consortiumId, id);
    const { assessmentId } = await workshopResultFixture(server, id, uniformLevels(3));
    return { path: `${memberships(id)}/${consortiumId}/shares/${assessmentId}` };
  }),
  simple(
    'withdraw a shared result',
    'DELETE',
    'consortium-membership.manage',
    204,
    async (server, id) => {
      const { consortiumId } = await organisedElsewhere(server);
      const { assessmentId } = await sharingMemberFixture(server, consortiumId, id);
      return { path: `${memberships(id)}/${consortiumId}/shares/${assessmentId}` };
    },
  ),
  simple('compare with peers', 'GET', 'benchmarking.view', 200, async (server, id) => {
    const { consortiumId } = await organisedElsewhere(server);
    await sharingMemberFixture(server, consortiumId, id);
    return { path: `${memberships(id)}/${consortiumId}/comparison` };
  }),
];
