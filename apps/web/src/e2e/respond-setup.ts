import type { ApiClient } from '@citymaturity/server/test-support';

/** Invitation links in the two states the stakeholder's page shows. */
export interface RespondLinks {
  /** A link to a multi-stakeholder draft, one characteristic answered with a file. */
  open: string;
  /** A link to an assessment whose results are revealed. */
  revealed: string;
}

/** A tiny valid PDF (recognised by its content). */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/** Answers through a link (no session: the token is the credential). */
async function answer(baseUrl: string, link: string, ratings: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/v1${link}/ratings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ratings }),
  });
  if (response.status !== 200) throw new Error(`answers not saved: ${String(response.status)}`);
}

/**
 * Two multi-stakeholder assessments made through the API as an organiser would (`admin` signed
 * in): one open, with an invited stakeholder who has answered 1.1.1 and attached a PDF; one whose
 * three invited residents have answered and whose results are revealed.
 */
export async function createRespondLinks(
  admin: ApiClient,
  organisationId: string,
): Promise<RespondLinks> {
  const base = `/api/v1/organisations/${organisationId}/assessments`;
  const invite = async (assessmentId: string, name: string) => {
    const invited = await admin.post<{ link: string }>(`${base}/${assessmentId}/invitations`, {
      name,
      group: 'residents',
    });
    expectStatus(invited, 201, `invitation of ${name}`);
    return invited.body.link;
  };

  const open = await admin.post<{ id: string }>(base, {
    title: '利益相关方评分 Stakeholder rating',
    date: '2026-11-01',
    method: 'multi-stakeholder',
  });
  expectStatus(open, 201, 'open assessment');
  const openLink = await invite(open.body.id, '王芳 Wang Fang');
  await answer(admin.baseUrl, openLink, {
    '1.1.1': { current: 2, target: 3, evidence: { text: '2026 规划', links: [] } },
  });
  const form = new FormData();
  form.append('characteristicId', '1.1.1');
  form.append('file', new Blob([tinyPdf], { type: 'application/pdf' }), '城市规划 plan.pdf');
  const uploaded = await fetch(`${admin.baseUrl}/api/v1${openLink}/evidence`, {
    method: 'POST',
    body: form,
  });
  if (uploaded.status !== 201) throw new Error(`file not added: ${String(uploaded.status)}`);

  const closed = await admin.post<{ id: string }>(base, {
    title: '已公布 Revealed rating',
    date: '2026-11-01',
    method: 'multi-stakeholder',
  });
  expectStatus(closed, 201, 'revealed assessment');
  const links: string[] = [];
  for (const [i, name] of ['李 Li', '赵 Zhao', '陈 Chen'].entries()) {
    const link = await invite(closed.body.id, name);
    await answer(admin.baseUrl, link, {
      '1.1.1': { current: 1 + i, target: 3 + (i % 2) },
      '2.1.1': { current: 2, target: 4 },
      '3.1.1': { current: 'unknown', target: 3 },
    });
    links.push(link);
  }
  expectStatus(await admin.post(`${base}/${closed.body.id}/reveal`), 200, 'reveal');
  return { open: openLink, revealed: links[0] ?? '' };
}
