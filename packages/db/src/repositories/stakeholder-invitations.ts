import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { invitations } from '../schema/collaboration.js';
import { assessments, ratings, respondents } from '../schema/tables.js';
import type { Executor, OrganisationScope } from './scope.js';

export type InvitationRow = typeof invitations.$inferSelect;

/** An invitation with what its respondent says about it (name, group, completion, answers). */
export interface InvitationRecord extends InvitationRow {
  name: string;
  group: string | null;
  completedAt: Date | null;
  /** Characteristics with both measures answered. */
  answered: number;
}

/** SQL condition: a rating with both measures answered (a level or "don't know"). */
const answered = sql`(${ratings.current} is not null or ${ratings.currentUnknown}) and (${ratings.target} is not null or ${ratings.targetUnknown})`;

const recordColumns = {
  invitation: invitations,
  name: respondents.name,
  group: respondents.stakeholderGroup,
  completedAt: respondents.completedAt,
  answered: sql<number>`count(${ratings.characteristicId}) filter (where ${answered})`.mapWith(
    Number,
  ),
};

function toRecord(row: {
  invitation: InvitationRow;
  name: string;
  group: string | null;
  completedAt: Date | null;
  answered: number;
}): InvitationRecord {
  return {
    ...row.invitation,
    name: row.name,
    group: row.group,
    completedAt: row.completedAt,
    answered: row.answered,
  };
}

function selectRecords(db: Executor) {
  return db
    .select(recordColumns)
    .from(invitations)
    .innerJoin(
      respondents,
      and(
        eq(respondents.id, invitations.respondentId),
        eq(respondents.organisationId, invitations.organisationId),
      ),
    )
    .leftJoin(
      ratings,
      and(
        eq(ratings.respondentId, respondents.id),
        eq(ratings.organisationId, respondents.organisationId),
      ),
    )
    .groupBy(invitations.id, respondents.id);
}

/** One stakeholder to invite. */
export interface NewInvitation {
  name: string;
  email: string | null;
  group: string;
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Invites stakeholders to an assessment of the scope's organisation: for each, a respondent without
 * an account and the invitation holding the SHA-256 of its link's token (two multi-row inserts,
 * however many there are). Returned in the order given. Call inside a transaction.
 */
export async function createInvitations(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  items: readonly NewInvitation[],
  createdBy: string | null,
): Promise<InvitationRecord[]> {
  if (items.length === 0) return [];
  // Ids made here pair each invitation with its respondent without relying on the order of RETURNING.
  const withIds = items.map((item) => ({ ...item, respondentId: randomUUID() }));
  await db.insert(respondents).values(
    withIds.map((item) => ({
      id: item.respondentId,
      organisationId: scope.organisationId,
      assessmentId,
      name: item.name,
      userId: null,
      stakeholderGroup: item.group,
    })),
  );
  const rows = await db
    .insert(invitations)
    .values(
      withIds.map((item) => ({
        organisationId: scope.organisationId,
        assessmentId,
        respondentId: item.respondentId,
        tokenHash: item.tokenHash,
        email: item.email,
        expiresAt: item.expiresAt,
        createdBy,
      })),
    )
    .returning();
  const byRespondent = new Map(rows.map((row) => [row.respondentId, row]));
  return withIds.map((item) => {
    const invitation = byRespondent.get(item.respondentId);
    if (!invitation) throw new Error('insert returned no row');
    return { ...invitation, name: item.name, group: item.group, completedAt: null, answered: 0 };
  });
}

/** The invitations of an assessment of the scope's organisation, oldest first (by name when invited together). */
export async function listInvitations(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<InvitationRecord[]> {
  const rows = await selectRecords(db)
    .where(
      and(
        eq(invitations.organisationId, scope.organisationId),
        eq(invitations.assessmentId, assessmentId),
      ),
    )
    .orderBy(asc(invitations.createdAt), asc(respondents.name), asc(invitations.id));
  return rows.map(toRecord);
}

/** One invitation of an assessment of the scope's organisation. */
export async function getInvitation(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  invitationId: string,
): Promise<InvitationRecord | undefined> {
  const [row] = await selectRecords(db).where(
    and(
      eq(invitations.organisationId, scope.organisationId),
      eq(invitations.assessmentId, assessmentId),
      eq(invitations.id, invitationId),
    ),
  );
  return row ? toRecord(row) : undefined;
}

/** Changes an invitation of an assessment of the scope's organisation (its token, expiry or revocation). */
export async function updateInvitation(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  invitationId: string,
  values: Partial<Pick<InvitationRow, 'tokenHash' | 'expiresAt' | 'revokedAt'>>,
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set(values)
    .where(
      and(
        eq(invitations.organisationId, scope.organisationId),
        eq(invitations.assessmentId, assessmentId),
        eq(invitations.id, invitationId),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** What an invitation link opens: the invitation and where it points. */
export interface InvitationByToken {
  invitationId: string;
  organisationId: string;
  assessmentId: string;
  respondentId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * The invitation whose link's token has this SHA-256, in whatever organisation: the token itself
 * is the stakeholder's credential, and the organisation found here becomes the scope of every
 * further query of the request.
 */
export async function findInvitationByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<InvitationByToken | undefined> {
  const [row] = await db
    .select({
      invitationId: invitations.id,
      organisationId: invitations.organisationId,
      assessmentId: invitations.assessmentId,
      respondentId: invitations.respondentId,
      expiresAt: invitations.expiresAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/**
 * Records that a link was used: the first time, and the last time (at most once a minute, so that a
 * stakeholder's autosaves do not each write the invitation too).
 */
export async function markInvitationUsed(
  db: Executor,
  scope: OrganisationScope,
  invitationId: string,
): Promise<void> {
  await db
    .update(invitations)
    .set({
      firstUsedAt: sql`coalesce(${invitations.firstUsedAt}, now())`,
      lastUsedAt: sql`now()`,
    })
    .where(
      and(
        eq(invitations.organisationId, scope.organisationId),
        eq(invitations.id, invitationId),
        or(
          isNull(invitations.lastUsedAt),
          lt(invitations.lastUsedAt, sql`now() - interval '1 minute'`),
        ),
      ),
    );
}

/** Marks a respondent of the scope's organisation finished (a date) or not (null). */
export async function setRespondentCompleted(
  db: Executor,
  scope: OrganisationScope,
  respondentId: string,
  completedAt: Date | null,
): Promise<void> {
  await db
    .update(respondents)
    .set({ completedAt, updatedAt: new Date() })
    .where(
      and(eq(respondents.organisationId, scope.organisationId), eq(respondents.id, respondentId)),
    );
}

/** Marks the results of an assessment of the scope's organisation revealed (call inside a transaction that locked it). */
export async function markRevealed(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  userId: string,
): Promise<void> {
  const now = new Date();
  await db
    .update(assessments)
    .set({ revealedAt: now, revealedBy: userId, updatedAt: now })
    .where(
      and(eq(assessments.organisationId, scope.organisationId), eq(assessments.id, assessmentId)),
    );
}
