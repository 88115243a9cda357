import { databaseKinds } from '@citymaturity/db/test-support';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '@citymaturity/server/test-support';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

/** Runs the command in this process (against the test database), capturing what it prints. */
async function run(args: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await main(
    args,
    {
      stdout: (text) => (out.stdout += `${text}\n`),
      stderr: (text) => (out.stderr += `${text}\n`),
    },
    { LANG: 'C.UTF-8', ...env },
  );
  return { code, ...out };
}

describe('citymaturity verify: usage', () => {
  it('exits 2 with help for an argument that is neither an id nor a digest', async () => {
    const r = await run(['verify', 'last-year']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('an assessment id (UUID) or a snapshot digest');
    expect(r.stderr).toContain('Usage: citymaturity verify');
  });

  it('exits 2 with help without an argument', async () => {
    expect((await run(['verify'])).code).toBe(2);
  });
});

describe.each(databaseKinds)('citymaturity verify on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let env: Record<string, string>;
  let organisationId: string;

  /** A single-stakeholder assessment answered and submitted through the API. */
  async function submitted() {
    const base = `/api/v1/organisations/${organisationId}/assessments`;
    const created = await admin.post<{ id: string; respondents: { id: string }[] }>(base, {
      title: 'CLI baseline',
      date: '2026-11-01',
    });
    const respondentId = created.body.respondents[0]?.id ?? '';
    const model = server.ctx.models.get('mmssc');
    const ratings = Object.fromEntries(
      (model?.characteristics ?? []).map((c) => [c.id, { current: 2, target: 3 }]),
    );
    await admin.put(`${base}/${created.body.id}/respondents/${respondentId}/ratings`, { ratings });
    const done = await admin.post<{ snapshot: { digest: string } }>(
      `${base}/${created.body.id}/submit`,
    );
    return { assessmentId: created.body.id, respondentId, digest: done.body.snapshot.digest };
  }

  /** Changes a stored row behind the application (triggers bypassed). */
  async function tamper(text: string, values: unknown[]) {
    const client = new pg.Client({ connectionString: server.database.connectionString });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      await client.query(text, values);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'CLI City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    env = { DATABASE_URL: server.database.connectionString };
  });
  afterAll(async () => {
    await server.close();
  });

  it('exits 0 for an unchanged assessment, by id', async () => {
    const f = await submitted();
    const r = await run(['verify', f.assessmentId], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ OK  Unchanged since submission');
    expect(r.stdout).toContain(f.digest);
  });

  it('exits 0 for an unchanged assessment, by digest, in Chinese', async () => {
    const f = await submitted();
    const r = await run(['verify', f.digest, '--lang', 'zh'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 通过  自提交以来未被改动');
  });

  it('prints the whole verification as JSON', async () => {
    const f = await submitted();
    const r = await run(['verify', f.assessmentId, '--json'], env);
    const report = JSON.parse(r.stdout) as { ok: boolean; snapshot: { storedDigest: string } };
    expect([r.code, report.ok, report.snapshot.storedDigest]).toEqual([0, true, f.digest]);
  });

  it('exits 1 naming the rating changed in the table', async () => {
    const f = await submitted();
    await tamper(
      "update ratings set current = 5 where respondent_id = $1 and characteristic_id = '1.2.1'",
      [f.respondentId],
    );
    const r = await run(['verify', f.assessmentId], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✘ BROKEN');
    expect(r.stderr).toContain(`respondents.${f.respondentId}.ratings.1.2.1.current`);
  });

  it('exits 1 naming the audit log entry changed in place', async () => {
    const f = await submitted();
    const row = (
      await server.database.pool.query<{ id: string; seq: number }>(
        "select id, seq from audit_log where assessment_id = $1 and action = 'ratings.save'",
        [f.assessmentId],
      )
    ).rows[0];
    await tamper("update audit_log set action = 'ratings.saved' where id = $1", [row?.id]);
    const r = await run(['verify', f.digest], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `The hash chain breaks at entry ${String(row?.seq)} (ratings.saved, log row ${String(row?.id)})`,
    );
  });

  it('exits 1 for an assessment that does not exist', async () => {
    const r = await run(['verify', '0b9c1c3e-2f4a-4c1e-9a57-0d0c0f0e0a0b'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no such assessment');
  });
});
