import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { assessments, respondents, users } from './tables.js';
import {
  createdAt,
  measureChecks,
  measureColumns,
  organisationId,
  sameOrganisation,
} from './columns.js';

/**
 * An organisation's own stakeholder groups, besides the standard ones (local government, public
 * agencies, private sector, community and voluntary sector, academia, residents).
 */
export const stakeholderGroups = pgTable(
  'stakeholder_groups',
  {
    organisationId: organisationId(),
    /** The id respondents refer to (lower-case letters, digits and dashes). */
    key: text('key').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.key] })],
);

/**
 * A personal link to rate an assessment without an account: one per invited stakeholder, each
 * with its own respondent. Only the SHA-256 of the link's token is stored.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    assessmentId: uuid('assessment_id').notNull(),
    respondentId: uuid('respondent_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    email: text('email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** First and last time the link was opened. */
    firstUsedAt: timestamp('first_used_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    unique('invitations_token_hash_unique').on(t.tokenHash),
    unique('invitations_respondent_unique').on(t.respondentId),
    index('invitations_assessment_idx').on(t.assessmentId),
    sameOrganisation(
      'invitations_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
    sameOrganisation(
      'invitations_respondent_same_organisation',
      [t.respondentId, t.organisationId],
      [respondents.id, respondents.organisationId],
    ),
  ],
);

/**
 * The level a facilitated workshop agreed for a characteristic, with the rationale and any dissent.
 * `version` grows with every change: an edit names the version it started from, so that two people
 * editing the same item get a conflict instead of overwriting each other.
 */
export const consensusItems = pgTable(
  'consensus_items',
  {
    assessmentId: uuid('assessment_id').notNull(),
    organisationId: organisationId(),
    characteristicId: text('characteristic_id').notNull(),
    ...measureColumns(),
    rationale: text('rationale').notNull().default(''),
    dissent: text('dissent').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.characteristicId] }),
    sameOrganisation(
      'consensus_items_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
    ...measureChecks('consensus', t),
  ],
);
