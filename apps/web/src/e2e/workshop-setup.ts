import type { ApiClient } from '@citymaturity/server/test-support';

/** The stakeholders of the workshop: two groups of three that see the city very differently, and one of one. */
export const workshopStakeholders = [
  { group: 'local-government', count: 3, current: 1, target: 2 },
  { group: 'residents', count: 3, current: 4, target: 5 },
  { group: 'academia', count: 1, current: 3, target: 4 },
] as const;

/** The password of the members the setup creates. */
export const memberPassword = 'workshop-test-2026';

export interface WorkshopSetup {
  organisationId: string;
  assessmentId: string;
  /** The path of the workshop page. */
  path: string;
  /** Members of the organisation created for the workshop (sign in with {@link memberPassword}). */
  members: { facilitator: string; secondFacilitator: string; viewer: string };
  /** The invited stakeholders' link tokens. */
  tokens: string[];
  characteristicIds: string[];
}

interface Pack {
  dimensions: { subdimensions: { characteristics: { id: string }[] }[] }[];
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/**
 * A facilitated workshop made through the API alone, as a city would: members (a facilitator, a
 * second facilitator, a viewer), a facilitated-workshop assessment, seven invited stakeholders
 * in three groups who rate every characteristic through their links (with notes on 1.1.1), and the
 * reveal. `admin` is a signed-in organisation administrator.
 */
export async function createWorkshopThroughApi(
  admin: ApiClient,
  organisationId: string,
  suffix: string = Math.random().toString(36).slice(2, 8),
): Promise<WorkshopSetup> {
  const org = `/api/v1/organisations/${organisationId}`;
  const members = {
    facilitator: `facilitator-${suffix}@workshop.example`,
    secondFacilitator: `cofacilitator-${suffix}@workshop.example`,
    viewer: `viewer-${suffix}@workshop.example`,
  };
  const roles = { facilitator: 'facilitator', secondFacilitator: 'facilitator', viewer: 'viewer' };
  for (const [key, email] of Object.entries(members)) {
    const added = await admin.post(`${org}/members`, {
      email,
      displayName: key === 'viewer' ? 'Wang Viewer' : `Facilitator ${key}`,
      role: roles[key as keyof typeof roles],
      password: memberPassword,
    });
    expectStatus(added, 201, `member ${email}`);
  }

  const created = await admin.post<{ id: string }>(`${org}/assessments`, {
    title: `研讨会 Workshop ${suffix}`,
    date: '2026-11-20',
    method: 'facilitated-workshop',
  });
  expectStatus(created, 201, 'assessment');
  const assessmentId = created.body.id;
  const base = `${org}/assessments/${assessmentId}`;

  const pack = await admin.get<Pack>('/api/v1/models/mmssc');
  const characteristicIds = pack.body.dimensions.flatMap((d) =>
    d.subdimensions.flatMap((s) => s.characteristics.map((c) => c.id)),
  );

  const tokens: string[] = [];
  let person = 0;
  for (const stakeholder of workshopStakeholders) {
    for (let i = 0; i < stakeholder.count; i++) {
      person++;
      const invited = await admin.post<{ link: string }>(`${base}/invitations`, {
        name: `Stakeholder ${String(person)}`,
        group: stakeholder.group,
      });
      expectStatus(invited, 201, 'invitation');
      const token = invited.body.link.replace('/respond/', '');
      tokens.push(token);
      const ratings = Object.fromEntries(
        characteristicIds.map((id) => [
          id,
          {
            current: stakeholder.current,
            target: stakeholder.target,
            ...(id === '1.1.1' && i === 0
              ? { evidence: { text: `Note from ${stakeholder.group}`, links: [] } }
              : {}),
          },
        ]),
      );
      const rated = await admin.request('PUT', `/api/v1/respond/${token}/ratings`, { ratings });
      expectStatus(rated, 200, 'ratings');
    }
  }
  expectStatus(await admin.post(`${base}/reveal`), 200, 'reveal');
  return {
    organisationId,
    assessmentId,
    path: `/organisations/${organisationId}/assessments/${assessmentId}/workshop`,
    members,
    tokens,
    characteristicIds,
  };
}

/**
 * A workshop under way, for looking at its screens: {@link createWorkshopThroughApi}, then the
 * focus on 1.1.1 with its consensus recorded and a note added to it (as the administrator).
 */
export async function createWorkshopOnScreen(
  admin: ApiClient,
  organisationId: string,
): Promise<WorkshopSetup> {
  const setup = await createWorkshopThroughApi(admin, organisationId, 'screens');
  const base = `/api/v1/organisations/${organisationId}/assessments/${setup.assessmentId}`;
  expectStatus(
    await admin.put(`${base}/workshop/focus`, { characteristicId: '1.1.1' }),
    200,
    'focus',
  );
  const consensus = await admin.request(
    'PUT',
    `${base}/consensus/1.1.1`,
    {
      current: 2,
      target: 3,
      rationale: '规划已发布，但缺少可衡量的目标。The plan lacks measurable goals.',
      dissent: '居民：第 1 级。Residents: level 1.',
    },
    { 'if-none-match': '*' },
  );
  expectStatus(consensus, 201, 'consensus');
  expectStatus(
    await admin.post(`${base}/consensus/1.1.1/evidence`, {
      kind: 'link',
      body: 'https://example.org/minutes',
    }),
    201,
    'consensus evidence',
  );
  return setup;
}
