import type { BadRequest, Ids } from './bad-request.js';

// Bad input on the stakeholder register, review and risk endpoints. Ids of rows that do not
// exist are fine here: the input is refused before anything is looked up.

const programme = (ids: Ids) => `/api/v1/organisations/${ids.org}/programme`;
const someId = '00000000-0000-4000-8000-000000000000';
const stakeholder = { name: 'Residents forum', typeId: 'consumers' };
const review = {
  kind: 'key-success-factors',
  reviewedOn: '2026-03-01',
  reviewer: 'Board',
  ratings: [{ itemId: 'ksf-1a-1', rating: 2 }],
};
const risk = { title: 'Data breach', likelihood: 2, impact: 5 };

/** Bad input on the programme office's register, reviews and risks. */
export const programmeReviewBadRequests: BadRequest[] = [
  {
    name: 'stakeholder of a type the pack does not have',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { ...stakeholder, typeId: 'lobbyists' },
    field: 'body.typeId',
  },
  {
    name: 'stakeholder without a name',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { typeId: 'consumers' },
    field: 'body.name',
  },
  {
    name: 'stakeholder with a name longer than 200 characters',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { ...stakeholder, name: 'x'.repeat(201) },
    field: 'body.name',
  },
  {
    name: 'stakeholder with an influence of 4',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { ...stakeholder, influence: 4 },
    field: 'body.influence',
  },
  {
    name: 'stakeholder with an unknown engagement level',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { ...stakeholder, engagementLevel: 'ignore' },
    field: 'body.engagementLevel',
  },
  {
    name: 'stakeholder with an engagement plan longer than 4,000 characters',
    method: 'POST',
    path: (ids) => `${programme(ids)}/stakeholders`,
    body: { ...stakeholder, engagementPlan: 'x'.repeat(4_001) },
    field: 'body.engagementPlan',
  },
  {
    name: 'stakeholder change without If-Match',
    method: 'PATCH',
    path: (ids) => `${programme(ids)}/stakeholders/${someId}`,
    body: { interest: 3 },
    field: 'headers.if-match',
  },
  {
    name: 'stakeholder change of an id that is not a uuid',
    method: 'PATCH',
    path: (ids) => `${programme(ids)}/stakeholders/residents`,
    body: { interest: 3 },
    field: 'params.stakeholderId',
  },
  {
    name: 'stakeholder change with an unknown field',
    method: 'PATCH',
    path: (ids) => `${programme(ids)}/stakeholders/${someId}`,
    body: { version: 3 },
    field: 'body',
  },
  {
    name: 'review history without a kind',
    method: 'GET',
    path: (ids) => `${programme(ids)}/reviews`,
    field: 'querystring.kind',
  },
  {
    name: 'review history of an unknown kind',
    method: 'GET',
    path: (ids) => `${programme(ids)}/reviews?kind=finance`,
    field: 'querystring.kind',
  },
  {
    name: 'review of an unknown kind',
    method: 'POST',
    path: (ids) => `${programme(ids)}/reviews`,
    body: { ...review, kind: 'finance' },
    field: 'body.kind',
  },
  {
    name: 'review dated 2026-02-30',
    method: 'POST',
    path: (ids) => `${programme(ids)}/reviews`,
    body: { ...review, reviewedOn: '2026-02-30' },
    field: 'body.reviewedOn',
  },
  {
    name: 'review without a reviewer',
    method: 'POST',
    path: (ids) => `${programme(ids)}/reviews`,
    body: { ...review, reviewer: '  ' },
    field: 'body.reviewer',
  },
  {
    name: 'review with a rating that is not a whole number',
    method: 'POST',
    path: (ids) => `${programme(ids)}/reviews`,
    body: { ...review, ratings: [{ itemId: 'ksf-1a-1', rating: 1.5 }] },
    field: 'body.ratings.0.rating',
  },
  {
    name: 'review with a comment longer than 4,000 characters',
    method: 'POST',
    path: (ids) => `${programme(ids)}/reviews`,
    body: { ...review, ratings: [{ itemId: 'ksf-1a-1', rating: 2, comment: 'x'.repeat(4_001) }] },
    field: 'body.ratings.0.comment',
  },
  {
    name: 'review change without If-Match',
    method: 'PATCH',
    path: (ids) => `${programme(ids)}/reviews/${someId}`,
    body: { notes: '' },
    field: 'headers.if-match',
  },
  {
    name: 'review of an id that is not a uuid',
    method: 'GET',
    path: (ids) => `${programme(ids)}/reviews/latest`,
    field: 'params.reviewId',
  },
  {
    name: 'stakeholder register workbook in an unknown language',
    method: 'GET',
    path: (ids) => `${programme(ids)}/stakeholders.xlsx?lang=fr`,
    field: 'querystring.lang',
  },
  {
    name: 'reviews workbook in an unknown language',
    method: 'GET',
    path: (ids) => `${programme(ids)}/reviews.xlsx?lang=fr`,
    field: 'querystring.lang',
  },
  {
    name: 'risk linked to a factor the pack does not have',
    method: 'POST',
    path: (ids) => `${programme(ids)}/risks`,
    body: { ...risk, factorIds: ['ksf-10'] },
    field: 'body.factorIds.0',
  },
  {
    name: 'risk with a likelihood of 6',
    method: 'POST',
    path: (ids) => `${programme(ids)}/risks`,
    body: { ...risk, likelihood: 6 },
    field: 'body.likelihood',
  },
  {
    name: 'risk without an impact',
    method: 'POST',
    path: (ids) => `${programme(ids)}/risks`,
    body: { title: 'Data breach', likelihood: 2 },
    field: 'body.impact',
  },
  {
    name: 'risk with an unknown status',
    method: 'POST',
    path: (ids) => `${programme(ids)}/risks`,
    body: { ...risk, status: 'forgotten' },
    field: 'body.status',
  },
  {
    name: 'risk with a review date that is not a date',
    method: 'POST',
    path: (ids) => `${programme(ids)}/risks`,
    body: { ...risk, reviewOn: 'next month' },
    field: 'body.reviewOn',
  },
  {
    name: 'risk change without If-Match',
    method: 'PATCH',
    path: (ids) => `${programme(ids)}/risks/${someId}`,
    body: { impact: 2 },
    field: 'headers.if-match',
  },
];
