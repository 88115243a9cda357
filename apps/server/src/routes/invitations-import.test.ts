import { verifyChain } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Issued {
  invitation: { id: string; name: string; email: string | null; group: string };
  link: string;
}
interface CsvError {
  error: {
    code: string;
    message: string;
    problems?: {
      line: number;
      column: number | null;
      field: string | null;
      code: string;
      message: { zh: string; en: string };
    }[];
  };
}

describe.each(databaseKinds)('invitations from a CSV list on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  let assessmentId: string;
  let path: string;

  const count = async (table: 'invitations' | 'respondents') =>
    Number(
      (
        await server.database.pool.query<{ n: string }>(
          `select count(*) as n from ${table} where assessment_id = $1`,
          [assessmentId],
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'List City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId, 'zh')).client;
    await repositories.createOwnStakeholderGroup(
      server.database.db,
      { organisationId },
      { key: 'port', nameZh: '港口', nameEn: 'Port' },
    );
    assessmentId = (await createInvitingAssessmentFixture(server, organisationId, { groups: [] }))
      .assessmentId;
    path = `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/invitations/import`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a list with problems as a whole, listing each with line and column, in both languages', async () => {
    const before = [await count('respondents'), await count('invitations')];
    const r = await admin.post<CsvError>(path, {
      csv: 'name,email,group\nAnn,ann@example.org,residents\n,bo@example.org,academia\nCy,cy-at-example,martians\n',
    });
    expect([r.status, r.body.error.code]).toEqual([400, 'invitation-csv-invalid']);
    expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.body.error.problems?.map((p) => [p.line, p.column, p.field, p.code])).toEqual([
      [3, 1, 'name', 'csv-name-required'],
      [4, 2, 'email', 'csv-email-invalid'],
      [4, 3, 'group', 'csv-group-unknown'],
    ]);
    expect(r.body.error.problems?.[2]?.message).toMatchObject({
      zh: expect.stringContaining('martians') as string,
      en: expect.stringContaining('martians') as string,
    });
    expect([await count('respondents'), await count('invitations')]).toEqual(before);
  });

  it('invites everybody of a good list in one go, with a link each, in the list’s order', async () => {
    const r = await admin.post<Issued[]>(path, {
      csv: '\uFEFF姓名;邮箱;群体\r\n王芳;wang@example.cn;居民\r\nLee;;Port\r\nKim;kim@example.org;academia\r\n',
      validDays: 14,
    });
    expect(r.status).toBe(201);
    expect(r.body.map((i) => [i.invitation.name, i.invitation.email, i.invitation.group])).toEqual([
      ['王芳', 'wang@example.cn', 'residents'],
      ['Lee', null, 'port'],
      ['Kim', 'kim@example.org', 'academia'],
    ]);
    expect(new Set(r.body.map((i) => i.link)).size).toBe(3);
    const anonymous = new ApiClient(server.url);
    for (const issued of r.body) {
      const opened = await anonymous.get<{ respondent: { name: string } }>(
        respondPath(issued.link.replace('/respond/', '')),
      );
      expect(opened.body.respondent.name).toBe(issued.invitation.name);
    }
  });

  it('records the whole list as one entry of the chain, which verifies', async () => {
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    if (!chain) throw new Error('no chain');
    const entry = chain.entries.find((e) => e.action === 'invitation.import');
    expect(
      (entry?.details as { invitations: { name: string }[] }).invitations.map((i) => i.name),
    ).toEqual(['王芳', 'Lee', 'Kim']);
    expect(verifyChain(chain.entries, chain.head).ok).toBe(true);
  });

  it('refuses a list of more than 500 people without inviting anyone', async () => {
    const before = await count('invitations');
    const rows = Array.from({ length: 501 }, (_, i) => `Person ${String(i)},residents`);
    const r = await admin.post<CsvError>(path, { csv: ['name,group', ...rows].join('\n') });
    expect([r.status, r.body.error.problems?.[0]?.code]).toEqual([400, 'csv-too-many-rows']);
    expect(await count('invitations')).toBe(before);
  });

  it('refuses a body larger than the limit with a 400, not a 500', async () => {
    const r = await admin.post<CsvError>(path, { csv: `name,group\n${'x'.repeat(200_001)}` });
    expect([r.status, r.body.error.code]).toEqual([400, 'validation']);
  });

  it('invites 500 people in one request', async () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `Person ${String(i)},p${String(i)}@example.org,residents`,
    );
    const r = await admin.post<Issued[]>(path, { csv: ['name,email,group', ...rows].join('\n') });
    expect([r.status, r.body.length]).toEqual([201, 500]);
  });
});
