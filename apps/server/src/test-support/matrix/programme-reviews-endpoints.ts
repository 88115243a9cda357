import { reviewFixture, riskFixture, stakeholderFixture } from '../programme-reviews-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// The programme office's stakeholder register, key success factor and self-check reviews, and
// risk register: members whose role may view the workspace read, those who may manage it write.

const programme = (id: string) => `${org(id)}/programme`;
const review = {
  kind: 'governance',
  reviewedOn: '2026-02-01',
  reviewer: 'Programme board',
  ratings: [{ itemId: 'stakeholder-alignment', rating: 2 }],
};

/** Stakeholder register, reviews and risks. */
export const programmeReviewEndpoints: Endpoint[] = [
  simple('programme stakeholder register', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/stakeholders`,
  })),
  simple(
    'programme stakeholder register XLSX',
    'GET',
    'programme.view',
    200,
    async (server, id) => {
      await stakeholderFixture(server, id);
      return { path: `${programme(id)}/stakeholders.xlsx?lang=en` };
    },
  ),
  simple('register a programme stakeholder', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/stakeholders`,
    body: { name: 'Chamber of commerce', typeId: 'investors' },
  })),
  simple('change a programme stakeholder', 'PATCH', 'programme.manage', 200, async (server, id) => {
    const s = await stakeholderFixture(server, id);
    return {
      path: `${programme(id)}/stakeholders/${s.id}`,
      body: { interest: 3 },
      headers: { 'if-match': '"1"' },
    };
  }),
  simple(
    'remove a programme stakeholder',
    'DELETE',
    'programme.manage',
    204,
    async (server, id) => {
      const s = await stakeholderFixture(server, id);
      return { path: `${programme(id)}/stakeholders/${s.id}` };
    },
  ),
  simple('programme review history', 'GET', 'programme.view', 200, async (server, id) => {
    await reviewFixture(server, id);
    return { path: `${programme(id)}/reviews?kind=key-success-factors` };
  }),
  simple('programme reviews workbook', 'GET', 'programme.view', 200, async (server, id) => {
    await reviewFixture(server, id);
    return { path: `${programme(id)}/reviews.xlsx?lang=en` };
  }),
  simple('record a programme review', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/reviews`,
    body: review,
  })),
  simple('one programme review', 'GET', 'programme.view', 200, async (server, id) => {
    const r = await reviewFixture(server, id);
    return { path: `${programme(id)}/reviews/${r.id}` };
  }),
  simple('change a programme review', 'PATCH', 'programme.manage', 200, async (server, id) => {
    const r = await reviewFixture(server, id);
    return {
      path: `${programme(id)}/reviews/${r.id}`,
      body: { notes: 'Checked again' },
      headers: { 'if-match': '"1"' },
    };
  }),
  simple('delete a programme review', 'DELETE', 'programme.manage', 204, async (server, id) => {
    const r = await reviewFixture(server, id);
    return { path: `${programme(id)}/reviews/${r.id}` };
  }),
  simple('programme risk register', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/risks`,
  })),
  simple('record a programme risk', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/risks`,
    body: { title: 'Vendor lock-in', likelihood: 2, impact: 4, factorIds: ['ksf-6'] },
  })),
  simple('change a programme risk', 'PATCH', 'programme.manage', 200, async (server, id) => {
    const r = await riskFixture(server, id);
    return {
      path: `${programme(id)}/risks/${r.id}`,
      body: { status: 'mitigating' },
      headers: { 'if-match': '"1"' },
    };
  }),
  simple('delete a programme risk', 'DELETE', 'programme.manage', 204, async (server, id) => {
    const r = await riskFixture(server, id);
    return { path: `${programme(id)}/risks/${r.id}` };
  }),
];
