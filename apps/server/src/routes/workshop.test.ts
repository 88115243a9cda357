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
import {
  addConsensusFile,
  addRespondentNote,
  createWorkshopFixture,
  type WorkshopFixture,
} from '../test-support/workshop-fixtures.js';

interface Evidence {
  id: string;
  body: string;
  source: string;
  group: string | null;
  file: { mediaType: string; sizeBytes: number; downloadPath?: string } | null;
  respondent?: { id: string; name: string } | null;
}
interface GroupMeasure {
  n: number;
  median: number | null;
}
interface WorkshopState {
  version: number;
  focus: string | null;
  progress: { agreed: number; total: number };
  facilitator: boolean;
  open: boolean;
  respondents: { total: number; byGroup: Record<string, number> };
  suppressedGroups: string[];
  characteristics: Record<
    string,
    {
      current: { distribution: Record<string, number>; median: number | null };
      groups: Record<string, { current: GroupMeasure; target: GroupMeasure }>;
      divergence: { measure: string; groups: string[]; spread: number }[];
      consensus: { version: number; current: unknown } | null;
    }
  >;
  evidence: Evidence[];
}
interface ErrorBody {
  error: { code: string };
}

describe.each(databaseKinds)('the workshop on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let facilitator: ApiClient;
  let viewer: ApiClient;
  const path = (assessmentId: string, rest = '') =>
    `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/workshop${rest}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Workshop City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('its state', () => {
    let fixture: WorkshopFixture;
    let state: WorkshopState;
    beforeAll(async () => {
      fixture = await createWorkshopFixture(server, organisationId);
      state = (await viewer.get<WorkshopState>(path(fixture.assessmentId))).body;
    });

    it('starts without a focus and without consensus', () => {
      expect([state.focus, state.progress]).toEqual([null, { agreed: 0, total: 32 }]);
    });

    it('is open once the results are revealed', () => {
      expect(state.open).toBe(true);
    });

    it("has the assessment's hash-chain head as its version", async () => {
      const row = await server.database.pool.query<{ chain_seq: number }>(
        'select chain_seq from assessments where id = $1',
        [fixture.assessmentId],
      );
      expect(state.version).toBe(row.rows[0]?.chain_seq);
    });

    it('shows the distribution of the current levels of every characteristic', () => {
      expect(state.characteristics['1.1.1']?.current.distribution).toEqual({
        '1': 3,
        '2': 0,
        '3': 1,
        '4': 3,
        '5': 0,
      });
    });

    it('shows the medians of the groups large enough to be shown', () => {
      const groups = state.characteristics['2.3.1']?.groups ?? {};
      expect(
        Object.fromEntries(Object.entries(groups).map(([g, m]) => [g, m.current.median])),
      ).toEqual({
        'local-government': 1,
        residents: 4,
      });
    });

    it('never shows the statistics of a group below the minimum size', () => {
      const everyGroup = Object.values(state.characteristics).flatMap((c) => Object.keys(c.groups));
      expect([everyGroup.includes('academia'), state.suppressedGroups]).toEqual([
        false,
        ['academia'],
      ]);
    });

    it('flags the groups that diverge', () => {
      expect(
        state.characteristics['1.1.1']?.divergence.map((d) => [d.measure, d.spread, d.groups]),
      ).toEqual([
        ['current', 3, ['local-government', 'residents']],
        ['target', 3, ['local-government', 'residents']],
      ]);
    });

    it('tells a follower they do not facilitate', () => {
      expect(state.facilitator).toBe(false);
    });

    it('tells the facilitator they do', async () => {
      const r = await facilitator.get<WorkshopState>(path(fixture.assessmentId));
      expect(r.body.facilitator).toBe(true);
    });
  });

  it('is refused for an assessment that is not a facilitated workshop', async () => {
    const single = await createAssessmentFixture(server, organisationId, { complete: true });
    const r = await viewer.get<ErrorBody>(path(single.assessmentId));
    expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-facilitated']);
  });

  it('is not found in another organisation', async () => {
    const other = await createTestOrganisation(server, 'Other City');
    const theirs = await createWorkshopFixture(server, other.id);
    const r = await viewer.get(path(theirs.assessmentId));
    expect(r.status).toBe(404);
  });

  describe('the focus', () => {
    let fixture: WorkshopFixture;
    beforeAll(async () => {
      fixture = await createWorkshopFixture(server, organisationId);
    });

    it('moves where the facilitator puts it and returns the new version', async () => {
      const before = (await viewer.get<WorkshopState>(path(fixture.assessmentId))).body.version;
      const r = await facilitator.put<{ focus: string; version: number }>(
        path(fixture.assessmentId, '/focus'),
        { characteristicId: '1.2.1' },
      );
      expect([r.status, r.body.focus, r.body.version > before]).toEqual([200, '1.2.1', true]);
    });

    it('is what every follower then sees', async () => {
      await facilitator.put(path(fixture.assessmentId, '/focus'), { characteristicId: '2.1.1' });
      const state = (await viewer.get<WorkshopState>(path(fixture.assessmentId))).body;
      expect(state.focus).toBe('2.1.1');
    });

    it('is recorded in the hash chain', async () => {
      await facilitator.put(path(fixture.assessmentId, '/focus'), { characteristicId: '3.1.1' });
      const rows = await server.database.pool.query<{ details: unknown }>(
        "select details from audit_log where assessment_id = $1 and action = 'workshop.focus' order by seq desc limit 1",
        [fixture.assessmentId],
      );
      expect(rows.rows[0]?.details).toEqual({ characteristicId: '3.1.1' });
    });

    it('can be cleared', async () => {
      const r = await facilitator.put<{ focus: string | null }>(
        path(fixture.assessmentId, '/focus'),
        {
          characteristicId: null,
        },
      );
      expect(r.body.focus).toBeNull();
    });

    it('refuses a characteristic the model does not have', async () => {
      const r = await facilitator.put<ErrorBody>(path(fixture.assessmentId, '/focus'), {
        characteristicId: '9.9.9',
      });
      expect([r.status, r.body.error.code]).toEqual([400, 'unknown-characteristic']);
    });

    it('cannot be moved by a follower', async () => {
      const r = await viewer.put(path(fixture.assessmentId, '/focus'), {
        characteristicId: '1.1.1',
      });
      expect(r.status).toBe(403);
    });

    it('waits for the reveal: the workshop discusses revealed results', async () => {
      const unrevealed = await createWorkshopFixture(server, organisationId, { revealed: false });
      const r = await facilitator.put<ErrorBody>(path(unrevealed.assessmentId, '/focus'), {
        characteristicId: '1.1.1',
      });
      expect([r.status, r.body.error.code]).toEqual([409, 'workshop-not-revealed']);
    });
  });

  describe('the evidence of the focus characteristic', () => {
    let fixture: WorkshopFixture;
    let fileId: string;
    beforeAll(async () => {
      fixture = await createWorkshopFixture(server, organisationId);
      await addRespondentNote(
        server,
        organisationId,
        fixture.respondentIds[0] ?? '',
        '1.1.1',
        'Open data portal since 2024',
      );
      await addRespondentNote(
        server,
        organisationId,
        fixture.loneRespondentId,
        '1.1.1',
        'Our survey says otherwise',
      );
      await addRespondentNote(
        server,
        organisationId,
        fixture.respondentIds[0] ?? '',
        '1.1.2',
        'Not about the focus',
      );
      fileId = await addConsensusFile(server, organisationId, fixture.assessmentId, '1.1.1');
      await facilitator.put(path(fixture.assessmentId, '/focus'), { characteristicId: '1.1.1' });
    });

    const evidenceFor = async (client: ApiClient) =>
      (await client.get<WorkshopState>(path(fixture.assessmentId))).body.evidence;

    it('lists the notes and files of the focus characteristic only', async () => {
      expect((await evidenceFor(viewer)).map((e) => e.body)).toEqual([
        'Open data portal since 2024',
        'Our survey says otherwise',
        'minutes.pdf',
      ]);
    });

    it('names the group a note came from, but not the respondent, to a follower', async () => {
      const first = (await evidenceFor(viewer))[0];
      expect([first?.group, first?.respondent]).toEqual(['local-government', undefined]);
    });

    it('hides the group of a group too small to be shown from a follower', async () => {
      expect((await evidenceFor(viewer))[1]?.group).toBeNull();
    });

    it('names the respondent and the small group to the facilitator', async () => {
      const lone = (await evidenceFor(facilitator))[1];
      expect([lone?.group, lone?.respondent?.name]).toEqual(['academia', 'Stakeholder 7']);
    });

    it("gives a file's metadata and, to those who may read files, its download path", async () => {
      const file = (await evidenceFor(facilitator))[2];
      expect([file?.source, file?.file]).toEqual([
        'consensus',
        {
          mediaType: 'application/pdf',
          sizeBytes: 15,
          downloadPath: `/api/v1/organisations/${organisationId}/assessments/${fixture.assessmentId}/evidence/${fileId}/file`,
        },
      ]);
    });

    it('gives no download path to a follower who may not read evidence files', async () => {
      expect((await evidenceFor(viewer))[2]?.file?.downloadPath).toBeUndefined();
    });
  });
});
