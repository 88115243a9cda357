import type { BadRequest, Ids } from './bad-request.js';

// A consortium id that exists nowhere: validation comes before anything is looked up.
const someConsortium = '7d7d2a4e-52a9-4c55-9a55-0e7a6c1b7f10';
const consortia = (ids: Ids) => `/api/v1/organisations/${ids.org}/consortia`;
const memberships = (ids: Ids) => `/api/v1/organisations/${ids.org}/consortium-memberships`;

/** Bad input on the benchmarking endpoints. */
export const benchmarkingBadRequests: BadRequest[] = [
  {
    name: 'consortium without an English name',
    method: 'POST',
    path: consortia,
    body: { nameZh: '联盟', nameEn: ' ' },
    field: 'body.nameEn',
  },
  {
    name: 'consortium showing aggregates of a single city',
    method: 'POST',
    path: consortia,
    body: { nameZh: '联盟', nameEn: 'Consortium', minPeerCities: 1 },
    field: 'body.minPeerCities',
  },
  {
    name: 'consortium with a join code of its choosing',
    method: 'POST',
    path: consortia,
    body: { nameZh: '联盟', nameEn: 'Consortium', joinCode: 'EASY' },
    field: 'body',
  },
  {
    name: 'consortium threshold above 100',
    method: 'PATCH',
    path: (ids) => `${consortia(ids)}/${someConsortium}`,
    body: { minPeerCities: 101 },
    field: 'body.minPeerCities',
  },
  {
    name: 'consortium of a malformed id',
    method: 'GET',
    path: (ids) => `${consortia(ids)}/not-a-uuid`,
    field: 'params.consortiumId',
  },
  {
    name: 'consortium member of a malformed id',
    method: 'DELETE',
    path: (ids) => `${consortia(ids)}/${someConsortium}/members/nope`,
    field: 'params.memberId',
  },
  {
    name: 'joining without a code',
    method: 'POST',
    path: memberships,
    body: { code: '  ' },
    field: 'body.code',
  },
  {
    name: 'joining with a sharing choice that does not exist',
    method: 'POST',
    path: memberships,
    body: { code: 'ABCD-EFGH', sharing: 'everything' },
    field: 'body.sharing',
  },
  {
    name: 'joining as contactable without saying whom to contact',
    method: 'POST',
    path: memberships,
    body: { code: 'ABCD-EFGH', contactable: true, contactEmail: 'li@city.example' },
    field: 'body.contactName',
  },
  {
    name: 'joining with a malformed contact email',
    method: 'POST',
    path: memberships,
    body: { code: 'ABCD-EFGH', contactable: true, contactName: 'Li', contactEmail: 'li at city' },
    field: 'body.contactEmail',
  },
  {
    name: 'consent naming a flag that is not a boolean',
    method: 'PATCH',
    path: (ids) => `${memberships(ids)}/${someConsortium}`,
    body: { named: 'yes' },
    field: 'body.named',
  },
  {
    name: 'sharing a result of a malformed id',
    method: 'PUT',
    path: (ids) => `${memberships(ids)}/${someConsortium}/shares/nope`,
    field: 'params.assessmentId',
  },
  {
    name: 'comparison with a population band that does not exist',
    method: 'GET',
    path: (ids) => `${memberships(ids)}/${someConsortium}/comparison?band=huge`,
    field: 'querystring.band',
  },
  {
    name: 'comparison with a country that is not a code',
    method: 'GET',
    path: (ids) => `${memberships(ids)}/${someConsortium}/comparison?country=China`,
    field: 'querystring.country',
  },
  {
    name: 'comparison as of a date that does not exist',
    method: 'GET',
    path: (ids) => `${memberships(ids)}/${someConsortium}/comparison?asOf=2026-13-01`,
    field: 'querystring.asOf',
  },
];
