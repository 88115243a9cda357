// Fixtures of the programme office's stakeholder register, reviews and risks, written straight
// through the repositories (the API tests create their own through the API).
import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

/** Registers a stakeholder in the organisation. */
export async function stakeholderFixture(
  server: TestServer,
  organisationId: string,
  values: Partial<repositories.StakeholderValues> = {},
) {
  return repositories.createStakeholder(
    server.database.db,
    { organisationId },
    {
      name: 'City transport authority',
      typeId: 'implementers',
      affiliation: '',
      influence: 3,
      interest: 2,
      engagementLevel: 'involve',
      engagementPlan: '',
      contact: '',
      updatedBy: null,
      ...values,
    },
  );
}

/** Records a key success factor review with two ratings in the organisation. */
export async function reviewFixture(server: TestServer, organisationId: string) {
  return server.database.db.transaction((tx) =>
    repositories.createProgrammeReview(
      tx,
      { organisationId },
      {
        kind: 'key-success-factors',
        reviewedOn: '2026-01-15',
        reviewer: 'Programme board',
        notes: '',
        createdBy: null,
      },
      [
        { itemId: 'ksf-1a-1', rating: 3, comment: '' },
        { itemId: 'ksf-2a-1', rating: 1, comment: 'No sponsor yet' },
      ],
    ),
  );
}

/** Records a risk in the organisation. */
export async function riskFixture(server: TestServer, organisationId: string) {
  return repositories.createRisk(
    server.database.db,
    { organisationId },
    {
      title: 'Funding cut',
      description: '',
      likelihood: 3,
      impact: 4,
      factorIds: ['ksf-8'],
      owner: '',
      mitigation: '',
      status: 'open',
      reviewOn: null,
      updatedBy: null,
    },
  );
}
