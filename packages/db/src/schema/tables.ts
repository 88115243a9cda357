import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
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

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

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
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
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
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
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
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    assessmentId: uuid('assessment_id').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    stakeholderGroup: text('stakeholder_group'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('respondents_assessment_idx').on(t.assessmentId),
    unique('respondents_id_organisation').on(t.id, t.organisationId),
    // A respondent belongs to an assessment of its own organisation.
    foreignKey({
      name: 'respondents_assessment_same_organisation',
      columns: [t.assessmentId, t.organisationId],
      foreignColumns: [assessments.id, assessments.organisationId],
    }).onDelete('cascade'),
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
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    characteristicId: text('characteristic_id').notNull(),
    current: smallint('current'),
    currentUnknown: boolean('current_unknown').notNull().default(false),
    target: smallint('target'),
    targetUnknown: boolean('target_unknown').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.respondentId, t.characteristicId] }),
    // A rating belongs to a respondent of its own organisation.
    foreignKey({
      name: 'ratings_respondent_same_organisation',
      columns: [t.respondentId, t.organisationId],
      foreignColumns: [respondents.id, respondents.organisationId],
    }).onDelete('cascade'),
    check('ratings_current_level', sql`${t.current} between 1 and 5`),
    check('ratings_target_level', sql`${t.target} between 1 and 5`),
    check(
      'ratings_current_one_answer',
      sql`not (${t.current} is not null and ${t.currentUnknown})`,
    ),
    check('ratings_target_one_answer', sql`not (${t.target} is not null and ${t.targetUnknown})`),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    respondentId: uuid('respondent_id').notNull(),
    characteristicId: text('characteristic_id').notNull(),
    kind: evidenceKind('kind').notNull(),
    /** The note (kind text) or the web address (kind link). */
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_rating_idx').on(t.respondentId, t.characteristicId),
    // Evidence belongs to a respondent of its own organisation.
    foreignKey({
      name: 'evidence_respondent_same_organisation',
      columns: [t.respondentId, t.organisationId],
      foreignColumns: [respondents.id, respondents.organisationId],
    }).onDelete('cascade'),
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
  },
  (t) => [index('audit_log_organisation_idx').on(t.organisationId, t.at)],
);
