import { createHash } from 'node:crypto';
import { schema } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvidenceFixture, tinyPng } from '../test-support/evidence-fixtures.js';
import {
  createTestOrganisation,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';
import { addEvidence } from './add-evidence.js';
import { getEvidenceFile } from './get-evidence-file.js';
import { removeEvidence } from './remove-evidence.js';

// The use cases as the invitation routes call them: the actor is the invitation, not a user.

const png = {
  kind: 'file' as const,
  file: {
    name: '照片.png',
    content: tinyPng,
    size: tinyPng.length,
    sha256: createHash('sha256').update(tinyPng).digest('hex'),
  },
};

describe.each(databaseKinds)('evidence of an invited stakeholder on %s', (kind) => {
  let server: TestServer;
  let scope: { organisationId: string };
  let assessmentId: string;
  let respondentId: string;
  let otherRespondentId: string;
  let invitationId: string;

  async function invite(respondent: string, options: { revoked?: boolean } = {}) {
    const [row] = await server.database.db
      .insert(schema.invitations)
      .values({
        organisationId: scope.organisationId,
        assessmentId,
        respondentId: respondent,
        tokenHash: createHash('sha256').update(respondent).digest('hex'),
        expiresAt: new Date(Date.now() + 86_400_000),
        revokedAt: options.revoked ? new Date() : null,
      })
      .returning({ id: schema.invitations.id });
    return row?.id ?? '';
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    scope = { organisationId: (await createTestOrganisation(server, 'Invited City')).id };
    const f = await createEvidenceFixture(server, scope.organisationId, {
      method: 'multi-stakeholder',
    });
    assessmentId = f.assessmentId;
    respondentId = f.respondentId;
    const [other] = await server.database.db
      .insert(schema.respondents)
      .values({ organisationId: scope.organisationId, assessmentId, name: 'Other' })
      .returning({ id: schema.respondents.id });
    otherRespondentId = other?.id ?? '';
    invitationId = await invite(respondentId);
  });
  afterAll(async () => {
    await server.close();
  });

  const add = (respondent: string, invitation = invitationId) =>
    addEvidence(
      server.ctx,
      scope,
      { assessmentId, respondentId: respondent, characteristicId: '1.1.1' },
      png,
      { invitationId: invitation },
      '127.0.0.1',
    );

  it('adds a file to their own rating, owned by the invited stakeholder', async () => {
    const item = await add(respondentId);
    expect(item).toMatchObject({
      kind: 'file',
      file: { name: '照片.png', mediaType: 'image/png' },
      owner: { kind: 'invited-stakeholder', respondentId, name: 'Team' },
    });
  });

  it("refuses another respondent's rating", async () => {
    await expect(add(otherRespondentId)).rejects.toMatchObject({
      statusCode: 403,
      code: 'not-respondent',
    });
  });

  it('refuses a revoked link', async () => {
    const [third] = await server.database.db
      .insert(schema.respondents)
      .values({ organisationId: scope.organisationId, assessmentId, name: 'Third' })
      .returning({ id: schema.respondents.id });
    const revoked = await invite(third?.id ?? '', { revoked: true });
    await expect(add(third?.id ?? '', revoked)).rejects.toMatchObject({
      statusCode: 403,
      code: 'evidence-link-closed',
    });
  });

  it('downloads their own file and not another respondent’s (404)', async () => {
    const own = await add(respondentId);
    const file = await getEvidenceFile(
      server.ctx,
      scope,
      assessmentId,
      own.id,
      { kind: 'invited', respondentId },
      null,
    );
    expect(file.content.equals(tinyPng)).toBe(true);
    await expect(
      getEvidenceFile(
        server.ctx,
        scope,
        assessmentId,
        own.id,
        { kind: 'invited', respondentId: otherRespondentId },
        null,
      ),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('removes their own item, with the invitation in the chain entry', async () => {
    const own = await add(respondentId);
    await removeEvidence(server.ctx, scope, assessmentId, own.id, { invitationId }, null);
    const chain = await server.database.pool.query<{ details: { invitationId?: string } }>(
      `select details from audit_log where action = 'evidence.remove' and target_id = $1`,
      [own.id],
    );
    expect(chain.rows[0]?.details.invitationId).toBe(invitationId);
  });

  it("cannot remove another respondent's item, and does not learn it exists (404)", async () => {
    const [row] = await server.database.db
      .insert(schema.evidence)
      .values({
        organisationId: scope.organisationId,
        respondentId: otherRespondentId,
        characteristicId: '1.1.1',
        kind: 'text',
        body: 'theirs',
      })
      .returning({ id: schema.evidence.id });
    await expect(
      removeEvidence(server.ctx, scope, assessmentId, row?.id ?? '', { invitationId }, null),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
