import { programmeReviewKinds, ragValues, riskBands, riskStatuses } from '@citymaturity/core';
import type { OperatingModelPack } from '@citymaturity/model';
import { z } from 'zod';
import { orgParams, updatedBySchema } from './schemas.js';

// Request and response schemas of the programme office's reviews (key success factors and the
// procurement and governance self-checks) and its risk register. Ids of the ISO 37106 pack that
// a client names without context (review kinds, key success factors) are enums of the pack, so a
// wrong one is a 400 naming the field; review items depend on the review's kind and are checked
// by the use cases.

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso
  .date()
  .meta({ description: 'A date, YYYY-MM-DD', example: '2026-03-31' });
/** A title or name: 1–200 characters (trimmed). */
export const title = z.string().trim().min(1).max(200);
/** A longer text: up to 4,000 characters (trimmed), empty by default. */
export const longText = z.string().trim().max(4_000).default('');
/** A short text (an owner, an affiliation, a contact): up to 200 characters, empty by default. */
export const shortText = z.string().trim().max(200).default('');

/** `If-Match: "<version>"`: the version of the row the change starts from (an ETag this API gave). */
export const ifMatchHeader = z
  .string()
  .regex(/^(W\/)?"\d{1,9}"$/, 'a version as an ETag, e.g. "3"')
  .meta({ description: 'The ETag (version) of the row the change starts from, e.g. "3"' });
/** A change needs the version it starts from. */
export const changeHeaders = z.looseObject({ 'if-match': ifMatchHeader });
/** A removal may name the version it saw (then a later change is a 412). */
export const removeHeaders = z.looseObject({ 'if-match': ifMatchHeader.optional() });

/** The language of a download (`?lang=zh|en`; default: the request's). */
export const langQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });

/** An enum of ids of the pack (never empty: a pack without the list accepts no id). */
export function packIdSchema(ids: readonly string[], description: string) {
  const [first, ...rest] = ids;
  const schema = first === undefined ? z.never() : z.enum([first, ...rest]);
  return schema.meta({ description });
}

export const reviewKindSchema = z.enum(programmeReviewKinds);
export const reviewListQuery = z.object({
  lang: z.enum(['zh', 'en']).optional(),
  kind: reviewKindSchema,
});
export const reviewParams = orgParams.extend({ reviewId: z.uuid() });
export const riskParams = orgParams.extend({ riskId: z.uuid() });

const ratingInput = z.strictObject({
  /** An item of the review's kind: `ksf-1a-1`, `procurement-3`, `stakeholder-alignment`. */
  itemId: z.string().trim().min(1).max(100),
  /** On the kind's scale: 1–3 (key success factors), 1–5 (procurement), 1–4 (governance). */
  rating: z.int(),
  comment: longText,
});
const ratingsInput = z.array(ratingInput).max(500).meta({
  description:
    "Every rated item once; items left out are not rated. Replaces the review's ratings.",
});

export const reviewCreateSchema = z.strictObject({
  kind: reviewKindSchema,
  reviewedOn: isoDate,
  /** Who reviewed (a name: reviewers need not have an account). */
  reviewer: title,
  notes: longText,
  ratings: ratingsInput.default([]),
});
export const reviewChangeSchema = z.strictObject({
  reviewedOn: isoDate.optional(),
  reviewer: title.optional(),
  notes: z.string().trim().max(4_000).optional(),
  ratings: ratingsInput.optional(),
});

const scaleSchema = z.object({
  min: z.number().int(),
  max: z.number().int(),
  values: z.array(z.object({ value: z.number().int(), id: z.string(), label: text })),
});
const itemSchema = z.object({
  id: z.string(),
  label: text,
  factorId: z.string().optional(),
  subfactorId: z.string().optional(),
  number: z.number().int().optional(),
  traditional: text.optional(),
  smart: text.optional(),
});
const rag = z.enum(ragValues).nullable();
const ragCounts = z.object({
  red: z.number().int(),
  amber: z.number().int(),
  green: z.number().int(),
  unrated: z.number().int(),
});
const summarySchema = z.object({
  kind: reviewKindSchema,
  items: z.number().int(),
  rated: z.number().int(),
  unrated: z.number().int(),
  distribution: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  mean: z.number().nullable(),
  factors: z.array(
    z.object({
      factorId: z.string(),
      counts: ragCounts,
      rag,
      subfactors: z.array(z.object({ subfactorId: z.string(), counts: ragCounts, rag })),
    }),
  ),
});
const change = z.enum(['improved', 'worsened', 'same']).nullable();
const changesSchema = z.object({
  previousReviewId: z.uuid(),
  items: z.array(
    z.object({
      itemId: z.string(),
      previous: z.number().int().nullable(),
      rating: z.number().int().nullable(),
      change,
    }),
  ),
  factors: z.array(z.object({ factorId: z.string(), previous: rag, rag, change })),
  counts: z.object({
    improved: z.number().int(),
    worsened: z.number().int(),
    same: z.number().int(),
  }),
  meanChange: z.number().nullable(),
});

