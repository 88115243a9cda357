import { and, asc, eq } from 'drizzle-orm';
import { improvementStages } from '../schema/benchmarking.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

/** Where a city is in one stage of the five-stage improvement cycle. */
export type ImprovementStageStatusValue = 'not-started' | 'in-progress' | 'done';

/** What was recorded about one stage of the improvement cycle of an assessment. */
export interface ImprovementStageRecord {
  stageId: string;
  status: ImprovementStageStatusValue;
  notes: string;
  /** Optimistic locking: 1 for the first save, one more for every change. */
  version: number;
  updatedBy: string | null;
  /** Display name of the person who made the last change, when the account still exists. */
  updatedByName: string | null;
  updatedAt: Date;
}

const columns = {
  stageId: improvementStages.stageId,
  status: improvementStages.status,
  notes: improvementStages.notes,
  version: improvementStages.version,
  updatedBy: improvementStages.updatedBy,
  updatedByName: users.displayName,
  updatedAt: improvementStages.updatedAt,
};

/** The stages recorded for an assessment of the scope's organisation (stages never saved have no row). */
export async function listImprovementStages(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<ImprovementStageRecord[]> {
  return db
    .select(columns)
    .from(improvementStages)
    .leftJoin(users, eq(users.id, improvementStages.updatedBy))
    .where(
      and(
        eq(improvementStages.assessmentId, assessmentId),
        eq(improvementStages.organisationId, scope.organisationId),
      ),
    )
    .orderBy(asc(improvementStages.stageId));
}

/** One recorded stage (read it inside the transaction that locked the assessment before changing it). */
export async function getImprovementStage(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  stageId: string,
): Promise<ImprovementStageRecord | undefined> {
  const [row] = await db
    .select(columns)
    .from(improvementStages)
    .leftJoin(users, eq(users.id, improvementStages.updatedBy))
    .where(
      and(
        eq(improvementStages.assessmentId, assessmentId),
        eq(improvementStages.stageId, stageId),
        eq(improvementStages.organisationId, scope.organisationId),
      ),
    );
  return row;
}

/** The new state of a stage and the version it gets. */
export interface ImprovementStageWrite {
  status: ImprovementStageStatusValue;
  notes: string;
  version: number;
  updatedBy: string | null;
}

/**
 * Writes a stage of an assessment of the scope's organisation (insert or replace) with the given
 * version. The version check is the caller's, inside the transaction that locked the assessment:
 * this only stores.
 */
export async function writeImprovementStage(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  stageId: string,
  stage: ImprovementStageWrite,
): Promise<void> {
  const values = { ...stage, updatedAt: new Date() };
  await db
    .insert(improvementStages)
    .values({ ...values, assessmentId, stageId, organisationId: scope.organisationId })
    .onConflictDoUpdate({
      target: [improvementStages.assessmentId, improvementStages.stageId],
      set: values,
      setWhere: eq(improvementStages.organisationId, scope.organisationId),
    });
}
