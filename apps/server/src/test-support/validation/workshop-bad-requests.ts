import { a, type BadRequest } from './bad-request.js';

const consensus = { current: 3, target: 4, rationale: 'Agreed', dissent: '' };

/** Bad input on the workshop and consensus endpoints. */
export const workshopBadRequests: BadRequest[] = [
  {
    name: 'workshop of an assessment id that is not a uuid',
    method: 'GET',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments/not-a-uuid/workshop`,
    field: 'params.assessmentId',
  },
  {
    name: 'workshop focus on a malformed characteristic id',
    method: 'PUT',
    path: (ids) => `${a(ids)}/workshop/focus`,
    body: { characteristicId: 'one' },
    field: 'body.characteristicId',
  },
  {
    name: 'workshop focus without a characteristic',
    method: 'PUT',
    path: (ids) => `${a(ids)}/workshop/focus`,
    body: {},
    field: 'body.characteristicId',
  },
  {
    name: 'consensus with a current level above 5',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    body: { ...consensus, current: 6 },
    field: 'body.current',
  },
  {
    name: 'consensus without a target',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    body: { current: 3, rationale: 'Agreed' },
    field: 'body.target',
  },
  {
    name: 'consensus with an empty level (a reopening is a DELETE)',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    body: { ...consensus, target: null },
    field: 'body.target',
  },
  {
    name: 'consensus with a rationale longer than 10,000 characters',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    body: { ...consensus, rationale: 'x'.repeat(10_001) },
    field: 'body.rationale',
  },
  {
    name: 'consensus with an unknown field',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    body: { ...consensus, version: 3 },
    field: 'body',
  },
  {
    name: 'consensus of a malformed characteristic id',
    method: 'PUT',
    path: (ids) => `${a(ids)}/consensus/first`,
    body: consensus,
    field: 'params.characteristicId',
  },
  {
    name: 'reopening a consensus item without If-Match',
    method: 'DELETE',
    path: (ids) => `${a(ids)}/consensus/1.1.1`,
    field: 'headers.if-match',
  },
];
