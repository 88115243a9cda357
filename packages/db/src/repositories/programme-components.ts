import { and, asc, eq, isNull, isNotNull, type SQL } from 'drizzle-orm';
import { policyProducts, recommendationProgress } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The programme office's component tracker and interoperability matrix (ISO 37106 clause 6 and
// figure 5; the principles are in programme-principles.ts). Every query filters on the scope's
// organisation. Changes are optimistic: a write names the version it starts from (0 for a row
// that does not exist yet) and only applies when that is still the stored version, in one
// statement, so that two writers can never both succeed; otherwise the caller gets the stored row.

/** The outcome of a versioned write: the saved row, or the row as stored now (undefined: none). */
export type ComponentsVersionedWrite<Row> = { saved: Row } | { conflict: Row | undefined };

// ------------------------------------------------------------------ recommendation progress

/** The recorded progress of one recommendation. */
export type RecommendationProgressRecord = typeof recommendationProgress.$inferSelect & {
  updatedByName: string | null;
};

const progressColumns = {
  organisationId: recommendationProgress.organisationId,
  recommendationId: recommendationProgress.recommendationId,
  componentCode: recommendationProgress.componentCode,
  status: recommendationProgress.status,
  owner: recommendationProgress.owner,
  dueOn: recommendationProgress.dueOn,
  evidence: recommendationProgress.evidence,
  evidenceUrl: recommendationProgress.evidenceUrl,
  version: recommendationProgress.version,
  updatedBy: recommendationProgress.updatedBy,
  updatedAt: recommendationProgress.updatedAt,
  updatedByName: users.displayName,
};

async function selectProgress(db: Executor, where: SQL | undefined) {
  return db
    .select(progressColumns)
    .from(recommendationProgress)
    .leftJoin(users, eq(users.id, recommendationProgress.updatedBy))
    .where(where)
    .orderBy(asc(recommendationProgress.recommendationId));
}

/** The recorded progress of the organisation's recommendations (never-recorded ones have no row). */
export async function listRecommendationProgress(
  db: Executor,
  scope: OrganisationScope,
): Promise<RecommendationProgressRecord[]> {
  return selectProgress(db, eq(recommendationProgress.organisationId, scope.organisationId));
}

/** The recorded progress of one recommendation of the organisation. */
export async function getRecommendationProgress(
  db: Executor,
  scope: OrganisationScope,
  recommendationId: string,
): Promise<RecommendationProgressRecord | undefined> {
  const [row] = await selectProgress(
    db,
    and(
      eq(recommendationProgress.organisationId, scope.organisationId),
      eq(recommendationProgress.recommendationId, recommendationId),
    ),
  );
  return row;
}

/** What is written of a recommendation's progress. */
export interface RecommendationProgressWrite {
  componentCode: string;
  status: 'not-started' | 'in-progress' | 'done' | 'not-applicable';
  owner: string;
  dueOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
  updatedBy: string | null;
}

/** Records a recommendation's progress from the expected version (0: never recorded). */
export async function saveRecommendationProgress(
  db: Executor,
  scope: OrganisationScope,
  recommendationId: string,
  expectedVersion: number,
  values: RecommendationProgressWrite,
): Promise<ComponentsVersionedWrite<RecommendationProgressRecord>> {
  const rows =
    expectedVersion === 0
      ? await db
          .insert(recommendationProgress)
          .values({ ...values, recommendationId, organisationId: scope.organisationId })
          .onConflictDoNothing()
          .returning({ id: recommendationProgress.recommendationId })
      : await db
          .update(recommendationProgress)
          .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
          .where(
            and(
              eq(recommendationProgress.organisationId, scope.organisationId),
              eq(recommendationProgress.recommendationId, recommendationId),
              eq(recommendationProgress.version, expectedVersion),
            ),
          )
          .returning({ id: recommendationProgress.recommendationId });
  const stored = await getRecommendationProgress(db, scope, recommendationId);
  return rows.length > 0 && stored ? { saved: stored } : { conflict: stored };
}

// ------------------------------------------------------------------ policy products

/** A policy product of the interoperability matrix: a standard one's record or the city's own. */
export type PolicyProductRecord = typeof policyProducts.$inferSelect & {
  updatedByName: string | null;
};

