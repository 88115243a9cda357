import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { consortiumSharing, improvementStageStatus } from './enums.js';
import { assessments, organisations, users } from './tables.js';
import { createdAt, organisationId, sameOrganisation, updatedAt } from './columns.js';

/**
 * A benchmarking consortium (e.g. run by a national standardisation institute): cities join by
 * consent and share chosen results; aggregates are shown only for peer groups of at least
 * `minPeerCities` cities. The owner organisation manages it; it sees no city's results unless the
 * city is a member like any other and the aggregate rules allow.
 */
export const consortia = pgTable(
  'consortia',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The organisation that runs the consortium. */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description').notNull().default(''),
    /** Aggregates of a peer group are shown only when it has at least this many cities. */
    minPeerCities: smallint('min_peer_cities').notNull().default(5),
    /** SHA-256 of the code a city's administrator enters to join (the code itself is shown once). */
    joinCodeHash: text('join_code_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('consortia_join_code_unique').on(t.joinCodeHash),
    index('consortia_owner_idx').on(t.ownerOrganisationId),
    check('consortia_min_peer_cities', sql`${t.minPeerCities} between 2 and 100`),
  ],
);

/**
 * A city's membership of a consortium, with its consent: what it shares, whether it may be named
 * next to its figures, and whether peers may contact it to learn from it.
 */
export const consortiumMembers = pgTable(
  'consortium_members',
  {
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => consortia.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    sharing: consortiumSharing('sharing').notNull().default('consensus'),
    /** The city may be named beside its figures (otherwise it stays one of the peer group). */
    named: boolean('named').notNull().default(false),
    /** Peers may contact the city about characteristics where it reached level 4 or 5. */
    contactable: boolean('contactable').notNull().default(false),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    joinedBy: uuid('joined_by').references(() => users.id, { onDelete: 'set null' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.consortiumId, t.organisationId] }),
    index('consortium_members_organisation_idx').on(t.organisationId),
  ],
);

/**
 * One submitted assessment a member city shares with a consortium: the official levels per
 * characteristic, frozen when shared (the assessment is submitted, so they do not change), so that
 * a peer view reads one row per city instead of scoring every city's ratings.
 */
export const consortiumShares = pgTable(
  'consortium_shares',
  {
    consortiumId: uuid('consortium_id').notNull(),
    organisationId: organisationId(),
    assessmentId: uuid('assessment_id').notNull(),
    modelId: text('model_id').notNull(),
    modelVersion: text('model_version').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    /** True when an external audit statement was issued on it when shared. */
    audited: boolean('audited').notNull().default(false),
    /**
     * `{ [characteristicId]: { current: number | null, target: number | null } }`: the official
     * result (consensus, or the median of the ratings) per characteristic; null when none.
     */
    levels: jsonb('levels').notNull(),
    sharedBy: uuid('shared_by').references(() => users.id, { onDelete: 'set null' }),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consortiumId, t.assessmentId] }),
    index('consortium_shares_consortium_idx').on(t.consortiumId, t.organisationId, t.assessedOn),
    foreignKey({
      name: 'consortium_shares_member',
      columns: [t.consortiumId, t.organisationId],
      foreignColumns: [consortiumMembers.consortiumId, consortiumMembers.organisationId],
    }).onDelete('cascade'),
    sameOrganisation(
      'consortium_shares_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
  ],
);

/**
 * The five-stage improvement cycle of ISO/TS 37107 (commitment, baseline, strategy, action
 * planning, performance evaluation), tracked per cycle: a cycle is one assessment of the city.
 */
export const improvementStages = pgTable(
  'improvement_stages',
  {
    organisationId: organisationId(),
    assessmentId: uuid('assessment_id').notNull(),
    /** The stage's id in the model pack. */
    stageId: text('stage_id').notNull(),
    status: improvementStageStatus('status').notNull().default('not-started'),
    notes: text('notes').notNull().default(''),
    /** Optimistic locking, like the consensus items. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.stageId] }),
    sameOrganisation(
      'improvement_stages_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
  ],
);
