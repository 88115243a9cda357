// Fixtures of assessment cycles: an organisation assessed three times, every two years, through
// the API (created, answered, submitted with its snapshot), with levels crafted so that the trend
// and the plan realisation can be computed by hand (see the tests).
import type { ApiClient, TestServer } from './test-server.js';

type Pair = readonly [number | 'unknown', number];

/** Every characteristic at the cycle's default levels, except the crafted ones. */
export const cycleLevels: readonly { date: string; others: Pair; crafted: Record<string, Pair> }[] =
  [
    {
      date: '2022-03-01',
      others: [2, 3],
      crafted: { '1.1.1': [1, 3], '1.1.2': [2, 2], '2.1.1': [2, 3], '4.1': ['unknown', 3] },
    },
    {
      date: '2024-03-01',
      others: [3, 4],
      crafted: { '1.1.1': [2, 4], '1.1.2': [2, 3], '2.1.1': [2, 4], '4.1': [3, 3] },
    },
    {
      date: '2026-03-01',
      others: [3, 4],
      crafted: { '1.1.1': [4, 5], '1.1.2': [1, 3], '2.1.1': [3, 4], '4.1': [3, 4] },
    },
  ];

/** The ratings of one cycle for every characteristic of the model. */
export function cycleRatings(server: TestServer, cycle: (typeof cycleLevels)[number]) {
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  return Object.fromEntries(
    model.characteristics.map((c) => {
      const [current, target] = cycle.crafted[c.id] ?? cycle.others;
      return [c.id, { current, target }];
    }),
  );
}

/** Creates a single-stakeholder assessment through the API, answers it and (unless a draft) submits it. */
export async function assessmentThroughApi(
  client: ApiClient,
  organisationId: string,
  title: string,
  date: string,
  ratings: Record<string, { current: number | 'unknown'; target: number }>,
  options: { submit?: boolean } = {},
): Promise<string> {
  const base = `/api/v1/organisations/${organisationId}/assessments`;
  const created = await client.post<{ id: string; respondents: { id: string }[] }>(base, {
    title,
    date,
  });
  const id = created.body.id;
  const respondentId = created.body.respondents[0]?.id ?? '';
  const saved = await client.put(`${base}/${id}/respondents/${respondentId}/ratings`, { ratings });
  if (created.status !== 201 || saved.status !== 200)
    throw new Error(`fixture failed: ${String(created.status)} ${String(saved.status)}`);
  if (options.submit ?? true) {
    const submitted = await client.post(`${base}/${id}/submit`);
    if (submitted.status !== 200) throw new Error(`submit failed: ${String(submitted.status)}`);
  }
  return id;
}

/** The three submitted cycles of {@link cycleLevels}, oldest first (their assessment ids). */
export async function threeCyclesThroughApi(
  server: TestServer,
  client: ApiClient,
  organisationId: string,
): Promise<[string, string, string]> {
  const ids: string[] = [];
  for (const [i, cycle] of cycleLevels.entries())
    ids.push(
      await assessmentThroughApi(
        client,
        organisationId,
        `Cycle ${String(i + 1)}`,
        cycle.date,
        cycleRatings(server, cycle),
      ),
    );
  return ids as [string, string, string];
}
