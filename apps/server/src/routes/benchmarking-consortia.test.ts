import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditedResultFixture,
  consortiumFixture,
  createCity,
  memberFixture,
  sharingMemberFixture,
  uniformLevels,
  workshopResultFixture,
} from '../test-support/benchmarking-fixtures.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface ErrorBody {
  error: { code: string; issues?: { path: string }[] };
}
interface Consortium {
  id: string;
  nameEn: string;
  minPeerCities: number;
  memberCount: number;
}
interface Membership {
  consortium: { id: string; owner: { nameEn: string }; memberCount: number };
  consent: {
    sharing: string;
    named: boolean;
    contactable: boolean;
    contactName: string | null;
    contactEmail: string | null;
  };
}

describe.each(databaseKinds)('benchmarking consortia on %s', (kind) => {
  let server: TestServer;
  let instituteId: string;
  let institute: ApiClient;

  const consortiaPath = (org: string) => `/api/v1/organisations/${org}/consortia`;
  const membershipsPath = (org: string) => `/api/v1/organisations/${org}/consortium-memberships`;

  /** A new city with its administrator. */
  const city = async (name: string) => {
    const row = await createCity(server, name);
    return { id: row.id, admin: (await signedInAs(server, 'org_admin', row.id)).client };
  };
  const auditActions = async (organisationId: string) =>
    (
      await server.database.pool.query<{ action: string; actor_user_id: string | null }>(
        'select action, actor_user_id from audit_log where organisation_id = $1 order by id',
        [organisationId],
      )
    ).rows;
  const sharesOf = async (consortiumId: string, organisationId: string) =>
    Number(
      (
        await server.database.pool.query<{ n: string }>(
          'select count(*) as n from consortium_shares where consortium_id = $1 and organisation_id = $2',
          [consortiumId, organisationId],
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    instituteId = (await createCity(server, 'Standards Institute')).id;
    institute = (await signedInAs(server, 'org_admin', instituteId)).client;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the organiser', () => {
    it('creates a consortium and gets its join code once', async () => {
      const r = await institute.post<{ consortium: Consortium; joinCode: string }>(
        consortiaPath(instituteId),
        { nameZh: '全国基准', nameEn: 'National benchmark', minPeerCities: 6 },
      );
      expect(r.status).toBe(201);
      expect(r.body.consortium).toMatchObject({ minPeerCities: 6, memberCount: 0 });
      expect(r.body.joinCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      const listed = await institute.get(consortiaPath(instituteId));
      const detail = await institute.get(`${consortiaPath(instituteId)}/${r.body.consortium.id}`);
      expect(JSON.stringify([listed.body, detail.body])).not.toContain(r.body.joinCode);
    });

    it('lists the consortia it runs', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const r = await institute.get<{ owned: Consortium[]; joined: Membership[] }>(
        consortiaPath(instituteId),
      );
      expect(r.body.owned.map((c) => c.id)).toContain(consortiumId);
      expect(r.body.joined).toEqual([]);
    });

    it('sees who joined and what they agreed to, never their results', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const member = await createCity(server, 'Quiet City');
      await sharingMemberFixture(server, consortiumId, member.id, 4);
      const r = await institute.get<{ memberCount: number; members: Record<string, unknown>[] }>(
        `${consortiaPath(instituteId)}/${consortiumId}`,
      );
      expect(r.body.memberCount).toBe(1);
      expect(r.body.members).toEqual([
        expect.objectContaining({
          organisationId: member.id,
          nameEn: 'Quiet City',
          populationBand: 'unknown',
          sharing: 'consensus',
          named: false,
          shares: 1,
        }),
      ]);
      expect(JSON.stringify(r.body)).not.toMatch(/levels|current|target/);
    });

    it('changes the threshold, recorded in its audit log', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const r = await institute.patch<Consortium>(`${consortiaPath(instituteId)}/${consortiumId}`, {
        minPeerCities: 10,
        nameEn: 'Renamed',
      });
      expect([r.status, r.body.minPeerCities, r.body.nameEn]).toEqual([200, 10, 'Renamed']);
      expect((await auditActions(instituteId)).map((e) => e.action)).toContain('consortium.update');
    });

    it('replaces the join code: the old one stops working, the new one works', async () => {
      const { consortiumId, code } = await consortiumFixture(server, instituteId);
      const r = await institute.post<{ joinCode: string }>(
        `${consortiaPath(instituteId)}/${consortiumId}/join-code`,
      );
      const joiner = await city('Late City');
      const old = await joiner.admin.post<ErrorBody>(membershipsPath(joiner.id), { code });
      const fresh = await joiner.admin.post(membershipsPath(joiner.id), { code: r.body.joinCode });
      expect([old.status, old.body.error.code, fresh.status]).toEqual([
        404,
        'consortium-code-unknown',
        201,
      ]);
    });

    it('removes a member city, and its shares with it', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const member = await createCity(server, 'Removed City');
      await sharingMemberFixture(server, consortiumId, member.id);
      const r = await institute.delete(
        `${consortiaPath(instituteId)}/${consortiumId}/members/${member.id}`,
      );
      expect([r.status, await sharesOf(consortiumId, member.id)]).toEqual([204, 0]);
      expect((await auditActions(member.id)).map((e) => e.action)).toEqual([
        'consortium.removed-by-owner',
      ]);
    });

    it('closes a consortium: memberships and shares go', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const member = await createCity(server, 'Closing City');
      await sharingMemberFixture(server, consortiumId, member.id);
      const r = await institute.delete(`${consortiaPath(instituteId)}/${consortiumId}`);
      const left = await server.database.pool.query(
        'select 1 from consortium_members where consortium_id = $1',
        [consortiumId],
      );
      expect([r.status, left.rowCount, await sharesOf(consortiumId, member.id)]).toEqual([
        204, 0, 0,
      ]);
    });

    it("cannot manage another organisation's consortium (404)", async () => {
      const other = await city('Other Institute');
      const { consortiumId } = await consortiumFixture(server, other.id);
      const statuses = await Promise.all([
        institute.get(`${consortiaPath(instituteId)}/${consortiumId}`),
        institute.patch(`${consortiaPath(instituteId)}/${consortiumId}`, { nameEn: 'Mine' }),
        institute.post(`${consortiaPath(instituteId)}/${consortiumId}/join-code`),
        institute.delete(`${consortiaPath(instituteId)}/${consortiumId}`),
      ]);
      expect(statuses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    });
  });

  describe('a city joining', () => {
    it('joins with the code however it is typed, and with its consent', async () => {
      const { consortiumId, code } = await consortiumFixture(server, instituteId);
      const joiner = await city('Joining City');
      const r = await joiner.admin.post<Membership>(membershipsPath(joiner.id), {
        code: code.toLowerCase().replace(/-/g, ' '),
        sharing: 'audited',
        named: true,
        contactable: true,
        contactName: 'Li Wei',
        contactEmail: 'li.wei@joining.example',
      });
      expect(r.status).toBe(201);
      expect(r.body.consortium).toMatchObject({
        id: consortiumId,
        owner: { nameEn: 'Standards Institute' },
        memberCount: 1,
      });
      expect(r.body.consent).toEqual({
        sharing: 'audited',
        named: true,
        contactable: true,
        contactName: 'Li Wei',
        contactEmail: 'li.wei@joining.example',
      });
    });

    it("is recorded in both logs, the organiser's without the city's person", async () => {
      const { code } = await consortiumFixture(server, instituteId);
      const joiner = await city('Logged City');
      await joiner.admin.post(membershipsPath(joiner.id), { code });
      const own = await auditActions(joiner.id);
      const organiser = (await auditActions(instituteId)).filter(
        (e) => e.action === 'consortium.member-join',
      );
      expect(own.map((e) => e.action)).toEqual(['consortium.join']);
      expect(organiser.at(-1)?.actor_user_id).toBeNull();
    });

    it('cannot join twice (409)', async () => {
      const { code } = await consortiumFixture(server, instituteId);
      const joiner = await city('Eager City');
      await joiner.admin.post(membershipsPath(joiner.id), { code });
      const again = await joiner.admin.post<ErrorBody>(membershipsPath(joiner.id), { code });
      expect([again.status, again.body.error.code]).toEqual([409, 'consortium-already-member']);
    });

    it('is told when the code opens nothing (404)', async () => {
      const joiner = await city('Guessing City');
      const r = await joiner.admin.post<ErrorBody>(membershipsPath(joiner.id), {
        code: 'AAAA-BBBB-CCCC-DDDD-EEEE',
      });
      expect([r.status, r.body.error.code]).toEqual([404, 'consortium-code-unknown']);
    });

    it('is limited to 20 join attempts per 15 minutes', async () => {
      const joiner = await city('Brute City');
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++)
        statuses.push(
          (await joiner.admin.post(membershipsPath(joiner.id), { code: `WRONG-${String(i)}` }))
            .status,
        );
      expect([statuses.slice(0, 20).every((s) => s === 404), statuses[20]]).toEqual([true, 429]);
    });

    it('needs an organisation administrator (a facilitator gets 403)', async () => {
      const { code } = await consortiumFixture(server, instituteId);
      const joiner = await city('Careful City');
      const facilitator = (await signedInAs(server, 'facilitator', joiner.id)).client;
      expect((await facilitator.post(membershipsPath(joiner.id), { code })).status).toBe(403);
    });
  });

  describe('consent and sharing', () => {
    /** A city that joined (consent: consensus, not named, not contactable). */
    const joinedCity = async (name: string) => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const c = await city(name);
      await memberFixture(server, consortiumId, c.id);
      const base = `${membershipsPath(c.id)}/${consortiumId}`;
      return { ...c, consortiumId, base };
    };

    it('shares a submitted workshop consensus, copying its official levels', async () => {
      const c = await joinedCity('Workshop City');
      const { assessmentId } = await workshopResultFixture(
        server,
        c.id,
        uniformLevels(3, { '1.1.1': [2, 'unknown'] }),
      );
      const r = await c.admin.put<{ audited: boolean; date: string }>(
        `${c.base}/shares/${assessmentId}`,
        {},
      );
      const stored = await server.database.pool.query<{ levels: Record<string, unknown> }>(
        'select levels from consortium_shares where assessment_id = $1',
        [assessmentId],
      );
      expect([r.status, r.body.audited, r.body.date]).toEqual([200, false, '2026-05-01']);
      expect(stored.rows[0]?.levels['1.1.1']).toEqual({ current: 2, target: null });
      expect(stored.rows[0]?.levels['4.1']).toEqual({ current: 3, target: 4 });
    });

    it('shares an assessment with an issued audit, marked audited', async () => {
      const c = await joinedCity('Audited City');
      const { assessmentId } = await auditedResultFixture(server, c.id);
      const r = await c.admin.put<{ audited: boolean }>(`${c.base}/shares/${assessmentId}`, {});
      expect([r.status, r.body.audited]).toEqual([200, true]);
    });

    it.each([
      ['an unaudited single-stakeholder result', 'share-not-eligible', true],
      ['a draft', 'share-not-submitted', false],
    ])('refuses %s (409)', async (_, code, submitted) => {
      const c = await joinedCity(`Refused ${code}`);
      const { assessmentId } = await createAssessmentFixture(server, c.id, { submitted });
      const r = await c.admin.put<ErrorBody>(`${c.base}/shares/${assessmentId}`, {});
      expect([r.status, r.body.error.code, await sharesOf(c.consortiumId, c.id)]).toEqual([
        409,
        code,
        0,
      ]);
    });

    it("refuses another organisation's assessment (404)", async () => {
      const c = await joinedCity('Borrowing City');
      const other = await createCity(server, 'Lending City');
      const { assessmentId } = await workshopResultFixture(server, other.id, uniformLevels(3));
      expect((await c.admin.put(`${c.base}/shares/${assessmentId}`, {})).status).toBe(404);
    });

    it('shows which submitted assessments are shared and which may be', async () => {
      const c = await joinedCity('Listing City');
      const workshop = await workshopResultFixture(server, c.id, uniformLevels(2));
      const single = await createAssessmentFixture(server, c.id, { submitted: true });
      await c.admin.put(`${c.base}/shares/${workshop.assessmentId}`, {});
      const r = await c.admin.get<{
        assessments: { id: string; sharedAt: string | null; refusal: string | null }[];
      }>(c.base);
      const byId = new Map(r.body.assessments.map((a) => [a.id, a]));
      expect(byId.get(workshop.assessmentId)).toMatchObject({ refusal: null });
      expect(byId.get(workshop.assessmentId)?.sharedAt).not.toBeNull();
      expect(byId.get(single.assessmentId)).toMatchObject({
        refusal: 'not-eligible',
        sharedAt: null,
      });
    });

    it('asks a contactable city for a contact (400 naming the field)', async () => {
      const c = await joinedCity('Shy City');
      const r = await c.admin.patch<ErrorBody>(c.base, { contactable: true });
      expect([r.status, r.body.error.code, r.body.error.issues?.[0]?.path]).toEqual([
        400,
        'validation',
        'body.contactName',
      ]);
    });

    it('erases the contact details when the city no longer wants to be contacted', async () => {
      const c = await joinedCity('Retiring City');
      await c.admin.patch(c.base, {
        contactable: true,
        contactName: 'Ada',
        contactEmail: 'ada@retiring.example',
      });
      const r = await c.admin.patch<Membership>(c.base, { contactable: false });
      expect(r.body.consent).toMatchObject({
        contactable: false,
        contactName: null,
        contactEmail: null,
      });
    });

    it('withdraws unaudited shares when the city narrows its consent to audited results', async () => {
      const c = await joinedCity('Narrowing City');
      const workshop = await workshopResultFixture(server, c.id, uniformLevels(2));
      const audited = await auditedResultFixture(server, c.id);
      await c.admin.put(`${c.base}/shares/${workshop.assessmentId}`, {});
      await c.admin.put(`${c.base}/shares/${audited.assessmentId}`, {});
      const r = await c.admin.patch<{ withdrawn: string[] }>(c.base, { sharing: 'audited' });
      const again = await c.admin.put<ErrorBody>(`${c.base}/shares/${workshop.assessmentId}`, {});
      expect([r.status, r.body.withdrawn, await sharesOf(c.consortiumId, c.id)]).toEqual([
        200,
        [workshop.assessmentId],
        1,
      ]);
      expect([again.status, again.body.error.code]).toEqual([409, 'share-not-eligible']);
    });

    it('withdraws a share, then has nothing to withdraw (404)', async () => {
      const c = await joinedCity('Withdrawing City');
      const { assessmentId } = await sharingMemberFixture(server, c.consortiumId, instituteId);
      const own = await workshopResultFixture(server, c.id, uniformLevels(2));
      await c.admin.put(`${c.base}/shares/${own.assessmentId}`, {});
      const first = await c.admin.delete(`${c.base}/shares/${own.assessmentId}`);
      const second = await c.admin.delete(`${c.base}/shares/${own.assessmentId}`);
      const foreign = await c.admin.delete(`${c.base}/shares/${assessmentId}`);
      expect([first.status, second.status, foreign.status]).toEqual([204, 404, 404]);
    });

    it('leaves: every share is deleted, recorded in both logs', async () => {
      const c = await joinedCity('Leaving City');
      const { assessmentId } = await workshopResultFixture(server, c.id, uniformLevels(2));
      await c.admin.put(`${c.base}/shares/${assessmentId}`, {});
      const r = await c.admin.delete(c.base);
      const after = await c.admin.get(c.base);
      expect([r.status, after.status, await sharesOf(c.consortiumId, c.id)]).toEqual([204, 404, 0]);
      expect((await auditActions(c.id)).map((e) => e.action)).toEqual([
        'consortium.share',
        'consortium.leave',
      ]);
      expect((await auditActions(instituteId)).map((e) => e.action)).toContain(
        'consortium.member-leave',
      );
    });

    it('reaches nothing of a consortium the city is not a member of (404)', async () => {
      const { consortiumId } = await consortiumFixture(server, instituteId);
      const outsider = await city('Outside City');
      const base = `${membershipsPath(outsider.id)}/${consortiumId}`;
      const { assessmentId } = await workshopResultFixture(server, outsider.id, uniformLevels(2));
      const statuses = await Promise.all([
        outsider.admin.get(base),
        outsider.admin.patch(base, { named: true }),
        outsider.admin.put(`${base}/shares/${assessmentId}`, {}),
        outsider.admin.delete(base),
      ]);
      expect(statuses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    });
  });
});
