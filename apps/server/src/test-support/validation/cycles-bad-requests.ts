import { a, type BadRequest } from './bad-request.js';

const stage = { status: 'in-progress', notes: '' };

/** Bad input on the cycle endpoints: the trend, the plan realisation and the improvement tracker. */
export const cycleBadRequests: BadRequest[] = [
  {
    name: 'cycles with includeDrafts neither true nor false',
    method: 'GET',
    path: (ids) => `/api/v1/organisations/${ids.org}/cycles?includeDrafts=yes`,
    field: 'querystring.includeDrafts',
  },
  {
    name: 'cycles of an organisation id that is not a uuid',
    method: 'GET',
    path: () => '/api/v1/organisations/not-a-uuid/cycles',
    field: 'params.organisationId',
  },
  {
    name: 'plan realisation against a previous cycle that is not a uuid',
    method: 'GET',
    path: (ids) => `${a(ids)}/plan-realisation?previous=last-time`,
    field: 'querystring.previous',
  },
  {
    name: 'improvement cycle of an assessment id that is not a uuid',
    method: 'GET',
    path: (ids) => `/api/v1/organisations/${ids.org}/assessments/not-a-uuid/improvement-cycle`,
    field: 'params.assessmentId',
  },
  {
    name: 'improvement stage with an unknown status',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/strategy-definition`,
    body: { ...stage, status: 'finished' },
    field: 'body.status',
  },
  {
    name: 'improvement stage without a status',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/strategy-definition`,
    body: { notes: 'Drafted' },
    field: 'body.status',
  },
  {
    name: 'improvement stage with notes longer than 10,000 characters',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/strategy-definition`,
    body: { ...stage, notes: 'x'.repeat(10_001) },
    field: 'body.notes',
  },
  {
    name: 'improvement stage with an unknown field',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/strategy-definition`,
    body: { ...stage, version: 2 },
    field: 'body',
  },
  {
    name: 'improvement stage of a malformed stage id',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/Strategy%20Definition`,
    body: stage,
    field: 'params.stageId',
  },
  {
    name: 'improvement stage without If-Match',
    method: 'PUT',
    path: (ids) => `${a(ids)}/improvement-cycle/strategy-definition`,
    body: stage,
    field: 'headers.if-match',
  },
];
