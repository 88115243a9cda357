import {
  elapsedFlags,
  improvementStageStatuses,
  realisationStatuses,
  trendFlags,
  unknownReasons,
} from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import { assessmentParams, orgParams } from './schemas.js';

// Request and response schemas of assessment cycles: the trend, the plan realisation and the
// five-stage improvement tracker.

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });

/** `true` / `false` in a query string. */
const booleanQuery = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/** The language of messages (`?lang=zh|en`), kept so that the error handler still sees it. */
const lang = z.enum(['zh', 'en']).optional();

export const cyclesQuery = z.object({
  lang,
  /** Count draft assessments as cycles too (flagged provisional). */
  includeDrafts: booleanQuery,
});

export const planRealisationQuery = z.object({
  lang,
  /** The assessment to compare with (default: the cycle just before this one). */
  previous: z.uuid().optional(),
  /** When choosing the previous cycle by default, count drafts too. */
  includeDrafts: booleanQuery,
});

const stageId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a stage id such as strategy-definition');

export const stageParams = assessmentParams.extend({ stageId });

export const stageInputSchema = z.strictObject({
  status: z.enum(improvementStageStatuses),
  /** What was done at this stage, decisions, links to documents. */
  notes: z.string().trim().max(10_000).default(''),
});

/** `If-Match: "<version>"`: the version of the stage the change starts from ("0" for one never saved). */
export const stageSaveHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(/^(W\/)?"\d{1,9}"$/, 'a version as an ETag, e.g. "3"')
    .meta({
      description:
        'The ETag (version) of the stage the change starts from, e.g. "3"; "0" for a stage never saved',
    }),
});

const modelRef = z.object({ id: z.string(), version: z.string() });

const cycleRefSchema = z.object({
  assessmentId: z.uuid(),
  date: z.iso.date(),
  status: z.enum(['draft', 'submitted']),
  /** A draft counted as a cycle: its levels may still change. */
  provisional: z.boolean(),
  model: modelRef,
});

const levels = z.object({ current: z.number().nullable(), target: z.number().nullable() });

/** How many characteristics a roll-up's means are taken over: those with a level, of all in it. */
const ratedCount = z.object({
  current: z.number().int(),
  target: z.number().int(),
  of: z.number().int(),
});
const rollupLevels = levels.extend({ gap: z.number().nullable(), rated: ratedCount });

const elapsedSchema = z.object({
  days: z.number().int(),
  months: z.number(),
  /** Against the two-year horizon of the plan (18–30 months count as two years). */
  flag: z.enum(elapsedFlags),
});

const trendFlag = z.enum(trendFlags);

const trendPoint = z.object({
  assessmentId: z.uuid(),
  date: z.iso.date(),
  provisional: z.boolean(),
  current: z.number().nullable(),
  target: z.number().nullable(),
  /** Since the previous cycle; null for the first cycle or when not comparable (see flags). */
  change: z
    .object({
      since: z.uuid(),
      current: z.number().nullable(),
      target: z.number().nullable(),
      /** Roll-ups across model versions: characteristics left out of the comparison. */
      leftOut: z.array(z.string()),
    })
    .nullable(),
  flags: z.array(trendFlag),
});

const characteristicTrendPoint = trendPoint.extend({
  basis: z.enum(['consensus', 'ratings']).nullable(),
});

const rollupTrendPoint = trendPoint.extend({
  /** The characteristics with a level, of those in the roll-up; null when not in the model. */
  rated: ratedCount.nullable(),
});

const series = z.record(z.string(), z.array(rollupTrendPoint));

export const cyclesSchema = z
  .object({
    includeDrafts: z.boolean(),
    /** The cycles, oldest first; every series of `trend` has one point per cycle, in this order. */
    cycles: z.array(
      cycleRefSchema.extend({
        title: z.string(),
        method: z.enum(evidenceMethodIds),
        submittedAt: isoDateTime.nullable(),
        /** An external audit statement was issued on it. */
        audited: z.boolean(),
        respondents: z.number().int(),
        overall: rollupLevels,
        dimensions: z.record(z.string(), rollupLevels),
        rollupGroups: z.record(z.string(), rollupLevels),
        /** The time since the previous cycle; null for the first. */
        elapsed: elapsedSchema.nullable(),
      }),
    ),
    trend: z.object({
      characteristics: z.record(z.string(), z.array(characteristicTrendPoint)),
      subdimensions: series,
      dimensions: series,
      rollupGroups: series,
      overall: z.array(rollupTrendPoint),
    }),
    /** Assessments left out because their model is not installed on this server. */
    unscorable: z.array(z.object({ assessmentId: z.uuid(), modelId: z.string() })),
  })
  .meta({ id: 'Cycles' });

const statusCounts = z.record(z.enum(realisationStatuses), z.number().int());

const characteristicRealisation = z.object({
  characteristicId: z.string(),
  dimensionId: z.string(),
  subdimensionId: z.string(),
  status: z.enum(realisationStatuses),
  reason: z.enum(unknownReasons).optional(),
  previous: levels,
  now: levels,
  plannedRise: z.number().nullable(),
  achievedRise: z.number().nullable(),
  shortfall: z.number().nullable(),
});

const namedCycle = cycleRefSchema.extend({ title: z.string(), method: z.enum(evidenceMethodIds) });

export const planRealisationSchema = z
  .object({
    previous: namedCycle,
    current: namedCycle,
    /** `default`: the cycle just before; `chosen`: named with `?previous=`. */
    previousChosen: z.enum(['default', 'chosen']),
    elapsed: elapsedSchema,
    characteristics: z.array(characteristicRealisation),
    counts: statusCounts,
    byDimension: z.record(z.string(), statusCounts),
    notReached: z.array(characteristicRealisation),
    notCompared: z.array(z.string()),
  })
  .meta({ id: 'PlanRealisation' });

const stageFeature = z.object({
  id: z.string(),
  name: text,
  description: text,
  /** The API path that serves it (the web app has a page for each). */
  path: z.string(),
  available: z.boolean(),
  /** What it shows for this assessment, at a glance (see the API reference of each feature). */
  summary: z.unknown().optional(),
});

export const improvementStageSchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    name: text,
    /** How the model helps at this stage (the model pack's wording). */
    description: text,
    source: z.object({ doc: z.string(), ref: z.string() }),
    status: z.enum(improvementStageStatuses),
    notes: z.string(),
    /** Send it back as `If-Match: "<version>"` to change the stage; 0 when never saved. */
    version: z.number().int(),
    updatedAt: isoDateTime.nullable(),
    updatedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    features: z.array(stageFeature),
  })
  .meta({ id: 'ImprovementStage' });

export const improvementCycleSchema = z
  .object({
    assessment: z.object({
      id: z.uuid(),
      title: z.string(),
      date: z.iso.date(),
      status: z.enum(['draft', 'submitted']),
      method: z.enum(evidenceMethodIds),
    }),
    stages: z.array(improvementStageSchema),
  })
  .meta({ id: 'ImprovementCycle' });

export const stageConflictSchema = z
  .object({
    error: z.object({
      code: z.literal('improvement-stage-conflict'),
      message: z.string(),
      /** The stage as it is stored now, to compare with one's own edit. */
      current: improvementStageSchema,
    }),
  })
  .meta({ id: 'ImprovementStageConflict' });

export { orgParams, assessmentParams };