const productColumns = {
  id: policyProducts.id,
  organisationId: policyProducts.organisationId,
  areaId: policyProducts.areaId,
  dimensionId: policyProducts.dimensionId,
  packProductKey: policyProducts.packProductKey,
  name: policyProducts.name,
  componentCodes: policyProducts.componentCodes,
  status: policyProducts.status,
  documentUrl: policyProducts.documentUrl,
  notes: policyProducts.notes,
  version: policyProducts.version,
  updatedBy: policyProducts.updatedBy,
  createdAt: policyProducts.createdAt,
  updatedAt: policyProducts.updatedAt,
  updatedByName: users.displayName,
};

async function selectProducts(db: Executor, where: SQL | undefined) {
  return db
    .select(productColumns)
    .from(policyProducts)
    .leftJoin(users, eq(users.id, policyProducts.updatedBy))
    .where(where)
    .orderBy(asc(policyProducts.createdAt), asc(policyProducts.id));
}

/** Every policy product row of the organisation (standard ones recorded, and its own), oldest first. */
export async function listPolicyProducts(
  db: Executor,
  scope: OrganisationScope,
): Promise<PolicyProductRecord[]> {
  return selectProducts(db, eq(policyProducts.organisationId, scope.organisationId));
}

/**
 * One policy product row of the organisation: its record of a standard product (by pack key), one
 * of its own products (by id), or either (by row id).
 */
export async function getPolicyProduct(
  db: Executor,
  scope: OrganisationScope,
  by: { packProductKey: string } | { ownId: string } | { id: string },
): Promise<PolicyProductRecord | undefined> {
  let which: SQL | undefined;
  if ('packProductKey' in by)
    which = and(
      isNotNull(policyProducts.packProductKey),
      eq(policyProducts.packProductKey, by.packProductKey),
    );
  else if ('ownId' in by)
    which = and(eq(policyProducts.id, by.ownId), isNull(policyProducts.packProductKey));
  else which = eq(policyProducts.id, by.id);
  const [row] = await selectProducts(
    db,
    and(eq(policyProducts.organisationId, scope.organisationId), which),
  );
  return row;
}

/** What is written of a policy product. */
export interface PolicyProductWrite {
  areaId: string;
  dimensionId: string;
  name: string;
  componentCodes: string[];
  status: 'none' | 'drafting' | 'adopted' | 'reviewed';
  documentUrl: string | null;
  notes: string;
  updatedBy: string | null;
}

/** Which product a write is for: a standard one by pack key, an own one by id, or a new own one. */
export type PolicyProductTarget = { packProductKey: string } | { ownId: string } | { newOwn: true };

/**
 * Writes a policy product from the expected version: 0 creates the organisation's record of a
 * standard product (only while it has none), a new own product is always created, any other
 * version changes the row still at that version. A conflict returns the row as stored now.
 */
export async function savePolicyProduct(
  db: Executor,
  scope: OrganisationScope,
  target: PolicyProductTarget,
  expectedVersion: number,
  values: PolicyProductWrite,
): Promise<ComponentsVersionedWrite<PolicyProductRecord>> {
  const [row] =
    'newOwn' in target || ('packProductKey' in target && expectedVersion === 0)
      ? await db
          .insert(policyProducts)
          .values({
            ...values,
            organisationId: scope.organisationId,
            packProductKey: 'packProductKey' in target ? target.packProductKey : null,
          })
          .onConflictDoNothing()
          .returning({ id: policyProducts.id })
      : await db
          .update(policyProducts)
          .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
          .where(
            and(
              eq(policyProducts.organisationId, scope.organisationId),
              'packProductKey' in target
                ? eq(policyProducts.packProductKey, target.packProductKey)
                : and(eq(policyProducts.id, target.ownId), isNull(policyProducts.packProductKey)),
              eq(policyProducts.version, expectedVersion),
            ),
          )
          .returning({ id: policyProducts.id });
  const saved = row ? await getPolicyProduct(db, scope, { id: row.id }) : undefined;
  if (saved) return { saved };
  if ('newOwn' in target) return { conflict: undefined };
  return { conflict: await getPolicyProduct(db, scope, target) };
}

/** Deletes one of the organisation's own products at the expected version (any when none given); returns it. */
export async function deleteOwnPolicyProduct(
  db: Executor,
  scope: OrganisationScope,
  id: string,
  expectedVersion?: number,
): Promise<typeof policyProducts.$inferSelect | undefined> {
  const [row] = await db
    .delete(policyProducts)
    .where(
      and(
        eq(policyProducts.organisationId, scope.organisationId),
        eq(policyProducts.id, id),
        isNull(policyProducts.packProductKey),
        expectedVersion === undefined ? undefined : eq(policyProducts.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}
