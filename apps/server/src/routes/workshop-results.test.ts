import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture } from '../test-support/workshop-fixtures.js';

interface Results {
  score: {
    characteristics: Record<
      string,
      {
        current: { median: number | null };
        gap: number | null;
        consensus?: { current: number | 'unknown'; target: number | 'unknown'; rationale: string };
      }
    >;
    overall: { current: number | null; target: number | null };
    priorities: { characteristic: string; current: number; target: number }[];
    consensus?: { agreed: number; total: number };
  };
  strengths: { characteristic: string; current: number }[];
  evidenceMethod: { id: string; rank: number; ranks: number; name: { en: string } };
}

describe.each(databaseKinds)('the consensus as the official result on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let facilitator: ApiClient;
  const base = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const ids = () => server.ctx.models.get('mmssc')?.characteristics.map((c) => c.id) ?? [];
  /** Agrees every characteristic but those left out, at current 4 / target 5 (the ratings' medians are 3 / 4). */
  const agreeAll = async (assessmentId: string, leaveOut: string[] = []) => {
    for (const id of ids().filter((i) => !leaveOut.includes(i))) {
      await repositories.writeConsensusItem(
        server.database.db,
        { organisationId },
        assessmentId,
        id,
        {
          current: 4,
          target: 5,
          rationale: `Agreed ${id}`,
          dissent: '',
          version: 1,
          updatedBy: null,
        },
      );
    }
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Official City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('results', () => {
    let results: Results;
    beforeAll(async () => {
      const { assessmentId } = await createWorkshopFixture(server, organisationId);
      await agreeAll(assessmentId, ['1.1.2']);
      await facilitator.request(
        'PUT',
        `${base(assessmentId)}/consensus/1.1.1`,
        { current: 5, target: 5 },
        { 'if-match': '"1"' },
      );
      await repositories.writeConsensusItem(
        server.database.db,
        { organisationId },
        assessmentId,
        '1.2.1',
        { current: null, target: null, rationale: '', dissent: '', version: 2, updatedBy: null },
      );
      results = (await facilitator.get<Results>(`${base(assessmentId)}/results`)).body;
    });

    it('carry the agreed levels and the rationale of each characteristic', () => {
      expect(results.score.characteristics['2.1.1']?.consensus).toEqual({
        current: 4,
        target: 5,
        rationale: 'Agreed 2.1.1',
        dissent: '',
      });
    });

    it('keep the statistics of the individual ratings as evidence', () => {
      expect(results.score.characteristics['2.1.1']?.current.median).toBe(3);
    });

    it('compute the gap from the agreed levels', () => {
      expect(results.score.characteristics['2.1.1']?.gap).toBe(1);
    });

    it('leave the medians official where nothing is agreed (a reopened item included)', () => {
      expect([
        results.score.characteristics['1.1.2']?.consensus,
        results.score.characteristics['1.2.1']?.consensus,
      ]).toEqual([undefined, undefined]);
    });

    it('count the agreed characteristics', () => {
      expect(results.score.consensus).toEqual({ agreed: 30, total: 32 });
    });

    it('rank the priorities on the agreed levels', () => {
      expect(results.score.priorities.find((p) => p.characteristic === '2.1.1')).toMatchObject({
        current: 4,
        target: 5,
      });
    });

    it('list strengths on the agreed levels, the best first', () => {
      expect(results.strengths[0]).toEqual(
        expect.objectContaining({ characteristic: '1.1.1', current: 5 }),
      );
    });

    it('carry the evidence method of a facilitated workshop: rank 3 of 5', () => {
      expect(results.evidenceMethod).toMatchObject({
        id: 'facilitated-workshop',
        rank: 3,
        ranks: 5,
        name: { en: 'Facilitated multi-stakeholder assessment' },
      });
    });
  });

  it('roll up the consensus when every characteristic is agreed', async () => {
    const { assessmentId } = await createWorkshopFixture(server, organisationId);
    await agreeAll(assessmentId);
    const r = await facilitator.get<Results>(`${base(assessmentId)}/results`);
    expect(r.body.score.overall).toMatchObject({ current: 4, target: 5 });
  });

  it('give a single stakeholder view rank 1', async () => {
    const { assessmentId } = await createAssessmentFixture(server, organisationId, {
      complete: true,
    });
    const r = await facilitator.get<Results>(`${base(assessmentId)}/results`);
    expect([r.body.evidenceMethod.id, r.body.evidenceMethod.rank]).toEqual([
      'single-stakeholder',
      1,
    ]);
  });

  it('ignore consensus items of an assessment that is not a workshop', async () => {
    const { assessmentId } = await createAssessmentFixture(server, organisationId, {
      complete: true,
    });
    await agreeAll(assessmentId);
    const r = await facilitator.get<Results>(`${base(assessmentId)}/results`);
    expect([r.body.score.consensus, r.body.score.characteristics['1.1.1']?.consensus]).toEqual([
      undefined,
      undefined,
    ]);
  });

  describe('submitting a workshop', () => {
    it('is refused while a characteristic has no agreed consensus', async () => {
      const { assessmentId } = await createWorkshopFixture(server, organisationId);
      await agreeAll(assessmentId, ['4.2']);
      const r = await facilitator.post<{ error: { code: string } }>(`${base(assessmentId)}/submit`);
      expect([r.status, r.body.error.code]).toEqual([409, 'consensus-incomplete']);
    });

    it('is refused before the reveal', async () => {
      const { assessmentId } = await createWorkshopFixture(server, organisationId, {
        revealed: false,
      });
      const r = await facilitator.post<{ error: { code: string } }>(`${base(assessmentId)}/submit`);
      expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-revealed']);
    });

    it('is accepted once every characteristic is agreed', async () => {
      const { assessmentId } = await createWorkshopFixture(server, organisationId);
      await agreeAll(assessmentId);
      const r = await facilitator.post<{ status: string }>(`${base(assessmentId)}/submit`);
      expect([r.status, r.body.status]).toEqual([200, 'submitted']);
    });

    it('freezes the consensus', async () => {
      const { assessmentId } = await createWorkshopFixture(server, organisationId);
      await agreeAll(assessmentId);
      await facilitator.post(`${base(assessmentId)}/submit`);
      const r = await facilitator.request(
        'PUT',
        `${base(assessmentId)}/consensus/1.1.1`,
        {
          current: 1,
          target: 1,
        },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(409);
    });
  });

  it('still exports and reports a workshop with a consensus', async () => {
    const { assessmentId } = await createWorkshopFixture(server, organisationId);
    await agreeAll(assessmentId);
    const exported = await facilitator.get(`${base(assessmentId)}/export`);
    const report = await facilitator.get(`${base(assessmentId)}/report.pdf?lang=en`);
    expect([exported.status, report.status, report.headers.get('content-type')]).toEqual([
      200,
      200,
      'application/pdf',
    ]);
  });
});
