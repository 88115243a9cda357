import { parseAssessmentText, type AssessmentDocument } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAssessment } from '../use-cases/import-assessment.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';
import { createWorkshopFixture, workshopGroups } from '../test-support/workshop-fixtures.js';

// A facilitated workshop's consensus in the exchange format: exported, validated, imported into
// another assessment, with the same official result and a chain that replays to the tables.

interface Consensus {
  current: number | 'unknown';
  target: number | 'unknown';
  rationale: string;
  dissent: string;
}
interface Results {
  score: {
    characteristics: Record<string, { consensus?: Consensus }>;
    consensus?: { agreed: number; total: number };
  };
}
interface Verification {
  ok: boolean;
  chain: { ok: boolean };
  snapshot: { ok: boolean } | null;
  answers: { ok: boolean; checked: number; firstDifference: unknown };
}

const respondentCount = Object.values(workshopGroups).reduce((n, g) => n + g.respondents, 0);

describe.each(databaseKinds)('a workshop consensus exported and imported on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  let exported: AssessmentDocument;
  let originalResults: Results;
  const base = (assessmentId: string) =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`;
  const consensusOf = (results: Results) =>
    Object.fromEntries(
      Object.entries(results.score.characteristics).flatMap(([id, c]) =>
        c.consensus ? [[id, c.consensus]] : [],
      ),
    );
  const importExported = (submitted: boolean) => {
    const parsed = parseAssessmentText(JSON.stringify(exported), { models: server.ctx.models });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return importAssessment(server.ctx, server.database.db, { organisationId }, parsed.assessment, {
      userId: null,
      submitted,
    });
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Exchange City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    const facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    const { assessmentId } = await createWorkshopFixture(server, organisationId);
    const item = (id: string) => `${base(assessmentId)}/consensus/${id}`;
    const saves = [
      await facilitator.put(item('1.1.1'), {
        current: 2,
        target: 3,
        rationale: 'Strategy adopted by the council',
        dissent: 'Residents: nobody knows it',
      }),
      await facilitator.put(item('1.2.1'), { current: 'unknown', target: 4 }),
      await facilitator.put(item('2.1.1'), { current: 3, target: 4, rationale: 'Reopened later' }),
      await facilitator.request('DELETE', item('2.1.1'), undefined, { 'if-match': '"1"' }),
    ];
    if (saves.some((r) => r.status >= 300)) throw new Error('the consensus was not recorded');
    exported = (await admin.get<AssessmentDocument>(`${base(assessmentId)}/export`)).body;
    originalResults = (await admin.get<Results>(`${base(assessmentId)}/results`)).body;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the export', () => {
    it('carries the agreed items, without empty rationale or dissent, and not the reopened one', () => {
      expect(exported.consensus).toEqual({
        '1.1.1': {
          current: 2,
          target: 3,
          rationale: 'Strategy adopted by the council',
          dissent: 'Residents: nobody knows it',
        },
        '1.2.1': { current: 'unknown', target: 4 },
      });
    });

    it('is a valid document of the exchange format', () => {
      const parsed = parseAssessmentText(JSON.stringify(exported), { models: server.ctx.models });
      expect([parsed.ok, parsed.problems.filter((p) => p.severity === 'error')]).toEqual([
        true,
        [],
      ]);
    });

    it('still carries every respondent', () => {
      expect(exported.respondents).toHaveLength(respondentCount);
    });
  });

  describe('imported as submitted', () => {
    let importedId: string;
    beforeAll(async () => {
      importedId = await importExported(true);
    });

    it('has the same consensus as the official result', async () => {
      const results = (await admin.get<Results>(`${base(importedId)}/results`)).body;
      expect([consensusOf(results), results.score.consensus]).toEqual([
        consensusOf(originalResults),
        { agreed: 2, total: 32 },
      ]);
    });

    it('verifies: chain intact, snapshot unchanged, every rating and consensus item replayed', async () => {
      const r = (await admin.get<Verification>(`${base(importedId)}/verification`)).body;
      expect(r).toMatchObject({
        ok: true,
        chain: { ok: true },
        snapshot: { ok: true },
        answers: { ok: true, checked: respondentCount * 32 + 2, firstDifference: null },
      });
    });

    it('chains the consensus before the submission', async () => {
      const chain = await repositories.readChain(
        server.database.db,
        { organisationId },
        importedId,
      );
      expect(chain?.entries.map((e) => e.action)).toEqual([
        'assessment.import',
        'ratings.import',
        'consensus.save',
        'consensus.save',
        'assessment.submit',
      ]);
    });

    it('exports the same consensus again', async () => {
      const again = (await admin.get<AssessmentDocument>(`${base(importedId)}/export`)).body;
      expect(again.consensus).toEqual(exported.consensus);
    });
  });

  it('imports as a draft with the consensus replaying to the table', async () => {
    const id = await importExported(false);
    const r = (await admin.get<Verification>(`${base(id)}/verification`)).body;
    expect([r.ok, r.snapshot, r.answers.checked]).toEqual([true, null, respondentCount * 32 + 2]);
  });
});
