import { minGroupSizeRange, organisationRoles, respondentSources } from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';

// Shared request and response schemas of the API. Registered ones become named components of the
// OpenAPI document.

export const uuidParam = z.uuid();
const isoDateTime = z.iso.datetime({ offset: true });

export const languageSchema = z.enum(['zh-CN', 'en']);

/** Who changed a row last; null when nobody is known (e.g. the account was deleted since). */
export const updatedBySchema = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const organisationKindSchema = z.enum(['city', 'district', 'rural-community']);

export const organisationSchema = z
  .object({
    id: z.uuid(),
    nameZh: z.string(),
    nameEn: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    population: z.number().int().nullable(),
    kind: organisationKindSchema,
  })
  .meta({ id: 'Organisation', description: 'A city, district or rural community' });

export const organisationInputSchema = z.strictObject({
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. CN'),
  region: z.string().trim().max(200).nullable().optional(),
  population: z.number().int().min(0).max(100_000_000).nullable().optional(),
  kind: organisationKindSchema,
});

/** The first administrator of a new organisation: an existing account by email, or a new one (with a password). */
export const administratorInputSchema = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(10).max(200).optional(),
});

export const organisationCreateSchema = organisationInputSchema.extend({
  administrator: administratorInputSchema,
});

export const roleSchema = z.enum(organisationRoles);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    isPlatformAdmin: z.boolean(),
    preferredLanguage: languageSchema,
  })
  .meta({ id: 'User' });

export const membershipSchema = z.object({
  organisation: organisationSchema,
  role: roleSchema,
  actions: z.array(z.string()),
});

/** Limits of this installation the interface needs to know (to refuse before sending, to explain). */
const limitsSchema = z.object({
  /** The largest evidence file accepted, in MiB (CITYMATURITY_MAX_UPLOAD_MB). */
  maxUploadMegabytes: z.number(),
});

export const sessionInfoSchema = z
  .union([
    z.object({
      authenticated: z.literal(true),
      user: userSchema,
      memberships: z.array(membershipSchema),
      /** Access to single assessments of organisations the user is not a member of (an external auditor's). */
      grants: z.array(
        z.object({
          organisation: z.object({ id: z.uuid(), nameZh: z.string(), nameEn: z.string() }),
          assessment: z.object({
            id: z.uuid(),
            title: z.string(),
            status: z.enum(['draft', 'submitted']),
          }),
          role: z.literal('auditor'),
          actions: z.array(z.string()),
        }),
      ),
      /** Send this back in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE. */
      csrfToken: z.string(),
      limits: limitsSchema,
    }),
    z.object({
      authenticated: z.literal(false),
      setupNeeded: z.boolean(),
      /** Only in demo mode: the demo sign-in, to show on the sign-in page. */
      demoLogin: z.object({ email: z.string(), password: z.string() }).optional(),
      limits: limitsSchema,
    }),
  ])
  .meta({ id: 'SessionInfo' });

export const passwordSchema = z.string().min(10).max(200);

export const signInSchema = z.strictObject({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

export const progressSchema = z.object({ answered: z.number().int(), total: z.number().int() });

export const assessmentStatusSchema = z.enum(['draft', 'submitted']);

export const assessmentSummarySchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    title: z.string(),
    modelId: z.string(),
    modelVersion: z.string(),
    method: z.enum(evidenceMethodIds),
    date: z.iso.date(),
    status: assessmentStatusSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    submittedAt: isoDateTime.nullable(),
    /** When the results of a multi-stakeholder rating were revealed (rating closed then). */
    revealedAt: isoDateTime.nullable(),
    /** A stakeholder group's statistics are shown only with at least this many respondents. */
    minGroupSize: z.number().int(),
    progress: progressSchema,
  })
  .meta({ id: 'AssessmentSummary' });

export const respondentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  stakeholderGroup: z.string().nullable(),
  userId: z.uuid().nullable(),
  /**
   * How the respondent came in: `member` (a member's own response, or the team response),
   * `invitation` (a personal link), `paper-form` (an imported diagnostic form), `import` (an
   * imported `citymaturity/assessment@1` document). Derived from what is stored, not a field.
   */
  source: z.enum(respondentSources),
  progress: progressSchema,
  /** Whether the caller may edit this response. */
  editable: z.boolean(),
});

export const assessmentDetailSchema = assessmentSummarySchema
  .extend({
    respondents: z.array(respondentSchema),
    /** Once submitted: the SHA-256 digest of the frozen content, and when it was taken. */
    snapshot: z.object({ digest: z.string(), createdAt: isoDateTime }).nullable(),
    actions: z.array(z.string()),
  })
  .meta({ id: 'Assessment' });

export const assessmentInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  date: z.iso.date(),
  method: z.enum(evidenceMethodIds).default('single-stakeholder'),
  modelId: z.string().default('mmssc'),
  /** Name of the first (for single-stakeholder: the only) respondent, e.g. "Leadership team". */
  respondentName: z.string().trim().min(1).max(200).optional(),
});

export const assessmentUpdateSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  date: z.iso.date().optional(),
  /** Stakeholder groups with fewer respondents than this are not shown on their own (2–50). */
  minGroupSize: z.int().min(minGroupSizeRange.min).max(minGroupSizeRange.max).optional(),
});

export const answerSchema = z.union([z.literal('unknown'), z.int().min(1).max(5)]).nullable();

export const evidenceInputSchema = z.strictObject({
  text: z.string().trim().max(10_000).nullable().optional(),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(20)
    .optional(),
});

export const ratingInputSchema = z.strictObject({
  current: answerSchema,
  target: answerSchema,
  /** When given, replaces the evidence of this characteristic. */
  evidence: evidenceInputSchema.optional(),
});

export const bulkRatingsInputSchema = z.strictObject({
  ratings: z.record(z.string().regex(/^\d+(\.\d+)*$/), ratingInputSchema),
});

export const ratingSchema = z.object({
  current: answerSchema,
  target: answerSchema,
  evidence: z.object({
    text: z.string().nullable(),
    links: z.array(z.string()),
    /**
     * Files attached to the rating (download: GET …/evidence/:id/file; remove: DELETE
     * …/evidence/:id). Always given in a member's view of a response.
     */
    files: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          mediaType: z.string(),
          size: z.number().int(),
          sha256: z.string(),
          createdAt: isoDateTime,
        }),
      )
      .optional(),
  }),
  updatedAt: isoDateTime.nullable(),
});

export const responseSchema = z
  .object({
    respondentId: z.uuid(),
    assessmentId: z.uuid(),
    editable: z.boolean(),
    progress: progressSchema,
    ratings: z.record(z.string(), ratingSchema),
  })
  .meta({ id: 'Response' });

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  since: isoDateTime,
});

export const memberInputSchema = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  role: roleSchema,
  /** Initial password, required when the person has no account yet. */
  password: passwordSchema.optional(),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actorUserId: z.uuid().nullable(),
  /** Name and email of the actor, when the account still exists. */
  actor: z.object({ displayName: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
  details: z.record(z.string(), z.unknown()).nullable(),
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({
    id: 'Error',
    description: 'An error with a stable code and a message in the request language',
  });

/** Error responses every protected route can give. */
export const commonErrors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
} as const;

export const orgParams = z.object({ organisationId: z.uuid() });
export const assessmentParams = orgParams.extend({ assessmentId: z.uuid() });
export const respondentParams = assessmentParams.extend({ respondentId: z.uuid() });
export const ratingParams = respondentParams.extend({
  characteristicId: z.string().regex(/^\d+(\.\d+)*$/),
});
