import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewFixture } from '../test-support/programme-reviews-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Factor {
  factorId: string;
  counts: { red: number; amber: number; green: number; unrated: number };
  rag: string | null;
}
interface Review {
  id: string;
  kind: string;
  reviewedOn: string;
  reviewer: string;
  notes: string;
  ratings: { itemId: string; rating: number; comment: string }[];
  summary: { rated: number; mean: number | null; factors: Factor[] };
  changes: {
    previousReviewId: string;
    items: { itemId: string; change: string | null }[];
    factors: {
      factorId: string;
      previous: string | null;
      rag: string | null;
      change: string | null;
    }[];
  } | null;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
}
interface History {
  kind: string;
  scale: { max: number; values: { value: number; id: string }[] };
  items: { id: string }[];
  reviews: Review[];
  factorSeries: Record<string, { reviewId: string; rag: string | null }[]>;
  meanSeries: { reviewId: string; mean: number | null }[];
}
interface ErrorBody {
  error: {
    code: string;
    message: string;
    current?: Review | null;
    issues?: { path: string; message: string }[];
  };
}

describe.each(databaseKinds)('programme reviews on %s', (kind) => {
  let server: TestServer;
  let organisationId: string;
  let office: ApiClient;
  let facilitator: ApiClient;
  let otherId: string;
  const path = (org = organisationId) => `/api/v1/organisations/${org}/programme/reviews`;
  const ksf = (reviewedOn: string, ratings: [string, number][]) => ({
    kind: 'key-success-factors',
    reviewedOn,
    reviewer: 'Programme board',
    notes: 'Quarterly review',
    ratings: ratings.map(([itemId, rating]) => ({ itemId, rating, comment: '' })),
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Review City')).id;
    office = (await signedInAs(server, 'programme_office', organisationId)).client;
    facilitator = (await signedInAs(server, 'facilitator', organisationId)).client;
    otherId = (await createTestOrganisation(server, 'Other City')).id;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('key success factor reviews', () => {
    let first: Review;
    let second: Review;
    beforeAll(async () => {
      second = (
        await office.post<Review>(
          path(),
          ksf('2026-06-30', [
            ['ksf-2a-1', 3],
            ['ksf-2b-1', 3],
            ['ksf-2b-2', 3],
            ['ksf-2c-1', 3],
            ['ksf-2c-2', 3],
          ]),
        )
      ).body;
      first = (
        await office.post<Review>(
          path(),
          ksf('2026-03-31', [
            ['ksf-2a-1', 1],
            ['ksf-2b-1', 2],
          ]),
        )
      ).body;
    });

    it('records a review with its ratings and per-factor summary', async () => {
      const r = await office.post<Review>(path(), ksf('2025-12-01', [['ksf-1a-1', 2]]));
      expect(r.status).toBe(201);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body.ratings).toEqual([{ itemId: 'ksf-1a-1', rating: 2, comment: '' }]);
      expect(r.body.summary.factors.find((f) => f.factorId === 'ksf-1')).toMatchObject({
        counts: { red: 0, amber: 1, green: 0, unrated: 7 },
        rag: 'amber',
      });
      await office.delete(`${path()}/${r.body.id}`);
    });

    it('gives the history by date with the RAG series of each factor and the changes', async () => {
      const r = await facilitator.get<History>(`${path()}?kind=key-success-factors`);
      expect(r.status).toBe(200);
      expect(r.body.scale.values.map((v) => v.id)).toEqual(['red', 'amber', 'green']);
      expect(r.body.items).toHaveLength(41);
      expect(r.body.reviews.map((x) => x.id)).toEqual([first.id, second.id]);
      expect(r.body.factorSeries['ksf-2']?.map((p) => p.rag)).toEqual(['red', 'green']);
      const change = r.body.reviews[1]?.changes;
      expect(change?.previousReviewId).toBe(first.id);
      expect(change?.factors.find((f) => f.factorId === 'ksf-2')).toEqual({
        factorId: 'ksf-2',
        previous: 'red',
        rag: 'green',
        change: 'improved',
      });
      expect(change?.items.find((i) => i.itemId === 'ksf-2a-1')?.change).toBe('improved');
      expect(r.body.meanSeries.map((p) => p.mean)).toEqual([1.5, 3]);
    });

    it('gives one review with its changes since the review before', async () => {
      const r = await office.get<Review>(`${path()}/${second.id}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('etag')).toBe('"1"');
      expect(r.body.changes?.previousReviewId).toBe(first.id);
      expect(r.body.summary.rated).toBe(5);
    });

    it('replaces fields and ratings with If-Match and gives the next version', async () => {
      const created = (await office.post<Review>(path(), ksf('2024-01-01', [['ksf-3a-1', 1]])))
        .body;
      const r = await office.request<Review>(
        'PATCH',
        `${path()}/${created.id}`,
        { reviewer: 'Audit committee', ratings: [{ itemId: 'ksf-3a-2', rating: 3 }] },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(200);
      expect(r.headers.get('etag')).toBe('"2"');
      expect(r.body).toMatchObject({
        reviewer: 'Audit committee',
        notes: 'Quarterly review',
        reviewedOn: '2024-01-01',
        version: 2,
      });
      expect(r.body.ratings).toEqual([{ itemId: 'ksf-3a-2', rating: 3, comment: '' }]);
      await office.delete(`${path()}/${created.id}`);
    });

    it('keeps the ratings when a change does not send them', async () => {
      const created = (await office.post<Review>(path(), ksf('2024-02-01', [['ksf-4a-1', 2]])))
        .body;
      const r = await office.request<Review>(
        'PATCH',
        `${path()}/${created.id}`,
        { notes: 'Re-read' },
        { 'if-match': '"1"' },
      );
      expect(r.body.ratings).toEqual([{ itemId: 'ksf-4a-1', rating: 2, comment: '' }]);
      await office.delete(`${path()}/${created.id}`);
    });

    it('refuses a change from a stale version with 412 and the stored review, writing nothing', async () => {
      const created = (await office.post<Review>(path(), ksf('2024-03-01', [['ksf-5a-1', 2]])))
        .body;
      await office.request(
        'PATCH',
        `${path()}/${created.id}`,
        { notes: 'A' },
        { 'if-match': '"1"' },
      );
      const r = await office.request<ErrorBody>(
        'PATCH',
        `${path()}/${created.id}`,
        { notes: 'B', ratings: [] },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(412);
      expect(r.body.error.code).toBe('programme-review-conflict');
      expect(r.body.error.current).toMatchObject({ notes: 'A', version: 2 });
      expect(r.body.error.current?.ratings).toHaveLength(1);
      const stored = await office.get<Review>(`${path()}/${created.id}`);
      expect(stored.body.ratings).toHaveLength(1);
      await office.delete(`${path()}/${created.id}`);
    });
  });

  describe('rating checks against the kind', () => {
    it('refuses an item of another kind, naming the rating', async () => {
      const r = await office.post<ErrorBody>(path(), {
        kind: 'governance',
        reviewedOn: '2026-01-01',
        reviewer: 'Board',
        ratings: [
          { itemId: 'shared-resources', rating: 2 },
          { itemId: 'ksf-1a-1', rating: 2 },
        ],
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('programme-review-ratings-invalid');
      expect(r.body.error.issues).toEqual([
        { path: 'body.ratings.1.itemId', message: 'unknown-item' },
      ]);
      expect(r.body.error.message).toContain('body.ratings.1.itemId');
    });

    it("refuses a rating outside the kind's scale", async () => {
      const r = await office.post<ErrorBody>(path(), ksf('2026-01-01', [['ksf-1a-1', 4]]));
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([
        { path: 'body.ratings.0.rating', message: 'out-of-range' },
      ]);
    });

    it('accepts 5 for procurement and refuses 5 for governance', async () => {
      const procurement = await office.post<Review>(path(), {
        kind: 'procurement',
        reviewedOn: '2026-01-01',
        reviewer: 'Board',
        ratings: [{ itemId: 'procurement-16', rating: 5 }],
      });
      expect(procurement.status).toBe(201);
      expect(procurement.body.summary.mean).toBe(5);
      const governance = await office.post<ErrorBody>(path(), {
        kind: 'governance',
        reviewedOn: '2026-01-01',
        reviewer: 'Board',
        ratings: [{ itemId: 'citizen-engagement', rating: 5 }],
      });
      expect(governance.status).toBe(400);
      await office.delete(`${path()}/${procurement.body.id}`);
    });

    it('refuses an item rated twice, in Chinese too', async () => {
      const zh = (await signedInAs(server, 'programme_office', organisationId, 'zh')).client;
      const r = await zh.post<ErrorBody>(
        path(),
        ksf('2026-01-01', [
          ['ksf-1a-1', 2],
          ['ksf-1a-1', 3],
        ]),
      );
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([
        { path: 'body.ratings.1.itemId', message: 'duplicate' },
      ]);
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it("checks a change's ratings against the review's own kind, writing nothing", async () => {
      const created = (
        await office.post<Review>(path(), {
          kind: 'governance',
          reviewedOn: '2026-01-01',
          reviewer: 'Board',
          ratings: [{ itemId: 'shared-resources', rating: 4 }],
        })
      ).body;
      const r = await office.request<ErrorBody>(
        'PATCH',
        `${path()}/${created.id}`,
        { reviewer: 'Changed', ratings: [{ itemId: 'procurement-1', rating: 1 }] },
        { 'if-match': '"1"' },
      );
      expect(r.status).toBe(400);
      const stored = await office.get<Review>(`${path()}/${created.id}`);
      expect(stored.body).toMatchObject({ reviewer: 'Board', version: 1 });
      await office.delete(`${path()}/${created.id}`);
    });
  });

  it('deletes a review with its ratings and records it', async () => {
    const created = (await office.post<Review>(path(), ksf('2023-01-01', [['ksf-9a-1', 3]]))).body;
    const r = await office.request('DELETE', `${path()}/${created.id}`, undefined, {
      'if-match': '"1"',
    });
    expect(r.status).toBe(204);
    expect((await office.get(`${path()}/${created.id}`)).status).toBe(404);
    const ratings = await server.database.pool.query(
      'select 1 from programme_review_ratings where review_id = $1',
      [created.id],
    );
    expect(ratings.rowCount).toBe(0);
    const audit = await server.database.pool.query<{ action: string }>(
      'select action from audit_log where target_id = $1 order by id',
      [created.id],
    );
    expect(audit.rows.map((a) => a.action)).toEqual([
      'programme.review.create',
      'programme.review.delete',
    ]);
  });

  it('names who changed a review last, in the change and in the history', async () => {
    const created = (
      await office.post<Review>(path(), {
        kind: 'governance',
        reviewedOn: '2022-01-01',
        reviewer: 'Board',
        ratings: [{ itemId: 'shared-resources', rating: 2 }],
      })
    ).body;
    const admin = await signedInAs(server, 'org_admin', organisationId);
    const r = await admin.client.request<Review>(
      'PATCH',
      `${path()}/${created.id}`,
      { notes: 'Checked' },
      { 'if-match': '"1"' },
    );
    const expected = { id: admin.user.id, displayName: admin.user.displayName };
    expect(r.body.updatedBy).toEqual(expected);
    const history = await facilitator.get<History>(`${path()}?kind=governance`);
    expect(history.body.reviews.find((x) => x.id === created.id)?.updatedBy).toEqual(expected);
    await office.delete(`${path()}/${created.id}`);
  });

  it("never shows or touches another organisation's review (404)", async () => {
    const theirs = await reviewFixture(server, otherId);
    expect((await office.get(`${path()}/${theirs.id}`)).status).toBe(404);
    const patch = await office.request(
      'PATCH',
      `${path()}/${theirs.id}`,
      { reviewer: 'Hijacked' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(404);
    expect((await office.delete(`${path()}/${theirs.id}`)).status).toBe(404);
    const history = await office.get<History>(`${path()}?kind=key-success-factors`);
    expect(history.body.reviews.some((r) => r.id === theirs.id)).toBe(false);
    const stored = await server.database.pool.query<{ reviewer: string }>(
      'select reviewer from programme_reviews where id = $1',
      [theirs.id],
    );
    expect(stored.rows[0]?.reviewer).toBe('Programme board');
    expect((await office.get(`${path(otherId)}?kind=governance`)).status).toBe(404);
  });
});
