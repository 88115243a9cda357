import { assessmentFormatTag } from '@citymaturity/core';
import { createAssessmentFixture } from '../fixtures.js';
import { createDraftFixture, filledModelForm, formsUpload } from '../exchange-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

const assessmentPath = (organisationId: string, assessmentId: string) =>
  `${org(organisationId)}/assessments/${assessmentId}`;

/** A small valid exchange-format document: one respondent who answered one characteristic. */
const exchangeDocument = {
  format: assessmentFormatTag,
  model: 'mmssc',
  city: { name: '示例市' },
  method: 'single-stakeholder',
  date: '2026-11-01',
  respondents: [{ id: 'r1', name: 'Team', ratings: { '1.1.1': { current: 2, target: 3 } } }],
};

/** Exchange: diagnostic forms, imports and open data. */
export const exchangeEndpoints: Endpoint[] = [
  simple(
    "exchange: an assessment's diagnostic form",
    'GET',
    'assessments.list',
    200,
    async (server, id) => {
      const f = await createAssessmentFixture(server, id);
      return { path: `${assessmentPath(id, f.assessmentId)}/diagnostic-form.xlsx` };
    },
  ),
  simple(
    'exchange: import filled forms into an assessment',
    'POST',
    'responses.import',
    201,
    async (server, id) => {
      const f = await createDraftFixture(server, id);
      return {
        path: `${assessmentPath(id, f.assessmentId)}/diagnostic-forms`,
        body: formsUpload([{ name: 'form.xlsx', content: await filledModelForm(server, 'en') }]),
      };
    },
  ),
  simple(
    "exchange: download the organisation's backup",
    'GET',
    'organisation.backup',
    200,
    (_, id) => ({
      path: `${org(id)}/backup`,
    }),
  ),
  simple(
    'exchange: start from filled forms',
    'POST',
    'assessments.create',
    201,
    async (server, id) => ({
      path: `${org(id)}/diagnostic-forms`,
      body: formsUpload([{ name: 'form.xlsx', content: await filledModelForm(server, 'zh') }]),
    }),
  ),
  simple(
    'exchange: import a document of the exchange format',
    'POST',
    'assessments.create',
    201,
    (_, id) => ({
      path: `${org(id)}/assessments/import`,
      body: { document: exchangeDocument },
    }),
  ),
  ...(['csv', 'json'] as const).map((format) => ({
    ...simple(
      `open data: an assessment's results as ${format.toUpperCase()}`,
      'GET',
      'results.view',
      200,
      async (server, id) => {
        // A complete draft: results are shown while a draft too (and the other organisation's
        // submitted fixtures stay those the matrix counts).
        const f = await createAssessmentFixture(server, id, { complete: true });
        return { path: `${assessmentPath(id, f.assessmentId)}/results.${format}` };
      },
    ),
    grantAction: 'results.view' as const,
  })),
];
