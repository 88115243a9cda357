import { benefitNodeKinds, kpiIndicatorSchemes, kpiStatuses } from '@citymaturity/core';
import { z } from 'zod';
import { packIdSchema, programmeDate } from './programme-roadmap-schemas.js';
import { orgParams, updatedBySchema as updatedBy } from './schemas.js';

// Request and response schemas of the benefit map and the KPIs of the benefits realisation plan
// (ISO 37106 clause 7).

const isoDateTime = z.iso.datetime({ offset: true });
const title = z.string().trim().max(200);
const longText = z.string().trim().max(4000);
/** Where a node is drawn, in the editor's units. */
const coordinate = z.number().min(-1_000_000).max(1_000_000);
/** A measured or planned value (finite). */
const value = z.number().min(-1e15).max(1e15);

// ------------------------------------------------------------------ benefit map

export const benefitNodeParams = orgParams.extend({ nodeId: z.uuid() });

export const benefitNodeCreateSchema = z.strictObject({
  kind: z.enum(benefitNodeKinds),
  /** Required, except for a purpose node and for an initiative node standing for an initiative. */
  label: title.default(''),
  description: longText.default(''),
  /** For an initiative node: the roadmap initiative it stands for. */
  initiativeId: z.uuid().nullable().default(null),
  /** For a purpose node: one of the pack's six purposes (`purposes[].id`). */
  purposeId: packIdSchema.nullable().default(null),
  x: coordinate.default(0),
  y: coordinate.default(0),
});
export type BenefitNodeCreateInput = z.output<typeof benefitNodeCreateSchema>;

export const benefitNodeUpdateSchema = z
  .strictObject({
    label: title.optional(),
    description: longText.optional(),
    x: coordinate.optional(),
    y: coordinate.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type BenefitNodeUpdateInput = z.output<typeof benefitNodeUpdateSchema>;

export const benefitNodeSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(benefitNodeKinds),
    label: z.string(),
    description: z.string(),
    initiativeId: z.uuid().nullable(),
    /** The title of the roadmap initiative the node stands for; null when none. */
    initiativeTitle: z.string().nullable(),
    purposeId: z.string().nullable(),
    x: z.number(),
    y: z.number(),
    /** The KPIs that measure this node. */
    kpiIds: z.array(z.uuid()),
    version: z.int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy,
  })
  .meta({ id: 'BenefitNode' });

export const benefitNodeConflictSchema = z
  .object({
    error: z.object({
      code: z.literal('benefit-node-conflict'),
      message: z.string(),
      current: benefitNodeSchema,
    }),
  })
  .meta({ id: 'BenefitNodeConflict' });

/** A refusal of a change of the map: the field, the existing node, or the kinds of an arrow. */
export const benefitMapErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      /** The node that already stands for the purpose or initiative (409). */
      nodeId: z.uuid().optional(),
      /** The kinds of the two ends of a refused arrow. */
      fromKind: z.enum(benefitNodeKinds).optional(),
      toKind: z.enum(benefitNodeKinds).optional(),
    }),
  })
  .meta({ id: 'BenefitMapError' });

const linkIds = { fromNodeId: z.uuid(), toNodeId: z.uuid() };
export const benefitLinkInputSchema = z.strictObject(linkIds);
export const benefitLinkQuery = z.object({ ...linkIds, lang: z.enum(['zh', 'en']).optional() });
export const benefitLinkSchema = z.object(linkIds).meta({ id: 'BenefitLink' });

const nodeKinds = z.enum(benefitNodeKinds);

export const benefitMapSchema = z
  .object({
    nodes: z.array(benefitNodeSchema),
    links: z.array(benefitLinkSchema),
    /** The arrows the map allows, by the kind of node they start from. */
    allowedLinks: z.record(nodeKinds, z.array(nodeKinds)),
    summary: z.object({
      /** One per purpose of the pack, in its order. */
      purposes: z.array(
        z.object({
          purposeId: z.string(),
          nodeId: z.uuid().nullable(),
          reachedFrom: z.array(
            z.object({
              nodeId: z.uuid(),
              kind: z.enum(['initiative', 'investment']),
              pathCount: z.int(),
              /** One shortest path: node ids from the input to the purpose's node. */
              path: z.array(z.uuid()),
            }),
          ),
        }),
      ),
      initiativesReachingNoPurpose: z.array(z.uuid()),
      investmentsReachingNoPurpose: z.array(z.uuid()),
      outcomesWithoutKpi: z.array(z.uuid()),
      roadmapInitiativesNotOnMap: z.array(z.uuid()),
      unlinkedNodes: z.array(z.uuid()),
    }),
  })
  .meta({ id: 'BenefitMap' });

// ------------------------------------------------------------------ KPIs

export const kpiParams = orgParams.extend({ kpiId: z.uuid() });
export const kpiActualParams = kpiParams.extend({ date: programmeDate });

