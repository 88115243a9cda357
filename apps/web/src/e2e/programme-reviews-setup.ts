import type { ApiClient } from '@citymaturity/server/test-support';
import { createdId } from './programme-setup.js';

/** What the review, self-check, risk and stakeholder pages show, made through the API. */
export interface ProgrammeReviewsSetup {
  /** The key success factor reviews, oldest first (2026-01-15, 2026-04-15). */
  ksf: [string, string];
  procurement: string;
  governance: string;
  /** Risks by title. */
  risks: Record<string, string>;
  /** Stakeholders by name. */
  stakeholders: Record<string, string>;
}

/**
 * A programme office's reviews after a few months (`admin` signed in with `programme.manage`):
 * two key success factor reviews (15 January: 1.a.1 red, 1.a.2 amber; 15 April: 1.a.1 green with
 * a comment, 1.a.2 amber, 2.a.1 red), a procurement self-check (row 1 at 2, row 2 at 3), a
 * governance self-check (stakeholder alignment started), two risks (a critical one threatening
 * leadership and skills, a medium one linked to no factor) and two stakeholders (a transport
 * authority of high influence and interest only informed, so under-engaged; a residents'
 * association).
 */
export async function createProgrammeReviewsData(
  admin: ApiClient,
  organisationId: string,
): Promise<ProgrammeReviewsSetup> {
  const programme = `/api/v1/organisations/${organisationId}/programme`;
  const review = (body: unknown, what: string) =>
    createdId(admin, `${programme}/reviews`, body, what);
  const january = await review(
    {
      kind: 'key-success-factors',
      reviewedOn: '2026-01-15',
      reviewer: '项目委员会 Programme board',
      ratings: [
        { itemId: 'ksf-1a-1', rating: 1, comment: '愿景尚未征求意见' },
        { itemId: 'ksf-1a-2', rating: 2 },
      ],
    },
    'January review',
  );
  const april = await review(
    {
      kind: 'key-success-factors',
      reviewedOn: '2026-04-15',
      reviewer: '项目委员会 Programme board',
      notes: 'Quarterly review',
      ratings: [
        { itemId: 'ksf-1a-1', rating: 3, comment: 'Vision co-designed in three workshops' },
        { itemId: 'ksf-1a-2', rating: 2 },
        { itemId: 'ksf-2a-1', rating: 1, comment: 'No sponsor yet' },
      ],
    },
    'April review',
  );
  const procurement = await review(
    {
      kind: 'procurement',
      reviewedOn: '2026-03-01',
      reviewer: 'Procurement office',
      ratings: [
        { itemId: 'procurement-1', rating: 2 },
        { itemId: 'procurement-2', rating: 3, comment: 'Shared frameworks started' },
      ],
    },
    'procurement self-check',
  );
  const governance = await review(
    {
      kind: 'governance',
      reviewedOn: '2026-03-01',
      reviewer: 'Governance board',
      ratings: [{ itemId: 'stakeholder-alignment', rating: 2, comment: 'Board set up' }],
    },
    'governance self-check',
  );

  const risks: Record<string, string> = {};
  for (const body of [
    {
      title: 'Funding gap',
      likelihood: 4,
      impact: 5,
      factorIds: ['ksf-2', 'ksf-5'],
      owner: 'CFO',
      mitigation: 'Seek national grants',
      reviewOn: '2026-12-01',
    },
    { title: 'Data breach', likelihood: 2, impact: 4, status: 'mitigating' },
  ]) {
    risks[body.title] = await createdId(admin, `${programme}/risks`, body, `risk ${body.title}`);
  }

  const stakeholders: Record<string, string> = {};
  for (const body of [
    {
      name: 'City Transport Authority',
      typeId: 'implementers',
      influence: 3,
      interest: 3,
      engagementLevel: 'inform',
      engagementPlan: 'Monthly programme board',
    },
    {
      name: '滨河社区居民协会',
      typeId: 'consumers',
      influence: 1,
      interest: 3,
      engagementLevel: 'consult',
      engagementPlan: '每季度社区座谈会',
    },
  ]) {
    stakeholders[body.name] = await createdId(
      admin,
      `${programme}/stakeholders`,
      body,
      `stakeholder ${body.name}`,
    );
  }
  return { ksf: [january, april], procurement, governance, risks, stakeholders };
}
