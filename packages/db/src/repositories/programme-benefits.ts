import { and, asc, eq, sql } from 'drizzle-orm';
import { benefitLinks, benefitNodes, kpis, roadmapInitiatives } from '../schema/operating-model.js';
import { users } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

// The benefit map of the programme office (ISO 37106 clause 7): nodes and the arrows between them.
// Every query filters on the scope's organisation. The map's rules (allowed arrows, no cycles, one
// node per purpose) look at the whole map, so every change of it first takes the organisation's
// map lock (lockBenefitMap): two changes of one map are made one after the other, in any process.

/** The kinds of node of the benefit map. */
export type BenefitNodeKindValue = (typeof benefitNodes.$inferSelect)['kind'];

/** A node of the benefit map as stored, with the KPIs that measure it. */
export interface BenefitNodeRecord {
  id: string;
  kind: BenefitNodeKindValue;
  label: string;
  description: string;
  initiativeId: string | null;
  /** The title of the roadmap initiative the node stands for (null when none). */
  initiativeTitle: string | null;
  purposeId: string | null;
  x: number;
  y: number;
  version: number;
  updatedBy: string | null;
  updatedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An arrow of the benefit map. */
export interface BenefitLinkRecord {
  fromNodeId: string;
  toNodeId: string;
  createdAt: Date;
}

const nodeColumns = {
  id: benefitNodes.id,
  kind: benefitNodes.kind,
  label: benefitNodes.label,
  description: benefitNodes.description,
  initiativeId: benefitNodes.initiativeId,
  initiativeTitle: roadmapInitiatives.title,
  purposeId: benefitNodes.purposeId,
  x: benefitNodes.x,
  y: benefitNodes.y,
  version: benefitNodes.version,
  updatedBy: benefitNodes.updatedBy,
  updatedByName: users.displayName,
  createdAt: benefitNodes.createdAt,
  updatedAt: benefitNodes.updatedAt,
};

/** The nodes with who changed them last and the title of the initiative they stand for. */
const selectNodes = (db: Executor) =>
  db
    .select(nodeColumns)
    .from(benefitNodes)
    .leftJoin(users, eq(users.id, benefitNodes.updatedBy))
    .leftJoin(
      roadmapInitiatives,
      and(
        eq(roadmapInitiatives.id, benefitNodes.initiativeId),
        eq(roadmapInitiatives.organisationId, benefitNodes.organisationId),
      ),
    );

/**
 * Takes the benefit map lock of the scope's organisation until the end of the transaction (a
 * transaction-level advisory lock on the organisation's id: no row to create, released on
 * COMMIT or ROLLBACK).
 */
export async function lockBenefitMap(db: Executor, scope: OrganisationScope): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`benefit-map:${scope.organisationId}`}, 0))`,
  );
}

/** The nodes of the organisation's benefit map, oldest first. */
export async function listBenefitNodes(
  db: Executor,
  scope: OrganisationScope,
): Promise<BenefitNodeRecord[]> {
  return selectNodes(db)
    .where(eq(benefitNodes.organisationId, scope.organisationId))
    .orderBy(asc(benefitNodes.createdAt), asc(benefitNodes.id));
}

/** One node of the organisation's map (locked for update when asked), or undefined. */
export async function getBenefitNode(
  db: Executor,
  scope: OrganisationScope,
  nodeId: string,
  options: { lock?: boolean } = {},
): Promise<BenefitNodeRecord | undefined> {
  const query = selectNodes(db).where(
    and(eq(benefitNodes.id, nodeId), eq(benefitNodes.organisationId, scope.organisationId)),
  );
  const [row] = options.lock ? await query.for('update', { of: benefitNodes }) : await query;
  return row;
}

/** What a new node is. */
export interface BenefitNodeValues {
  kind: BenefitNodeKindValue;
  label: string;
  description: string;
  initiativeId: string | null;
  purposeId: string | null;
  x: number;
  y: number;
  updatedBy: string | null;
}

/** Creates a node of the organisation's map (the caller holds the map lock); returns its id. */
export async function createBenefitNode(
  db: Executor,
  scope: OrganisationScope,
  values: BenefitNodeValues,
): Promise<string> {
  const [row] = await db
    .insert(benefitNodes)
    .values({ ...values, organisationId: scope.organisationId })
    .returning({ id: benefitNodes.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Writes the editable fields of a node with its new version (the caller checked the version). */
export async function updateBenefitNode(
  db: Executor,
  scope: OrganisationScope,
  nodeId: string,
  values: {
    label: string;
    description: string;
    x: number;
    y: number;
    version: number;
    updatedBy: string | null;
  },
): Promise<void> {
  await db
    .update(benefitNodes)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(benefitNodes.id, nodeId), eq(benefitNodes.organisationId, scope.organisationId)));
}

/**
 * Deletes a node of the organisation's map: its arrows go with it, KPIs that measured it stay
 * (no longer tied to a node). True when there was one.
 */
export async function deleteBenefitNode(
  db: Executor,
  scope: OrganisationScope,
  nodeId: string,
): Promise<boolean> {
  const rows = await db
    .delete(benefitNodes)
    .where(and(eq(benefitNodes.id, nodeId), eq(benefitNodes.organisationId, scope.organisationId)))
    .returning({ id: benefitNodes.id });
  return rows.length > 0;
}

/** The arrows of the organisation's map, oldest first. */
export async function listBenefitLinks(
  db: Executor,
  scope: OrganisationScope,
): Promise<BenefitLinkRecord[]> {
  return db
    .select({
      fromNodeId: benefitLinks.fromNodeId,
      toNodeId: benefitLinks.toNodeId,
      createdAt: benefitLinks.createdAt,
    })
    .from(benefitLinks)
    .where(eq(benefitLinks.organisationId, scope.organisationId))
    .orderBy(asc(benefitLinks.createdAt), asc(benefitLinks.fromNodeId), asc(benefitLinks.toNodeId));
}

/** Adds an arrow between two nodes of the organisation (the caller checked the map's rules). */
export async function createBenefitLink(
  db: Executor,
  scope: OrganisationScope,
  link: { fromNodeId: string; toNodeId: string },
): Promise<void> {
  await db.insert(benefitLinks).values({ ...link, organisationId: scope.organisationId });
}

/** Removes an arrow of the organisation's map; true when there was one. */
export async function deleteBenefitLink(
  db: Executor,
  scope: OrganisationScope,
  link: { fromNodeId: string; toNodeId: string },
): Promise<boolean> {
  const rows = await db
    .delete(benefitLinks)
    .where(
      and(
        eq(benefitLinks.fromNodeId, link.fromNodeId),
        eq(benefitLinks.toNodeId, link.toNodeId),
        eq(benefitLinks.organisationId, scope.organisationId),
      ),
    )
    .returning({ fromNodeId: benefitLinks.fromNodeId });
  return rows.length > 0;
}

/** The ids of the organisation's nodes that a KPI of the organisation measures. */
export async function listMeasuredBenefitNodeIds(
  db: Executor,
  scope: OrganisationScope,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ nodeId: kpis.benefitNodeId })
    .from(kpis)
    .where(eq(kpis.organisationId, scope.organisationId));
  return new Set(rows.map((r) => r.nodeId).filter((id): id is string => id !== null));
}