const point = z.strictObject({ on: programmeDate, value });
const indicator = z.strictObject({
  scheme: z.enum(kpiIndicatorSchemes),
  /** The indicator's code in the scheme, e.g. 7.1. */
  code: z.string().trim().min(1).max(40),
});

/** Milestones in strict date order, after the baseline: checked here so the error names the field. */
function checkPlan(
  plan: { baseline?: { on: string } | null; trajectory?: readonly { on: string }[] },
  ctx: z.RefinementCtx,
) {
  const { baseline, trajectory = [] } = plan;
  trajectory.forEach((milestone, i) => {
    const previous = trajectory[i - 1];
    if (previous && milestone.on <= previous.on)
      ctx.addIssue({
        code: 'custom',
        path: ['trajectory', i, 'on'],
        message: 'not after the milestone before',
      });
    else if (baseline && milestone.on <= baseline.on)
      ctx.addIssue({
        code: 'custom',
        path: ['trajectory', i, 'on'],
        message: 'not after the baseline',
      });
  });
}

const kpiFields = {
  name: title.min(1),
  unit: z.string().trim().max(100),
  /** An indicator of ISO 37120 / 37122 / 37123 or U4SSC, or null. */
  indicator: indicator.nullable(),
  /** Whether a higher (`increase`) or a lower (`decrease`) value is better. */
  direction: z.enum(['increase', 'decrease']),
  baseline: point.nullable(),
  successCriterion: longText,
  /** Milestones after the baseline, in date order. */
  trajectory: z.array(point).max(50),
  owner: title,
  /** The outcome node of the benefit map it measures. */
  benefitNodeId: z.uuid().nullable(),
};

export const kpiCreateSchema = z
  .strictObject({
    name: kpiFields.name,
    unit: kpiFields.unit.default(''),
    indicator: kpiFields.indicator.default(null),
    direction: kpiFields.direction.default('increase'),
    baseline: kpiFields.baseline.default(null),
    successCriterion: kpiFields.successCriterion.default(''),
    trajectory: kpiFields.trajectory.default([]),
    owner: kpiFields.owner.default(''),
    benefitNodeId: kpiFields.benefitNodeId.default(null),
  })
  .superRefine(checkPlan);
export type KpiCreateInput = z.output<typeof kpiCreateSchema>;

export const kpiUpdateSchema = z
  .strictObject({
    name: kpiFields.name.optional(),
    unit: kpiFields.unit.optional(),
    indicator: kpiFields.indicator.optional(),
    direction: kpiFields.direction.optional(),
    baseline: kpiFields.baseline.optional(),
    successCriterion: kpiFields.successCriterion.optional(),
    trajectory: kpiFields.trajectory.optional(),
    owner: kpiFields.owner.optional(),
    benefitNodeId: kpiFields.benefitNodeId.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' })
  .superRefine(checkPlan);
export type KpiUpdateInput = z.output<typeof kpiUpdateSchema>;

export const kpiActualInputSchema = z.strictObject({ value, note: longText.default('') });

const plannedPoint = z.object({ on: z.iso.date(), value: z.number() });

export const kpiSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    unit: z.string(),
    indicator: z.object({ scheme: z.enum(kpiIndicatorSchemes), code: z.string() }).nullable(),
    direction: z.enum(['increase', 'decrease']),
    baseline: plannedPoint.nullable(),
    successCriterion: z.string(),
    trajectory: z.array(plannedPoint),
    owner: z.string(),
    benefitNodeId: z.uuid().nullable(),
    version: z.int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy,
    /** Measured values, oldest first. */
    actuals: z.array(
      z.object({
        on: z.iso.date(),
        value: z.number(),
        note: z.string(),
        recordedBy: updatedBy,
        recordedAt: isoDateTime,
      }),
    ),
    /** The latest actual against the trajectory (see docs/operating-model.md). */
    status: z.object({
      status: z.enum(kpiStatuses),
      latest: plannedPoint.nullable(),
      /** The value the trajectory expects on the latest actual's date. */
      expected: z.number().nullable(),
      /** Latest − expected. */
      deviation: z.number().nullable(),
      tolerance: z.number().nullable(),
      /** The final milestone. */
      target: plannedPoint.nullable(),
    }),
    /** For the chart: the planned line (baseline, then milestones) and the actual values. */
    series: z.object({ planned: z.array(plannedPoint), actual: z.array(plannedPoint) }),
  })
  .meta({ id: 'Kpi' });

export const kpiListSchema = z
  .object({
    kpis: z.array(kpiSchema),
    counts: z.record(z.enum(kpiStatuses), z.int()),
    /** The tolerance of the off-track flag, as a share of the change planned over a stretch. */
    toleranceShare: z.number(),
  })
  .meta({ id: 'KpiList' });

export const kpiConflictSchema = z
  .object({
    error: z.object({ code: z.literal('kpi-conflict'), message: z.string(), current: kpiSchema }),
  })
  .meta({ id: 'KpiConflict' });
