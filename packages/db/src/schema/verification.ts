import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditStatus, auditVerdict } from './enums.js';
import { assessments, evidence, users } from './tables.js';
import { createdAt, organisationId, sameOrganisation } from './columns.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** The content of an evidence file (PDF, image, office document), checked by its content. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    evidenceId: uuid('evidence_id').primaryKey(),
    organisationId: organisationId(),
    /** The media type found in the content (not the one the uploader claimed). */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the content, hex: part of the submitted snapshot. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [
    sameOrganisation(
      'evidence_files_evidence_same_organisation',
      [t.evidenceId, t.organisationId],
      [evidence.id, evidence.organisationId],
    ),
  ],
);

/**
 * The frozen content of a submitted assessment: its canonical JSON (RFC 8785) and the SHA-256 of
 * that text. Verification rebuilds the JSON from the live rows and compares.
 */
export const assessmentSnapshots = pgTable(
  'assessment_snapshots',
  {
    assessmentId: uuid('assessment_id').primaryKey(),
    organisationId: organisationId(),
    digest: text('digest').notNull(),
    canonicalJson: text('canonical_json').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('assessment_snapshots_digest_unique').on(t.digest),
    sameOrganisation(
      'assessment_snapshots_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
  ],
);

/**
 * Access to one assessment for someone who is not a member of its organisation: an external
 * auditor, invited for that assessment only.
 */
export const assessmentGrants = pgTable(
  'assessment_grants',
  {
    assessmentId: uuid('assessment_id').notNull(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.userId] }),
    index('assessment_grants_user_idx').on(t.userId),
    sameOrganisation(
      'assessment_grants_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
    check('assessment_grants_role', sql`${t.role} in ('auditor')`),
  ],
);

/** The external audit of a submitted assessment (one per assessment), against its snapshot. */
export const audits = pgTable(
  'audits',
  {
    assessmentId: uuid('assessment_id').primaryKey(),
    organisationId: organisationId(),
    auditorUserId: uuid('auditor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Name and organisation of the auditor as they signed (kept if the account goes). */
    auditorName: text('auditor_name').notNull(),
    auditorOrganisation: text('auditor_organisation').notNull().default(''),
    /** The snapshot audited. */
    snapshotDigest: text('snapshot_digest').notNull(),
    status: auditStatus('status').notNull().default('in-progress'),
    statement: text('statement').notNull().default(''),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('audits_assessment_organisation').on(t.assessmentId, t.organisationId),
    sameOrganisation(
      'audits_assessment_same_organisation',
      [t.assessmentId, t.organisationId],
      [assessments.id, assessments.organisationId],
    ),
  ],
);

/** The auditor's verdict on one characteristic: confirmed, adjusted (to which levels, why), or insufficient evidence. */
export const auditFindings = pgTable(
  'audit_findings',
  {
    assessmentId: uuid('assessment_id').notNull(),
    organisationId: organisationId(),
    characteristicId: text('characteristic_id').notNull(),
    verdict: auditVerdict('verdict').notNull(),
    adjustedCurrent: smallint('adjusted_current'),
    adjustedTarget: smallint('adjusted_target'),
    reason: text('reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.characteristicId] }),
    sameOrganisation(
      'audit_findings_audit_same_organisation',
      [t.assessmentId, t.organisationId],
      [audits.assessmentId, audits.organisationId],
    ),
    check('audit_findings_adjusted_current', sql`${t.adjustedCurrent} between 1 and 5`),
    check('audit_findings_adjusted_target', sql`${t.adjustedTarget} between 1 and 5`),
  ],
);
