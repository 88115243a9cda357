import { and, asc, eq, inArray } from 'drizzle-orm';
import { benefitNodes, initiativeLifts, roadmapInitiatives } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The programme office's roadmap (ISO 37106 6.9.2, table 6): initiatives in the five phases, with
// the characteristics each should lift. Every query filters on the scope's organisation. Changes
// are made in a transaction that first locks the initiative (getRoadmapInitiative with `lock`),
// so that the caller's version check and the write see the same row.

/** A characteristic an initiative should lift, and to which level. */
export interface InitiativeLift {
  characteristicId: string;
  targetLevel: number;
}

/** An initiative as stored, with its lifts and its benefit-map node. */
export interface RoadmapInitiativeRecord {
  id: string;
  phaseId: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  owner: string;
  /** Decimal with two decimals, or null. */
  budget: string | null;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
  lifts: InitiativeLift[];
  /** The benefit-map node that stands for it, if any. */
  benefitNodeId: string | null;
  version: number;
  updatedBy: string | null;
  updatedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable fields of an initiative. */
export interface RoadmapInitiativeValues {
  phaseId: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  owner: string;
  budget: string | null;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
}

const columns = {
  id: roadmapInitiatives.id,
  phaseId: roadmapInitiatives.phaseId,
  title: roadmapInitiatives.title,
  description: roadmapInitiatives.description,
  startsOn: roadmapInitiatives.startsOn,
  endsOn: roadmapInitiatives.endsOn,
  owner: roadmapInitiatives.owner,
  budget: roadmapInitiatives.budget,
  currency: roadmapInitiatives.currency,
  quickWin: roadmapInitiatives.quickWin,
  componentCodes: roadmapInitiatives.componentCodes,
  version: roadmapInitiatives.version,
  updatedBy: roadmapInitiatives.updatedBy,
  updatedByName: users.displayName,
  createdAt: roadmapInitiatives.createdAt,
  updatedAt: roadmapInitiatives.updatedAt,
};

/** Adds the lifts and the benefit-map node of each initiative (two queries for all of them). */
async function withLifts(
  db: Executor,
  scope: OrganisationScope,
  rows: readonly Omit<RoadmapInitiativeRecord, 'lifts' | 'benefitNodeId'>[],
): Promise<RoadmapInitiativeRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [lifts, nodes] = await Promise.all([
    db
      .select({
        initiativeId: initiativeLifts.initiativeId,
        characteristicId: initiativeLifts.characteristicId,
        targetLevel: initiativeLifts.targetLevel,
      })
      .from(initiativeLifts)
      .where(
        and(
          eq(initiativeLifts.organisationId, scope.organisationId),
          inArray(initiativeLifts.initiativeId, ids),
        ),
      )
      .orderBy(asc(initiativeLifts.characteristicId)),
    db
      .select({ id: benefitNodes.id, initiativeId: benefitNodes.initiativeId })
      .from(benefitNodes)
      .where(
        and(
          eq(benefitNodes.organisationId, scope.organisationId),
          inArray(benefitNodes.initiativeId, ids),
        ),
      )
      .orderBy(asc(benefitNodes.createdAt), asc(benefitNodes.id)),
  ]);
  return rows.map((row) => ({
    ...row,
    lifts: lifts
      .filter((l) => l.initiativeId === row.id)
      .map(({ characteristicId, targetLevel }) => ({ characteristicId, targetLevel })),
    benefitNodeId: nodes.find((n) => n.initiativeId === row.id)?.id ?? null,
  }));
}

/** The initiatives of the scope's organisation by start date, then end date and title. */
export async function listRoadmapInitiatives(
  db: Executor,
  scope: OrganisationScope,
): Promise<RoadmapInitiativeRecord[]> {
  const rows = await db
    .select(columns)
    .from(roadmapInitiatives)
    .leftJoin(users, eq(users.id, roadmapInitiatives.updatedBy))
    .where(eq(roadmapInitiatives.organisationId, scope.organisationId))
    .orderBy(
      asc(roadmapInitiatives.startsOn),
      asc(roadmapInitiatives.endsOn),
      asc(roadmapInitiatives.title),
      asc(roadmapInitiatives.id),
    );
  return withLifts(db, scope, rows);
}

