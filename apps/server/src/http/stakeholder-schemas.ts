import { invitationValidity } from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import {
  assessmentParams,
  assessmentStatusSchema,
  orgParams,
  progressSchema,
  ratingSchema,
} from './schemas.js';

// Request and response schemas of multi-stakeholder rating: stakeholder groups, invitations,
// progress, reveal, and the invitation-link endpoints.

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });

/** A stakeholder group's key: lower-case letters, digits and dashes (e.g. `youth-council`). */
export const stakeholderGroupKeySchema = z
  .string()
  .max(48)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes, e.g. youth-council');

export const stakeholderGroupSchema = z
  .object({
    key: z.string(),
    name: text,
    /** One of the standard groups every organisation has (cannot be renamed or deleted). */
    standard: z.boolean(),
    /** Respondents of the organisation's assessments in this group (a group in use cannot be deleted). */
    respondents: z.number().int(),
  })
  .meta({ id: 'StakeholderGroup' });

export const stakeholderGroupInputSchema = z.strictObject({
  /** Made of the English name when not given. */
  key: stakeholderGroupKeySchema.optional(),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
});

export const stakeholderGroupUpdateSchema = z.strictObject({
  nameZh: z.string().trim().min(1).max(100).optional(),
  nameEn: z.string().trim().min(1).max(100).optional(),
});

export const stakeholderGroupParams = orgParams.extend({ groupKey: stakeholderGroupKeySchema });

/** Days a link stays valid from now (30 when not given, at most 365). */
const validDays = z.int().min(invitationValidity.minDays).max(invitationValidity.maxDays);

export const invitationStatusSchema = z.enum([
  'not-opened',
  'in-progress',
  'completed',
  'revoked',
  'expired',
]);

export const invitationSchema = z
  .object({
    id: z.uuid(),
    respondentId: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    group: z.string().nullable(),
    status: invitationStatusSchema,
    progress: progressSchema,
    expiresAt: isoDateTime,
    revokedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    firstUsedAt: isoDateTime.nullable(),
    lastUsedAt: isoDateTime.nullable(),
    completedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Invitation', description: 'An invitation (its link is never shown again)' });

export const issuedInvitationSchema = z
  .object({
    invitation: invitationSchema,
    /** The link's path, `/respond/<token>`: shown this once (only its SHA-256 is stored). */
    link: z.string(),
  })
  .meta({ id: 'IssuedInvitation' });

export const invitationInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable().optional(),
  /** A standard group's key or one of the organisation's own. */
  group: stakeholderGroupKeySchema,
  validDays: validDays.optional(),
});

export const invitationImportSchema = z.strictObject({
  /**
   * CSV text with a header row: name, email (optional), group (a key or a group's name); Chinese
   * headers (姓名, 邮箱, 群体) accepted; commas, semicolons or tabs; at most 500 rows.
   */
  csv: z.string().min(1).max(200_000),
  validDays: validDays.optional(),
});

/** Optional: without a body the link keeps its expiry. */
export const invitationReissueSchema = z
  .strictObject({ validDays: validDays.optional() })
  .optional();

export const invitationExpirySchema = z.strictObject({ validDays });

export const invitationParams = assessmentParams.extend({ invitationId: z.uuid() });

export const csvProblemSchema = z.object({
  /** 1-based line of the file (the header is line 1). */
  line: z.number().int(),
  /** 1-based column, or null for a problem of the whole line or file. */
  column: z.number().int().nullable(),
  /** The column's meaning, when known. */
  field: z.enum(['name', 'email', 'group']).nullable(),
  code: z.string(),
  message: text,
});

export const groupProgressSchema = z.object({
  key: z.string(),
  name: text,
  invited: z.number().int(),
  opened: z.number().int(),
  notOpened: z.number().int(),
  inProgress: z.number().int(),
  completed: z.number().int(),
  revoked: z.number().int(),
  expired: z.number().int(),
});

export const stakeholderProgressSchema = z
  .object({
    revealedAt: isoDateTime.nullable(),
    /** Characteristics each stakeholder answers. */
    total: z.number().int(),
    groups: z.array(groupProgressSchema),
    invitations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        group: z.string().nullable(),
        status: invitationStatusSchema,
        progress: progressSchema,
        firstUsedAt: isoDateTime.nullable(),
        lastUsedAt: isoDateTime.nullable(),
        completedAt: isoDateTime.nullable(),
      }),
    ),
  })
  .meta({
    id: 'StakeholderProgress',
    description: 'Who has responded, per group: never the answers',
  });

// The invitation-link endpoints.

export const tokenParams = z.object({ token: z.string().min(1).max(200) });
export const tokenRatingParams = tokenParams.extend({
  characteristicId: z.string().regex(/^\d+(\.\d+)*$/),
});

export const invitedResponseSchema = z
  .object({
    assessment: z.object({
      id: z.uuid(),
      title: z.string(),
      organisation: z.object({ nameZh: z.string(), nameEn: z.string() }),
      modelId: z.string(),
      modelVersion: z.string(),
      method: z.enum(evidenceMethodIds),
      status: assessmentStatusSchema,
      revealed: z.boolean(),
      revealedAt: isoDateTime.nullable(),
    }),
    respondent: z.object({
      name: z.string(),
      group: z.object({ key: z.string(), name: text }).nullable(),
      completedAt: isoDateTime.nullable(),
    }),
    expiresAt: isoDateTime,
    /** Whether the answers can still change; when not, why. */
    editable: z.boolean(),
    closedBecause: z.enum(['not-draft', 'revealed']).nullable(),
    progress: progressSchema,
    /** Their own answers and evidence, by characteristic (the same shape as a member's view). */
    ratings: z.record(z.string(), ratingSchema),
  })
  .meta({
    id: 'InvitedResponse',
    description: 'What an invited stakeholder sees: only their own answers',
  });

export const completionSchema = z.object({ completedAt: isoDateTime.nullable() });
