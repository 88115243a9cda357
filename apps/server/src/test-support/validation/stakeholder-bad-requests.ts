import { a, type BadRequest, type Ids } from './bad-request.js';

const groups = (ids: Ids) => `/api/v1/organisations/${ids.org}/stakeholder-groups`;
const invitations = (ids: Ids) => `${a(ids)}/invitations`;
const someInvitation = (ids: Ids) => `${invitations(ids)}/00000000-0000-4000-8000-000000000000`;
// Bodies are checked before the link is: no real token is needed to be refused.
const link = '/api/v1/respond/not-a-real-token';

/** Bad input on invitations, stakeholder groups and the invitation-link endpoints. */
export const stakeholderBadRequests: BadRequest[] = [
  {
    name: 'stakeholder group without an English name',
    method: 'POST',
    path: groups,
    body: { nameZh: '青年', nameEn: '  ' },
    field: 'body.nameEn',
  },
  {
    name: 'stakeholder group with a key of capitals and spaces',
    method: 'POST',
    path: groups,
    body: { key: 'Youth Council', nameZh: '青年', nameEn: 'Youth' },
    field: 'body.key',
  },
  {
    name: 'stakeholder group renamed to a very long name',
    method: 'PATCH',
    path: (ids) => `${groups(ids)}/youth`,
    body: { nameZh: '长'.repeat(101) },
    field: 'body.nameZh',
  },
  {
    name: 'stakeholder group path with a bad key',
    method: 'DELETE',
    path: (ids) => `${groups(ids)}/Not_A_Key`,
    field: 'params.groupKey',
  },
  {
    name: 'invitation without a name',
    method: 'POST',
    path: invitations,
    body: { group: 'residents' },
    field: 'body.name',
  },
  {
    name: 'invitation with a malformed email',
    method: 'POST',
    path: invitations,
    body: { name: 'Ann', email: 'ann-at-example', group: 'residents' },
    field: 'body.email',
  },
  {
    name: 'invitation valid for more than a year',
    method: 'POST',
    path: invitations,
    body: { name: 'Ann', group: 'residents', validDays: 400 },
    field: 'body.validDays',
  },
  {
    name: 'invitation to a malformed group',
    method: 'POST',
    path: invitations,
    body: { name: 'Ann', group: 'Residents!' },
    field: 'body.group',
  },
  {
    name: 'invitation list without CSV text',
    method: 'POST',
    path: (ids) => `${invitations(ids)}/import`,
    body: { csv: '' },
    field: 'body.csv',
  },
  {
    name: 'invitation expiry of zero days',
    method: 'PATCH',
    path: someInvitation,
    body: { validDays: 0 },
    field: 'body.validDays',
  },
  {
    name: 'invitation reissued for a fraction of a day',
    method: 'POST',
    path: (ids) => `${someInvitation(ids)}/reissue`,
    body: { validDays: 1.5 },
    field: 'body.validDays',
  },
  {
    name: 'invitation path with a malformed id',
    method: 'POST',
    path: (ids) => `${invitations(ids)}/42/revoke`,
    field: 'params.invitationId',
  },
  {
    name: 'minimum group size of 1',
    method: 'PATCH',
    path: a,
    body: { minGroupSize: 1 },
    field: 'body.minGroupSize',
  },
  {
    name: 'minimum group size of 51',
    method: 'PATCH',
    path: a,
    body: { minGroupSize: 51 },
    field: 'body.minGroupSize',
  },
  {
    name: 'invited answer with a level out of range',
    method: 'PUT',
    path: () => `${link}/ratings/1.1.1`,
    body: { current: 7, target: 3 },
    field: 'body.current',
  },
  {
    name: 'invited answer to a malformed characteristic',
    method: 'PUT',
    path: () => `${link}/ratings/one`,
    body: { current: 2, target: 3 },
    field: 'params.characteristicId',
  },
  {
    name: 'invited answers keyed by a malformed characteristic',
    method: 'PUT',
    path: () => `${link}/ratings`,
    body: { ratings: { one: { current: 2, target: 3 } } },
    field: 'body.ratings',
  },
  {
    name: 'invited answer with a link that is not a web address',
    method: 'PUT',
    path: () => `${link}/ratings/1.1.1`,
    body: { current: 2, target: 3, evidence: { links: ['javascript:alert(1)'] } },
    field: 'body.evidence.links',
  },
];
