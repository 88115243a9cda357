import { createTestDatabase, databaseKinds } from '@citymaturity/db/test-support';
import { filledModelForm, formsUpload } from '@citymaturity/server/exchange-test-support';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '@citymaturity/server/test-support';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

/** Runs the command in this process, capturing what it prints. */
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

const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describe.each(databaseKinds)('citymaturity backup and restore on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let organisationId: string;
  let dir: string;
  const assessmentIds: string[] = [];
  let source: Record<string, string>;

  /** An organisation with a bit of everything, made through the API so that it verifies. */
  async function populate() {
    const base = `/api/v1/organisations/${organisationId}/assessments`;
    // A single-stakeholder baseline, answered with a note and a file, and submitted.
    const created = await admin.post<{ id: string; respondents: { id: string }[] }>(base, {
      title: '2026 基线',
      date: '2026-11-01',
    });
    const id = created.body.id;
    const respondentId = created.body.respondents[0]?.id ?? '';
    const model = server.ctx.models.get('mmssc');
    const ratings = Object.fromEntries(
      (model?.characteristics ?? []).map((c, i) => [
        c.id,
        { current: (i % 5) + 1, target: i % 3 === 0 ? 'unknown' : 5 },
      ]),
    );
    await admin.put(`${base}/${id}/respondents/${respondentId}/ratings`, { ratings });
    const file = new FormData();
    file.append('characteristicId', '1.1.1');
    file.append('file', new Blob([tinyPdf], { type: 'application/pdf' }), '会议纪要.pdf');
    const upload = await admin.post(`${base}/${id}/respondents/${respondentId}/evidence`, file);
    if (upload.status !== 201) throw new Error(`upload: ${String(upload.status)}`);
    const submitted = await admin.post(`${base}/${id}/submit`);
    if (submitted.status !== 200) throw new Error(`submit: ${String(submitted.status)}`);
    assessmentIds.push(id);
    // A multi-stakeholder draft: an invited stakeholder and two paper forms.
    const multi = await admin.post<{ id: string }>(base, {
      title: 'Stakeholders 2026',
      date: '2026-11-05',
      method: 'multi-stakeholder',
    });
    assessmentIds.push(multi.body.id);
    await admin.post(`${base}/${multi.body.id}/invitations`, {
      name: 'Resident',
      group: 'residents',
    });
    const forms = await admin.post(
      `${base}/${multi.body.id}/diagnostic-forms`,
      formsUpload([
        { name: 'a.xlsx', content: await filledModelForm(server, 'zh') },
        { name: 'b.xlsx', content: await filledModelForm(server, 'en') },
      ]),
    );
    if (forms.status !== 201) throw new Error(`forms: ${String(forms.status)}`);
    // The benchmarking and improvement rows of the organisation (their API is another area's).
    const pool = server.database.pool;
    const consortium = await pool.query<{ id: string }>(
      `insert into consortia (owner_organisation_id, name_zh, name_en, join_code_hash)
       values ($1, '联盟', 'Consortium', encode(sha256(gen_random_uuid()::text::bytea), 'hex')) returning id`,
      [organisationId],
    );
    const consortiumId = consortium.rows[0]?.id;
    await pool.query(
      'insert into consortium_members (consortium_id, organisation_id, named) values ($1, $2, true)',
      [consortiumId, organisationId],
    );
    await pool.query(
      `insert into consortium_shares (consortium_id, organisation_id, assessment_id, model_id, model_version, assessed_on, levels)
       values ($1, $2, $3, 'mmssc', '1.0.0', '2026-11-01', '{"1.1.1": {"current": 1, "target": 5}}')`,
      [consortiumId, organisationId, id],
    );
    await pool.query(
      `insert into improvement_stages (organisation_id, assessment_id, stage_id, status, notes)
       values ($1, $2, 'baseline', 'done', '已完成基线评估')`,
      [organisationId, id],
    );
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Backup City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    await populate();
    dir = await mkdtemp(join(tmpdir(), 'cm-backup-'));
    source = { DATABASE_URL: server.database.connectionString };
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips exactly: restored into an empty database, the backup of it is the same file, and every assessment verifies', async () => {
    const first = join(dir, `first-${kind}.jsonl.gz`);
    const backedUp = await run(['backup', '--organisation', organisationId, '-o', first], source);
    expect(backedUp.code).toBe(0);
    expect(backedUp.stderr).toContain('audit_log:');
    const target = await createTestDatabase(kind);
    try {
      const env = { DATABASE_URL: target.connectionString };
      const restored = await run(['restore', first], env);
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain(
        `restored Backup City（中） / Backup City (${organisationId})`,
      );
      const second = join(dir, `second-${kind}.jsonl.gz`);
      expect((await run(['backup', '--organisation', 'Backup City', '-o', second], env)).code).toBe(
        0,
      );
      expect((await readFile(second)).equals(await readFile(first))).toBe(true);
      for (const id of assessmentIds) {
        const verified = await run(['verify', id], env);
        expect([id, verified.code]).toEqual([id, 0]);
      }
    } finally {
      await target.close();
    }
  });

  it('gives each user restored without a password a one-time link to set one', async () => {
    const file = join(dir, `links-${kind}.jsonl.gz`);
    await run(['backup', '--organisation', organisationId, '-o', file], source);
    const target = await createTestDatabase(kind);
    try {
      const restored = await run(['restore', file], { DATABASE_URL: target.connectionString });
      expect(restored.stdout).toMatch(
        /sets a password through this link .*: \/account-setup#[0-9a-f-]{36}\./,
      );
    } finally {
      await target.close();
    }
  });

  it('carries password hashes only when asked', async () => {
    const file = join(dir, `credentials-${kind}.jsonl.gz`);
    await run(
      ['backup', '--organisation', organisationId, '-o', file, '--include-credentials'],
      source,
    );
    const target = await createTestDatabase(kind);
    try {
      const restored = await run(['restore', file], { DATABASE_URL: target.connectionString });
      expect(restored.stdout).not.toContain('/account-setup#');
      const hashes = async (pool: typeof target.pool) =>
        (
          await pool.query(
            'select u.password_hash from users u join memberships m on m.user_id = u.id where m.organisation_id = $1',
            [organisationId],
          )
        ).rows as unknown[];
      expect(await hashes(target.pool)).toEqual(await hashes(server.database.pool));
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over an organisation that exists, in the language asked', async () => {
    const file = join(dir, `again-${kind}.jsonl.gz`);
    await run(['backup', '--organisation', organisationId, '-o', file], source);
    const refused = await run(['restore', file, '--lang', 'zh'], source);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('该数据库中已有此组织');
  });

  it('refuses a file that is not a backup', async () => {
    const file = join(dir, `not-${kind}.jsonl.gz`);
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'hello'));
    const refused = await run(['restore', file], source);
    expect([refused.code, refused.stderr.trim()]).toEqual([
      1,
      'the file is not a CityMaturity backup',
    ]);
  });

  it('says so when there is no such organisation', async () => {
    const r = await run(['backup', '--organisation', 'Atlantis', '-o', join(dir, 'x.gz')], source);
    expect([r.code, r.stderr.trim()]).toEqual([1, 'there is no such organisation']);
  });
});

describe('citymaturity backup: usage', () => {
  it('exits 2 without the organisation or the output file', async () => {
    expect((await run(['backup', '-o', 'x.gz'])).code).toBe(2);
    expect((await run(['backup', '--organisation', 'x'])).code).toBe(2);
  });
});
