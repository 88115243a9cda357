import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import { resultsAuditSchema } from '../http/audit-schemas.js';
import { assessmentSummarySchema } from '../http/schemas.js';

const text = z.object({ zh: z.string(), en: z.string() });

const levelStatisticsSchema = z.object({
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

const agreedLevelSchema = z.union([z.number(), z.literal('unknown')]);

const characteristicResultSchema = z.object({
  /** Statistics of the individual ratings (in a facilitated workshop: the consensus's evidence). */
  current: levelStatisticsSchema,
  target: levelStatisticsSchema,
  /** Official target − official current. */
  gap: z.number().nullable(),
  plan: z.enum(['target-below-current', 'ambitious-target']).nullable(),
  /** The agreed consensus of a facilitated workshop: when present, its levels are the official result. */
  consensus: z
    .object({
      current: agreedLevelSchema,
      target: agreedLevelSchema,
      rationale: z.string(),
      dissent: z.string(),
    })
    .optional(),
});

const rollupSchema = z.object({
  current: z.number().nullable(),
  target: z.number().nullable(),
  gap: z.number().nullable(),
  characteristics: z.number().int(),
  weakest: z.object({ current: z.array(z.string()), target: z.array(z.string()) }),
  unrated: z.object({ current: z.array(z.string()), target: z.array(z.string()) }),
});

const guidanceSchema = z.object({
  characteristic: z.string(),
  name: text,
  type: z.string(),
  currentLevel: z.number().nullable(),
  nextLevel: z.number().nullable(),
  nextCriteria: z.looseObject({ zh: z.string(), en: z.string() }).nullable(),
  nextTypeDescription: text.nullable(),
  components: z.array(
    z.object({
      code: z.string(),
      name: text,
      clause: z.string(),
      recommendations: z.array(
        z.looseObject({ id: z.string(), text, items: z.array(text).optional() }),
      ),
    }),
  ),
  supportingDocuments: z.array(z.object({ text, standards: z.array(z.string()) })),
  otherModels: z.array(z.object({ id: z.string(), name: text, howToUse: z.array(text) })),
  functions: z.array(z.object({ table: z.string(), number: z.number().int(), name: text })),
});

const standoutSchema = z.object({
  characteristic: z.string(),
  current: z.number(),
  agreement: z.number().nullable(),
});

/** The results of an assessment (see docs/scoring.md for every rule). */
export const resultsSchema = z
  .object({
    assessment: assessmentSummarySchema,
    score: z.object({
      model: z.object({ id: z.string(), version: z.string() }),
      method: z.string().optional(),
      date: z.string().optional(),
      respondents: z.object({
        total: z.number().int(),
        withoutGroup: z.number().int(),
        byGroup: z.record(z.string(), z.number().int()),
      }),
      characteristics: z.record(z.string(), characteristicResultSchema),
      subdimensions: z.record(z.string(), rollupSchema),
      dimensions: z.record(z.string(), rollupSchema),
      rollupGroups: z.record(z.string(), rollupSchema),
      overall: rollupSchema,
      stakeholderGroups: z.record(
        z.string(),
        z.object({
          respondents: z.number().int(),
          suppressed: z.boolean(),
          characteristics: z.record(z.string(), characteristicResultSchema).optional(),
        }),
      ),
      divergence: z.array(
        z.object({
          characteristic: z.string(),
          measure: z.enum(['current', 'target']),
          groups: z.array(z.string()),
          medians: z.record(z.string(), z.number()),
          spread: z.number(),
          pairs: z.array(z.tuple([z.string(), z.string()])),
        }),
      ),
      alpha: z.object({ current: z.number().nullable(), target: z.number().nullable() }),
      /** Facilitated workshop: characteristics with an agreed consensus item. */
      consensus: z.object({ agreed: z.number().int(), total: z.number().int() }).optional(),
      priorities: z.array(
        z.object({
          rank: z.number().int(),
          characteristic: z.string(),
          name: text,
          current: z.number(),
          target: z.number(),
          gap: z.number(),
          guidance: guidanceSchema,
        }),
      ),
    }),
    strengths: z.array(standoutSchema),
    weaknesses: z.array(standoutSchema),
    /** The external audit, when one was started: per characteristic the verdict and adjusted levels. */
    audit: resultsAuditSchema.optional(),
    /** The confidence badge: the evidence method the result rests on (ISO/TS 37107 5.1, rank 1–5). */
    evidenceMethod: z.object({
      id: z.enum(evidenceMethodIds),
      rank: z.number().int(),
      ranks: z.number().int(),
      name: text,
      relativeCost: z.enum(['lowest', 'low', 'medium', 'high', 'highest']),
      relativeConfidence: z.enum(['lowest', 'low', 'medium', 'high', 'highest']),
    }),
  })
  .meta({ id: 'Results' });
