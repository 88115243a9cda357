import type { ApiClient } from '@citymaturity/server/test-support';

/** The organiser's pages of a multi-stakeholder rating, in the states worth checking. */
export interface StakeholderAssessments {
  /** A draft with invitations in several groups (one revoked, one answering) and an own group. */
  open: string;
  /** A rating whose results are revealed. */
  revealed: string;
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/** Answers through a link (no session: the token is the credential). */
async function answer(baseUrl: string, link: string) {
  const response = await fetch(`${baseUrl}/api/v1${link}/ratings/1.1.1`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ current: 2, target: 4 }),
  });
  if (response.status !== 200) throw new Error(`answer not saved: ${String(response.status)}`);
}

/**
 * Two multi-stakeholder assessments made through the API as an organiser would (`admin` signed
 * in): an open one with an own stakeholder group, a list of invitations, one revoked and one
 * answering; and one whose results are revealed.
 */
export async function createStakeholderAssessments(
  admin: ApiClient,
  organisationId: string,
): Promise<StakeholderAssessments> {
  const organisation = `/api/v1/organisations/${organisationId}`;
  const group = await admin.post(`${organisation}/stakeholder-groups`, {
    nameZh: '青年议事会',
    nameEn: 'Youth council',
  });
  expectStatus(group, 201, 'own group');
  const create = async (title: string) => {
    const created = await admin.post<{ id: string }>(`${organisation}/assessments`, {
      title,
      date: '2026-11-01',
      method: 'multi-stakeholder',
    });
    expectStatus(created, 201, title);
    return `${organisation}/assessments/${created.body.id}`;
  };

  const open = await create('多方观点 Stakeholder views');
  const imported = await admin.post<{ invitation: { id: string }; link: string }[]>(
    `${open}/invitations/import`,
    {
      csv: [
        '姓名,邮箱,群体',
        '张伟,zhang.wei@example.org,地方政府部门',
        'Anna Chen,anna@example.org,academia',
        '李娜,,Youth council',
        'Ben Okafor,ben@example.org,居民',
      ].join('\n'),
    },
  );
  expectStatus(imported, 201, 'import');
  const [first, second] = imported.body;
  if (!first || !second) throw new Error('invitations missing');
  expectStatus(
    await admin.post(`${open}/invitations/${first.invitation.id}/revoke`),
    200,
    'revoke',
  );
  await answer(admin.baseUrl, second.link);

  const revealed = await create('已公布 Revealed views');
  const invited = await admin.post<{ link: string }>(`${revealed}/invitations`, {
    name: '陈 Chen',
    group: 'residents',
  });
  expectStatus(invited, 201, 'invitation');
  await answer(admin.baseUrl, invited.body.link);
  expectStatus(await admin.post(`${revealed}/reveal`), 200, 'reveal');

  const id = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return { open: id(open), revealed: id(revealed) };
}
