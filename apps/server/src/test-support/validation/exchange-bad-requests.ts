import { a, type BadRequest } from './bad-request.js';

const org = (id: string) => `/api/v1/organisations/${id}`;

/** Exchange: diagnostic forms, imports and open data. */
export const exchangeBadRequests: BadRequest[] = [
  {
    name: 'blank diagnostic form in an unknown language',
    method: 'GET',
    path: () => '/api/v1/models/mmssc/diagnostic-form.xlsx?lang=fr',
    field: 'querystring.lang',
  },
  {
    name: "an assessment's diagnostic form in an unknown language",
    method: 'GET',
    path: (ids) => `${a(ids)}/diagnostic-form.xlsx?lang=fr`,
    field: 'querystring.lang',
  },
  {
    name: 'import forms without any file',
    method: 'POST',
    path: (ids) => `${a(ids)}/diagnostic-forms`,
    body: {},
    field: 'body.files',
  },
  {
    name: 'start from forms without any file',
    method: 'POST',
    path: (ids) => `${org(ids.org)}/diagnostic-forms`,
    body: { title: 'x' },
    field: 'body.files',
  },
  {
    name: 'import of the exchange format without a document',
    method: 'POST',
    path: (ids) => `${org(ids.org)}/assessments/import`,
    body: {},
    field: 'body.document',
  },
  {
    name: 'results CSV of an assessment id that is not one',
    method: 'GET',
    path: (ids) => `${org(ids.org)}/assessments/not-an-id/results.csv`,
    field: 'params.assessmentId',
  },
  {
    name: 'results JSON of an assessment id that is not one',
    method: 'GET',
    path: (ids) => `${org(ids.org)}/assessments/not-an-id/results.json`,
    field: 'params.assessmentId',
  },
  {
    name: 'backup of an organisation id that is not one',
    method: 'GET',
    path: () => '/api/v1/organisations/not-an-id/backup',
    field: 'params.organisationId',
  },
];
