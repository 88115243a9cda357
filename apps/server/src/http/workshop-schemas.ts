import { z } from 'zod';
import { assessmentParams } from './schemas.js';

// Request and response schemas of the facilitated workshop and its consensus.

const isoDateTime = z.iso.datetime({ offset: true });
const characteristicId = z.string().regex(/^\d+(\.\d+)*$/);

export const consensusParams = assessmentParams.extend({ characteristicId });

/** An agreed level: 1–5, or "unknown" when the workshop agrees it cannot say. */
const agreedLevel = z.union([z.literal('unknown'), z.int().min(1).max(5)]);

export const consensusInputSchema = z.strictObject({
  current: agreedLevel,
  target: agreedLevel,
  /** Why the workshop agreed these levels. */
  rationale: z.string().trim().max(10_000).default(''),
  /** Any view that differs from the consensus, and whose. */
  dissent: z.string().trim().max(10_000).default(''),
});

/** `If-Match: "<version>"`: the version of the item the edit starts from (an ETag this API gave). */
const ifMatch = z
  .string()
  .regex(/^(W\/)?"\d{1,9}"$/, 'a version as an ETag, e.g. "3"')
  .meta({
    description: 'The ETag (version) of the consensus item the change starts from, e.g. "3"',
  });

/** Preconditions of saving an item: If-Match for an existing item, none (or If-None-Match: *) for a new one. */
export const consensusSaveHeaders = z.looseObject({
  'if-match': ifMatch.optional(),
  'if-none-match': z.literal('*').optional(),
});

/** Reopening an item needs the version it was seen at. */
export const consensusReopenHeaders = z.looseObject({ 'if-match': ifMatch });

export const focusInputSchema = z.strictObject({
  /** The characteristic every participant's screen moves to; null ends the focus. */
  characteristicId: characteristicId.nullable(),
});

export const agreedLevelOrNone = z.union([z.literal('unknown'), z.number().int(), z.null()]);

export const consensusItemSchema = z
  .object({
    characteristicId: z.string(),
    /** False for an item reopened for discussion (both levels empty; its version still counts). */
    agreed: z.boolean(),
    current: agreedLevelOrNone,
    target: agreedLevelOrNone,
    rationale: z.string(),
    dissent: z.string(),
    /** Send it back as `If-Match: "<version>"` to change or reopen the item. */
    version: z.number().int(),
    updatedAt: isoDateTime,
    updatedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'ConsensusItem' });

export const consensusConflictSchema = z
  .object({
    error: z.object({
      code: z.literal('consensus-conflict'),
      message: z.string(),
      /** The item as it is stored now (null: it does not exist), to compare with one's own edit. */
      current: consensusItemSchema.nullable(),
    }),
  })
  .meta({ id: 'ConsensusConflict' });

const levelStatistics = z.object({
  n: z.number().int(),
  unknown: z.number().int(),
  missing: z.number().int(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  distribution: z.record(z.string(), z.number().int()),
  iqr: z.number().nullable(),
  agreement: z.number().nullable(),
});

const groupMeasure = z.object({
  n: z.number().int(),
  median: z.number().nullable(),
  agreement: z.number().nullable(),
});

const divergenceFlag = z.object({
  measure: z.enum(['current', 'target']),
  groups: z.array(z.string()),
  medians: z.record(z.string(), z.number()),
  spread: z.number(),
  pairs: z.array(z.tuple([z.string(), z.string()])),
});

export const workshopCharacteristicSchema = z.object({
  /** Distribution and statistics of the individual ratings (the consensus's evidence). */
  current: levelStatistics,
  target: levelStatistics,
  /** Per stakeholder group with at least the minimum group size (smaller groups never appear). */
  groups: z.record(z.string(), z.object({ current: groupMeasure, target: groupMeasure })),
  /** Where group medians differ by 2 levels or more. */
  divergence: z.array(divergenceFlag),
  consensus: consensusItemSchema.nullable(),
});

export const workshopEvidenceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['text', 'link', 'file']),
  /** The note, the web address, or the file's name. */
  body: z.string(),
  createdAt: isoDateTime,
  /** `respondent`: given with a rating; `consensus`: attached to the consensus item. */
  source: z.enum(['respondent', 'consensus']),
  /** The respondent's stakeholder group (null: no group, a group below the minimum size for followers, or consensus evidence). */
  group: z.string().nullable(),
  file: z
    .object({
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      /** Only for those allowed to read evidence files. */
      downloadPath: z.string().optional(),
    })
    .nullable(),
  /** Only for the facilitator: who gave it. */
  respondent: z.object({ id: z.uuid(), name: z.string() }).nullable().optional(),
  addedBy: z.string().nullable().optional(),
});

export const workshopStateSchema = z
  .object({
    assessment: z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(['draft', 'submitted']),
      revealedAt: isoDateTime.nullable(),
      minGroupSize: z.number().int(),
    }),
    /** Grows with every change (the assessment's hash-chain head): compare with the live events' version. */
    version: z.number().int(),
    /** The characteristic the workshop is on, or null. */
    focus: z.string().nullable(),
    /** Characteristics with an agreed consensus item, of all characteristics. */
    progress: z.object({ agreed: z.number().int(), total: z.number().int() }),
    /** Whether the caller runs the workshop (may move the focus and record the consensus). */
    facilitator: z.boolean(),
    /** Whether the workshop can be run now (revealed draft). */
    open: z.boolean(),
    respondents: z.object({
      total: z.number().int(),
      /** Respondents per group (counts only). */
      byGroup: z.record(z.string(), z.number().int()),
    }),
    /** Groups left out of the statistics because they have fewer respondents than the minimum. */
    suppressedGroups: z.array(z.string()),
    alpha: z.object({ current: z.number().nullable(), target: z.number().nullable() }),
    /** Every characteristic, in model order. */
    characteristics: z.record(z.string(), workshopCharacteristicSchema),
    /** The evidence of the focus characteristic (empty without a focus). */
    evidence: z.array(workshopEvidenceSchema),
  })
  .meta({ id: 'WorkshopState' });

export const focusResultSchema = z.object({
  focus: z.string().nullable(),
  version: z.number().int(),
});