export const reviewSchema = z
  .object({
    id: z.uuid(),
    kind: reviewKindSchema,
    reviewedOn: z.string(),
    reviewer: z.string(),
    notes: z.string(),
    ratings: z.array(
      z.object({ itemId: z.string(), rating: z.number().int(), comment: z.string() }),
    ),
    summary: summarySchema,
    /** Since the review of the same kind just before this one; null for the first. */
    changes: changesSchema.nullable(),
    version: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy: updatedBySchema,
  })
  .meta({ id: 'ProgrammeReview' });

export const reviewHistorySchema = z
  .object({
    kind: reviewKindSchema,
    /** The kind's scale, with the words of each value. */
    scale: scaleSchema,
    /** The items the kind rates, in the pack's order. */
    items: z.array(itemSchema),
    /** Oldest first. */
    reviews: z.array(reviewSchema),
    /** Key success factors: per factor id, its RAG in each review (in the order of `reviews`). */
    factorSeries: z.record(
      z.string(),
      z.array(z.object({ reviewId: z.uuid(), reviewedOn: z.string(), rag })),
    ),
    meanSeries: z.array(
      z.object({ reviewId: z.uuid(), reviewedOn: z.string(), mean: z.number().nullable() }),
    ),
  })
  .meta({ id: 'ProgrammeReviewHistory' });

export const conflictSchema = (code: string, current: z.ZodType) =>
  z.object({
    error: z.object({
      code: z.literal(code),
      message: z.string(),
      /** The row as it is stored now (null when it was removed). */
      current: current.nullable(),
    }),
  });

/** The inputs of a risk whose key success factors are checked against the pack. */
export function riskInputSchemas(pack: OperatingModelPack) {
  const factorId = packIdSchema(
    (pack.key_success_factors ?? []).map((f) => f.id),
    'A key success factor of the ISO 37106 pack, e.g. ksf-2',
  );
  const level = z.int().min(1).max(5);
  const fields = {
    title,
    description: longText,
    /** 1 rare … 5 almost certain. */
    likelihood: level,
    /** 1 negligible … 5 severe. */
    impact: level,
    factorIds: z.array(factorId).max(20).default([]),
    owner: shortText,
    mitigation: longText,
    status: z.enum(riskStatuses).default('open'),
    reviewOn: isoDate.nullable().default(null),
  };
  return {
    create: z.strictObject(fields),
    change: z.strictObject({
      title: title.optional(),
      description: z.string().trim().max(4_000).optional(),
      likelihood: level.optional(),
      impact: level.optional(),
      factorIds: z.array(factorId).max(20).optional(),
      owner: z.string().trim().max(200).optional(),
      mitigation: z.string().trim().max(4_000).optional(),
      status: z.enum(riskStatuses).optional(),
      reviewOn: isoDate.nullable().optional(),
    }),
  };
}

export const riskSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    likelihood: z.number().int(),
    impact: z.number().int(),
    /** likelihood × impact. */
    score: z.number().int(),
    band: z.enum(riskBands),
    factorIds: z.array(z.string()),
    owner: z.string(),
    mitigation: z.string(),
    status: z.enum(riskStatuses),
    reviewOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy: updatedBySchema,
  })
  .meta({ id: 'ProgrammeRisk' });

const bandCounts = z.object({
  low: z.number().int(),
  medium: z.number().int(),
  high: z.number().int(),
  critical: z.number().int(),
});

export const riskRegisterSchema = z
  .object({
    risks: z.array(riskSchema),
    summary: z.object({
      byStatus: z.object({
        open: z.number().int(),
        mitigating: z.number().int(),
        closed: z.number().int(),
      }),
      byBand: bandCounts,
      /** `grid[likelihood - 1][impact - 1]`: active (not closed) risks with that likelihood and impact. */
      grid: z.array(z.array(z.number().int())),
      factors: z.array(
        z.object({
          factorId: z.string(),
          riskIds: z.array(z.uuid()),
          highestBand: z.enum(riskBands).nullable(),
          highestScore: z.number().int().nullable(),
        }),
      ),
      unlinked: z.array(z.uuid()),
    }),
    /** The lowest score of each band (low 1–4, medium 5–9, high 10–19, critical 20–25). */
    bandFloors: bandCounts,
  })
  .meta({ id: 'ProgrammeRiskRegister' });