/** One initiative of the organisation (locked for update when asked), or undefined. */
export async function getRoadmapInitiative(
  db: Executor,
  scope: OrganisationScope,
  initiativeId: string,
  options: { lock?: boolean } = {},
): Promise<RoadmapInitiativeRecord | undefined> {
  const query = db
    .select(columns)
    .from(roadmapInitiatives)
    .leftJoin(users, eq(users.id, roadmapInitiatives.updatedBy))
    .where(
      and(
        eq(roadmapInitiatives.id, initiativeId),
        eq(roadmapInitiatives.organisationId, scope.organisationId),
      ),
    );
  const [row] = options.lock ? await query.for('update', { of: roadmapInitiatives }) : await query;
  return row ? (await withLifts(db, scope, [row]))[0] : undefined;
}

/** Replaces the set of lifts of an initiative of the organisation (in the caller's transaction). */
export async function replaceInitiativeLifts(
  db: Executor,
  scope: OrganisationScope,
  initiativeId: string,
  lifts: readonly InitiativeLift[],
): Promise<void> {
  await db
    .delete(initiativeLifts)
    .where(
      and(
        eq(initiativeLifts.initiativeId, initiativeId),
        eq(initiativeLifts.organisationId, scope.organisationId),
      ),
    );
  if (lifts.length > 0)
    await db
      .insert(initiativeLifts)
      .values(lifts.map((l) => ({ ...l, initiativeId, organisationId: scope.organisationId })));
}

/** Creates an initiative of the organisation with its lifts (call in a transaction); returns its id. */
export async function createRoadmapInitiative(
  db: Executor,
  scope: OrganisationScope,
  values: RoadmapInitiativeValues & { lifts: readonly InitiativeLift[]; updatedBy: string | null },
): Promise<string> {
  const { lifts, ...fields } = values;
  const [row] = await db
    .insert(roadmapInitiatives)
    .values({ ...fields, organisationId: scope.organisationId })
    .returning({ id: roadmapInitiatives.id });
  if (!row) throw new Error('insert returned no row');
  await replaceInitiativeLifts(db, scope, row.id, lifts);
  return row.id;
}

/**
 * Writes an initiative's fields with its new version (and its lifts when given, replacing the
 * set). The version check is the caller's, on the row it locked in the same transaction.
 */
export async function updateRoadmapInitiative(
  db: Executor,
  scope: OrganisationScope,
  initiativeId: string,
  values: RoadmapInitiativeValues & {
    lifts?: readonly InitiativeLift[];
    version: number;
    updatedBy: string | null;
  },
): Promise<void> {
  const { lifts, ...fields } = values;
  await db
    .update(roadmapInitiatives)
    .set({ ...fields, updatedAt: new Date() })
    .where(
      and(
        eq(roadmapInitiatives.id, initiativeId),
        eq(roadmapInitiatives.organisationId, scope.organisationId),
      ),
    );
  if (lifts) await replaceInitiativeLifts(db, scope, initiativeId, lifts);
}

/**
 * Deletes an initiative of the organisation; its lifts and the benefit-map node that stands for
 * it (with that node's arrows) go with it. True when there was one.
 */
export async function deleteRoadmapInitiative(
  db: Executor,
  scope: OrganisationScope,
  initiativeId: string,
): Promise<boolean> {
  const rows = await db
    .delete(roadmapInitiatives)
    .where(
      and(
        eq(roadmapInitiatives.id, initiativeId),
        eq(roadmapInitiatives.organisationId, scope.organisationId),
      ),
    )
    .returning({ id: roadmapInitiatives.id });
  return rows.length > 0;
}
