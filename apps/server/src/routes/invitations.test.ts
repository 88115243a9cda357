import { verifyChain } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/tokens.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createInvitingAssessmentFixture,
  respondPath,
} from '../test-support/stakeholder-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

interface Invitation {
  id: string;
  respondentId: string;
  name: string;
  email: string | null;
  group: string | null;
  status: string;
  progress: { answered: number; total: number };
  expiresAt: string;
  revokedAt: string | null;
}
interface Issued {
  invitation: Invitation;
  link: string;
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string }[] };
}

const day = 24 * 60 * 60 * 1000;
const tokenOf = (link: string) => link.replace(/^\/respond\//, '');

describe.each(databaseKinds)('invitations on %s', (kind) => {
  let server: TestServer;
  let facilitator: ApiClient;
  let anonymous: ApiClient;
  let organisationId: string;
  let assessmentId: string;
  let path: string;
  let ann: Issued;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Invite City')).id;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    anonymous = new ApiClient(server.url);
    assessmentId = (await createInvitingAssessmentFixture(server, organisationId, { groups: [] }))
      .assessmentId;
    path = `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/invitations`;
    ann = (
      await facilitator.post<Issued>(path, {
        name: 'Ann Lee',
        email: 'ann@example.org',
        group: 'residents',
      })
    ).body;
  });
  afterAll(async () => {
    await server.close();
  });

  it('invites a stakeholder with a link to copy, valid 30 days by default', () => {
    expect(ann.link).toMatch(/^\/respond\/[A-Za-z0-9_-]{43}$/);
    expect(ann.invitation).toMatchObject({
      name: 'Ann Lee',
      email: 'ann@example.org',
      group: 'residents',
      status: 'not-opened',
      progress: { answered: 0, total: 32 },
      revokedAt: null,
    });
    const validFor = Date.parse(ann.invitation.expiresAt) - Date.now();
    expect(Math.round(validFor / day)).toBe(30);
  });

  it('stores only the SHA-256 of the link’s token', async () => {
    const rows = await server.database.pool.query<{ token_hash: string }>(
      'select token_hash from invitations where id = $1',
      [ann.invitation.id],
    );
    expect(rows.rows[0]?.token_hash).toBe(tokenHash(tokenOf(ann.link)));
  });

  it('makes the link work as given', async () => {
    const r = await anonymous.get<{ respondent: { name: string } }>(respondPath(tokenOf(ann.link)));
    expect([r.status, r.body.respondent.name]).toEqual([200, 'Ann Lee']);
  });

  it('lists the invitations with their status and never a link or token', async () => {
    const r = await facilitator.get<Invitation[]>(path);
    expect(r.body.map((i) => [i.name, i.status])).toEqual([['Ann Lee', 'in-progress']]);
    const json = JSON.stringify(r.body);
    expect(json).not.toContain(tokenOf(ann.link));
    expect(json).not.toContain(tokenHash(tokenOf(ann.link)));
    expect(json).not.toContain('/respond/');
  });

  it("says an invited stakeholder's response came in by invitation", async () => {
    const r = await facilitator.get<{ respondents: { id: string; source: string }[] }>(
      `/api/v1/organisations/${organisationId}/assessments/${assessmentId}`,
    );
    const invited = r.body.respondents.find((x) => x.id === ann.invitation.respondentId);
    expect(invited?.source).toBe('invitation');
  });

  it('gives a link the days asked for', async () => {
    const r = await facilitator.post<Issued>(path, {
      name: 'Bo',
      group: 'academia',
      validDays: 365,
    });
    expect(Math.round((Date.parse(r.body.invitation.expiresAt) - Date.now()) / day)).toBe(365);
  });

  it('refuses a group the organisation does not have, naming the field', async () => {
    const r = await facilitator.post<ErrorBody>(path, { name: 'Cy', group: 'martians' });
    expect([r.status, r.body.error.code, r.body.error.issues?.[0]?.path]).toEqual([
      400,
      'unknown-stakeholder-group',
      'body.group',
    ]);
  });

  it('reissues a link: the old one is dead at once, the new one works', async () => {
    const r = await facilitator.post<Issued>(`${path}/${ann.invitation.id}/reissue`, {});
    expect(r.status).toBe(200);
    expect(r.body.link).not.toBe(ann.link);
    expect(r.body.invitation.expiresAt).toBe(ann.invitation.expiresAt);
    const old = await anonymous.get<ErrorBody>(respondPath(tokenOf(ann.link)));
    expect([old.status, old.body.error.code]).toEqual([404, 'invitation-not-found']);
    expect((await anonymous.get(respondPath(tokenOf(r.body.link)))).status).toBe(200);
    ann = r.body;
  });

  it('moves the expiry of a link', async () => {
    const r = await facilitator.patch<Invitation>(`${path}/${ann.invitation.id}`, {
      validDays: 7,
    });
    expect(Math.round((Date.parse(r.body.expiresAt) - Date.now()) / day)).toBe(7);
  });

  it('opens an expired link again when its expiry moves', async () => {
    await server.database.pool.query(
      "update invitations set expires_at = now() - interval '1 day' where id = $1",
      [ann.invitation.id],
    );
    const expired = await anonymous.get<ErrorBody>(respondPath(tokenOf(ann.link)));
    expect([expired.status, expired.body.error.code]).toEqual([410, 'invitation-expired']);
    await facilitator.patch(`${path}/${ann.invitation.id}`, { validDays: 3 });
    expect((await anonymous.get(respondPath(tokenOf(ann.link)))).status).toBe(200);
  });

  it('reissues a link with a new expiry when asked', async () => {
    const r = await facilitator.post<Issued>(`${path}/${ann.invitation.id}/reissue`, {
      validDays: 10,
    });
    expect(Math.round((Date.parse(r.body.invitation.expiresAt) - Date.now()) / day)).toBe(10);
    ann = r.body;
  });

  it('revokes a link for good: reissuing or extending it is refused', async () => {
    const r = await facilitator.post<Invitation>(`${path}/${ann.invitation.id}/revoke`);
    expect([r.status, r.body.status]).toEqual([200, 'revoked']);
    const link = await anonymous.get<ErrorBody>(respondPath(tokenOf(ann.link)));
    expect([link.status, link.body.error.code]).toEqual([410, 'invitation-revoked']);
    const reissue = await facilitator.post<ErrorBody>(`${path}/${ann.invitation.id}/reissue`, {});
    const extend = await facilitator.patch<ErrorBody>(`${path}/${ann.invitation.id}`, {
      validDays: 5,
    });
    expect([reissue.status, reissue.body.error.code]).toEqual([409, 'invitation-revoked']);
    const again = await facilitator.post<Invitation>(`${path}/${ann.invitation.id}/revoke`);
    expect([again.status, again.body.revokedAt]).toEqual([200, r.body.revokedAt]);
    expect([extend.status, extend.body.error.code]).toEqual([409, 'invitation-revoked']);
  });

  it('answers 404 for an invitation of another assessment', async () => {
    const other = await createInvitingAssessmentFixture(server, organisationId);
    const r = await facilitator.post(`${path}/${other.invitations[0]?.id ?? ''}/revoke`);
    expect(r.status).toBe(404);
  });

  it('refuses invitations where the method does not use them', async () => {
    const single = await createAssessmentFixture(server, organisationId);
    const r = await facilitator.post<ErrorBody>(
      `/api/v1/organisations/${organisationId}/assessments/${single.assessmentId}/invitations`,
      { name: 'Ann', group: 'residents' },
    );
    expect([r.status, r.body.error.code]).toEqual([409, 'invitations-not-used']);
  });

  it('refuses new invitations once the results are revealed or the assessment is submitted', async () => {
    const revealed = await createInvitingAssessmentFixture(server, organisationId, {
      revealed: true,
    });
    const submitted = await createInvitingAssessmentFixture(server, organisationId);
    await server.database.pool.query("update assessments set status = 'submitted' where id = $1", [
      submitted.assessmentId,
    ]);
    const invite = (id: string) =>
      facilitator.post<ErrorBody>(
        `/api/v1/organisations/${organisationId}/assessments/${id}/invitations`,
        { name: 'Late', group: 'residents' },
      );
    const afterReveal = await invite(revealed.assessmentId);
    const afterSubmit = await invite(submitted.assessmentId);
    expect([afterReveal.status, afterReveal.body.error.code]).toEqual([409, 'results-revealed']);
    expect([afterSubmit.status, afterSubmit.body.error.code]).toEqual([
      409,
      'assessment-not-draft',
    ]);
  });

  it('chains every change to the invitations, without a token or its hash, and the chain verifies', async () => {
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    if (!chain) throw new Error('no chain');
    expect(chain.entries.map((e) => e.action)).toEqual([
      'invitation.create',
      'invitation.create',
      'invitation.reissue',
      'invitation.expiry',
      'invitation.expiry',
      'invitation.reissue',
      'invitation.revoke',
    ]);
    expect(chain.entries[0]?.details).toMatchObject({ name: 'Ann Lee', group: 'residents' });
    expect(verifyChain(chain.entries, chain.head)).toMatchObject({ ok: true, entries: 7 });
    const hashes = await server.database.pool.query<{ token_hash: string }>(
      'select token_hash from invitations where assessment_id = $1',
      [assessmentId],
    );
    const details = JSON.stringify(chain.entries.map((e) => e.details));
    for (const { token_hash } of hashes.rows) expect(details).not.toContain(token_hash);
    expect(details).not.toContain(tokenOf(ann.link));
  });
});
