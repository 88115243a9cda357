import { auditVerdicts, findingProblem } from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import { assessmentParams, passwordSchema } from './schemas.js';

// Request and response schemas of external audits, snapshots and verification.

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });
const level = z.int().min(1).max(5);
const digestSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The snapshot of a submitted assessment: the SHA-256 of its canonical JSON, and when it was taken. */
export const snapshotHeadSchema = z
  .object({ digest: digestSchema, createdAt: isoDateTime })
  .meta({ id: 'SnapshotHead' });

export const auditorInviteSchema = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  /** The auditor's own organisation (e.g. a certification body), as they sign. */
  organisation: z.string().trim().max(200).default(''),
});

export const auditorParams = assessmentParams.extend({ userId: z.uuid() });

export const auditorSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.literal('auditor'),
    invitedAt: isoDateTime,
    /** False until the auditor has set a password through their link. */
    accountReady: z.boolean(),
    audit: z
      .object({
        status: z.enum(['in-progress', 'issued']),
        organisation: z.string(),
        findings: z.int(),
      })
      .nullable(),
  })
  .meta({ id: 'Auditor' });

export const auditorInvitationSchema = z.object({
  auditor: auditorSchema,
  /**
   * For a new account: the one-time link to set a password (shown only now; valid 7 days), to
   * pass on to the auditor. Null when the person already has an account.
   */
  setupLink: z.object({ link: z.string(), expiresAt: isoDateTime }).nullable(),
});

export const findingParams = assessmentParams.extend({
  characteristicId: z.string().regex(/^\d+(\.\d+)*$/),
});

const findingFieldOf = {
  'adjusted-needs-level': 'adjustedCurrent',
  'confirmed-has-level': 'adjustedCurrent',
  'reason-required': 'reason',
} as const;

export const findingInputSchema = z
  .strictObject({
    verdict: z.enum(auditVerdicts),
    /** For `adjusted`: the levels the evidence supports (at least one of the two). */
    adjustedCurrent: level.nullable().default(null),
    adjustedTarget: level.nullable().default(null),
    /** Why: required for `adjusted` and `insufficient-evidence`. */
    reason: z.string().trim().max(10_000).default(''),
    /** The version the edit started from: 0 for a characteristic without a finding yet. */
    version: z.int().min(0),
  })
  .superRefine((finding, ctx) => {
    // The core's rule, checked at the boundary so that the error names the field.
    const problem = findingProblem(finding);
    if (problem)
      ctx.addIssue({ code: 'custom', path: [findingFieldOf[problem]], message: problem });
  });

export const findingSchema = z
  .object({
    characteristicId: z.string(),
    verdict: z.enum(auditVerdicts),
    adjustedCurrent: level.nullable(),
    adjustedTarget: level.nullable(),
    reason: z.string(),
    version: z.int(),
    updatedAt: isoDateTime,
  })
  .meta({ id: 'AuditFinding' });

const summarySchema = z.object({
  confirmed: z.int(),
  adjusted: z.int(),
  'insufficient-evidence': z.int(),
});

export const auditSchema = z
  .object({
    assessmentId: z.uuid(),
    status: z.enum(['in-progress', 'issued']),
    auditor: z.object({ userId: z.uuid().nullable(), name: z.string(), organisation: z.string() }),
    /** The snapshot audited. */
    snapshotDigest: digestSchema,
    statement: z.string(),
    issuedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    findings: z.record(z.string(), findingSchema),
    summary: summarySchema,
    /** Characteristics with a complete finding, of the model's. */
    progress: z.object({ recorded: z.int(), total: z.int() }),
    /** Whether the caller may record findings and issue the statement now. */
    editable: z.boolean(),
  })
  .meta({ id: 'Audit' });

export const findingSavedSchema = z.object({
  finding: findingSchema,
  progress: z.object({ recorded: z.int(), total: z.int() }),
});

export const statementInputSchema = z.strictObject({
  statement: z.string().trim().min(1).max(20_000),
});

