import type { ApiClient } from '@citymaturity/server/test-support';
import { characteristicIds } from './audit-setup.js';

/** The password of the members the setup creates. */
export const cycleMemberPassword = 'cycles-test-2026';

type Pair = readonly [number | 'unknown', number];

/**
 * Three cycles two years apart, every characteristic at the cycle's default levels except the
 * crafted ones (the levels of the server's cycles fixtures, so that the trend and the plan
 * realisation can be worked out by hand): by the third cycle 1.1.1 reached its plan (2 → planned 4,
 * now 4), 2.1.1 partly (2 → planned 4, now 3), 1.1.2 fell back (2 → planned 3, now 1) and every
 * default characteristic did not reach its plan (3 → planned 4, still 3).
 */
export const cycleLevels: readonly {
  title: string;
  date: string;
  others: Pair;
  crafted: Record<string, Pair>;
}[] = [
  {
    title: '第一周期 Cycle 1',
    date: '2022-03-01',
    others: [2, 3],
    crafted: { '1.1.1': [1, 3], '1.1.2': [2, 2], '2.1.1': [2, 3], '4.1': ['unknown', 3] },
  },
  {
    title: '第二周期 Cycle 2',
    date: '2024-03-01',
    others: [3, 4],
    crafted: { '1.1.1': [2, 4], '1.1.2': [2, 3], '2.1.1': [2, 4], '4.1': [3, 3] },
  },
  {
    title: '第三周期 Cycle 3',
    date: '2026-03-01',
    others: [3, 4],
    crafted: { '1.1.1': [4, 5], '1.1.2': [1, 3], '2.1.1': [3, 4], '4.1': [3, 4] },
  },
];

/** An organisation assessed three times, with members to edit its improvement cycle. */
export interface CycleCity {
  organisationId: string;
  /** The three submitted cycles, oldest first. */
  cycles: [string, string, string];
  /** A draft after them (a provisional cycle when drafts are included). */
  draft: string;
  /** Members (sign in with {@link cycleMemberPassword}). */
  members: { facilitator: string; viewer: string };
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
}

/**
 * A city assessed every two years, made through the API: the platform administrator (`platform`,
 * signed in) creates the organisation with `adminEmail` (an existing account, `admin` signed in)
 * as its administrator, who adds a facilitator and a viewer, answers and submits the three cycles
 * of {@link cycleLevels} and starts a draft with two answers.
 */
export async function createCycleCity(
  platform: ApiClient,
  admin: ApiClient,
  adminEmail: string,
  suffix: string = Math.random().toString(36).slice(2, 8),
): Promise<CycleCity> {
  const organisation = await platform.post<{ id: string }>('/api/v1/organisations', {
    nameZh: `周期市 ${suffix}`,
    nameEn: `Cycle City ${suffix}`,
    country: 'GB',
    kind: 'city',
    administrator: { email: adminEmail, displayName: 'Demo' },
  });
  expectStatus(organisation, 201, 'organisation');
  const organisationId = organisation.body.id;
  const org = `/api/v1/organisations/${organisationId}`;

  const members = {
    facilitator: `cycles-facilitator-${suffix}@cycles.example`,
    viewer: `cycles-viewer-${suffix}@cycles.example`,
  };
  for (const [role, email] of Object.entries(members)) {
    const added = await admin.post(`${org}/members`, {
      email,
      displayName: role === 'viewer' ? 'Li Viewer' : 'Fran Facilitator',
      role,
      password: cycleMemberPassword,
    });
    expectStatus(added, 201, `member ${email}`);
  }

  const ids = await characteristicIds(admin);
  const answer = async (title: string, date: string, ratings: Record<string, unknown>) => {
    const created = await admin.post<{ id: string; respondents: { id: string }[] }>(
      `${org}/assessments`,
      { title, date, respondentName: '领导小组 Leadership team' },
    );
    expectStatus(created, 201, `assessment ${title}`);
    const respondent = created.body.respondents[0]?.id ?? '';
    const base = `${org}/assessments/${created.body.id}`;
    expectStatus(
      await admin.put(`${base}/respondents/${respondent}/ratings`, { ratings }),
      200,
      `ratings of ${title}`,
    );
    return { id: created.body.id, base };
  };

  const cycles: string[] = [];
  for (const cycle of cycleLevels) {
    const ratings = Object.fromEntries(
      ids.map((id) => {
        const [current, target] = cycle.crafted[id] ?? cycle.others;
        return [id, { current, target }];
      }),
    );
    const { id, base } = await answer(cycle.title, cycle.date, ratings);
    expectStatus(await admin.post(`${base}/submit`), 200, `submit ${cycle.title}`);
    cycles.push(id);
  }
  const draft = await answer('草稿周期 Draft cycle', '2026-11-01', {
    '1.1.1': { current: 4, target: 5 },
    '1.1.2': { current: 2, target: 3 },
  });
  return {
    organisationId,
    cycles: cycles as [string, string, string],
    draft: draft.id,
    members,
  };
}
