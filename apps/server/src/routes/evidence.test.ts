import { createHash } from 'node:crypto';
import { verifyChain } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEvidenceFixture,
  tinyDocx,
  tinyExe,
  tinyOdt,
  tinyPdf,
  tinyPng,
  uploadForm,
} from '../test-support/evidence-fixtures.js';
import {
  ApiClient,
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.js';

interface Item {
  id: string;
  characteristicId: string;
  kind: string;
  body: string;
  file: { name: string; mediaType: string; size: number; sha256: string } | null;
  owner: { kind: string; displayName?: string };
  attachedTo: { kind: string; respondentId?: string };
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string }[] };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(databaseKinds)('evidence files on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let adminZh: ApiClient;
  let organisationId: string;
  let assessmentPath: string;
  let uploadPath: string;
  let assessmentId: string;

  /** Evidence rows, file rows and the chain's length: what a refused upload must leave alone. */
  const stored = async () => {
    const count = async (table: string) =>
      Number(
        (
          await server.database.pool.query<{ n: string }>(
            `select count(*) as n from ${table} where organisation_id = $1`,
            [organisationId],
          )
        ).rows[0]?.n,
      );
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    return {
      evidence: await count('evidence'),
      files: await count('evidence_files'),
      chain: chain?.head.seq,
    };
  };
  const upload = (content: Buffer, name: string, client = admin, characteristicId = '1.1.1') =>
    client.post<Item & ErrorBody>(uploadPath, uploadForm(content, name, { characteristicId }));

  beforeAll(async () => {
    server = await startTestServer(kind, { CITYMATURITY_MAX_UPLOAD_MB: '1' });
    const org = await createTestOrganisation(server, 'Evidence City');
    organisationId = org.id;
    admin = (await signedInAs(server, 'org_admin', org.id)).client;
    adminZh = (await signedInAs(server, 'org_admin', org.id, 'zh')).client;
    const fixture = await createEvidenceFixture(server, org.id);
    assessmentId = fixture.assessmentId;
    assessmentPath = `/api/v1/organisations/${org.id}/assessments/${fixture.assessmentId}`;
    uploadPath = `${assessmentPath}/respondents/${fixture.respondentId}/evidence`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('publishes its upload limit with the session, signed in or not, for the interface to explain', async () => {
    const signedIn = await admin.get<{ limits: { maxUploadMegabytes: number } }>('/api/v1/session');
    expect(signedIn.body.limits).toEqual({ maxUploadMegabytes: 1 });
    const anonymous = await new ApiClient(server.url).get<{ limits: unknown }>('/api/v1/session');
    expect(anonymous.body.limits).toEqual({ maxUploadMegabytes: 1 });
  });

  it('stores an uploaded PDF and describes it: name, type found in the content, size, SHA-256, owner', async () => {
    const r = await upload(tinyPdf, 'plan.pdf');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      characteristicId: '1.1.1',
      kind: 'file',
      body: 'plan.pdf',
      file: {
        name: 'plan.pdf',
        mediaType: 'application/pdf',
        size: tinyPdf.length,
        sha256: sha256(tinyPdf),
      },
      owner: { kind: 'user' },
      attachedTo: { kind: 'respondent' },
    });
  });

  it('takes the type from the content, not from the type the browser claimed', async () => {
    const r = await admin.post<Item>(
      uploadPath,
      uploadForm(tinyPng, 'dot.png', { characteristicId: '1.1.1' }, 'application/pdf'),
    );
    expect(r.body.file?.mediaType).toBe('image/png');
  });

  it('recognises a Word document (docx)', async () => {
    const r = await upload(tinyDocx, 'minutes.docx');
    expect(r.body.file?.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('recognises an OpenDocument text (odt)', async () => {
    const r = await upload(tinyOdt, 'minutes.odt');
    expect(r.body.file?.mediaType).toBe('application/vnd.oasis.opendocument.text');
  });

  it('adds the real extension when the name claims another type', async () => {
    const r = await upload(tinyPng, 'scan.pdf');
    expect(r.body.file?.name).toBe('scan.pdf.png');
  });

  it('keeps only a safe file name (no path, no control characters)', async () => {
    const r = await upload(tinyPdf, 'report\u202Efdp.pdf');
    expect(r.body.file?.name).toBe('reportfdp.pdf');
  });

  it('refuses a program named .pdf with 415 naming the file, and stores nothing', async () => {
    const before = await stored();
    const r = await upload(tinyExe, 'budget.pdf');
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe('evidence-unsupported-type');
    expect(r.body.error.message).toContain('“budget.pdf”');
    expect(await stored()).toEqual(before);
  });

  it('names the refused file in Chinese too', async () => {
    const r = await upload(tinyExe, '预算.pdf', adminZh);
    expect(r.status).toBe(415);
    expect(r.body.error.message).toContain('文件“预算.pdf”的内容不是允许的类型');
  });

  it('refuses plain text renamed to .pdf (415)', async () => {
    const r = await upload(Buffer.from('just some text, not a PDF'), 'notes.pdf');
    expect(r.status).toBe(415);
  });

  it('refuses a file over the limit with 413 naming the limit, and stores nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([tinyPdf, Buffer.alloc(1024 * 1024)]);
    const r = await upload(big, 'scan.pdf');
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('evidence-too-large');
    expect(r.body.error.message).toContain('1 MB');
    expect(await stored()).toEqual(before);
  });

  it('refuses an empty file', async () => {
    const r = await upload(Buffer.alloc(0), 'empty.pdf');
    expect(r.body.error.code).toBe('evidence-empty-file');
  });

  it('refuses two files in one request', async () => {
    const form = uploadForm(tinyPdf, 'a.pdf', { characteristicId: '1.1.1' });
    form.append('file', new Blob([tinyPng]), 'b.png');
    const r = await admin.post<ErrorBody>(uploadPath, form);
    expect([r.status, r.body.error.code]).toEqual([400, 'evidence-one-file']);
  });

  it('refuses a form without a file, naming the field', async () => {
    const form = new FormData();
    form.append('characteristicId', '1.1.1');
    const r = await admin.post<ErrorBody>(uploadPath, form);
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.path)).toEqual(['body.file']);
  });

  it("refuses a characteristic the model doesn't have", async () => {
    const r = await upload(tinyPdf, 'plan.pdf', admin, '9.9.9');
    expect([r.status, r.body.error.code]).toEqual([400, 'unknown-characteristic']);
  });

  it('downloads the identical bytes with the headers of a safe attachment', async () => {
    const created = await upload(tinyPdf, 'plan.pdf');
    const r = await admin.download(`${assessmentPath}/evidence/${created.body.id}/file`);
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(tinyPdf)).toBe(true);
    expect(
      Object.fromEntries(
        ['content-type', 'x-content-type-options', 'content-security-policy', 'cache-control'].map(
          (h) => [h, r.headers.get(h)],
        ),
      ),
    ).toEqual({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-cache',
    });
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('round-trips a Chinese file name', async () => {
    const name = '天津市智慧城市评估（2026）.pdf';
    const created = await upload(tinyPdf, name);
    expect(created.body.file?.name).toBe(name);
    const r = await admin.download(`${assessmentPath}/evidence/${created.body.id}/file`);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(r.headers.get('content-disposition') ?? '');
    expect(decodeURIComponent(encoded?.[1] ?? '')).toBe(name);
  });

  it('adds a note and a link as JSON', async () => {
    const note = await admin.post<Item>(uploadPath, {
      characteristicId: '1.2.1',
      kind: 'text',
      body: 'Minutes of the steering group',
    });
    const link = await admin.post<Item>(uploadPath, {
      characteristicId: '1.2.1',
      kind: 'link',
      body: 'https://example.org/plan',
    });
    expect([note.status, note.body.file, link.status, link.body.body]).toEqual([
      201,
      null,
      201,
      'https://example.org/plan',
    ]);
  });

  it('lists the evidence of one characteristic', async () => {
    const r = await admin.get<Item[]>(`${assessmentPath}/evidence?characteristicId=1.2.1`);
    expect(r.body.map((i) => [i.kind, i.body])).toEqual([
      ['text', 'Minutes of the steering group'],
      ['link', 'https://example.org/plan'],
    ]);
  });

  it('records additions in the hash chain with the SHA-256 and not the content, and the chain holds', async () => {
    const created = await upload(tinyPng, 'chart.png');
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    const entry = chain?.entries.find((e) => e.targetId === created.body.id);
    expect(entry).toMatchObject({
      action: 'evidence.add',
      details: {
        kind: 'file',
        characteristicId: '1.1.1',
        name: 'chart.png',
        mediaType: 'image/png',
        size: tinyPng.length,
        sha256: sha256(tinyPng),
      },
    });
    expect(JSON.stringify(entry?.details)).not.toContain(tinyPng.toString('base64'));
    expect(chain && verifyChain(chain.entries, chain.head).ok).toBe(true);
  });

  it('removes an item with its file, and records the removal in the chain', async () => {
    const created = await upload(tinyPdf, 'old.pdf');
    const r = await admin.delete(`${assessmentPath}/evidence/${created.body.id}`);
    expect(r.status).toBe(204);
    const files = await server.database.pool.query(
      'select 1 from evidence_files where evidence_id = $1',
      [created.body.id],
    );
    const chain = await repositories.readChain(
      server.database.db,
      { organisationId },
      assessmentId,
    );
    expect([files.rowCount, chain?.entries.at(-1)?.action]).toEqual([0, 'evidence.remove']);
    expect(
      (await admin.download(`${assessmentPath}/evidence/${created.body.id}/file`)).status,
    ).toBe(404);
  });

  it("shows files in the response's view of a rating, not among its links", async () => {
    const path = uploadPath.replace(/evidence$/, 'response');
    const r = await admin.get<{
      ratings: Record<string, { evidence: { links: string[]; files: { name: string }[] } }>;
    }>(path);
    const evidence = r.body.ratings['1.1.1']?.evidence;
    expect(evidence?.links).toEqual([]);
    expect(evidence?.files.map((f) => f.name)).toContain('plan.pdf');
  });

  it('refuses an upload without the CSRF token (403) and stores nothing', async () => {
    const before = await stored();
    const r = await admin.request<ErrorBody>(
      'POST',
      uploadPath,
      uploadForm(tinyPdf, 'plan.pdf', { characteristicId: '1.1.1' }),
      { 'x-csrf-token': 'forged' },
    );
    expect([r.status, r.body.error.code]).toEqual([403, 'csrf-failed']);
    expect(await stored()).toEqual(before);
  });

  it('leaves JSON routes alone when they are sent a multipart body (400, not 500)', async () => {
    const r = await admin.request<ErrorBody>(
      'PUT',
      uploadPath.replace(/evidence$/, 'ratings/1.1.1'),
      uploadForm(tinyPdf, 'x.pdf'),
    );
    expect([r.status, r.body.error.code]).toEqual([400, 'validation']);
  });
});
