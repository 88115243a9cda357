import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  assessmentStatus,
  auditOutcome,
  evidenceKind,
  membershipRole,
  organisationKind,
} from './enums.js';
import {
  createdAt,
  measureChecks,
  measureColumns,
  organisationId,
  sameOrganisation,
  updatedAt,
} from './columns.js';

/** A city, district or rural community: the tenant. Every other row of a tenant points to it. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** ISO 3166-1 alpha-2 country code. */
  country: text('country').notNull(),
  region: text('region'),
  population: integer('population'),
  kind: organisationKind('kind').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id hash (PHC string). */
    passwordHash: text('password_hash').notNull(),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    preferredLanguage: text('preferred_language').notNull().default('zh-CN'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    role: membershipRole('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index('memberships_organisation_idx').on(t.organisationId),
  ],
);

/** Sessions live in the database so that any server process can serve any request. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself is only in the user's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Synchronizer token every state-changing request must echo in a header. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** One-time links to create the first platform administrator when none is configured. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Fixed-window counters for rate limits, shared by all server processes. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    /** Id and version of the maturity-model pack the ratings refer to. */
    modelId: text('model_id').notNull(),
    modelVersion: text('model_version').notNull(),
    /** Evidence-gathering method (ISO/TS 37107 5.1). */
    method: text('method').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    status: assessmentStatus('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    /** Multi-stakeholder rating is blind until the facilitator reveals the results; then it closes. */
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    revealedBy: uuid('revealed_by').references(() => users.id, { onDelete: 'set null' }),
    /** A stakeholder group's statistics are shown only with at least this many respondents. */
    minGroupSize: smallint('min_group_size').notNull().default(3),
    /** The characteristic the facilitated workshop is on (every participant's browser follows it). */
    workshopCharacteristicId: text('workshop_characteristic_id'),
    /** Head of the assessment's hash chain in the audit log: the last entry's sequence number and hash. */
    chainSeq: integer('chain_seq').notNull().default(0),
    chainHash: text('chain_hash').notNull().default(''),
  },
  (t) => [
    index('assessments_organisation_idx').on(t.organisationId, t.assessedOn),
    // Target of the composite foreign keys that keep child rows in their assessment's organisation.
    unique('assessments_id_organisation').on(t.id, t.organisationId),
  ],
);

export const respondents = pgTable(
  'respondents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    assessmentId: uuid('assessment_id').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    stakeholderGroup: text('stakeholder_group'),
    /** When the respondent said they had finished (they may still change answers until the reveal). */
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('respondents_assessment_idx').on(t.assessmentId),
    unique('respondents_id_organisation').on(t.id, t.organisationId),
    // A respondent belongs to an assessment of its own organisation.
    sameOrganisation(
      'respondents_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
  ],
);

/**
 * A respondent's rating of one characteristic. A level is 1–5 in `current` / `target`; "don't know"
 * is `*_unknown`; both empty means not answered yet.
 */
export const ratings = pgTable(
  'ratings',
  {
    respondentId: uuid('respondent_id').notNull(),
    organisationId: organisationId(),
    characteristicId: text('characteristic_id').notNull(),
    ...measureColumns(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.respondentId, t.characteristicId] }),
    // A rating belongs to a respondent of its own organisation.
    sameOrganisation(
      'ratings_respondent_same_organisation',
      [t.respondentId, t.organisationId],
      [respondents.id, respondents.organisationId],
    ),
    ...measureChecks('ratings', t),
  ],
);

/**
 * Evidence attached to a respondent's rating of a characteristic, or (respondent empty, assessment
 * set) to the consensus item of a facilitated workshop. Its owner is `created_by` when a signed-in
 * person added it, else the respondent (someone answering through an invitation link).
 */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    respondentId: uuid('respondent_id'),
    /** Set for evidence of a consensus item (then `respondent_id` is empty). */
    consensusAssessmentId: uuid('consensus_assessment_id'),
    characteristicId: text('characteristic_id').notNull(),
    kind: evidenceKind('kind').notNull(),
    /** The note (text), the web address (link) or the file's name (file: content in evidence_files). */
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_rating_idx').on(t.respondentId, t.characteristicId),
    index('evidence_consensus_idx').on(t.consensusAssessmentId, t.characteristicId),
    // Evidence belongs to a respondent, or an assessment, of its own organisation.
    sameOrganisation(
      'evidence_respondent_same_organisation',
      [t.respondentId, t.organisationId],
      [respondents.id, respondents.organisationId],
    ),
    sameOrganisation(
      'evidence_consensus_same_organisation',
      [t.consensusAssessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
    check(
      'evidence_one_owner',
      sql`(${t.respondentId} is null) <> (${t.consensusAssessmentId} is null)`,
    ),
    unique('evidence_id_organisation').on(t.id, t.organisationId),
  ],
);

/**
 * Append-only record of who did what, when, and with what outcome. A trigger (migration
 * 0001) refuses every UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: auditOutcome('outcome').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: inet('ip'),
    /**
     * Changes to an assessment are chained: entry `seq` of the assessment's chain stores the hash of
     * the entry before it (`prev_hash`, empty for the first) and its own `hash` over both (see the
     * function citymaturity_append_assessment_event, migration 0003). Other entries are not chained.
     */
    assessmentId: uuid('assessment_id'),
    seq: integer('seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_organisation_idx').on(t.organisationId, t.at),
    uniqueIndex('audit_log_chain_unique').on(t.assessmentId, t.seq),
  ],
);
