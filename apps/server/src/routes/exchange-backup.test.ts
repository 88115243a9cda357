import { gunzipSync } from 'node:zlib';
import { backupFormatTag, restoreOrganisation } from '@citymaturity/db';
import { createTestDatabase, databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingPasswordHash } from '../auth/account-setup-tokens.js';
import { createAssessmentFixture } from '../test-support/fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(databaseKinds)('the backup download on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let admin: ApiClient;
  const path = () => `/api/v1/organisations/${organisationId}/backup`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Download City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    await createAssessmentFixture(server, organisationId, { submitted: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it('streams the gzip-compressed backup of the organisation, without password hashes', async () => {
    const response = await admin.download(path());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="citymaturity-backup-/,
    );
    const lines = gunzipSync(Buffer.from(await response.arrayBuffer()))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      format: backupFormatTag,
      organisation: { id: organisationId, nameEn: 'Download City' },
      credentials: false,
    });
    expect(lines.at(-1)).toMatch(/^\{"manifest":/);
    expect(lines.join('\n')).not.toContain('password_hash');
  });

  it('restores into another database', async () => {
    const response = await admin.download(path());
    const text = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    const target = await createTestDatabase(kind);
    try {
      async function* lines() {
        for (const line of text.split('\n')) yield line;
        await Promise.resolve();
      }
      const result = await restoreOrganisation(target.pool, lines(), {
        passwordlessHash: pendingPasswordHash,
      });
      expect(result.tables).toMatchObject({ organisations: 1, assessments: 1, ratings: 32 });
    } finally {
      await target.close();
    }
  });

  it('records the download in the audit log', async () => {
    await admin.download(path());
    const rows = await server.database.pool.query(
      "select details from audit_log where organisation_id = $1 and action = 'organisation.backup'",
      [organisationId],
    );
    expect(rows.rows.at(-1)).toEqual({ details: { credentials: false, via: 'api' } });
  });

  it('is for the organisation’s administrators only', async () => {
    const facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    expect((await facilitator.download(path())).status).toBe(403);
  });
});
