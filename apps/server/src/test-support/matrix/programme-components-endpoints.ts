import {
  addedPrinciple,
  adoptedPrincipleVersion,
  ownPolicyProduct,
  recordedRecommendationVersion,
  recordedStandardProductVersion,
  registeredStakeholder,
} from '../programme-components-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

// The programme office's principles, component tracker and interoperability matrix. Upserts are
// called again and again on the same organisation: each call changes a recorded row from the
// version stored at the time (so every allowed caller gets 200; first records are tested apart).

const programme = (id: string) => `${org(id)}/programme`;

export const programmeComponentEndpoints: Endpoint[] = [
  simple('programme principles', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/principles`,
  })),
  simple('programme principle adopt', 'PUT', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/principles/visionary`,
    body: { stance: 'adopted' },
    headers: await adoptedPrincipleVersion(server, id, 'visionary'),
  })),
  simple('programme principle add', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/principles`,
    body: { title: 'Data by default', wording: 'We publish data unless there is a reason not to.' },
  })),
  simple('programme principle change', 'PATCH', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/principles/${await addedPrinciple(server, id)}`,
    body: { wording: 'We publish data by default.' },
    headers: { 'if-match': '"1"' },
  })),
  simple('programme principle delete', 'DELETE', 'programme.manage', 204, async (server, id) => ({
    path: `${programme(id)}/principles/${await addedPrinciple(server, id)}`,
  })),
  simple('programme principle agreements', 'PUT', 'programme.manage', 200, async (server, id) => ({
    path: `${programme(id)}/principles/${await addedPrinciple(server, id)}/agreements`,
    body: {
      agreements: [
        { stakeholderId: await registeredStakeholder(server, id), agreedOn: '2026-05-01' },
      ],
    },
    headers: { 'if-match': '"1"' },
  })),
  simple('programme component tracker', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/components`,
  })),
  simple(
    'programme recommendation progress',
    'PUT',
    'programme.manage',
    200,
    async (server, id) => ({
      path: `${programme(id)}/recommendations/B1.a`,
      body: { status: 'in-progress', owner: 'Strategy unit', dueOn: '2026-12-31' },
      headers: await recordedRecommendationVersion(server, id, 'B1.a', 'B1'),
    }),
  ),
  simple('programme interoperability matrix', 'GET', 'programme.view', 200, (_, id) => ({
    path: `${programme(id)}/interoperability`,
  })),
  simple(
    'programme standard policy product',
    'PUT',
    'programme.manage',
    200,
    async (server, id) => ({
      path: `${programme(id)}/interoperability/standard/strategic-management/political/2`,
      body: { status: 'adopted', documentUrl: 'https://city.example/vision.pdf' },
      headers: await recordedStandardProductVersion(server, id, {
        areaId: 'strategic-management',
        dimensionId: 'political',
        index: 2,
        componentCodes: ['B1'],
      }),
    }),
  ),
  simple('programme own policy product add', 'POST', 'programme.manage', 201, (_, id) => ({
    path: `${programme(id)}/interoperability/own`,
    body: { areaId: 'strategic-management', dimensionId: 'technical', name: 'City data platform' },
  })),
  simple(
    'programme own policy product change',
    'PATCH',
    'programme.manage',
    200,
    async (server, id) => ({
      path: `${programme(id)}/interoperability/own/${await ownPolicyProduct(server, id)}`,
      body: { status: 'adopted' },
      headers: { 'if-match': '"1"' },
    }),
  ),
  simple(
    'programme own policy product delete',
    'DELETE',
    'programme.manage',
    204,
    async (server, id) => ({
      path: `${programme(id)}/interoperability/own/${await ownPolicyProduct(server, id)}`,
    }),
  ),
];