const auditStandingSchema = z.object({
  status: z.enum(['in-progress', 'issued']),
  auditor: z.object({ name: z.string(), organisation: z.string() }),
  issuedAt: isoDateTime.nullable(),
  summary: summarySchema,
});

export const verificationSchema = z
  .object({
    assessmentId: z.uuid(),
    checkedAt: isoDateTime,
    /** True when the chain, the snapshot (once submitted) and the answers all agree. */
    ok: z.boolean(),
    message: text,
    chain: z.object({
      ok: z.boolean(),
      length: z.int(),
      head: z.object({ seq: z.int(), hash: z.string() }),
      /** The first broken link: which entry (sequence number, audit log row) and how. */
      firstBroken: z
        .object({
          seq: z.int(),
          entryId: z.int().nullable(),
          reason: z.enum(['missing-entry', 'altered-entry', 'broken-link', 'head-mismatch']),
          action: z.string().nullable(),
          message: text,
        })
        .nullable(),
      message: text,
    }),
    /** Null while the assessment is a draft. */
    snapshot: z
      .object({
        ok: z.boolean(),
        /** The digest of the document rebuilt now from the tables. */
        digest: digestSchema,
        storedDigest: z.string(),
        /** The digest the chain recorded at submission. */
        recordedDigest: z.string().nullable(),
        problem: z
          .enum(['content-changed', 'stored-snapshot-altered', 'digest-not-recorded'])
          .nullable(),
        /** Where the content first differs: the path in the snapshot, the submitted and the current value. */
        firstDifference: z
          .object({ path: z.string(), expected: z.unknown(), actual: z.unknown(), message: text })
          .nullable(),
        message: text,
      })
      .nullable(),
    answers: z.object({
      ok: z.boolean(),
      checked: z.int(),
      /** The first stored answer that is not the one the chain recorded last. */
      firstDifference: z
        .object({
          owner: z.string(),
          characteristicId: z.string(),
          measure: z.enum(['current', 'target']),
          recorded: z.unknown(),
          stored: z.unknown(),
          message: text,
        })
        .nullable(),
      message: text,
    }),
    audit: auditStandingSchema.nullable(),
  })
  .meta({ id: 'Verification' });

export const publicVerificationParams = z.object({
  idOrDigest: z.union([z.uuid(), digestSchema]),
});

export const publicVerificationSchema = z
  .object({
    organisation: z.object({ nameZh: z.string(), nameEn: z.string() }),
    assessment: z.object({
      title: z.string(),
      method: z.enum(evidenceMethodIds),
      /** The confidence badge: the evidence method (external audit once the statement is issued). */
      evidenceMethod: z.object({
        id: z.enum(evidenceMethodIds),
        rank: z.int(),
        ranks: z.int(),
        name: text,
      }),
      submittedAt: isoDateTime,
      digest: digestSchema,
    }),
    /** True when nothing changed since submission: hash chain, snapshot and answers all agree. */
    unchanged: z.boolean(),
    audit: auditStandingSchema.nullable(),
  })
  .meta({ id: 'PublicVerification' });

export const accountSetupInputSchema = z.strictObject({
  token: z.string().min(1).max(300),
  password: passwordSchema,
});

/** The external audit as the results show it. */
export const resultsAuditSchema = z.object({
  status: z.enum(['in-progress', 'issued']),
  auditor: z.object({ name: z.string(), organisation: z.string() }),
  issuedAt: isoDateTime.nullable(),
  findings: z.record(
    z.string(),
    z.object({
      verdict: z.enum(auditVerdicts),
      adjustedCurrent: level.nullable(),
      adjustedTarget: level.nullable(),
    }),
  ),
});

/** A refused finding: the error, and for a version conflict the finding as it is now. */
export const findingConflictSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      /** On `audit-finding-conflict`: the stored finding (null if it was removed), to start again from. */
      current: findingSchema.nullable().optional(),
    }),
  })
  .meta({ id: 'AuditFindingConflict' });
